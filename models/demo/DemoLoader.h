#pragma once

#include "PolicyEnums.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <functional>

class CaseStore;
class Database;
class OutputFile;

struct DemoSummary
{
    int cases = 0; // stored by this run
    int skipped = 0; // ids the database already had
    int decided = 0;
    int overrides = 0;
    QHash<CaseKind, int> byKind;
    QString error; // empty when every case was stored

    bool ok() const { return error.isEmpty(); }
    // One translated line for the command line and the first-run notice.
    QString toString() const;
};

// Puts DemoGenerator's cases where the desk can use them: into the store (with
// their suggestions and the planned decisions) or into a bundle file.
class DemoLoader
{
public:
    static constexpr int BatchSize = 10000;

    // Stores `count` cases in batches of BatchSize cases, each case's queue columns from the
    // policy at `referenceNow`; planned decisions go through DecisionStore::decide. Into a
    // desk that held cases, each batch is a write transaction: a failing batch is rolled back
    // whole and the fill stops there, earlier batches stay. A fresh SQLite desk is filled in
    // one transaction (its plain indexes made at the end): all the cases or none. No case is
    // ever half-stored.
    // `progress` (may be empty) gets the number of cases done after each batch.
    static DemoSummary fill(Database& db, CaseStore& store, int count, quint64 seed, const QDateTime& referenceNow,
        const std::function<void(int done)>& progress = {});

    // Writes `count` cases as a bundle (.jsonl or .json, by the path's suffix) through `file`
    // (OutputFile: never a database, a symlink or, unless allowed, an existing file; 0600).
    // The file appears complete or not at all. False + *error on failure.
    static bool writeBundle(OutputFile& file, int count, quint64 seed, const QDateTime& referenceNow, QString* error,
        const std::function<void(int done)>& progress = {});
    // The same to a new file at `path`.
    static bool writeBundle(const QString& path, int count, quint64 seed, const QDateTime& referenceNow, QString* error,
        const std::function<void(int done)>& progress = {});
};
