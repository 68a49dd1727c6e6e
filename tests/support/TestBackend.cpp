#include "TestBackend.h"

#include "DatabaseLocation.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

const char kAdminConnection[] = "testbackend-admin";

QString serverUri()
{
    return qEnvironmentVariable("APPEALDESK_TEST_PG_URI");
}

QStringList& madeSchemas()
{
    static QStringList schemas;
    return schemas;
}

// One connection of the test process for creating and dropping the schemas.
QSqlDatabase admin(QString* error)
{
    const QString name = QLatin1String(kAdminConnection);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name);
        if (db.isOpen())
            return db;
    }
    const DatabaseLocation location = DatabaseLocation::parse(serverUri());
    if (!location.isValid()) {
        *error = location.error();
        return QSqlDatabase();
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(location.driverName(), name);
    location.applyTo(db);
    if (!db.open()) {
        *error
            = QStringLiteral("cannot connect to the test server %1: %2").arg(location.display(), db.lastError().text());
        return QSqlDatabase();
    }
    QSqlQuery(db).exec(QStringLiteral("SET client_min_messages = warning")); // no notice per dropped table
    return db;
}

} // namespace

namespace TestBackend {

bool isPostgresql()
{
    return qEnvironmentVariable("APPEALDESK_TEST_BACKEND") == QLatin1String("postgresql");
}

bool serverMissing()
{
    return isPostgresql() && serverUri().isEmpty();
}

QString freshLocation(QString* error, const QString& sqliteFile)
{
    if (!isPostgresql())
        return sqliteFile.isEmpty() ? QStringLiteral(":memory:") : sqliteFile;
    QSqlDatabase db = admin(error);
    if (!db.isOpen())
        return QString();
    static int counter = 0;
    const QString schema = QStringLiteral("t_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE SCHEMA ") + schema)) {
        *error = q.lastError().text();
        return QString();
    }
    madeSchemas() << schema;
    const QString uri = serverUri();
    return uri + (uri.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?'))
        + QStringLiteral("options=-csearch_path%3D") + schema + QStringLiteral("%2Cpublic");
}

void dropFresh()
{
    if (!isPostgresql() || madeSchemas().isEmpty())
        return;
    QString error;
    QSqlDatabase db = admin(&error);
    if (!db.isOpen()) {
        qWarning("%s", qPrintable(error));
        return;
    }
    QSqlQuery q(db);
    for (const QString& schema : std::as_const(madeSchemas())) {
        if (!q.exec(QStringLiteral("DROP SCHEMA ") + schema + QStringLiteral(" CASCADE")))
            qWarning("cannot drop %s: %s", qPrintable(schema), qPrintable(q.lastError().text()));
    }
    madeSchemas().clear();
}

} // namespace TestBackend
