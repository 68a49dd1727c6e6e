#include "CaseService.h"
#include "CaseStore.h"
#include "Clock.h"
#include "Database.h"
#include "DeskChangeFeed.h"
#include "Importer.h"
#include "TeamServer.h"
#include "TestBackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Connecting to a team server (issue 15, item 1, "Bad input and safety"): the URI from the dialog's
// fields, what a failed connection says, and a server that goes away in the middle of a decision.
class tst_TeamServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void uriFromFields();
    void fieldsOfTheRememberedServer();
    void explainsLibpqsWords_data();
    void explainsLibpqsWords();
    void wrongHostIsUnreachable();
    void reachableServerConnects();
    void serverGoneMidDecisionStoresNothing();

private:
    static bool cluster(const QString& action, const QString& dir);
    QTemporaryDir m_dir;
};

void tst_TeamServer::initTestCase()
{
    TESTBACKEND_REQUIRE_SERVER();
    QVERIFY(m_dir.isValid());
}

void tst_TeamServer::uriFromFields()
{
    TeamServer::Fields f;
    f.host = QStringLiteral("db.example.com");
    f.port = 6543;
    f.database = QStringLiteral("desk");
    f.user = QStringLiteral("anna");
    QCOMPARE(TeamServer::uri(f), QStringLiteral("postgresql://anna@db.example.com:6543/desk"));
    f.port = 5432;
    QCOMPARE(TeamServer::uri(f), QStringLiteral("postgresql://anna@db.example.com/desk"));
    // A socket folder goes into the query; odd characters are percent-encoded, never a password.
    f.host = QStringLiteral("/run/postgresql");
    f.user = QStringLiteral("a:b@c");
    const QString uri = TeamServer::uri(f);
    QCOMPARE(uri, QStringLiteral("postgresql://a%3Ab%40c@/desk?host=%2Frun%2Fpostgresql"));
    const TeamServer::Fields back = TeamServer::fields(uri);
    QCOMPARE(back.user, f.user);
    QCOMPARE(back.host, f.host);
    QCOMPARE(back.database, f.database);
}

void tst_TeamServer::fieldsOfTheRememberedServer()
{
    QCOMPARE(TeamServer::fields(QStringLiteral("postgresql://anna@db.example.com:6543/desk")).port, 6543);
    QCOMPARE(TeamServer::fields(QStringLiteral("postgresql://anna@db.example.com/desk")).port, 5432);
    QVERIFY(TeamServer::fields(QStringLiteral("/home/anna/desk.sqlite")).host.isEmpty());
    QVERIFY(TeamServer::fields(QStringLiteral("postgresql://anna:secret@db/desk")).database.isEmpty());
}

void tst_TeamServer::explainsLibpqsWords_data()
{
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("outcome");
    const QString prefix = QStringLiteral("Cannot connect to the database server postgresql://anna@db/desk: ");
    QTest::newRow("no password") << prefix
            + QStringLiteral("connection to server at \"db\" (10.0.0.5), port 5432 "
                             "failed: fe_sendauth: no password supplied")
                                 << int(TeamServer::Outcome::NeedsPassword);
    QTest::newRow("refused password") << prefix
            + QStringLiteral("connection to server at \"db\" (10.0.0.5), port 5432 failed: FATAL:  password "
                             "authentication failed for user \"anna\"")
                                      << int(TeamServer::Outcome::PasswordRefused);
    QTest::newRow("unknown host") << prefix
            + QStringLiteral("could not translate host name \"db\" to address: Name or service not known")
                                  << int(TeamServer::Outcome::Unreachable);
    QTest::newRow("nothing listening") << prefix
            + QStringLiteral("connection to server at \"db\" (10.0.0.5), port 5432 failed: Connection refused")
                                       << int(TeamServer::Outcome::Unreachable);
    QTest::newRow("no database") << prefix
            + QStringLiteral("connection to server at \"db\" (10.0.0.5), port 5432 failed: FATAL:  database "
                             "\"desk\" does not exist")
                                 << int(TeamServer::Outcome::Refused);
}

void tst_TeamServer::explainsLibpqsWords()
{
    QFETCH(QString, error);
    QFETCH(int, outcome);
    const TeamServer::Result result = TeamServer::explain(error, QStringLiteral("postgresql://anna@db/desk"));
    QCOMPARE(int(result.outcome), outcome);
    QVERIFY(!result.message.isEmpty());
    if (outcome == int(TeamServer::Outcome::PasswordRefused) || outcome == int(TeamServer::Outcome::NeedsPassword))
        QVERIFY2(result.message.contains(QLatin1String("anna")), qPrintable(result.message));
}

void tst_TeamServer::wrongHostIsUnreachable()
{
    // A socket folder with no server in it, and a TCP port where nothing listens: both at once, no wait.
    for (const QString& uri :
        QStringList { QStringLiteral("postgresql://anna@/desk?host=") + m_dir.filePath(QStringLiteral("none")),
            QStringLiteral("postgresql://anna@127.0.0.1:1/desk") }) {
        const TeamServer::Result result = TeamServer::tryConnect(uri);
        QCOMPARE(result.outcome, TeamServer::Outcome::Unreachable);
        QVERIFY2(result.message.contains(QLatin1String("No database server answers")), qPrintable(result.message));
    }
}

