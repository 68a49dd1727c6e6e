#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <functional>

// One named SQLite connection to the case store, opened and migrated.
// One Database per thread (Qt Sql connections must not cross threads).
class Database
{
public:
    // `path` may be ":memory:" in tests. `connectionName` must be unique per live connection.
    Database(const QString& path, const QString& connectionName);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Creates the file with mode 0600 if missing, sets the pragmas (foreign keys,
    // WAL, busy timeout), checks integrity, and runs pending migrations in one
    // transaction. Refuses a database from a newer version. False + error() on failure.
    // A full quick_check reads the whole file (seconds at a million cases), so
    // files larger than FullCheckMaxBytes get only a structural check here: the
    // window then runs verifyIntegrity() in the background after its first paint.
    bool open();
    static constexpr qint64 FullCheckMaxBytes = 64 * 1024 * 1024;
    // True when open() skipped the full check because of the file's size.
    bool integrityCheckDeferred() const { return m_checkDeferred; }
    // PRAGMA quick_check over the whole file. False + error() when damaged.
    bool verifyIntegrity();
    bool isOpen() const;
    QString error() const;
    QString path() const;

    QSqlDatabase connection() const;
    int schemaVersion() const;

    // Write transactions start with BEGIN IMMEDIATE (a plain BEGIN fails with
    // "database is locked" when another process wrote in between); retried
    // with the busy timeout. `durable` switches to synchronous=FULL for the
    // transaction (decisions).
    bool beginWrite(bool durable = false);
    bool commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }

    // A consistent copy of the open database into `file` (VACUUM INTO; readers and
    // writers of other connections go on meanwhile), created 0600 and checked with
    // integrity_check. Refuses an existing file and never leaves a partial copy. False + error().
    bool backupTo(const QString& file);

    // A failed statement's error for a person: "the disk is full" for SQLITE_FULL (issue 13, item 9),
    // else the driver's text.
    static QString describe(const QSqlError& error);
    static bool isDiskFull(const QSqlError& error);

    // One statement without bound values (pragmas, transaction control). False + error() on failure.
    bool exec(const QString& statement);

    // Rows a writer buffers (CaseStore's search rows) reach the database in
    // commit() before COMMIT; `flush` returns false and sets *error to make the
    // commit fail (and roll back). `discard` runs on rollback. Returns an id for removeCommitHook().
    int addCommitHook(std::function<bool(QString* error)> flush, std::function<void()> discard);
    void removeCommitHook(int id);

private:
    bool checkIntegrity(bool full);
    bool migrate();
    void close();

    QString m_path;
    QString m_connectionName;
    bool m_checkDeferred = false;
    QString m_error;
    bool m_open = false;
    bool m_inTransaction = false;
    bool m_durable = false;
    struct CommitHook
    {
        int id;
        std::function<bool(QString*)> flush;
        std::function<void()> discard;
    };
    QList<CommitHook> m_commitHooks;
    int m_nextHookId = 1;
};
