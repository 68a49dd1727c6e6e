#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class Database;
class QSqlQuery;

// The write transaction of one Database (its beginWrite(), commit() and rollback()): how it begins and waits for
// the writers' turn, whether it shares the turn (then what it changes is locked as it goes), the durable switch,
// the commit hooks, and a transaction that a failed statement ended on the server. It sets the Database's error()
// as the Database would; its messages are Database's.
class WriteTransaction
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // `error` is the Database's error text.
    WriteTransaction(Database& db, QString& error);
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    // `caseTurn`: Database::Turn::Case (an agent's action on one case), else the desk's turn.
    bool begin(bool durable, bool caseTurn);
    bool commit();
    void rollback();
    bool isOpen() const { return m_open; }
    bool sharesTurn() const { return m_open && m_sharesTurn; }
    // In a shared turn: runs the dialect's lock `statement` for `caseId`. True at once outside one.
    bool lockCase(const QString& statement, const QString& caseId);

    int addCommitHook(std::function<bool(QString* error)> flush, std::function<void()> discard);
    void removeCommitHook(int id);

    // A statement failed on this thread's connection (Database::noteFailure). On a server that has ended the
    // open write transaction already: it is rolled back now, before the failed statement is freed (which the
    // server would refuse inside the dead transaction, and the driver would warn about on stderr). commit()
    // then fails, rollback() only tidies up.
    static void abortAfterFailure();

private:
    // BEGIN as the dialect says, tried again while another writer holds the turn; false: `query` has the error.
    bool beginTurn(QSqlQuery& query);
    void end();

    Database& m_db;
    QString& m_error;
    bool m_open = false;
    bool m_durable = false;
    bool m_sharesTurn = false;
    bool m_aborted = false; // the server ended the transaction after a failed statement
    struct CommitHook
    {
        int id;
        std::function<bool(QString*)> flush;
        std::function<void()> discard;
    };
    QList<CommitHook> m_commitHooks;
    int m_nextHookId = 1;
};
