#include "AppContext.h"
#include "CommandLine.h"
#include "Database.h"
#include "DatabaseLocation.h"
#include "SqlDialect.h"
#include "TestBackend.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

// Issue 15, items 4 and 6: moving a desk onto a server (`migrate`), backing a server desk up
// (`backup`: pg_dump, or an export into a SQLite desk without it), and the bad input of team mode (a
// wrong host, a refused login, a desk of a newer schema, a password in a URI): a clear message,
// nothing written, never a password. In this process, like tst_cli; the server is the suite's own.
namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

const QByteArray Password = "s3cret-Pa55word";

} // namespace

class tst_TeamData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void migrateRefusesBadTargets();
    void migrateCopiesADeskThatStillVerifies();
    void migrateRefusesANonEmptyTarget();
    void backupWithPgDump();
    void backupWithoutPgDumpExportsADesk();
    void wrongHostSaysSo();
    void refusedLoginNeverShowsThePassword();
    void newerSchemaIsLeftAlone();

private:
    Run run(const QStringList& arguments) const;
    // A fresh server desk (an empty schema of the test database); empty on SQLite.
    QString serverDesk();
    // A desk file with the demo's cases, decisions, strikes, sanctions, a claim and a settings change.
    QString demoFile(const QString& name);
    QString scalar(const QString& location, const QString& sql) const;

    QTemporaryDir m_dir;
    int m_n = 0;
};

void tst_TeamData::initTestCase()
{
    TESTBACKEND_REQUIRE_SERVER();
    QStandardPaths::setTestModeEnabled(true);
    AppContext::setApplicationNames();
    QVERIFY(m_dir.isValid());
}

void tst_TeamData::init()
{
    qunsetenv("PGPASSWORD");
}

void tst_TeamData::cleanupTestCase()
{
    TestBackend::dropFresh();
}

Run tst_TeamData::run(const QStringList& arguments) const
{
    QBuffer outBuffer;
    QBuffer errBuffer;
    outBuffer.open(QIODevice::WriteOnly);
    errBuffer.open(QIODevice::WriteOnly);
    Run result;
    {
        QTextStream out(&outBuffer);
        QTextStream err(&errBuffer);
        AppContext::Options defaults;
        defaults.databasePath = m_dir.filePath(QStringLiteral("default.sqlite"));
        defaults.settingsPath = m_dir.filePath(QStringLiteral("appealdesk.conf"));
        defaults.connectionName = QStringLiteral("tst_teamdata");
        CommandLine commandLine(QStringList { QStringLiteral("appealdesk") } + arguments, out, err, defaults);
        result.exitCode = commandLine.exec();
    }
    result.out = outBuffer.data();
    result.err = errBuffer.data();
    return result;
}

QString tst_TeamData::serverDesk()
{
    if (!TestBackend::isPostgresql())
        return QString();
    QString error;
    const QString location = TestBackend::freshLocation(&error);
    if (location.isEmpty())
        qWarning() << error;
    return location;
}

QString tst_TeamData::demoFile(const QString& name)
{
    const QString file = m_dir.filePath(name);
    const QStringList db = { QStringLiteral("--db"), file };
    if (run(QStringList { QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("120") } + db).exitCode
        != 0)
        return QString();
    const Run claimed = run(QStringList { QStringLiteral("claim"), QStringLiteral("--next"), QStringLiteral("--agent"),
                                QStringLiteral("anna") }
        + db);
    const Run settings = run(QStringList { QStringLiteral("settings"), QStringLiteral("--set"),
                                 QStringLiteral("sla_hours=36"), QStringLiteral("--agent"), QStringLiteral("lead") }
        + db);
    if (claimed.exitCode != 0 || settings.exitCode != 0) {
        qWarning() << claimed.err << settings.err;
        return QString();
    }
    return file;
}

QString tst_TeamData::scalar(const QString& location, const QString& sql) const
{
    Database db(location, QStringLiteral("scalar"));
    if (!db.open())
        return QStringLiteral("open failed: ") + db.error();
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("query failed");
    return q.value(0).toString();
}

