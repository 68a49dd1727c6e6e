#pragma once

#include <QString>
#include <QStringList>

class QSqlDatabase;

// What `--db` names: a SQLite file, or a PostgreSQL server given as a libpq URI
// (`postgresql://[user@][host][:port]/dbname[?host=/socket/dir&sslmode=...]`, cli.md second
// edition). A password is never accepted here: libpq finds it in PGPASSWORD, ~/.pgpass or a
// service file, so it never reaches a command line, a log or an error message.
class DatabaseLocation
{
public:
    enum class Backend
    {
        Sqlite,
        Postgresql,
    };

    // True when `text` is a server URI (postgresql:// or postgres://), else it is a file path.
    static bool isServerUri(const QString& text);
    // A file path as is; a URI parsed into its parts. Invalid + error() when the URI is
    // malformed, names an unknown parameter or carries a password (never repeated in error()).
    static DatabaseLocation parse(const QString& text);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    Backend backend() const { return m_backend; }

    // SQLite: the file (or ":memory:").
    QString path() const { return m_path; }
    // PostgreSQL: empty when libpq's defaults (PGHOST, the service file...) decide.
    QString host() const { return m_host; }
    int port() const { return m_port; } // -1: libpq's default
    QString user() const { return m_user; }
    QString databaseName() const { return m_databaseName; }
    // The other libpq keywords, "key=value" (sslmode, service, options, ...).
    QStringList options() const { return m_options; }

    // How messages name it: the path, or the URI (which never holds a password).
    QString display() const { return m_display; }

    // The driver's settings for a connection to this location: QSQLITE or QPSQL.
    QString driverName() const;
    void applyTo(QSqlDatabase& db) const;

private:
    Backend m_backend = Backend::Sqlite;
    QString m_error;
    QString m_path;
    QString m_host;
    int m_port = -1;
    QString m_user;
    QString m_databaseName;
    QStringList m_options;
    QString m_display;
};
