#include "SqlDialect.h"

#include "SearchFolding.h"

#include "SqlRow.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// The schema version's queries (PRAGMA user_version, the version table's MAX, whether it exists) select one value.
enum class VersionColumn
{
    Value
};

// A LIKE pattern that matches `text` literally (escape character \\), then anything.
QString likePrefix(const QString& text)
{
    QString out;
    for (const QChar ch : text) {
        if (ch == QLatin1Char('%') || ch == QLatin1Char('_') || ch == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += ch;
    }
    return out + QLatin1Char('%');
}

QString errorText(const QSqlQuery& query)
{
    return query.lastError().text();
}

class SqliteDialect final : public SqlDialect
{
public:
    Backend backend() const override { return Backend::Sqlite; }

    QStringList sessionSetup() const override { return { QStringLiteral("PRAGMA busy_timeout = 5000") }; }

    int schemaVersion(const QSqlDatabase& db, QString* error) const override
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
            *error = errorText(query);
            return -1;
        }
        return SqlRow::field(query, VersionColumn::Value).toInt();
    }

    QStringList setSchemaVersion(int version) const override
    {
        return { QStringLiteral("PRAGMA user_version = %1").arg(version) };
    }

    // BEGIN IMMEDIATE takes the write lock at once: a plain BEGIN fails with "database is
    // locked" when another process wrote in between. One writer at a time is the whole turn.
    QString beginWrite() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    QStringList writeTurn() const override { return {}; }
    QStringList sharedWriteTurn() const override { return {}; }
    QString lockCaseParties() const override { return QString(); }
    QString lockCaseRow() const override { return QString(); }
    QStringList auditTurn() const override { return {}; }
    QStringList durableOn() const override { return { QStringLiteral("PRAGMA synchronous = FULL") }; }
    QStringList durableOff() const override { return { QStringLiteral("PRAGMA synchronous = NORMAL") }; }

    bool isRetryable(const QSqlError& error) const override
    {
        return error.nativeErrorCode() == QLatin1String("5"); // SQLITE_BUSY
    }
    bool failureAbortsTransaction() const override { return false; }

    QString reserveIds(const QString& table, int count) const override
    {
        // Inside the write transaction: no other writer can take these before the rows are in.
        return QStringLiteral("WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < %2)"
                              " SELECT (SELECT coalesce(max(id), 0) FROM %1) + k FROM n")
            .arg(table)
            .arg(count);
    }
    QString insertSearchRow() const override
    {
        return QStringLiteral("INSERT INTO case_search (rowid, body) VALUES (?, ?)");
    }
    QString deleteSearchRow() const override
    {
        return QStringLiteral("DELETE FROM case_search WHERE rowid = :case_ref");
    }
    QString deleteSearchRows(const QString& caseRefs) const override
    {
        return QStringLiteral("DELETE FROM case_search WHERE rowid IN ") + caseRefs;
    }
    // FTS5 keeps deleted terms in its segments until they are merged.
    QStringList compactSearch() const override
    {
        return { QStringLiteral("INSERT INTO case_search (case_search) VALUES ('optimize')") };
    }

    // CROSS JOIN: the trigram table first. FTS5 prices a GLOB above a rowid look-up, and SQLite would otherwise run
    // one GLOB per case of the filtered status (a minute at 200,000 cases).
    QString searchFrom() const override { return QStringLiteral("case_search s CROSS JOIN cases c ON c.id = s.rowid"); }
    // GLOB on the trigram table (schema 13: detail=none, case-sensitive, rows already searchable): FTS5 finds the
    // rows holding every trigram of the text, SQLite keeps those that hold the text itself.
    QString searchMatch() const override { return QStringLiteral("s.body GLOB ?"); }
    QString searchCaseRef() const override { return QStringLiteral("s.rowid"); }
    // The text anywhere in the body, its own *, ? and [ taken literally.
    QString searchPattern(const QString& text) const override
    {
        QString escaped;
        for (const QChar ch : SearchFolding::searchable(text)) {
            if (ch == QLatin1Char('*') || ch == QLatin1Char('?') || ch == QLatin1Char('['))
                escaped += QLatin1Char('[') + ch + QLatin1Char(']');
            else
                escaped += ch;
        }
        return QLatin1Char('*') + escaped + QLatin1Char('*');
    }

    QStringList beforePurge() const override { return { QStringLiteral("PRAGMA secure_delete = ON") }; }
    QStringList afterPurge() const override
    {
        return { QStringLiteral("PRAGMA secure_delete = OFF"), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)") };
    }

    QString importersLockShared() const override { return QString(); }
    QString importersUnlockShared() const override { return QString(); }
    QString tryImportersLockExclusive() const override { return QString(); }
    QString importersUnlockExclusive() const override { return QString(); }
    int turnPollMs() const override { return 2; }
    QString busyTimeout(int ms) const override { return QStringLiteral("PRAGMA busy_timeout = %1").arg(ms); }
    QString ifNull(const QString& value, const QString& fallback) const override
    {
        return QStringLiteral("ifnull(%1, %2)").arg(value, fallback);
    }
    QString charCode(int code) const override { return QStringLiteral("char(%1)").arg(code); }
    QString groupConcat(const QString& value, const QString& separator, const QString&) const override
    {
        return QStringLiteral("group_concat(%1, %2)").arg(value, separator);
    }
    QString position(const QString& text, const QString& needle) const override
    {
        return QStringLiteral("instr(%1, %2)").arg(text, needle);
    }
    QString hideFromIndex(const QString& expression) const override { return QLatin1Char('+') + expression; }
    bool limitsUnionBranches() const override { return false; }
    QString tempTable(const QString& name) const override { return QStringLiteral("temp.") + name; }
    QString createTempIdTable(const QString& name) const override
    {
        return QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1 (id INTEGER PRIMARY KEY)").arg(name);
    }
    // GLOB is case-sensitive and ranges over the column's index.
    QString prefixMatch(const QString& column) const override { return column + QStringLiteral(" GLOB ?"); }
    QString prefixPattern(const QString& text) const override
    {
        QString out;
        for (const QChar ch : text) {
            if (ch == QLatin1Char('*') || ch == QLatin1Char('?') || ch == QLatin1Char('['))
                out += QLatin1Char('[') + ch + QLatin1Char(']');
            else
                out += ch;
        }
        return out + QLatin1Char('*');
    }
    // LIKE ignores ASCII case; users_nickname is COLLATE NOCASE for it. The pattern is likePrefix().
    QString caselessPrefixMatch(const QString& column) const override
    {
        return column + QStringLiteral(" LIKE ? ESCAPE '\\'");
    }
    QString explainQueryPlan(const QString& sql) const override { return QStringLiteral("EXPLAIN QUERY PLAN ") + sql; }
    QString lockSkippingLocked() const override { return QString(); }
    // WAL: a reader's transaction sees the database as at its first read.
    QString beginSnapshot() const override { return QStringLiteral("BEGIN"); }
    QString selectSearchRows() const override
    {
        return QStringLiteral("SELECT rowid, body FROM case_search ORDER BY rowid");
    }
    QStringList continueIds(const QStringList&) const override { return {}; }
    int explainDetailColumn() const override { return 3; }
    QString notifyDesk() const override { return QString(); }
    QString deskChannel() const override { return QString(); }
    QString changeCounter() const override { return QStringLiteral("PRAGMA data_version"); }

    QString pageCacheKiB(int kib) const override { return QStringLiteral("PRAGMA cache_size = -%1").arg(kib); }
    QString checkpointEveryPages(int pages) const override
    {
        return QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(pages);
    }
};

