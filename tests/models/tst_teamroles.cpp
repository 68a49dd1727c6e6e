#include "CaseService.h"
#include "CaseStore.h"
#include "Clock.h"
#include "Database.h"
#include "Importer.h"
#include "TeamRoles.h"
#include "TestBackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// Team mode's roles (issue 15, item 5): only a team lead voids strikes, changes the settings and purges,
// checked by CaseService; on PostgreSQL the server's grants stop an agent's login even outside the program.
class tst_TeamRoles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void localUserIsATeamLead();
    void agentLoginIsRefusedByTheService();
    void agentLoginIsRefusedByTheServer();
    void teamLeadLoginMayDoItAll();
    void auditNamesTheLogin();
    void refusalsAreTranslatable();

private:
    struct Desk
    {
        std::unique_ptr<Database> db;
        std::unique_ptr<CaseStore> store;
        std::unique_ptr<CaseService> service;
        void close()
        {
            service.reset();
            store.reset();
            db.reset();
        }
    };
    bool openDesk(Desk* desk, const QString& location, const QString& name);
    // The fresh location with another user before the '@' (trust authentication on the suite's server).
    QString as(const QString& login) const;
    bool decideFirstCase(Desk& desk, const QString& agent);
    bool adminExec(const QString& sql);

    QTemporaryDir m_dir;
    FixedClock m_clock { QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC) };
    QString m_location;
    QString m_agentLogin;
    QString m_leadLogin;
    Desk m_owner;
};

bool tst_TeamRoles::openDesk(Desk* desk, const QString& location, const QString& name)
{
    desk->db = std::make_unique<Database>(location, name);
    if (!desk->db->open()) {
        qWarning("cannot open %s: %s", qPrintable(name), qPrintable(desk->db->error()));
        return false;
    }
    desk->store = std::make_unique<CaseStore>(*desk->db);
    desk->service = std::make_unique<CaseService>(*desk->db, *desk->store, m_clock);
    return true;
}

QString tst_TeamRoles::as(const QString& login) const
{
    QString uri = m_location;
    const qsizetype at = uri.indexOf(QLatin1Char('@'));
    return uri.replace(QStringLiteral("postgresql://").size(), at - QStringLiteral("postgresql://").size(), login);
}

