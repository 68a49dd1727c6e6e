#pragma once

// Internal to models/store: CaseRepository's writer of a case's rows, the import path.

#include "CaseFacts.h"
#include "Suggestion.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

class BatchLookUp;
class BulkStatement;
class QSqlQuery;
class Database;

// Writes cases' rows with statements prepared once per connection and reused: table by table,
// in statements of many rows (RowBatch on BulkStatement: SQLite's own statements on a SQLite
// connection), without re-parsing SQL. Search rows are written all together at the end
// (flushSearchRows(): by CaseRepository::insertAll and its commit hook): FTS5 writes its pending
// terms out as a new segment before any other statement that opens a statement journal (a
// trigger's, a constraint's), so interleaving them with the case rows costs several times more.
class CaseRowWriter
{
public:
    explicit CaseRowWriter(Database& db);
    ~CaseRowWriter();
    CaseRowWriter(const CaseRowWriter&) = delete;
    CaseRowWriter& operator=(const CaseRowWriter&) = delete;

    QString lastError() const { return m_error; }

    // A case to insert with insertCases(): its facts, suggestion and queue columns.
    struct CaseRow
    {
        const CaseFacts* facts = nullptr;
        const Suggestion* suggestion = nullptr;
        QString status;
        QDateTime due;
        const QString* searchBody = nullptr; // made here when null or empty
    };
    // Each case's row with its queue columns, then its parties (and users), order, payments, events,
    // messages and history; the search rows wait for flushSearchRows(). *firstRef (may be null): the
    // first case's row id. Issue 16: the rows go table by table through multi-row statements
    // (RowBatch), so the case row ids are drawn first (reserveIds()) and given explicitly.
    bool insertCases(const QList<CaseRow>& rows, const QDateTime& importedAt, qint64* firstRef = nullptr);
    // The import run (ImportJournal) that the next cases belong to; 0 for none.
    void setImportRun(qint64 run) { m_importRun = run; }
    bool insertEvent(qint64 caseRef, const CaseEvent& event);
    bool flushSearchRows();
    void discardSearchRows();

private:
    struct Statements;
    struct Batches;
    struct UserRow;
    Statements& statements();
    Batches& batches();
    bool reserveIds(const QString& table, int count, QList<qint64>* ids);
    bool resolveUsers(const QList<CaseRow>& rows, QHash<QString, qint64>* userRefs);
    bool lookUpUsers(const QStringList& userIds, QHash<QString, UserRow>* users);
    bool run(BulkStatement& statement);

    Database& m_db;
    QString m_error;
    qint64 m_importRun = 0;
    std::unique_ptr<Statements> m_statements;
    std::unique_ptr<Batches> m_batches;
    std::unique_ptr<BatchLookUp> m_lookUpUsers;
    QList<QPair<qint64, QString>> m_pendingSearch;
};