// The advisory locks are per desk: two keys, the first the hash of the desk's schema, so two desks in one
// database (or the test suite's schemas side by side) never wait for each other. The second key is any
// constant that no other application on the same database uses, in ASCII:
// the lock every write transaction takes, "AppD";
constexpr int WriteLockKey = 0x41707044;
// the audit chain's appends in shared turns, "AppA";
constexpr int AuditLockKey = 0x41707041;
// the importers' session lock (see SqlDialect::importersLockShared), "AppI".
constexpr int ImportersLockKey = 0x41707049;
// The locks on users are keyed on the hash of the schema's name with this suffix and the user's row id.
const QLatin1String UserLockSuffix("/users");

// "hashtext(current_schema()), KEY": the two keys of a desk's lock.
QString deskLock(int key)
{
    return QStringLiteral("hashtext(current_schema()), %1").arg(key);
}

class PostgresqlDialect final : public SqlDialect
{
public:
    Backend backend() const override { return Backend::Postgresql; }

    // Times and ids are integers; text compares as stored. Notices (CREATE ... IF NOT EXISTS)
    // are not errors.
    // Statements are prepared once and run with many values (a queue page with a filter of few rows or
    // of most of them): each run is planned for its values, never with a generic plan.
    QStringList sessionSetup() const override
    {
        return { QStringLiteral("SET client_min_messages = warning"),
            QStringLiteral("SET plan_cache_mode = force_custom_plan") };
    }

