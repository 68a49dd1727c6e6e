#pragma once

// Internal to models/store: CaseRepository's writer of a case's rows, the import path.

#include "CaseFacts.h"
#include "Suggestion.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>

class Database;

// Writes a case's rows with statements prepared once per connection and reused: the
// import binds and runs them for every case without re-parsing SQL. Search rows are
// written in batches (and at commit, by CaseRepository's commit hook): FTS5 flushes its
// pending terms before every other statement, so interleaving them with the case rows
// costs several times more.
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
    bool insertCase(const CaseFacts& facts, const Suggestion& suggestion, const QString& status, const QDateTime& due,
        const QDateTime& importedAt);
    // The import run (ImportJournal) that the next cases belong to; 0 for none.
    void setImportRun(qint64 run) { m_importRun = run; }
    bool insertEvent(qint64 caseRef, const CaseEvent& event);
    bool flushSearchRows();
    void discardSearchRows();

private:
    struct Statements;
    Statements& statements();

    Database& m_db;
    QString m_error;
    qint64 m_importRun = 0;
    std::unique_ptr<Statements> m_statements;
    QList<QPair<qint64, QString>> m_pendingSearch;
};
