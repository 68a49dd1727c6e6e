#pragma once

#include "CaseFacts.h"
#include "Suggestion.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>
#include <optional>

class AuditLog;
class BatchLookUp;
class CaseRowWriter;
class Database;
class PolicySettingsStore;
class QSqlQuery;

// A case to store and the suggestion that fills its queue columns.
struct NewCase
{
    CaseFacts facts;
    Suggestion suggestion;
    // The case's full-text row (CaseRepository::searchBody), made by whoever prepares the case on its own
    // thread (issue 16: the import's reader, the demo's generator); empty: made when the case is written.
    QString searchBody = {};
};

// The cases: their rows (case, parties, order, payments, events, messages, history, the
// search row) and the queue columns on the case row (status, suggested outcome and
// clause, due time). Returns errors, never shows them. Keeps prepared statements on the
// connection (the import path binds them for every case) and a commit hook on the Database:
// destroy it before its Database.
class CaseRepository
{
    Q_DECLARE_TR_FUNCTIONS(CaseRepository)

public:
    CaseRepository(Database& db, const PolicySettingsStore& settings, AuditLog& audit);
    ~CaseRepository();
    CaseRepository(const CaseRepository&) = delete;
    CaseRepository& operator=(const CaseRepository&) = delete;

    QString lastError() const { return m_error; }

    // Import: the caller wraps many inserts in one db.beginWrite()/commit().
    // `suggestion` fills the queue's suggested clause/outcome/status/due columns.
    bool insert(const CaseFacts& facts, const Suggestion& suggestion, const QDateTime& importedAt);
    // Issue 16, the bulk path of the import and the demo: stores `cases` (none of which exists yet) in their
    // order, then their search rows one after the other, in the caller's write transaction (or one of its own).
    // *firstRowId (may be null): the row id of the first of `cases`.
    bool insertAll(const QList<NewCase>& cases, const QDateTime& importedAt, qint64* firstRowId = nullptr);
    // The import run (ImportJournal::run()) that insert() stamps the next cases with; 0 for none.
    void setImportRun(qint64 run);
    // Deletes an undecided case (import --replace); refused for a decided one.
    bool remove(const QString& caseId);
    // The whole case, or empty + lastError(): unknown, or one of its rows could not be read.
    std::optional<CaseFacts> load(const QString& caseId) const;

    // False also when the case cannot be looked up (lastError()).
    bool exists(const QString& caseId) const;
    bool isDecided(const QString& caseId) const;
    // The case's row id (cases.id); 0 for an unknown case, -1 when the lookup fails (lastError()).
    qint64 rowIdOf(const QString& caseId) const;
    // A stored case as the import sees it.
    struct StoredCase
    {
        qint64 rowId = 0;
        bool decided = false;
    };
    // Issue 16: which of `caseIds` are stored, by case id (unknown ones are left out), in one SELECT per
    // LookUpBatch ids instead of one per case: the import asks for every case of a chunk. False +
    // lastError() when a look-up fails (*stored is then empty).
    bool lookUpAll(const QStringList& caseIds, QHash<QString, StoredCase>* stored) const;
    static constexpr int LookUpBatch = 200;
    // The text the full-text index holds for a case: its id, order number, parties' ids and nicknames and
    // messages, one a line, accent-free and in lower case (SearchFolding::searchable).
    static QString searchBody(const CaseFacts& facts);

    // 0 also when the cases cannot be counted (lastError()).
    qint64 count() const;
    // True only when the database holds no case; false when it cannot be read.
    // Unlike count(), costs one index seek at any size.
    bool isEmpty() const;

    // Keyset over the row id: up to `limit` undecided cases with a row id above `afterRowId`, as
    // (row id, case id) in row id order. False + lastError() when the query fails.
    bool undecidedAfter(qint64 afterRowId, int limit, QList<QPair<qint64, QString>>* cases) const;
    qint64 undecidedCount() const;

    // The queue columns from a fresh suggestion; refused for a decided or unknown case.
    bool updateSuggestion(const QString& caseId, const Suggestion& suggestion);
    // Agent actions: the event the policy asks for, the queue columns from `suggestion` (none for a
    // decided case, whose columns stay) and the audit entry, in one transaction.
    bool recordEvent(const QString& caseId, const CaseEvent& event, const std::optional<Suggestion>& suggestion);

private:
    // *ref is 0 for an unknown case. False + lastError() when the lookup fails.
    bool lookUp(const QString& caseId, qint64* ref, bool* decided) const;
    bool loadParts(qint64 caseRef, CaseFacts* facts) const;

    Database& m_db;
    const PolicySettingsStore& m_settings;
    AuditLog& m_audit;
    mutable QString m_error;
    // exists(), isDecided() and rowIdOf() run for every imported case: prepared once.
    mutable std::unique_ptr<QSqlQuery> m_lookUp;
    mutable std::unique_ptr<BatchLookUp> m_lookUpAll;
    // The rows of insert() and recordEvent(); its buffered search rows reach the
    // database in the commit hook (or are dropped on rollback).
    std::unique_ptr<CaseRowWriter> m_writer;
    int m_commitHook = 0;
};
