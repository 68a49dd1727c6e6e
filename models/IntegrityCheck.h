#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// Whether a SQLite desk file is sound before anything writes to it (Database::open), and the full check that the
// window runs in the background on a large file (Database::verifyIntegrity): a damaged file is reported and left
// alone. The structural check reads the header and the schema, which is what a foreign or truncated file breaks
// first; the full one is PRAGMA quick_check over every page. Its messages are Database's.
class IntegrityCheck
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Depth
    {
        Structure,
        Full, // reads the whole file: seconds at a million cases
    };

    // `path` names the file in the messages.
    IntegrityCheck(const QSqlDatabase& connection, const QString& path);
    // False + error() when the file is damaged, not a database, or could not be read (a full disk).
    bool run(Depth depth);
    QString error() const { return m_error; }

private:
    QSqlDatabase m_connection;
    QString m_path;
    QString m_error;
};
