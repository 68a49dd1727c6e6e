#include "SqlDialect.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {

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
        return query.value(0).toInt();
    }

    QStringList setSchemaVersion(int version) const override
    {
        return { QStringLiteral("PRAGMA user_version = %1").arg(version) };
    }

    // BEGIN IMMEDIATE takes the write lock at once: a plain BEGIN fails with "database is
    // locked" when another process wrote in between. One writer at a time is the whole turn.
    QString beginWrite() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    QStringList writeTurn() const override { return {}; }
    QStringList durableOn() const override { return { QStringLiteral("PRAGMA synchronous = FULL") }; }
    QStringList durableOff() const override { return { QStringLiteral("PRAGMA synchronous = NORMAL") }; }

    bool isRetryable(const QSqlError& error) const override
    {
        return error.nativeErrorCode() == QLatin1String("5"); // SQLITE_BUSY
    }

    QString insertSearchRow() const override
    {
        return QStringLiteral("INSERT INTO case_search (rowid, body) VALUES (:case_ref, :body)");
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

    QString searchFrom() const override { return QStringLiteral("case_search s JOIN cases c ON c.id = s.rowid"); }
    QString searchMatch() const override { return QStringLiteral("s.body MATCH ?"); }
    // One FTS5 phrase: the text as is, its quotes doubled.
    QString searchPattern(const QString& text) const override
    {
        QString phrase = text;
        phrase.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + phrase + QLatin1Char('"');
    }

    QStringList beforePurge() const override { return { QStringLiteral("PRAGMA secure_delete = ON") }; }
    QStringList afterPurge() const override
    {
        return { QStringLiteral("PRAGMA secure_delete = OFF"), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)") };
    }

    QString notifyDesk() const override { return QString(); }
    QString deskChannel() const override { return QString(); }
    QString changeCounter() const override { return QStringLiteral("PRAGMA data_version"); }

    QString pageCacheKiB(int kib) const override { return QStringLiteral("PRAGMA cache_size = -%1").arg(kib); }
};

// The key of the advisory lock every write transaction takes (any constant that no other
// application on the same database uses: "AppD" in ASCII).
constexpr qint64 WriteLockKey = 0x41707044;

class PostgresqlDialect final : public SqlDialect
{
public:
    Backend backend() const override { return Backend::Postgresql; }

    // Times and ids are integers; text compares as stored. Notices (CREATE ... IF NOT EXISTS)
    // are not errors.
    QStringList sessionSetup() const override { return { QStringLiteral("SET client_min_messages = warning") }; }

    // The version lives in a one-row table of the schema (PostgreSQL has no user_version);
    // no table yet is version 0.
    int schemaVersion(const QSqlDatabase& db, QString* error) const override
    {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT to_regclass('appealdesk_schema') IS NOT NULL")) || !query.next()) {
            *error = errorText(query);
            return -1;
        }
        if (!query.value(0).toBool())
            return 0;
        if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM appealdesk_schema")) || !query.next()) {
            *error = errorText(query);
            return -1;
        }
        return query.value(0).toInt();
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
    // Writers take turns on a transaction-scoped advisory lock, taken first: the audit chain's
    // head is read and extended by one writer at a time, and since every writer takes this lock
    // before any row lock, two writers never wait on each other's rows in a cycle.
    QStringList writeTurn() const override
    {
        return { QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(WriteLockKey) };
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

    QString insertSearchRow() const override
    {
        return QStringLiteral("INSERT INTO case_search (case_ref, body) VALUES (:case_ref, :body)");
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

    QString searchFrom() const override { return QStringLiteral("case_search s JOIN cases c ON c.id = s.case_ref"); }
    QString searchMatch() const override { return QStringLiteral("s.body ILIKE ? ESCAPE '\\'"); }
    // The text anywhere in the body, its own % and _ taken literally.
    QString searchPattern(const QString& text) const override
    {
        QString escaped = text;
        escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
        escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
        return QLatin1Char('%') + escaped + QLatin1Char('%');
    }

    QStringList beforePurge() const override { return {}; }
    QStringList afterPurge() const override { return {}; }

    // One channel per schema: desks in two schemas of one database do not hear each other.
    QString notifyDesk() const override
    {
        return QStringLiteral("SELECT pg_notify('appealdesk_desk_' || current_schema(), ?)");
    }
    QString deskChannel() const override { return QStringLiteral("SELECT 'appealdesk_desk_' || current_schema()"); }
    QString changeCounter() const override { return QString(); }

    QString pageCacheKiB(int) const override { return QString(); }
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
