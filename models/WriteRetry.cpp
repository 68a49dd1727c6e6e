#include "WriteRetry.h"

#include "Database.h"
#include "SqlDialect.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QThread>

WriteRetry::WriteRetry(Database& db)
    : m_db(db)
{ }

bool WriteRetry::ownsTransaction() const
{
    return !m_db.inTransaction();
}

void WriteRetry::start(bool owner, QString& error) const
{
    Database::takeFailure();
    if (owner)
        error.clear();
}

bool WriteRetry::again(bool owner, int n, QString& error)
{
    const QSqlError failure = Database::takeFailure();
    // Only an attempt that failed is run again (`error` says so): a busy try that a later one got
    // past leaves its error noted, but the work is done.
    if (!owner || n >= Attempts || error.isEmpty() || !failure.isValid() || !m_db.dialect().isRetryable(failure))
        return false;
    ++m_retried;
    error.clear();
    QThread::msleep(10 * (1 << n) + QRandomGenerator::global()->bounded(10 * n));
    return true;
}
