#include "TeamServer.h"

#include "Database.h"
#include "DatabaseLocation.h"

#include <QUrl>
#include <QUrlQuery>

QString TeamServer::uri(const Fields& f)
{
    const auto part = [](const QString& text) { return QString::fromLatin1(QUrl::toPercentEncoding(text.trimmed())); };
    QString text = QStringLiteral("postgresql://");
    if (!f.user.trimmed().isEmpty())
        text += part(f.user) + QLatin1Char('@');
    const bool socket = f.host.trimmed().startsWith(QLatin1Char('/'));
    if (!socket)
        text += part(f.host);
    if (f.port > 0 && f.port != 5432)
        text += QLatin1Char(':') + QString::number(f.port);
    text += QLatin1Char('/') + part(f.database);
    if (socket)
        text += QStringLiteral("?host=") + part(f.host);
    return text;
}

TeamServer::Fields TeamServer::fields(const QString& uri)
{
    Fields f;
    const DatabaseLocation location = DatabaseLocation::parse(uri);
    if (!location.isValid() || location.backend() != DatabaseLocation::Backend::Postgresql)
        return f;
    f.host = location.host();
    f.port = location.port() > 0 ? location.port() : 5432;
    f.database = location.databaseName();
    f.user = location.user();
    return f;
}

TeamServer::Result TeamServer::tryConnect(const QString& uri)
{
    Result result;
    const DatabaseLocation location = DatabaseLocation::parse(uri);
    if (!location.isValid()) {
        result.message = location.error();
        return result;
    }
    static int attempt = 0;
    Database db(uri, QStringLiteral("team-server-probe-%1").arg(++attempt));
    if (db.open()) {
        result.outcome = Outcome::Connected;
        return result;
    }
    return explain(db.error(), uri);
}

TeamServer::Result TeamServer::explain(const QString& error, const QString& uri)
{
    // libpq's own words, in English whatever the UI language: matched here, explained in the agent's.
    Result result;
    const DatabaseLocation location = DatabaseLocation::parse(uri);
    const QString where
        = location.port() > 0 ? QStringLiteral("%1:%2").arg(location.host()).arg(location.port()) : location.host();
    if (error.contains(QLatin1String("no password supplied"))) {
        result.outcome = Outcome::NeedsPassword;
        result.message = tr("The server asks for the password of %1.").arg(location.user());
    } else if (error.contains(QLatin1String("password authentication failed"))) {
        result.outcome = Outcome::PasswordRefused;
        result.message = tr("The server refused the password of %1.").arg(location.user());
    } else if (error.contains(QLatin1String("could not translate host name"))
        || error.contains(QLatin1String("Connection refused")) || error.contains(QLatin1String("timeout expired"))
        || error.contains(QLatin1String("No such file or directory"))
        || error.contains(QLatin1String("Network is unreachable"))
        || error.contains(QLatin1String("No route to host"))) {
        result.outcome = Outcome::Unreachable;
        result.message = tr("No database server answers at %1. Check the host and the port, and that the server "
                            "runs.\n\n%2")
                             .arg(where.isEmpty() ? tr("the default address") : where, error);
    } else {
        result.message = error;
    }
    return result;
}

void TeamServer::usePassword(const QString& password)
{
    if (password.isEmpty())
        qunsetenv("PGPASSWORD");
    else
        qputenv("PGPASSWORD", password.toUtf8());
}