// On either backend: migrate needs a server URI to go to and a file to come from.
void tst_TeamData::migrateRefusesBadTargets()
{
    Run r = run({ QStringLiteral("migrate") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--to needs a postgresql:// URI"), r.err.constData());
    r = run({ QStringLiteral("migrate"), QStringLiteral("--to"), m_dir.filePath(QStringLiteral("other.sqlite")) });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("other.sqlite"))));
    r = run({ QStringLiteral("migrate"), QStringLiteral("--to"),
        QStringLiteral("postgresql://anna:%1@/desk?host=/nowhere").arg(QString::fromLatin1(Password)) });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(!r.err.contains(Password) && !r.out.contains(Password), r.err.constData());
    r = run({ QStringLiteral("migrate"), QStringLiteral("--to"), QStringLiteral("postgresql:///desk?host=/nowhere"),
        QStringLiteral("--from"), QStringLiteral("postgresql:///other?host=/nowhere") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("--from needs a desk file"), r.err.constData());
    // A missing source file is not created.
    const QString missing = m_dir.filePath(QStringLiteral("missing.sqlite"));
    r = run({ QStringLiteral("migrate"), QStringLiteral("--to"), QStringLiteral("postgresql:///desk?host=/nowhere"),
        QStringLiteral("--from"), missing });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!QFileInfo::exists(missing));
}

// Issue 15, item 6: cases, decisions, strikes, sanctions, claims, settings and the audit chain arrive,
// `audit verify` passes on the server, and the queue, the strikes and the report read the same there.
void tst_TeamData::migrateCopiesADeskThatStillVerifies()
{
    if (!TestBackend::isPostgresql())
        QSKIP("needs the suite's PostgreSQL server");
    const QString file = demoFile(QStringLiteral("local.sqlite"));
    QVERIFY(!file.isEmpty());
    const QString server = serverDesk();
    QVERIFY(!server.isEmpty());
    Run r = run({ QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"), server });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("migrate: 120 cases,") && r.out.contains("audit: ok on the copy"), r.out.constData());

    for (const char* table : { "cases", "decisions", "strikes", "sanctions", "settings", "audit_log", "events",
             "messages", "parties", "users", "case_search" }) {
        const QString count = QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table);
        QCOMPARE(scalar(server, count), scalar(file, count));
        QVERIFY2(scalar(file, count).toInt() > 0, table);
    }
    QCOMPARE(scalar(server, QStringLiteral("SELECT hash FROM audit_head")),
        scalar(file, QStringLiteral("SELECT hash FROM audit_head")));
    QCOMPARE(scalar(server, QStringLiteral("SELECT assigned_agent FROM cases WHERE claimed_until IS NOT NULL")),
        QStringLiteral("anna"));

    r = run({ QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), server });
    QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
    QVERIFY(r.out.startsWith("audit: ok"));
    // Same results on both backends: the queue, a search, a user's strikes.
    const QString at = QStringLiteral("2026-11-25T12:00:00Z");
    for (const QStringList& args : { QStringList { QStringLiteral("list"), QStringLiteral("--status"),
                                         QStringLiteral("all"), QStringLiteral("--at"), at },
             QStringList { QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("open"),
                 QStringLiteral("--search"), QStringLiteral("AP-"), QStringLiteral("--at"), at },
             QStringList { QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("p2p_appeal"),
                 QStringLiteral("--format"), QStringLiteral("tsv"), QStringLiteral("--at"), at },
             QStringList { QStringLiteral("strikes"), QStringLiteral("--at"), at } }) {
        const Run local = run(args + QStringList { QStringLiteral("--db"), file });
        const Run remote = run(args + QStringList { QStringLiteral("--db"), server });
        QCOMPARE(local.exitCode, 0);
        QCOMPARE(remote.exitCode, 0);
        QVERIFY2(!local.out.isEmpty(), qPrintable(args.join(QLatin1Char(' '))));
        QCOMPARE(remote.out, local.out);
    }
    const QString csvLocal = m_dir.filePath(QStringLiteral("local.csv"));
    const QString csvServer = m_dir.filePath(QStringLiteral("server.csv"));
    for (const auto& [db, csv] : { std::pair(file, csvLocal), std::pair(server, csvServer) }) {
        r = run({ QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--from"),
            QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-12-31"),
            QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), csv });
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }
    QFile a(csvLocal);
    QFile b(csvServer);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    const QByteArray reportLocal = a.readAll();
    QVERIFY(reportLocal.count('\n') > 5);
    QCOMPARE(b.readAll(), reportLocal);
    // New rows on the server continue after the copied ids.
    r = run({ QStringLiteral("claim"), QStringLiteral("--next"), QStringLiteral("--agent"), QStringLiteral("bo"),
        QStringLiteral("--db"), server });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = run({ QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), server });
    QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
}

