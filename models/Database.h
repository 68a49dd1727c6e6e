#pragma once

#include "DatabaseLocation.h"
#include "WriteTransaction.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <functional>

class SqlDialect;

// One named connection to the case store, opened and migrated: a SQLite file, or a
// PostgreSQL server when `location` is a `postgresql://` URI (DatabaseLocation).
// One Database per thread (Qt Sql connections must not cross threads). Its parts: IntegrityCheck (a SQLite
// file's check), Migrations::run (the schema), WriteTransaction (beginWrite() to commit()), FileBackup and
// ServerBackup (backupTo()).
class Database
{
public:
    // `location` may be ":memory:" in tests. `connectionName` must be unique per live connection.
    Database(const QString& location, const QString& connectionName);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Creates the file with mode 0600 if missing, sets the pragmas (foreign keys,
    // WAL, busy timeout), checks integrity, and runs pending migrations in one
    // transaction. Refuses a database from a newer version. False + error() on failure.
    // On PostgreSQL: connects (libpq finds the password), then migrates the same way.
    // A full quick_check reads the whole file (seconds at a million cases), so
    // files larger than FullCheckMaxBytes get only a structural check here: the
    // window then runs verifyIntegrity() in the background after its first paint.
    bool open();
    static constexpr qint64 FullCheckMaxBytes = 64 * 1024 * 1024;
    // True when open() skipped the full check because of the file's size.
    bool integrityCheckDeferred() const { return m_checkDeferred; }
    // PRAGMA quick_check over the whole file. False + error() when damaged. A server keeps
    // its own checksums: true on PostgreSQL.
    bool verifyIntegrity();
    bool isOpen() const;
    QString error() const;
    // What was opened, as given (a file path or a URI, which never holds a password).
    QString path() const;
    const DatabaseLocation& location() const { return m_location; }
    // The SQL that differs between the backends.
    const SqlDialect& dialect() const;

    QSqlDatabase connection() const;
    int schemaVersion() const;

    // Write transactions start with BEGIN IMMEDIATE on SQLite (a plain BEGIN fails with
    // "database is locked" when another process wrote in between), retried with the busy
    // timeout; on PostgreSQL with BEGIN and the writers' advisory lock (SqlDialect::writeTurn).
    // `durable` switches SQLite to synchronous=FULL for the transaction (decisions).
    // Issue 15 (agents scale): `Turn::Case` for a writer that changes one case, its parties' strikes
    // and the audit chain only (CaseService's agent actions): on PostgreSQL such writers share the
    // turn (SqlDialect::sharedWriteTurn) and lock what they change; `Turn::Desk` for every other.
    enum class Turn
    {
        Desk,
        Case
    };
    bool beginWrite(bool durable = false, Turn turn = Turn::Desk);
    // Inside a write transaction: other writers may run alongside it (a shared turn on a backend
    // that has one), so what it changes is locked as it goes (lockCaseParties(), lockCaseRow(),
    // AuditLog's appends at COMMIT).
    bool sharesTurn() const { return m_write.sharesTurn(); }
    // In a shared turn: lock the parties' users of `caseId` / its row (SqlDialect). True at once
    // outside one. False + error() when the server refused (a deadlock: the caller's retry).
    bool lockCaseParties(const QString& caseId);
    bool lockCaseRow(const QString& caseId);
    bool commit();
    void rollback();
    bool inTransaction() const { return m_write.isOpen(); }

    // A consistent copy of the open database into `file` (VACUUM INTO; readers and
    // writers of other connections go on meanwhile), created 0600 and checked with
    // integrity_check. Refuses an existing file and never leaves a partial copy. False + error().
    // On a server: ServerBackup (pg_dump when installed, else an export into a new SQLite desk).
    bool backupTo(const QString& file);
    // How the last backup was written, for a person: empty for a SQLite file's copy.
    QString backupNote() const { return m_backupNote; }

    // A failed statement's error for a person: "the disk is full" for SQLITE_FULL (issue 13, item 9),
    // else the driver's text.
    static QString describe(const QSqlError& error);
    static bool isDiskFull(const QSqlError& error);
    // The server went away (stopped, restarted, the network): the open transaction is lost with it.
    static bool isConnectionLost(const QSqlError& error);

    // Tells the other open windows that this write changed the desk (issue 15, item 4): `kind` is a
    // DeskChange word, `caseId` the case or empty. Inside a write transaction it goes out with the
    // COMMIT (nothing on ROLLBACK); outside one at once. SQLite needs nothing (the readers poll
    // PRAGMA data_version): true. False + error() when the server refused it.
    bool announce(const QString& kind, const QString& caseId = QString());

    // The last statement that failed on this thread's connection (one Database per thread), as the
    // store and this class note it: CaseService's transaction runner runs a write transaction again
    // when another writer was in the way (SqlDialect::isRetryable: SQLite busy, a PostgreSQL
    // serialization failure or deadlock). takeFailure() returns it and forgets it.
    static void noteFailure(const QSqlError& error);
    static QSqlError takeFailure();

    // One statement without bound values (pragmas, transaction control). False + error() on failure.
    bool exec(const QString& statement);
    // The statements one after the other, up to the first that fails.
    bool execAll(const QStringList& statements);
    // How long a SQLite statement waits for another connection's lock before it fails as busy.
    static constexpr int BusyTimeoutMs = 5000;

    // Rows a writer buffers (CaseStore's search rows) reach the database in
    // commit() before COMMIT; `flush` returns false and sets *error to make the
    // commit fail (and roll back). `discard` runs on rollback. Returns an id for removeCommitHook().
    int addCommitHook(std::function<bool(QString* error)> flush, std::function<void()> discard);
    void removeCommitHook(int id);

private:
    bool openSqlite();
    bool openServer();
    bool checkIntegrity(bool full);
    bool migrate();
    bool recoverImports();
    void close();

    QString m_path;
    DatabaseLocation m_location;
    QString m_connectionName;
    bool m_checkDeferred = false;
    mutable QString m_error;
    QString m_backupNote;
    bool m_open = false;
    WriteTransaction m_write; // after m_error, which it sets
};
