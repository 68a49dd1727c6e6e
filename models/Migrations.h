#pragma once

#include "DatabaseLocation.h"

#include <QList>
#include <QStringList>

class Database;

// The schema, as one ordered list of versions for both backends. Migration i (1-based)
// brings the schema version (SQLite's `PRAGMA user_version`, PostgreSQL's
// appealdesk_schema table) from i-1 to i, with the statements of each backend side by side:
// both reach the same tables, columns and indexes. Each statement is one SQL statement (the
// SQLite driver executes only the first statement of a string).
// The SQL is in InitialSchema (version 1) and SchemaChanges (2 and on). Never edit a released migration:
// append a new version at the end of SchemaChanges, with both its forms.
namespace Migrations {

struct Migration
{
    QStringList sqlite;
    QStringList postgresql;
};

const QList<Migration>& all();
const QStringList& statements(int version, DatabaseLocation::Backend backend);
int latestVersion();
// The runner (Database::open): brings `db` from its schema version to latestVersion(), all pending versions in one
// write transaction. Refuses a database from a newer version. False + *error (rolled back) on failure.
bool run(Database& db, QString* error);

} // namespace Migrations
