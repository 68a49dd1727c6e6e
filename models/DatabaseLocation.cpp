#include "DatabaseLocation.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QUrl>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("DatabaseLocation", text);
}

// libpq's connection keywords that a URI's query may set besides host, port, dbname and
// user (https://www.postgresql.org/docs/15/libpq-connect.html#LIBPQ-PARAMKEYWORDS), without
// `password`: a password never comes from the command line.
const char* const kOptionKeywords[] = { "hostaddr", "passfile", "channel_binding", "connect_timeout", "client_encoding",
    "options", "application_name", "fallback_application_name", "keepalives", "keepalives_idle", "keepalives_interval",
    "keepalives_count", "tcp_user_timeout", "sslmode", "sslcompression", "sslcert", "sslkey", "sslpassword",
    "sslrootcert", "sslcrl", "sslcrldir", "sslsni", "requirepeer", "ssl_min_protocol_version",
    "ssl_max_protocol_version", "gssencmode", "krbsrvname", "gsslib", "service", "target_session_attrs" };

bool isOptionKeyword(const QString& key)
{
    for (const char* keyword : kOptionKeywords) {
        if (key == QLatin1String(keyword))
            return true;
    }
    return false;
}

// A value in libpq's "key=value" syntax: quoted, with ' and \ escaped. QPSQL joins the
// options with spaces after turning every ';' into one, so a value may not hold ';'.
QString conninfoValue(const QString& value)
{
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    quoted.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString decoded(const QString& part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

} // namespace

bool DatabaseLocation::isServerUri(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

DatabaseLocation DatabaseLocation::parse(const QString& text)
{
    DatabaseLocation location;
    if (!isServerUri(text)) {
        location.m_path = text;
        location.m_display = text;
        return location;
    }
    location.m_backend = Backend::Postgresql;
    // Until the URI is known to hold no password, messages name only its scheme.
    location.m_display = text.left(text.indexOf(QLatin1String("://")) + 3) + QStringLiteral("…");
    const auto invalid = [&location](const QString& error) {
        location.m_error = error;
        return location;
    };

    QString rest = text.mid(text.indexOf(QLatin1String("://")) + 3);
    QString query;
    if (const qsizetype mark = rest.indexOf(QLatin1Char('?')); mark >= 0) {
        query = rest.mid(mark + 1);
        rest.truncate(mark);
    }
    QString authority = rest;
    if (const qsizetype slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        authority = rest.left(slash);
        location.m_databaseName = decoded(rest.mid(slash + 1));
    }
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        if (userInfo.contains(QLatin1Char(':')))
            return invalid(tr("A database URI must not contain a password; libpq reads it from PGPASSWORD,"
                              " ~/.pgpass or a service file"));
        location.m_user = decoded(userInfo);
    }
    // host[:port], [v6]:port, or a comma-separated list of them (libpq tries each in turn).
    QString hostPart = authority;
    if (!hostPart.isEmpty() && !hostPart.contains(QLatin1Char(','))) {
        const qsizetype bracket = hostPart.lastIndexOf(QLatin1Char(']'));
        const qsizetype colon = hostPart.lastIndexOf(QLatin1Char(':'));
        if (colon > bracket) {
            bool ok = false;
            const int port = hostPart.mid(colon + 1).toInt(&ok);
            if (!ok || port <= 0 || port > 65535)
                return invalid(tr("The database URI has an invalid port"));
            location.m_port = port;
            hostPart.truncate(colon);
        }
        if (hostPart.startsWith(QLatin1Char('[')) && hostPart.endsWith(QLatin1Char(']')))
            hostPart = hostPart.mid(1, hostPart.size() - 2);
    }
    location.m_host = decoded(hostPart);

    for (const QString& pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return invalid(tr("The database URI has a parameter without a value"));
        const QString key = decoded(pair.left(equals));
        const QString value = decoded(pair.mid(equals + 1));
        if (key == QLatin1String("password"))
            return invalid(tr("A database URI must not contain a password; libpq reads it from PGPASSWORD,"
                              " ~/.pgpass or a service file"));
        if (value.contains(QLatin1Char(';')))
            return invalid(tr("The database URI parameter %1 has a value that cannot be passed on").arg(key));
        if (key == QLatin1String("host")) {
            location.m_host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            location.m_port = value.toInt(&ok);
            if (!ok || location.m_port <= 0 || location.m_port > 65535)
                return invalid(tr("The database URI has an invalid port"));
        } else if (key == QLatin1String("dbname")) {
            location.m_databaseName = value;
        } else if (key == QLatin1String("user")) {
            location.m_user = value;
        } else if (isOptionKeyword(key)) {
            location.m_options << key + QLatin1Char('=') + conninfoValue(value);
        } else {
            return invalid(tr("The database URI has an unknown parameter %1").arg(key));
        }
    }
    location.m_display = text;
    return location;
}

QString DatabaseLocation::driverName() const
{
    return m_backend == Backend::Postgresql ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
}

void DatabaseLocation::applyTo(QSqlDatabase& db) const
{
    if (m_backend == Backend::Sqlite) {
        db.setDatabaseName(m_path);
        return;
    }
    db.setHostName(m_host);
    db.setPort(m_port);
    db.setUserName(m_user);
    db.setDatabaseName(m_databaseName);
    db.setConnectOptions(m_options.join(QLatin1Char(';')));
}