void tst_TeamServer::reachableServerConnects()
{
    if (!TestBackend::isPostgresql())
        QSKIP("the suite's server runs for the postgresql run");
    QString error;
    const QString location = TestBackend::freshLocation(&error);
    QVERIFY2(!location.isEmpty(), qPrintable(error));
    const TeamServer::Result result = TeamServer::tryConnect(location);
    QCOMPARE(result.outcome, TeamServer::Outcome::Connected);
    TestBackend::dropFresh();
}

bool tst_TeamServer::cluster(const QString& action, const QString& dir)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QStringLiteral(APPEALDESK_PG_CLUSTER), { action, dir });
    return process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

// Issue 15, "Bad input and safety": the server is stopped while the agent decides. The decision is refused
// with words that say so, and nothing of it is stored (checked on a server started again on the same data).
void tst_TeamServer::serverGoneMidDecisionStoresNothing()
{
    if (!TestBackend::isPostgresql())
        QSKIP("a server of its own, stopped by the test");
    // Its own server: the suite's must stay up for the other tests.
    const QString dir = QStringLiteral("/tmp/adpg-loss-%1").arg(QCoreApplication::applicationPid());
    QVERIFY(cluster(QStringLiteral("start"), dir));
    const QString uri = QStringLiteral("postgresql://appealdesk@/appealdesk_test?host=") + dir;
    FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC));
    {
        Database db(uri, QStringLiteral("loss"));
        QVERIFY2(db.open(), qPrintable(db.error()));
        CaseStore store(db);
        CaseService service(db, store, clock);
        QFile file(m_dir.filePath(QStringLiteral("loss.jsonl")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"id":"LC-1","kind":"live_chat_abuse","opened_at":"2026-11-20T09:00:00Z","language":"en",)"
                   R"("parties":[{"role":"user","user_id":"U-1","nickname":"n"}],)"
                   R"("events":[{"at":"2026-11-20T09:05:00Z","type":"abuse_confirmed","by":"agent","party":"user",)"
                   R"("agent":"agent.k","message_index":0}],)"
                   R"("messages":[{"at":"2026-11-20T09:01:00Z","channel":"live_chat","from":"user","text":"idiot"}]})"
                   "\n");
        file.close();
        Importer importer(db, store, clock);
        QVERIFY(importer.importFile(file.fileName()).complete());
        DecisionRequest request;
        request.caseId = QStringLiteral("LC-1");
        request.agent = QStringLiteral("agent.a");
        request.outcome = service.suggest(request.caseId, clock.now())->outcome;
        request.note = QStringLiteral("the note the agent typed");

        DeskChangeFeed feed(db);
        QVERIFY2(feed.start(), qPrintable(feed.error()));
        QSignalSpy lostSpy(&feed, &DeskChangeFeed::lost);

        // The server goes away (an immediate shutdown, as a crash or a pulled cable would look).
        QProcess stop;
        stop.start(QStringLiteral("bash"),
            { QStringLiteral("-c"),
                QStringLiteral("bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1); "
                               "if [ $(id -u) -eq 0 ]; then runuser -u nobody -- $bin/pg_ctl -D %1/data -m immediate "
                               "-w stop; else $bin/pg_ctl -D %1/data -m immediate -w stop; fi")
                    .arg(dir) });
        QVERIFY(stop.waitForFinished(60000) && stop.exitCode() == 0);

        // The window's live feed notices too, and stops (no spinning on a closed socket), saying why.
        QVERIFY(lostSpy.wait(DeskChangeFeed::ListenerCheckMs + 3000));
        QVERIFY(!feed.isActive());
        QVERIFY2(feed.error().contains(QLatin1String("cannot be reached")), qPrintable(feed.error()));

        const DecisionResult result = service.decide(request);
        QVERIFY(!result.stored());
        QVERIFY2(result.error.contains(QLatin1String("connection to the database server was lost")),
            qPrintable(result.error));
        QVERIFY(!result.error.contains(QLatin1String("password")));
        QCOMPARE(request.note, QStringLiteral("the note the agent typed")); // the caller still has it
    }
    // Started again on the same data: nothing of the decision is there.
    QProcess start;
    start.start(QStringLiteral("bash"),
        { QStringLiteral("-c"),
            QStringLiteral("bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1); o=\"-c listen_addresses='' "
                           "-c unix_socket_directories='%1'\"; "
                           "if [ $(id -u) -eq 0 ]; then cd / && runuser -u nobody -- $bin/pg_ctl -D %1/data -l "
                           "%1/server.log -o \"$o\" -w start; else $bin/pg_ctl -D %1/data -l %1/server.log -o \"$o\" "
                           "-w start; fi")
                .arg(dir) });
    QVERIFY(start.waitForFinished(60000) && start.exitCode() == 0);
    {
        Database db(uri, QStringLiteral("after-loss"));
        QVERIFY2(db.open(), qPrintable(db.error()));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM decisions")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        CaseStore store(db);
        QVERIFY(store.audit().verify().ok);
    }
    QVERIFY(cluster(QStringLiteral("stop"), dir));
}

QTEST_GUILESS_MAIN(tst_TeamServer)
#include "tst_teamserver.moc"