void tst_TeamData::migrateRefusesANonEmptyTarget()
{
    if (!TestBackend::isPostgresql())
        QSKIP("needs the suite's PostgreSQL server");
    const QString file = demoFile(QStringLiteral("twice.sqlite"));
    QVERIFY(!file.isEmpty());
    const QString server = serverDesk();
    const QStringList migrate
        = { QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"), server };
    QCOMPARE(run(migrate).exitCode, 0);
    const QString entries = scalar(server, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    const QString head = scalar(server, QStringLiteral("SELECT hash FROM audit_head"));
    const Run again = run(migrate);
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(
        again.err.contains("is not an empty desk") && again.err.contains("nothing was written"), again.err.constData());
    QCOMPARE(scalar(server, QStringLiteral("SELECT COUNT(*) FROM audit_log")), entries);
    QCOMPARE(scalar(server, QStringLiteral("SELECT hash FROM audit_head")), head);
    // A desk with only a changed setting is not empty either.
    const QString other = serverDesk();
    QCOMPARE(run({ QStringLiteral("settings"), QStringLiteral("--set"), QStringLiteral("sla_hours=30"),
                     QStringLiteral("--db"), other })
                 .exitCode,
        0);
    const Run intoSettings
        = run({ QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"), other });
    QCOMPARE(intoSettings.exitCode, 1);
    QCOMPARE(scalar(other, QStringLiteral("SELECT COUNT(*) FROM cases")), QStringLiteral("0"));
}

// A server desk's backup through pg_dump: a custom-format archive pg_restore reads, 0600, never over a file.
void tst_TeamData::backupWithPgDump()
{
    if (!TestBackend::isPostgresql())
        QSKIP("needs the suite's PostgreSQL server");
    const QString pgRestore = QStandardPaths::findExecutable(QStringLiteral("pg_restore"));
    if (QStandardPaths::findExecutable(QStringLiteral("pg_dump")).isEmpty() || pgRestore.isEmpty())
        QSKIP("pg_dump and pg_restore are not installed");
    const QString server = serverDesk();
    QCOMPARE(
        run({ QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("30"), QStringLiteral("--db"), server })
            .exitCode,
        0);
    const QString file = m_dir.filePath(QStringLiteral("server.dump"));
    Run r = run({ QStringLiteral("backup"), file, QStringLiteral("--db"), server });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("pg_dump archive"), r.out.constData());
    QCOMPARE(QFileInfo(file).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    QProcess list;
    list.start(pgRestore, { QStringLiteral("--list"), file });
    QVERIFY(list.waitForFinished(60000));
    QCOMPARE(list.exitCode(), 0);
    const QByteArray contents = list.readAllStandardOutput();
    QVERIFY2(contents.contains("TABLE DATA") && contents.contains("audit_log"), contents.left(2000).constData());
    // The desk's schema alone: the other tests' desks in the same database are not in it.
    QCOMPARE(contents.count(" SCHEMA - "), 1);
    r = run({ QStringLiteral("backup"), file, QStringLiteral("--db"), server });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("already exists"), r.err.constData());
}

// Without pg_dump: the desk exported into a SQLite desk in one snapshot, which verifies, lists the same
// queue, and goes back onto a server with migrate.
void tst_TeamData::backupWithoutPgDumpExportsADesk()
{
    if (!TestBackend::isPostgresql())
        QSKIP("needs the suite's PostgreSQL server");
    const QString server = serverDesk();
    QCOMPARE(
        run({ QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("40"), QStringLiteral("--db"), server })
            .exitCode,
        0);
    const QByteArray path = qgetenv("PATH");
    QTemporaryDir empty;
    qputenv("PATH", empty.path().toLocal8Bit());
    const QString file = m_dir.filePath(QStringLiteral("export.sqlite"));
    const Run r = run({ QStringLiteral("backup"), file, QStringLiteral("--db"), server });
    qputenv("PATH", path);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("SQLite desk exported"), r.out.constData());
    QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
    QCOMPARE(QFileInfo(file).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    Run verify = run({ QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), file });
    QVERIFY2(verify.exitCode == 0, QByteArray(verify.out + verify.err).constData());
    const QStringList list = { QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("all"),
        QStringLiteral("--at"), QStringLiteral("2026-11-25T12:00:00Z"), QStringLiteral("--db") };
    QCOMPARE(run(list + QStringList { file }).out, run(list + QStringList { server }).out);
    // Restored onto another server desk.
    const QString restored = serverDesk();
    const Run back
        = run({ QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"), restored });
    QVERIFY2(back.exitCode == 0, back.err.constData());
    QCOMPARE(scalar(restored, QStringLiteral("SELECT hash FROM audit_head")),
        scalar(server, QStringLiteral("SELECT hash FROM audit_head")));
}

// Issue 15, bad input: no server at the host. A clear message, no file made, no password.
void tst_TeamData::wrongHostSaysSo()
{
    qputenv("PGPASSWORD", Password);
    const QString nowhere = QStringLiteral("postgresql://appealdesk@/appealdesk_test?host=%1&connect_timeout=5")
                                .arg(m_dir.filePath(QStringLiteral("no-server")));
    for (const QStringList& args : { QStringList { QStringLiteral("list"), QStringLiteral("--db"), nowhere },
             QStringList { QStringLiteral("claim"), QStringLiteral("--next"), QStringLiteral("--agent"),
                 QStringLiteral("anna"), QStringLiteral("--db"), nowhere },
             QStringList { QStringLiteral("backup"), m_dir.filePath(QStringLiteral("nowhere.dump")),
                 QStringLiteral("--db"), nowhere } }) {
        const Run r = run(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Cannot connect to the database server"), r.err.constData());
        QVERIFY2(r.err.contains("no-server"), r.err.constData()); // says where it looked
        QVERIFY(!r.err.contains(Password) && !r.out.contains(Password));
    }
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("nowhere.dump"))));
    if (TestBackend::isPostgresql()) {
        const QString file = demoFile(QStringLiteral("to-nowhere.sqlite"));
        const Run r
            = run({ QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"), nowhere });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Cannot connect to the database server"), r.err.constData());
        QVERIFY(!r.err.contains(Password));
    }
}

// A login the server refuses (no such role here: the suite's server trusts its socket, so this is
// the refusal it can give), with a password in PGPASSWORD: the message names the server, never the
// password; a password in the URI is refused before anything connects, and not repeated.
void tst_TeamData::refusedLoginNeverShowsThePassword()
{
    if (!TestBackend::isPostgresql())
        QSKIP("needs the suite's PostgreSQL server");
    qputenv("PGPASSWORD", Password);
    const QString uri = QString::fromLocal8Bit(qgetenv("APPEALDESK_TEST_PG_URI"));
    QString stranger = uri;
    stranger.replace(QStringLiteral("postgresql://appealdesk@"), QStringLiteral("postgresql://mallory@"));
    QVERIFY(stranger != uri);
    Run r = run({ QStringLiteral("list"), QStringLiteral("--db"), stranger });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("Cannot connect to the database server") && r.err.contains("mallory"), r.err.constData());
    QVERIFY(!r.err.contains(Password) && !r.out.contains(Password));
    QString withPassword = uri;
    withPassword.replace(QStringLiteral("postgresql://appealdesk@"),
        QStringLiteral("postgresql://appealdesk:%1@").arg(QString::fromLatin1(Password)));
    for (const QStringList& args : { QStringList { QStringLiteral("list"), QStringLiteral("--db"), withPassword },
             QStringList { QStringLiteral("backup"), m_dir.filePath(QStringLiteral("pw.dump")), QStringLiteral("--db"),
                 withPassword } }) {
        r = run(args);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("password"), r.err.constData());
        QVERIFY2(!r.err.contains(Password) && !r.out.contains(Password), r.err.constData());
    }
}

