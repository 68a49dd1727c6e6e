#pragma once

#include "Migrations.h"

namespace Migrations {

// Schema version 1, the tables as first released, for SQLite and PostgreSQL side by side (Migrations runs it on
// an empty database). Frozen: databases in the field ran this SQL; a change is a new version in SchemaChanges.
Migration initialSchema();

} // namespace Migrations
