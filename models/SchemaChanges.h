#pragma once

#include "Migrations.h"

namespace Migrations {

// Schema versions 2 and on, in order, each with its SQLite and PostgreSQL statements side by side (Migrations runs
// the ones a database lacks). Released versions are frozen: a schema change is a new version at the end, both forms.
QList<Migration> schemaChanges();

} // namespace Migrations
