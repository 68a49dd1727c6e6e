#pragma once

#include <QCoreApplication>
#include <QString>

class Database;
class OutputFile;

// The backup of a desk on a PostgreSQL server (issue 15, item 6), into a new file through
// OutputFile (never an existing file, 0600, renamed into place only when complete):
// - with pg_dump on the PATH, its custom-format dump of the database (restored with pg_restore);
// - without it, the desk exported into a new SQLite desk file by DeskCopier, in one snapshot of the
//   server: every row, the search rows and the audit chain, checked with integrity_check, and
//   brought back with `appealdesk migrate --from FILE --to postgresql://...`.
class ServerBackup
{
    Q_DECLARE_TR_FUNCTIONS(ServerBackup)

public:
    enum class Method
    {
        PgDump,
        SqliteExport,
    };

    explicit ServerBackup(Database& db);
    // pg_dump's path: found on the PATH unless set (an empty path: export without it).
    void setPgDump(const QString& path) { m_pgDump = path; }
    bool write(const QString& file);
    Method method() const { return m_method; }
    QString error() const { return m_error; }

    // Why a backup's file (this one's or a SQLite file's copy, Database::backupTo) could not be staged or
    // renamed into place: a backup never overwrites a file.
    static QString targetError(const OutputFile& output, const QString& file);

private:
    bool dump(const QString& staged);
    bool exportDesk(const QString& staged);

    Database& m_db;
    QString m_pgDump;
    Method m_method = Method::PgDump;
    QString m_error;
};