    // The version lives in a one-row table of the schema (PostgreSQL has no user_version);
    // no table yet is version 0.
    int schemaVersion(const QSqlDatabase& db, QString* error) const override
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT to_regclass('appealdesk_schema') IS NOT NULL")) || !query.next()) {
            *error = errorText(query);
            return -1;
        }
        if (!SqlRow::field(query, VersionColumn::Value).toBool())
            return 0;
        if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM appealdesk_schema")) || !query.next()) {
            *error = errorText(query);
            return -1;
        }
        return SqlRow::field(query, VersionColumn::Value).toInt();
    }

    QStringList setSchemaVersion(int version) const override
    {
        return { QStringLiteral("CREATE TABLE IF NOT EXISTS appealdesk_schema (id INTEGER PRIMARY KEY CHECK (id = 1),"
                                " version INTEGER NOT NULL)"),
            QStringLiteral("INSERT INTO appealdesk_schema (id, version) VALUES (1, %1)"
                           " ON CONFLICT (id) DO UPDATE SET version = excluded.version")
                .arg(version) };
    }

    // READ COMMITTED: the store's guards are conditional UPDATEs (`... WHERE status <> 'decided'`),
    // which PostgreSQL re-checks on the row's newest version after waiting for its lock, so of
    // two agents deciding one case only one changes it.
    QString beginWrite() const override { return QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED"); }
    // A writer of the whole desk takes the transaction-scoped advisory lock exclusively, first: it
    // waits for every writer of one case and they for it, so its reads and its audit entries are
    // as in a desk of one writer, and since it takes this lock before any row lock, it never waits
    // on another writer's rows in a cycle.
    QStringList writeTurn() const override
    {
        return { QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(deskLock(WriteLockKey)) };
    }
    // Writers of one case share it, and lock only what they change (below).
    QStringList sharedWriteTurn() const override
    {
        return { QStringLiteral("SELECT pg_advisory_xact_lock_shared(%1)").arg(deskLock(WriteLockKey)) };
    }
    // PostgreSQL (9.6 and later) evaluates a volatile function of the select list after the sort,
    // so the locks are taken in key order (the user's row id; two users that share a key only
    // take turns needlessly).
    QString lockCaseParties() const override
    {
        return QStringLiteral(
            "SELECT pg_advisory_xact_lock(hashtext(current_schema() || '%1'), u.k) FROM (SELECT DISTINCT"
            " CAST(p.user_ref % 2147483647 AS integer) AS k FROM parties p"
            " JOIN cases c ON c.id = p.case_ref WHERE c.case_id = :case_id) AS u ORDER BY u.k")
            .arg(UserLockSuffix);
    }
    QString lockCaseRow() const override
    {
        return QStringLiteral("SELECT id FROM cases WHERE case_id = :case_id FOR UPDATE");
    }
    QStringList auditTurn() const override
    {
        return { QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(deskLock(AuditLockKey)) };
    }
    QStringList durableOn() const override { return {}; }
    QStringList durableOff() const override { return {}; }

    bool isRetryable(const QSqlError& error) const override
    {
        const QString code = error.nativeErrorCode();
        return code == QLatin1String("40001") // serialization_failure
            || code == QLatin1String("40P01") // deadlock_detected
            || code == QLatin1String("55P03"); // lock_not_available
    }
    bool failureAbortsTransaction() const override { return true; }

    QString reserveIds(const QString& table, int count) const override
    {
        return QStringLiteral("SELECT nextval(pg_get_serial_sequence('%1', 'id')) FROM generate_series(1, %2)")
            .arg(table)
            .arg(count);
    }
    QString insertSearchRow() const override
    {
        return QStringLiteral("INSERT INTO case_search (case_ref, body) VALUES (?, ?)");
    }
    QString deleteSearchRow() const override
    {
        return QStringLiteral("DELETE FROM case_search WHERE case_ref = :case_ref");
    }
    QString deleteSearchRows(const QString& caseRefs) const override
    {
        return QStringLiteral("DELETE FROM case_search WHERE case_ref IN ") + caseRefs;
    }
    // Deleted rows go with the server's vacuum; the index never returns them.
    QStringList compactSearch() const override { return {}; }

    // Each trigram match looks its case up by primary key (the OFFSET keeps the planner from folding the
    // subquery back into a join): its estimate of the matches is rough, and as a plain join it hashed every
    // case of the filtered status, 0.25-1 s at a million cases, to keep a few thousand.
    QString searchFrom() const override
    {
        return QStringLiteral(
            "case_search s CROSS JOIN LATERAL (SELECT * FROM cases c0 WHERE c0.id = s.case_ref OFFSET 0) c");
    }
    QString searchMatch() const override { return QStringLiteral("s.body ILIKE ? ESCAPE '\\'"); }
    QString searchCaseRef() const override { return QStringLiteral("s.case_ref"); }
    // The text anywhere in the body, its own % and _ taken literally.
    QString searchPattern(const QString& text) const override
    {
        QString escaped = SearchFolding::searchable(text);
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
        escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
        return QLatin1Char('%') + escaped + QLatin1Char('%');
    }

    QStringList beforePurge() const override { return {}; }
    QStringList afterPurge() const override { return {}; }

    QString importersLockShared() const override
    {
        return QStringLiteral("SELECT pg_advisory_lock_shared(%1)").arg(deskLock(ImportersLockKey));
    }
    QString importersUnlockShared() const override
    {
        return QStringLiteral("SELECT pg_advisory_unlock_shared(%1)").arg(deskLock(ImportersLockKey));
    }
    QString tryImportersLockExclusive() const override
    {
        return QStringLiteral("SELECT pg_try_advisory_lock(%1)").arg(deskLock(ImportersLockKey));
    }
    QString importersUnlockExclusive() const override
    {
        return QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(deskLock(ImportersLockKey));
    }
    int turnPollMs() const override { return 0; }
    QString busyTimeout(int) const override { return QString(); }
    QString ifNull(const QString& value, const QString& fallback) const override
    {
        return QStringLiteral("COALESCE(%1, %2)").arg(value, fallback);
    }
    QString charCode(int code) const override { return QStringLiteral("chr(%1)").arg(code); }
    QString groupConcat(const QString& value, const QString& separator, const QString& orderBy) const override
    {
        return QStringLiteral("string_agg(%1, %2 ORDER BY %3)").arg(value, separator, orderBy);
    }
    QString position(const QString& text, const QString& needle) const override
    {
        return QStringLiteral("strpos(%1, %2)").arg(text, needle);
    }
    QString hideFromIndex(const QString& expression) const override { return expression; }
    bool limitsUnionBranches() const override { return true; }
    QString tempTable(const QString& name) const override { return QStringLiteral("pg_temp.") + name; }
    QString createTempIdTable(const QString& name) const override
    {
        return QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1 (id BIGINT PRIMARY KEY)").arg(name);
    }
    QString prefixMatch(const QString& column) const override { return column + QStringLiteral(" LIKE ? ESCAPE '\\'"); }
    QString prefixPattern(const QString& text) const override { return likePrefix(text); }
    // users_nickname is an index on lower(nickname) with text_pattern_ops.
    QString caselessPrefixMatch(const QString& column) const override
    {
        return QStringLiteral("lower(%1) LIKE lower(?) ESCAPE '\\'").arg(column);
    }
    // A statement with bound values is not planned by itself on the server (EXPLAIN cannot be
    // prepared): the queue's plans are SQLite's.
    QString explainQueryPlan(const QString&) const override { return QString(); }
    QString lockSkippingLocked() const override { return QStringLiteral(" FOR UPDATE SKIP LOCKED"); }
    QString beginSnapshot() const override { return QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"); }
    QString selectSearchRows() const override
    {
        return QStringLiteral("SELECT case_ref, body FROM case_search ORDER BY case_ref");
    }
    // Tables without an identity column give no sequence (NULL), which setval() passes over.
    QStringList continueIds(const QStringList& tables) const override
    {
        QStringList statements;
        for (const QString& table : tables)
            statements << QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'),"
                                         " COALESCE(MAX(id), 0) + 1, false) FROM %1")
                              .arg(table);
        return statements;
    }
    int explainDetailColumn() const override { return 0; }
    // One channel per schema: desks in two schemas of one database do not hear each other.
    QString notifyDesk() const override
    {
        return QStringLiteral("SELECT pg_notify('appealdesk_desk_' || current_schema(), :payload)");
    }
    QString deskChannel() const override { return QStringLiteral("SELECT 'appealdesk_desk_' || current_schema()"); }
    QString changeCounter() const override { return QString(); }

    QString pageCacheKiB(int) const override { return QString(); }
    QString checkpointEveryPages(int) const override { return QString(); }
};

} // namespace

const SqlDialect& SqlDialect::of(Backend backend)
{
    static const SqliteDialect sqlite;
    static const PostgresqlDialect postgresql;
    if (backend == Backend::Postgresql)
        return postgresql;
    return sqlite;
}

QString SqlDialect::caselessPrefixPattern(const QString& text) const
{
    return likePrefix(text);
}

const SqlDialect& SqlDialect::of(const QSqlDatabase& db)
{
    return of(db.driverName() == QLatin1String("QPSQL") ? Backend::Postgresql : Backend::Sqlite);
}