bool tst_TeamRoles::adminExec(const QString& sql)
{
    QSqlQuery q(m_owner.db->connection());
    if (!q.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

bool tst_TeamRoles::decideFirstCase(Desk& desk, const QString& agent)
{
    DecisionRequest request;
    request.caseId = QStringLiteral("LC-1");
    request.agent = agent;
    request.outcome = desk.service->suggest(request.caseId, m_clock.now())->outcome;
    const DecisionResult result = desk.service->decide(request);
    if (!result.stored())
        qWarning("%s", qPrintable(result.error));
    return result.stored();
}

void tst_TeamRoles::initTestCase()
{
    TESTBACKEND_REQUIRE_SERVER();
    QVERIFY(m_dir.isValid());
    const QString pid = QString::number(QCoreApplication::applicationPid());
    m_agentLogin = QStringLiteral("t_agent_") + pid;
    m_leadLogin = QStringLiteral("t_lead_") + pid;
}

void tst_TeamRoles::cleanupTestCase()
{
    if (!TestBackend::isPostgresql() || TestBackend::serverMissing())
        return;
    QString error;
    m_location = TestBackend::freshLocation(&error);
    if (m_location.isEmpty() || !openDesk(&m_owner, m_location, QStringLiteral("owner-cleanup")))
        return;
    adminExec(QStringLiteral("DROP ROLE IF EXISTS ") + m_agentLogin);
    adminExec(QStringLiteral("DROP ROLE IF EXISTS ") + m_leadLogin);
    m_owner.close();
    TestBackend::dropFresh();
}

void tst_TeamRoles::init()
{
    QString error;
    m_location = TestBackend::freshLocation(
        &error, m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sqlite")));
    QVERIFY2(!m_location.isEmpty(), qPrintable(error));
    QVERIFY(openDesk(&m_owner, m_location, QStringLiteral("owner")));

    const QString folder
        = m_dir.filePath(QStringLiteral("import-") + QString::fromLatin1(QTest::currentTestFunction()));
    QDir().mkpath(folder);
    QFile file(folder + QStringLiteral("/bundle.jsonl"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    for (const char* id : { "LC-1", "LC-2" }) {
        file.write(
            QStringLiteral(
                R"({"id":"%1","kind":"live_chat_abuse","opened_at":"2026-11-20T09:00:00Z","language":"en",)"
                R"("parties":[{"role":"user","user_id":"U-1","nickname":"n"}],)"
                R"("events":[{"at":"2026-11-20T09:05:00Z","type":"abuse_confirmed","by":"agent","party":"user",)"
                R"("agent":"agent.k","message_index":0}],)"
                R"("messages":[{"at":"2026-11-20T09:01:00Z","channel":"live_chat","from":"user","text":"you idiot"}]})")
                .arg(QLatin1String(id))
                .toUtf8()
            + '\n');
    }
    file.close();
    Importer importer(*m_owner.db, *m_owner.store, m_clock);
    QVERIFY(importer.importFile(file.fileName()).complete());

    if (!TestBackend::isPostgresql())
        return;
    // As `appealdesk setup-roles` does it: the owner grants the group roles, logins join them.
    QVERIFY(m_owner.db->beginWrite());
    for (const QString& statement : TeamRoles::setupStatements())
        QVERIFY(adminExec(statement));
    QVERIFY(m_owner.db->commit());
    for (const auto& [login, group] :
        { std::pair { m_agentLogin, TeamRoles::AgentGroup }, std::pair { m_leadLogin, TeamRoles::TeamLeadGroup } }) {
        QSqlQuery q(m_owner.db->connection());
        q.exec(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = '%1'").arg(login));
        if (!q.next())
            QVERIFY(adminExec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(login)));
        QVERIFY(adminExec(QStringLiteral("GRANT %1 TO %2").arg(QLatin1String(group), login)));
    }
}

void tst_TeamRoles::cleanup()
{
    m_owner.close();
    TestBackend::dropFresh();
}

void tst_TeamRoles::localUserIsATeamLead()
{
    // SQLite: the one local user; PostgreSQL: the owner of the tables (who made the desk).
    const TeamRoles::Login login = m_owner.service->login();
    QCOMPARE(login.role, TeamRoles::Role::TeamLead);
    QCOMPARE(login.name.isEmpty(), !TestBackend::isPostgresql());
    for (auto action : { TeamRoles::LeadAction::VoidStrike, TeamRoles::LeadAction::SaveSettings,
             TeamRoles::LeadAction::Purge, TeamRoles::LeadAction::UnmaskedReport })
        QVERIFY(m_owner.service->mayDo(action));
    QVERIFY(decideFirstCase(m_owner, QStringLiteral("agent.a")));
    const qint64 strike = m_owner.store->strikes().strikesOf(QStringLiteral("U-1")).value(0).id;
    QVERIFY2(m_owner.service->voidStrike(strike, QStringLiteral("lead.b"), QStringLiteral("wrong user")),
        qPrintable(m_owner.service->lastError()));
}

void tst_TeamRoles::agentLoginIsRefusedByTheService()
{
    if (!TestBackend::isPostgresql())
        QSKIP("SQLite has no agent logins");
    Desk agent;
    QVERIFY(openDesk(&agent, as(m_agentLogin), QStringLiteral("agent")));
    const TeamRoles::Login login = agent.service->login();
    QCOMPARE(login.role, TeamRoles::Role::Agent);
    QCOMPARE(login.name, m_agentLogin);
    QVERIFY(!agent.service->mayDo(TeamRoles::LeadAction::SaveSettings));

    // What an agent does, works.
    QVERIFY2(agent.service->claim(QStringLiteral("LC-1"), QStringLiteral("agent.a"), 30),
        qPrintable(agent.service->lastError()));
    QVERIFY(decideFirstCase(agent, QStringLiteral("agent.a")));
    CaseEvent note;
    note.type = EventType::Note;
    note.note = QStringLiteral("called the user");
    QVERIFY2(agent.service->recordEvent(QStringLiteral("LC-2"), note), qPrintable(agent.service->lastError()));

    // What only a team lead does, is refused with one message, and nothing changes.
    const QList<StrikeRecord> strikes = agent.store->strikes().strikesOf(QStringLiteral("U-1"));
    QVERIFY(!strikes.isEmpty());
    QVERIFY(!agent.service->voidStrike(strikes.first().id, QStringLiteral("agent.a"), QStringLiteral("no")));
    QVERIFY2(agent.service->lastError().contains(TeamRoles::refusal(TeamRoles::LeadAction::VoidStrike)),
        qPrintable(agent.service->lastError()));
    QVERIFY(agent.service->lastError().contains(m_agentLogin));
    QVERIFY(!agent.store->strikes().strikesOf(QStringLiteral("U-1")).first().voided);
    PolicySettings settings = agent.service->settings();
    settings.slaHours += 5;
    QVERIFY(!agent.service->saveSettings(settings, QStringLiteral("agent.a")));
    QVERIFY(agent.service->lastError().contains(TeamRoles::refusal(TeamRoles::LeadAction::SaveSettings)));
    QCOMPARE(m_owner.service->settings().slaHours, settings.slaHours - 5);
    QCOMPARE(agent.service->purge(m_clock.now().addYears(1), QStringLiteral("agent.a")), qint64(-1));
    QVERIFY(agent.service->lastError().contains(TeamRoles::refusal(TeamRoles::LeadAction::Purge)));
    agent.close();
}

void tst_TeamRoles::agentLoginIsRefusedByTheServer()
{
    if (!TestBackend::isPostgresql())
        QSKIP("SQLite has no grants");
    QVERIFY(decideFirstCase(m_owner, QStringLiteral("agent.a")));
    Desk agent;
    QVERIFY(openDesk(&agent, as(m_agentLogin), QStringLiteral("agent-sql")));
    // As with psql: the agent's login itself, past the program.
    const QStringList refused = {
        QStringLiteral("UPDATE settings SET value = '1' WHERE key = 'sla_hours'"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('x', 'y')"),
        QStringLiteral("DELETE FROM settings"),
        QStringLiteral("UPDATE strikes SET voided_at = 1"),
        QStringLiteral("DELETE FROM strikes"),
        QStringLiteral("UPDATE decisions SET note = 'changed'"),
        QStringLiteral("DELETE FROM decisions"),
        QStringLiteral("DELETE FROM sanctions"),
        QStringLiteral("UPDATE audit_log SET actor = 'someone'"),
        QStringLiteral("DELETE FROM audit_log"),
        QStringLiteral("TRUNCATE audit_log"),
        QStringLiteral("UPDATE audit_head SET hash = 'x'"),
        QStringLiteral(
            "INSERT INTO audit_log (at, actor, action, prev_hash, hash, login) VALUES (1, 'a', 'b', 'c', 'd', 'x')"),
        QStringLiteral("DELETE FROM cases"),
    };
    for (const QString& sql : refused) {
        QSqlQuery q(agent.db->connection());
        QVERIFY2(!q.exec(sql), qPrintable(sql));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501")); // insufficient_privilege
    }
    // Reading is allowed: the agent sees the desk.
    QSqlQuery q(agent.db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM decisions")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    agent.close();
}

void tst_TeamRoles::teamLeadLoginMayDoItAll()
{
    if (!TestBackend::isPostgresql())
        QSKIP("SQLite has no team lead logins");
    QVERIFY(decideFirstCase(m_owner, QStringLiteral("agent.a")));
    Desk lead;
    QVERIFY(openDesk(&lead, as(m_leadLogin), QStringLiteral("lead")));
    QCOMPARE(lead.service->login().role, TeamRoles::Role::TeamLead);
    QCOMPARE(lead.service->login().name, m_leadLogin);
    const qint64 strike = lead.store->strikes().strikesOf(QStringLiteral("U-1")).value(0).id;
    QVERIFY2(lead.service->voidStrike(strike, QStringLiteral("lead.b"), QStringLiteral("wrong user")),
        qPrintable(lead.service->lastError()));
    PolicySettings settings = lead.service->settings();
    settings.slaHours += 5;
    QVERIFY2(lead.service->saveSettings(settings, QStringLiteral("lead.b")), qPrintable(lead.service->lastError()));
    QCOMPARE(m_owner.service->settings().slaHours, settings.slaHours);
    QVERIFY2(lead.service->purge(m_clock.now().addYears(1), QStringLiteral("lead.b")) == 1,
        qPrintable(lead.service->lastError()));
    // A lead still cannot rewrite the record.
    QSqlQuery q(lead.db->connection());
    QVERIFY(!q.exec(QStringLiteral("UPDATE decisions SET note = 'changed'")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
    lead.close();
    QVERIFY(m_owner.store->audit().verify().ok);
}

void tst_TeamRoles::auditNamesTheLogin()
{
    if (!TestBackend::isPostgresql()) {
        QVERIFY(decideFirstCase(m_owner, QStringLiteral("agent.a")));
        QSqlQuery q(m_owner.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT login FROM audit_log")) && q.next());
        QCOMPARE(q.value(0).toString(), QString()); // one local user
        return;
    }
    Desk agent;
    QVERIFY(openDesk(&agent, as(m_agentLogin), QStringLiteral("agent-audit")));
    QVERIFY(decideFirstCase(agent, QStringLiteral("agent.a")));
    agent.close();
    QSqlQuery q(m_owner.db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT actor, login FROM audit_log WHERE action = 'decide'")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("agent.a"));
    QCOMPARE(q.value(1).toString(), m_agentLogin);
    // The import before was the owner's.
    QVERIFY(q.exec(QStringLiteral("SELECT login FROM audit_log ORDER BY id LIMIT 1")) && q.next());
    QCOMPARE(q.value(0).toString(), m_owner.service->login().name);
    QVERIFY(m_owner.store->audit().verify().ok);
}

void tst_TeamRoles::refusalsAreTranslatable()
{
    QStringList seen;
    for (auto action : { TeamRoles::LeadAction::VoidStrike, TeamRoles::LeadAction::SaveSettings,
             TeamRoles::LeadAction::Purge, TeamRoles::LeadAction::UnmaskedReport }) {
        const QString text = TeamRoles::refusal(action);
        QVERIFY(!text.isEmpty());
        QVERIFY(!seen.contains(text));
        seen << text;
    }
}

QTEST_GUILESS_MAIN(tst_TeamRoles)
#include "tst_teamroles.moc"
