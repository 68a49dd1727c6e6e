#include "DeferredIndexes.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

DeferredIndexes::DeferredIndexes(Database& db)
    : m_db(db)
{ }

bool DeferredIndexes::drop(QString* error)
{
    QSqlQuery q(m_db.connection());
    // sql is NULL for the indexes of UNIQUE and PRIMARY KEY constraints; a UNIQUE INDEX is a constraint too.
    if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql LIKE 'CREATE INDEX %'"
                               " ORDER BY name"))) {
        *error = q.lastError().text();
        return false;
    }
    QList<QPair<QString, QString>> found;
    while (q.next())
        found.append({ q.value(0).toString(), q.value(1).toString() });
    q.finish();
    for (const auto& [name, sql] : std::as_const(found)) {
        // The names come from the schema itself (Migrations), never from the data.
        if (!m_db.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name))) {
            *error = m_db.error();
            return false;
        }
        m_indexes.append({ name, sql });
    }
    return true;
}

bool DeferredIndexes::restore(QString* error)
{
    while (!m_indexes.isEmpty()) {
        if (!m_db.exec(m_indexes.constFirst().second)) {
            *error = m_db.error();
            return false;
        }
        m_indexes.removeFirst();
    }
    return true;
}
