#include "Migrations.h"

#include "InitialSchema.h"
#include "SchemaChanges.h"

namespace Migrations {

const QList<Migration>& all()
{
    static const QList<Migration> migrations = QList<Migration> { initialSchema() } + schemaChanges();
    return migrations;
}

const QStringList& statements(int version, DatabaseLocation::Backend backend)
{
    const Migration& migration = all().at(version - 1);
    return backend == DatabaseLocation::Backend::Postgresql ? migration.postgresql : migration.sqlite;
}

int latestVersion()
{
    return int(all().size());
}

} // namespace Migrations