// A desk written by a newer AppealDesk: every command refuses it with the versions, and nothing in it
// changes (no migration, no table, no audit entry).
void tst_TeamData::newerSchemaIsLeftAlone()
{
    QString location = serverDesk();
    if (location.isEmpty())
        location = m_dir.filePath(QStringLiteral("newer.sqlite"));
    {
        Database db(location, QStringLiteral("newer"));
        QVERIFY2(db.open(), qPrintable(db.error()));
        for (const QString& statement : db.dialect().setSchemaVersion(99))
            QVERIFY2(db.exec(statement), qPrintable(db.error()));
    }
    for (const QStringList& args : { QStringList { QStringLiteral("list") },
             QStringList {
                 QStringLiteral("claim"), QStringLiteral("--next"), QStringLiteral("--agent"), QStringLiteral("anna") },
             QStringList { QStringLiteral("backup"), m_dir.filePath(QStringLiteral("newer-backup")) } }) {
        const Run r = run(args + QStringList { QStringLiteral("--db"), location });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("written by a newer AppealDesk (schema 99"), r.err.constData());
    }
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("newer-backup"))));
    if (TestBackend::isPostgresql()) {
        const QString file = demoFile(QStringLiteral("to-newer.sqlite"));
        const Run r
            = run({ QStringLiteral("migrate"), QStringLiteral("--from"), file, QStringLiteral("--to"), location });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("written by a newer AppealDesk"), r.err.constData());
    }
    // Still schema 99 with no rows: nothing was written.
    Database raw(location, QStringLiteral("raw"));
    QVERIFY(!raw.open());
    QSqlDatabase check
        = QSqlDatabase::addDatabase(DatabaseLocation::parse(location).driverName(), QStringLiteral("raw-check"));
    DatabaseLocation::parse(location).applyTo(check);
    QVERIFY(check.open());
    {
        QSqlQuery q(check);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM cases")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
    check.close();
    check = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("raw-check"));
}

QTEST_MAIN(tst_TeamData)
#include "tst_teamdata.moc"
