#include "WriteTransaction.h"

#include "Database.h"
#include "SqlDialect.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <utility>

namespace {

constexpr int BusyRetries = 3;

// The write transaction open on this thread.
thread_local WriteTransaction* t_writer = nullptr;

} // namespace

WriteTransaction::WriteTransaction(Database& db, QString& error)
    : m_db(db)
    , m_error(error)
{ }

void WriteTransaction::abortAfterFailure()
{
    WriteTransaction* writer = t_writer;
    if (writer && !writer->m_aborted && writer->m_db.dialect().failureAbortsTransaction()) {
        writer->m_aborted = true;
        QSqlQuery(writer->m_db.connection()).exec(QStringLiteral("ROLLBACK"));
    }
}

void WriteTransaction::end()
{
    m_open = false;
    m_aborted = false;
    m_sharesTurn = false;
    if (t_writer == this)
        t_writer = nullptr;
}

bool WriteTransaction::begin(bool durable, bool caseTurn)
{
    if (m_open) {
        m_error = tr("A write transaction is already open");
        return false;
    }
    const SqlDialect& dialect = m_db.dialect();
    if (durable && !m_db.execAll(dialect.durableOn()))
        return false;
    QSqlQuery query(m_db.connection());
    if (beginTurn(query)) {
        m_open = true;
        m_aborted = false;
        t_writer = this;
        m_durable = durable;
        const QStringList shared = caseTurn ? dialect.sharedWriteTurn() : QStringList();
        m_sharesTurn = !shared.isEmpty();
        for (const QString& statement : m_sharesTurn ? shared : dialect.writeTurn()) {
            if (!query.exec(statement)) {
                Database::noteFailure(query.lastError());
                const QString error
                    = tr("Cannot start writing to the database: %1").arg(Database::describe(query.lastError()));
                rollback();
                m_error = error;
                return false;
            }
        }
        return true;
    }
    // Only the try that gave up is a failure: the earlier busy tries were the wait for the turn.
    Database::noteFailure(query.lastError());
    m_error = tr("Cannot start writing to the database: %1").arg(Database::describe(query.lastError()));
    if (durable)
        m_db.execAll(dialect.durableOff());
    return false;
}

bool WriteTransaction::beginTurn(QSqlQuery& query)
{
    const SqlDialect& dialect = m_db.dialect();
    // Issue 13, item 10: on SQLite, ask for the turn every few milliseconds instead of through the
    // busy handler, whose sleeps grow to 100 ms: an import leaves a short gap between its
    // transactions, and a writer waiting behind it must take the first gap, not the tenth.
    const int pollMs = dialect.turnPollMs();
    const bool polling = pollMs > 0 && m_db.exec(dialect.busyTimeout(0));
    QElapsedTimer waited;
    waited.start();
    const qint64 patienceMs = qint64(Database::BusyTimeoutMs) * BusyRetries;
    bool begun = false;
    for (int attempt = 0; polling || attempt < BusyRetries; ++attempt) {
        if (query.exec(dialect.beginWrite())) {
            begun = true;
            break;
        }
        if (!dialect.isRetryable(query.lastError()) || (polling && waited.elapsed() >= patienceMs))
            break;
        QThread::msleep(polling ? pollMs : 50);
    }
    if (polling)
        m_db.exec(dialect.busyTimeout(Database::BusyTimeoutMs));
    return begun;
}

bool WriteTransaction::lockCase(const QString& statement, const QString& caseId)
{
    if (!sharesTurn() || statement.isEmpty())
        return true;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(statement);
    query.bindValue(QStringLiteral(":case_id"), caseId);
    if (!query.exec()) {
        Database::noteFailure(query.lastError());
        m_error = tr("Cannot lock case %1: %2").arg(caseId, Database::describe(query.lastError()));
        return false;
    }
    return true;
}

bool WriteTransaction::commit()
{
    if (!m_open) {
        m_error = tr("No write transaction is open");
        return false;
    }
    for (const CommitHook& hook : std::as_const(m_commitHooks)) {
        if (!hook.flush(&m_error)) {
            const QString error = m_error;
            rollback();
            m_error = error;
            return false;
        }
    }
    if (m_aborted) {
        m_error = tr("The write transaction was ended by an error; nothing was written");
        rollback();
        return false;
    }
    if (!m_db.exec(QStringLiteral("COMMIT"))) {
        const QString error = m_error;
        rollback();
        m_error = error;
        return false;
    }
    end();
    if (m_durable) {
        m_durable = false;
        return m_db.execAll(m_db.dialect().durableOff());
    }
    return true;
}

int WriteTransaction::addCommitHook(std::function<bool(QString* error)> flush, std::function<void()> discard)
{
    m_commitHooks.append(CommitHook { m_nextHookId, std::move(flush), std::move(discard) });
    return m_nextHookId++;
}

void WriteTransaction::removeCommitHook(int id)
{
    m_commitHooks.removeIf([id](const CommitHook& hook) { return hook.id == id; });
}

void WriteTransaction::rollback()
{
    for (const CommitHook& hook : std::as_const(m_commitHooks))
        hook.discard();
    if (!m_open)
        return;
    if (!m_aborted)
        QSqlQuery(m_db.connection()).exec(QStringLiteral("ROLLBACK"));
    end();
    if (m_durable) {
        m_durable = false;
        for (const QString& statement : m_db.dialect().durableOff())
            QSqlQuery(m_db.connection()).exec(statement);
    }
}
