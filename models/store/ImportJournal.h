#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class Database;

// Issue 13, item 10: a file is imported in short write transactions, so an agent's decision never waits
// long behind an import, and the file still ends up whole or not at all:
// - begin() takes the importers' shared lock (alive while this importer is), then records the run in
//   import_runs in a transaction of its own; the importer stamps its cases with run().
// - finish(), inside the import's last transaction (the one with its audit entry), removes the run's row:
//   from that commit on the file is imported.
// - rollBack() deletes the run's cases (those an agent has not decided meanwhile) in short transactions,
//   then the row: a file that fails half-way, or is cancelled, leaves nothing an agent has not touched.
// - recoverAbandoned(), at every Database::open(), does the same for the runs of importers that died
//   (killed, power cut): it runs only when no importer holds the shared lock.
// Between begin() and finish() the cases already written are visible (the queue shows them as they come).
class ImportJournal
{
    Q_DECLARE_TR_FUNCTIONS(ImportJournal)

public:
    explicit ImportJournal(Database& db);
    ~ImportJournal(); // releases the shared lock
    ImportJournal(const ImportJournal&) = delete;
    ImportJournal& operator=(const ImportJournal&) = delete;

    QString lastError() const { return m_error; }

    // Outside any transaction. False + lastError().
    bool begin(const QString& file, const QDateTime& at);
    qint64 run() const { return m_run; }
    // The row id of the run's first case, inside the transaction that wrote it: the roll-back
    // deletes from there on (row ids only grow while the case exists).
    bool setFirstCase(qint64 caseRef);
    // Inside the import's last write transaction.
    bool finish();
    // Outside any transaction: deletes the run's undecided cases and the run. *decidedKept: cases of
    // the run an agent decided while the import ran; they stay, with their decision.
    bool rollBack(int* decidedKept);

    // The runs no live importer holds: rolled back. True when there was nothing to do or it was done.
    static bool recoverAbandoned(Database& db, QString* error);

private:
    static bool deleteRun(
        Database& db, qint64 run, qint64 firstRef, qint64 usersBefore, int* decidedKept, QString* error);
    void releaseLock();

    Database& m_db;
    QString m_error;
    qint64 m_run = 0;
    qint64 m_firstRef = 0;
    qint64 m_usersBefore = 0;
    int m_lockFd = -1; // SQLite: the companion file holding the shared lock
    QString m_lockPath;
    bool m_serverLock = false; // PostgreSQL: the session lock
};
