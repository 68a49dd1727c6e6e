#pragma once

#include <QSaveFile>
#include <QString>
#include <QStringList>

#include <memory>

// Every file AppealDesk writes for a person (reports, demo bundles, backups, audit keys and
// checkpoints) goes through here, from the command line and the window alike (issue 13, item 5):
// - never the open database or its -wal, -shm or -journal file (compared as canonical paths and inodes),
//   whatever --force says;
// - never through a symlink (the name itself must not be one);
// - an existing file only when overwriting was asked for (--force or the window's confirmed save dialog);
// - written to a temporary file beside the target, mode 0600, and renamed over it only when complete
//   (QSaveFile), so a failed, cancelled or killed writer leaves no partial file.
class OutputFile
{
public:
    explicit OutputFile(const QString& path);
    ~OutputFile();
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    // Replace an existing regular file (never the database, never a symlink).
    void setOverwrite(bool overwrite) { m_overwrite = overwrite; }
    // A database file this output must never be: the file and its -wal, -shm and -journal companions.
    void protectDatabase(const QString& databasePath);

    // The checks above, without writing. False + errorString().
    bool check();
    // Checks, then opens the temporary file (0600) for writing. False + errorString().
    bool open();
    QIODevice* device() const;
    // Renames the complete temporary file to the target (checked once more). False + errorString(), no file left.
    bool commit();
    // Drops the temporary file; the target is untouched.
    void cancel();

    // For a writer that is not a QIODevice (SQLite's VACUUM INTO): checks, then creates an empty private
    // file beside the target and returns its name (empty + errorString() on failure). commitStaged() renames
    // it to the target, cancelStaged() removes it.
    QString stage();
    bool commitStaged();
    void cancelStaged();

    enum Problem
    {
        NoProblem,
        IsDatabase,
        IsSymLink,
        Exists, // a regular file, and overwriting was not asked for
        NotWritable // not a regular file, no such folder, or the writing failed
    };
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    Problem problem() const { return m_problem; }

private:
    QString m_path;
    bool m_overwrite = false;
    QStringList m_protected;
    std::unique_ptr<QSaveFile> m_file;
    QString m_staged;
    QString m_error;
    Problem m_problem = NoProblem;
};
