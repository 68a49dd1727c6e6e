#pragma once

#include "BundleReader.h"
#include "ImportChunkReader.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

class CaseStore;
class Clock;
class Database;
struct NewCase;

struct ImportOptions
{
    bool replace = false; // replace existing undecided cases (decided ones never)
    bool skipInvalid = false; // store the valid cases of a file with invalid ones
    QString actor; // who imports, for the audit log (empty: $USER)
};

// What happened to one file. Nothing of the file is stored when `fileRejected`.
struct ImportReport
{
    QString file;
    int imported = 0; // new cases stored
    int replaced = 0; // existing undecided cases replaced
    QStringList skipped; // ids that already existed, left unchanged (no --replace)
    QStringList decidedNotReplaced; // ids of decided cases, never replaced
    QList<BundleError> errors; // every invalid case, or the fatal error
    bool fileRejected = false;
    bool cancelled = false;
    QString storeError; // the database refused a write
    int decidedKept = 0; // rolled back, but an agent decided these cases while the file was imported

    // Every case of the file was stored (imported or replaced).
    bool complete() const
    {
        return !fileRejected && errors.isEmpty() && skipped.isEmpty() && decidedNotReplaced.isEmpty();
    }
    // One line per case that was not stored, for stderr: "file:line:col: message" or "file: case ID: ...".
    QStringList messages() const;
};

// Imports case bundles into the store, each file whole or not at all (with skipInvalid,
// its valid cases). Issue 13, item 10: a file is written in short transactions, with a pause
// between them for other writers, so an agent's decision waits behind an import for one such
// transaction at most; ImportJournal rolls a file back that fails, is cancelled or dies
// half-way, and its cases show in the queue as they are written. An import with `replace` is
// one transaction (a replaced case cannot be restored). Issue 16: a chunk is read and judged
// outside any transaction (by ImportChunkReader, on its own thread, while the chunk before is written),
// then written through the bulk path (CaseRepository::insertAll) in a
// transaction that holds the writers' turn about ChunkMs, sized by the last one's pace.
// Computes each case's initial suggestion at the clock's now. Use one Importer per thread,
// on that thread's own Database connection.
class Importer
{
public:
    using Progress = std::function<void(qint64 bytesRead, qint64 totalBytes)>;

    Importer(Database& db, CaseStore& store, const Clock& clock);

    void setOptions(const ImportOptions& options) { m_options = options; }
    // Called after each chunk of the file (a few hundred to a few thousand cases) and at its end.
    void setProgressCallback(Progress progress) { m_progress = std::move(progress); }
    // Checked between cases: a cancelled import rolls the file back.
    void setCancelFlag(const std::atomic<bool>* cancel) { m_cancel = cancel; }

    // Test seam: called between two write transactions of a file, outside any transaction.
    void setBetweenChunks(std::function<void()> hook) { m_betweenChunks = std::move(hook); }

    ImportReport importFile(const QString& path);

    // The bounds of one write transaction of an import, and the pause after it. A transaction holds
    // at least ChunkMinCases even on a machine so busy that ChunkMs passes sooner: each commit adds a
    // segment to the full-text index, and many tiny ones cost more to merge than they save in waiting.
    // The first chunk has ChunkMinCases; each next one as many as the last one's pace fits in ChunkMs.
    static constexpr int ChunkMs = 400;
    static constexpr int ChunkMinCases = 250;
    static constexpr int ChunkCases = 5000;
    static constexpr int PauseMs = 5;

private:
    struct Run;
    bool writeChunk(Run& run, ImportChunkReader::Chunk& chunk);
    bool finishFile(Run& run, const QString& path);
    static bool fail(ImportReport& report, const QString& error);

    Database& m_db;
    CaseStore& m_store;
    const Clock& m_clock;
    ImportOptions m_options;
    Progress m_progress;
    const std::atomic<bool>* m_cancel = nullptr;
    std::function<void()> m_betweenChunks;
};
