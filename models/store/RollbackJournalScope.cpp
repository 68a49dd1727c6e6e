#include "RollbackJournalScope.h"

#include "Database.h"

#include <QSqlQuery>

namespace {

// Sets the journal mode; true when the connection reports the new mode (SQLite answers with the mode in
// force, unchanged when another connection holds the file).
bool setJournalMode(Database& db, const QString& mode)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("PRAGMA journal_mode = %1").arg(mode)) && q.next()
        && q.value(0).toString().compare(mode, Qt::CaseInsensitive) == 0;
}

} // namespace

RollbackJournalScope::RollbackJournalScope(Database& db)
    : m_db(db)
{
    if (db.location().backend() == DatabaseLocation::Backend::Sqlite)
        m_active = setJournalMode(db, QStringLiteral("delete"));
}

RollbackJournalScope::~RollbackJournalScope()
{
    if (m_active)
        setJournalMode(m_db, QStringLiteral("wal"));
}
