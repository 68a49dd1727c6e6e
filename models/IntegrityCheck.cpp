#include "IntegrityCheck.h"

#include "Database.h"
#include "SqlRow.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

// PRAGMA quick_check and integrity_check: one problem a row ("ok" alone when there is none).
enum class CheckColumn
{
    Problem
};

} // namespace

IntegrityCheck::IntegrityCheck(const QSqlDatabase& connection, const QString& path)
    : m_connection(connection)
    , m_path(path)
{ }

bool IntegrityCheck::run(Depth depth)
{
    QSqlQuery query(m_connection);
    const auto failed = [&] {
        // A full disk is not a damaged file (issue 13, item 9).
        if (Database::isDiskFull(query.lastError()))
            m_error = tr("Cannot use the database %1: the disk is full").arg(m_path);
        else
            m_error = tr("The database %1 is damaged or not a database: %2").arg(m_path, query.lastError().text());
        return false;
    };
    if (depth == Depth::Structure) {
        if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
            return failed();
        return true;
    }
    if (!query.exec(QStringLiteral("PRAGMA quick_check")))
        return failed();
    QStringList problems;
    while (query.next())
        problems << SqlRow::field(query, CheckColumn::Problem).toString();
    if (problems != QStringList { QStringLiteral("ok") }) {
        m_error = tr("The database %1 is damaged: %2").arg(m_path, problems.mid(0, 5).join(QStringLiteral("; ")));
        return false;
    }
    return true;
}
