#include "Database.h"
#include "DatabaseLocation.h"

#include <QSqlDatabase>
#include <QStandardPaths>
#include <QtTest>

// What --db names: a file is SQLite; a postgresql:// URI is parsed into the connection's parts,
// and a password is refused without ever being repeated.
class tst_DatabaseLocation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void filePathIsSqlite_data();
    void filePathIsSqlite();
    void uriParts_data();
    void uriParts();
    void passwordRefusedAndNeverRepeated_data();
    void passwordRefusedAndNeverRepeated();
    void badUriRefused_data();
    void badUriRefused();
    void unreachableServerSaysSo();
};

void tst_DatabaseLocation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_DatabaseLocation::filePathIsSqlite_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("relative") << QStringLiteral("desk.sqlite");
    QTest::newRow("absolute") << QStringLiteral("/var/lib/desk/appealdesk.sqlite");
    QTest::newRow("memory") << QStringLiteral(":memory:");
    // Only the scheme makes a URI: a file may be named like a host.
    QTest::newRow("colon in name") << QStringLiteral("postgresql:desk.sqlite");
}

void tst_DatabaseLocation::filePathIsSqlite()
{
    QFETCH(QString, text);
    const DatabaseLocation location = DatabaseLocation::parse(text);
    QVERIFY(location.isValid());
    QCOMPARE(location.backend(), DatabaseLocation::Backend::Sqlite);
    QCOMPARE(location.path(), text);
    QCOMPARE(location.display(), text);
    QCOMPARE(location.driverName(), QStringLiteral("QSQLITE"));
}

void tst_DatabaseLocation::uriParts_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QStringList>("options");

    QTest::newRow("full") << QStringLiteral("postgresql://agent@db.example:5433/desk") << QStringLiteral("db.example")
                          << 5433 << QStringLiteral("agent") << QStringLiteral("desk") << QStringList();
    QTest::newRow("socket folder") << QStringLiteral("postgresql:///desk?host=/run/postgresql")
                                   << QStringLiteral("/run/postgresql") << -1 << QString() << QStringLiteral("desk")
                                   << QStringList();
    QTest::newRow("encoded socket") << QStringLiteral("postgres://lead@%2Ftmp%2Fpg/desk") << QStringLiteral("/tmp/pg")
                                    << -1 << QStringLiteral("lead") << QStringLiteral("desk") << QStringList();
    QTest::newRow("ipv6") << QStringLiteral("postgresql://[::1]:6543/desk") << QStringLiteral("::1") << 6543
                          << QString() << QStringLiteral("desk") << QStringList();
    QTest::newRow("service only") << QStringLiteral("postgresql:///?service=desk") << QString() << -1 << QString()
                                  << QString() << QStringList { QStringLiteral("service='desk'") };
    QTest::newRow("ssl and options") << QStringLiteral(
        "postgresql://db/desk?sslmode=verify-full&options=-csearch_path%3Dteam%2Cpublic&port=7000")
                                     << QStringLiteral("db") << 7000 << QString() << QStringLiteral("desk")
                                     << QStringList { QStringLiteral("sslmode='verify-full'"),
                                            QStringLiteral("options='-csearch_path=team,public'") };
    QTest::newRow("quote in value") << QStringLiteral("postgresql:///desk?application_name=it%27s") << QString() << -1
                                    << QString() << QStringLiteral("desk")
                                    << QStringList { QStringLiteral("application_name='it\\'s'") };
}

void tst_DatabaseLocation::uriParts()
{
    QFETCH(QString, uri);
    const DatabaseLocation location = DatabaseLocation::parse(uri);
    QVERIFY2(location.isValid(), qPrintable(location.error()));
    QCOMPARE(location.backend(), DatabaseLocation::Backend::Postgresql);
    QTEST(location.host(), "host");
    QTEST(location.port(), "port");
    QTEST(location.user(), "user");
    QTEST(location.databaseName(), "database");
    QTEST(location.options(), "options");
    QCOMPARE(location.display(), uri);
    QCOMPARE(location.driverName(), QStringLiteral("QPSQL"));
}

void tst_DatabaseLocation::passwordRefusedAndNeverRepeated_data()
{
    QTest::addColumn<QString>("uri");
    QTest::newRow("user info") << QStringLiteral("postgresql://agent:s3cr3t-Pw@db.example/desk");
    QTest::newRow("empty user") << QStringLiteral("postgresql://:s3cr3t-Pw@db.example/desk");
    QTest::newRow("parameter") << QStringLiteral("postgresql://db.example/desk?password=s3cr3t-Pw");
    QTest::newRow("encoded parameter") << QStringLiteral("postgresql://db.example/desk?pass%77ord=s3cr3t-Pw");
}

void tst_DatabaseLocation::passwordRefusedAndNeverRepeated()
{
    QFETCH(QString, uri);
    const DatabaseLocation location = DatabaseLocation::parse(uri);
    QVERIFY(!location.isValid());
    QVERIFY2(location.error().contains(QLatin1String("password")), qPrintable(location.error()));
    QVERIFY(!location.error().contains(QLatin1String("s3cr3t")));
    QVERIFY(!location.display().contains(QLatin1String("s3cr3t")));

    // Nor does opening it: the connection is never tried, and nothing names the password.
    Database db(uri, QStringLiteral("password"));
    QVERIFY(!db.open());
    QVERIFY(!db.error().isEmpty());
    QVERIFY2(!db.error().contains(QLatin1String("s3cr3t")), qPrintable(db.error()));
    QVERIFY(!QSqlDatabase::contains(QStringLiteral("password")));
}

void tst_DatabaseLocation::badUriRefused_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("message");
    QTest::newRow("port") << QStringLiteral("postgresql://db:99999/desk") << QStringLiteral("port");
    QTest::newRow("port letters") << QStringLiteral("postgresql://db:pg/desk") << QStringLiteral("port");
    QTest::newRow("unknown parameter") << QStringLiteral("postgresql://db/desk?colour=blue")
                                       << QStringLiteral("unknown parameter colour");
    QTest::newRow("no value") << QStringLiteral("postgresql://db/desk?sslmode") << QStringLiteral("without a value");
    QTest::newRow("semicolon") << QStringLiteral("postgresql://db/desk?application_name=a%3Bb")
                               << QStringLiteral("application_name");
}

void tst_DatabaseLocation::badUriRefused()
{
    QFETCH(QString, uri);
    QFETCH(QString, message);
    const DatabaseLocation location = DatabaseLocation::parse(uri);
    QVERIFY(!location.isValid());
    QVERIFY2(location.error().contains(message), qPrintable(location.error()));
}

// A server that is not there: a clear message naming the URI, nothing opened. (A socket
// folder that does not exist fails at once, without waiting for a network timeout.)
void tst_DatabaseLocation::unreachableServerSaysSo()
{
    const QString uri = QStringLiteral("postgresql://agent@/desk?host=/nonexistent/appealdesk-socket");
    Database db(uri, QStringLiteral("unreachable"));
    QVERIFY(!db.open());
    QVERIFY(!db.isOpen());
    QVERIFY2(db.error().contains(QLatin1String("Cannot connect to the database server")), qPrintable(db.error()));
    QVERIFY2(db.error().contains(uri), qPrintable(db.error()));
}

QTEST_GUILESS_MAIN(tst_DatabaseLocation)
#include "tst_databaselocation.moc"
