#pragma once

// Internal to models/store: CaseRepository's writer of a case's rows, the import path.

#include "CaseFacts.h"
#include "Suggestion.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

class BulkStatement;
class Database;

// Writes a case's rows with statements prepared once per connection and reused: the
// import binds and runs them for every case without re-parsing SQL (BulkStatement: SQLite's
// own statements on a SQLite connection). Search rows are written all together at the end
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

    // The case row with its queue columns, then its parties (and users), order, payments,
    // events, messages and history; its search row waits for flushSearchRows().
    // *caseRef (may be null): the new case row's id.
    bool insertCase(const CaseFacts& facts, const Suggestion& suggestion, const QString& status, const QDateTime& due,
        const QDateTime& importedAt, qint64* caseRef = nullptr);
    // The import run (ImportJournal) that the next cases belong to; 0 for none.
    void setImportRun(qint64 run) { m_importRun = run; }
    bool insertEvent(qint64 caseRef, const CaseEvent& event);
    bool flushSearchRows();
    void discardSearchRows();

private:
    struct Statements;
    Statements& statements();
    bool run(BulkStatement& statement);

    Database& m_db;
    QString m_error;
    qint64 m_importRun = 0;
    std::unique_ptr<Statements> m_statements;
    QList<QPair<qint64, QString>> m_pendingSearch;
};
