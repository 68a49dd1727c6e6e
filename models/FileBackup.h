#pragma once

#include <QCoreApplication>
#include <QString>

class Database;

// The backup of a SQLite desk (the window's File → Back up, `appealdesk backup`): a consistent copy while
// agents keep working, by VACUUM INTO a private temporary file beside the target, which becomes the backup
// only once integrity_check passed on it (issue 13, items 5 and 6): never the database itself, never through
// a symlink, never an existing file. A backup killed half-way leaves no file under the backup's name.
// A desk on a server is ServerBackup's.
class FileBackup
{
    Q_DECLARE_TR_FUNCTIONS(FileBackup)

public:
    explicit FileBackup(Database& db);
    bool write(const QString& file);
    QString error() const { return m_error; }

private:
    // integrity_check on the staged copy, opened read-only on a connection of its own; empty: ok.
    QString checkCopy(const QString& staged) const;

    Database& m_db;
    QString m_error;
};
