#pragma once

#include "DatabaseLocation.h"

#include <QString>
#include <QStringList>

class QSqlDatabase;
class QSqlError;

// The one place where the SQL of the two backends differs (besides the schema, which
// Migrations keeps per version for both). The store's queries are written once in the SQL
// both understand (RETURNING, ON CONFLICT, IS DISTINCT FROM); what one backend lacks or
// spells differently (pragmas, the search table, how writers take their turn) is asked
// from Database::dialect().
class SqlDialect
{
public:
    using Backend = DatabaseLocation::Backend;
    static const SqlDialect& of(Backend backend);

    virtual ~SqlDialect() = default;
    virtual Backend backend() const = 0;
    bool isPostgresql() const { return backend() == Backend::Postgresql; }

    // Run once on a new connection, before the schema is looked at.
    virtual QStringList sessionSetup() const = 0;

    // The schema version the database is at (0 when it has no schema yet), -1 + *error on failure.
    virtual int schemaVersion(const QSqlDatabase& db, QString* error) const = 0;
    // Inside the migrating transaction: record `version`.
    virtual QStringList setSchemaVersion(int version) const = 0;

    // A write transaction: `beginWrite()`, then `writeTurn()` (what makes concurrent writers
    // take turns, so the audit chain stays one chain), then the work, then COMMIT or ROLLBACK.
    // `durableOn()` before BEGIN and `durableOff()` after the end make a decision's commit
    // reach the disk (SQLite's synchronous=FULL; a PostgreSQL commit is durable already).
    virtual QString beginWrite() const = 0;
    virtual QStringList writeTurn() const = 0;
    virtual QStringList durableOn() const = 0;
    virtual QStringList durableOff() const = 0;
    // The error says another writer was in the way (SQLite busy; PostgreSQL serialization
    // failure, deadlock or lock timeout): the whole transaction may be tried again.
    virtual bool isRetryable(const QSqlError& error) const = 0;

    // The queue's search rows, one per case: written at import, removed with the case.
    // Placeholders :case_ref and :body.
    virtual QString insertSearchRow() const = 0;
    virtual QString deleteSearchRow() const = 0;
    // The search rows of the cases `caseRefs` (an SQL subquery of case ids) selects.
    virtual QString deleteSearchRows(const QString& caseRefs) const = 0;
    // After deleting many search rows (a purge): statements that drop the deleted text for good.
    virtual QStringList compactSearch() const = 0;
    // Substring search (case-insensitive, three characters or more): the cases whose search row
    // holds `text` are `SELECT c.id FROM <searchFrom()> WHERE <searchMatch()>` with
    // searchPattern(text) bound to the one `?`. SQLite: the FTS5 trigram table; PostgreSQL:
    // ILIKE over the pg_trgm GIN index.
    virtual QString searchFrom() const = 0;
    virtual QString searchMatch() const = 0;
    virtual QString searchPattern(const QString& text) const = 0;

    // Around a purge's transaction: SQLite overwrites freed pages with zeros and truncates the
    // WAL afterwards, so the purged text is not left in the file.
    virtual QStringList beforePurge() const = 0;
    virtual QStringList afterPurge() const = 0;

    // The live desk (issue 15, item 4): what tells the other windows that a write changed the desk.
    // PostgreSQL: `notifyDesk()` with the payload bound to the one `?` (a NOTIFY on the channel of the
    // connection's schema, delivered at COMMIT and dropped on ROLLBACK), `deskChannel()` selects that
    // channel's name for LISTEN. SQLite: both empty; the other windows poll `changeCounter()`
    // (PRAGMA data_version: it moves when another connection commits).
    virtual QString notifyDesk() const = 0;
    virtual QString deskChannel() const = 0;
    virtual QString changeCounter() const = 0;

    // A bigger page cache for a bulk writer (SQLite only; the server sizes its own).
    // Empty when the backend has no such setting.
    virtual QString pageCacheKiB(int kib) const = 0;
};
