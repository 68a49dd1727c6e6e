#include "BulkWriteScope.h"

#include "Database.h"
#include "SqlDialect.h"

#include <QSqlQuery>

namespace {

// The current value of a pragma, or `fallback`.
qint64 pragmaValue(Database& db, const QString& name, qint64 fallback)
{
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("PRAGMA %1").arg(name)) && q.next())
        return q.value(0).toLongLong();
    return fallback;
}

} // namespace

BulkWriteScope::BulkWriteScope(Database& db, int cacheKiB)
    : m_db(db)
{
    const QString cache = db.dialect().pageCacheKiB(cacheKiB);
    if (cache.isEmpty()) // a server sizes its own cache and log
        return;
    m_cacheSize = pragmaValue(db, QStringLiteral("cache_size"), m_cacheSize);
    m_checkpointPages = pragmaValue(db, QStringLiteral("wal_autocheckpoint"), m_checkpointPages);
    m_tempStore = pragmaValue(db, QStringLiteral("temp_store"), m_tempStore);
    m_active = db.exec(cache);
    db.exec(db.dialect().checkpointEveryPages(CheckpointPages));
    db.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
}

BulkWriteScope::~BulkWriteScope()
{
    if (!m_active)
        return;
    m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize));
    m_db.exec(m_db.dialect().checkpointEveryPages(int(m_checkpointPages)));
    m_db.exec(QStringLiteral("PRAGMA temp_store = %1").arg(m_tempStore));
}
