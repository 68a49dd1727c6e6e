#pragma once

#include <QList>
#include <QStringList>

// The schema, as an ordered list of migrations. Migration i (1-based) brings
// `PRAGMA user_version` from i-1 to i. Each migration is a list of single
// statements (the SQLite driver executes only the first statement of a string).
// Never edit a released migration: append a new one.
namespace Migrations {
const QList<QStringList>& all();
int latestVersion();
}
