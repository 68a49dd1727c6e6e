#include "CaseStore.h"
#include "Database.h"
#include "TestBackend.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <thread>

// Two agents, one database file: two `appealdesk decide` processes race through
// the same cases. Each case is decided exactly once, every decision a process
// reported is stored, and no "database is locked" reaches the user.
// APPEALDESK_TWOAGENTS_CASES sets the number of cases (default 200; the issue's run: 1000).
class tst_TwoAgents : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void claimHoldsOffOtherAgents();
    void concurrentDecisionsDecideEachCaseOnce();
    void racingDecisionsClimbTheLadder();
    void twoClaimersTakeDifferentCases();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run run(const QStringList& arguments);
    QString caseId(int i) const { return QStringLiteral("AP-2026-%1").arg(900000 + i); }
    QString writeBundle(const QString& name, int first, int count) const;

    QTemporaryDir m_dir;
    QString m_db;
    int m_cases = 80; // two processes per case: enough to race on every one, short enough for a loaded CI machine
};

tst_TwoAgents::Run tst_TwoAgents::run(const QStringList& arguments)
{
    QProcess process;
    process.start(
        QStringLiteral(APPEALDESK_BINARY), arguments + QStringList { QStringLiteral("--lang"), QStringLiteral("en") });
    Run result;
    if (!process.waitForFinished(120000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void tst_TwoAgents::initTestCase()
{
    TESTBACKEND_REQUIRE_SERVER();
    QVERIFY(m_dir.isValid());
    if (qEnvironmentVariableIntValue("APPEALDESK_TWOAGENTS_CASES") > 0)
        m_cases = qEnvironmentVariableIntValue("APPEALDESK_TWOAGENTS_CASES");
    // The example case under many ids, one bundle line each.
    QFile example(QStringLiteral(APPEALDESK_TEST_DATA "/good/example.json"));
    QVERIFY(example.open(QIODevice::ReadOnly));
    const QJsonObject bundle = QJsonDocument::fromJson(example.readAll()).object();
    QJsonObject facts = bundle.value(QStringLiteral("cases")).toArray().first().toObject();
    QFile lines(m_dir.filePath(QStringLiteral("cases.jsonl")));
    QVERIFY(lines.open(QIODevice::WriteOnly));
    for (int i = 0; i < m_cases; ++i) {
        facts.insert(QStringLiteral("id"), caseId(i));
        lines.write(QJsonDocument(facts).toJson(QJsonDocument::Compact) + '\n');
    }
    lines.close();
    QString error;
    m_db = TestBackend::freshLocation(&error, m_dir.filePath(QStringLiteral("desk.sqlite")));
    QVERIFY2(!m_db.isEmpty(), qPrintable(error));
    const Run imported = run({ QStringLiteral("import"), lines.fileName(), QStringLiteral("--db"), m_db });
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
}

// The example case under `count` ids from caseId(first), one bundle line each.
QString tst_TwoAgents::writeBundle(const QString& name, int first, int count) const
{
    QFile example(QStringLiteral(APPEALDESK_TEST_DATA "/good/example.json"));
    if (!example.open(QIODevice::ReadOnly))
        return QString();
    QJsonObject facts = QJsonDocument::fromJson(example.readAll())
                            .object()
                            .value(QStringLiteral("cases"))
                            .toArray()
                            .first()
                            .toObject();
    QFile lines(m_dir.filePath(name));
    if (!lines.open(QIODevice::WriteOnly))
        return QString();
    for (int i = first; i < first + count; ++i) {
        facts.insert(QStringLiteral("id"), caseId(i));
        lines.write(QJsonDocument(facts).toJson(QJsonDocument::Compact) + '\n');
    }
    return lines.fileName();
}

void tst_TwoAgents::cleanupTestCase()
{
    TestBackend::dropFresh();
}

void tst_TwoAgents::claimHoldsOffOtherAgents()
{
    const QString id = caseId(0);
    const QStringList db = { QStringLiteral("--db"), m_db };
    const QStringList decide = QStringList { QStringLiteral("decide"), QStringLiteral("--case"), id,
        QStringLiteral("--outcome"), QStringLiteral("refund"), QStringLiteral("--note"),
        QStringLiteral("checked the bank statement"), QStringLiteral("--agent") };
    // Writing commands use the real clock: an instant of the caller's is refused.
    Run moved = run(QStringList { QStringLiteral("claim"), QStringLiteral("--case"), id, QStringLiteral("--agent"),
                        QStringLiteral("anna"), QStringLiteral("--at"), QStringLiteral("2020-01-01T00:00:00Z") }
        + db);
    QCOMPARE(moved.exitCode, 2);
    QVERIFY2(moved.err.contains("takes no --at"), moved.err.constData());

    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    Run claimed = run(QStringList { QStringLiteral("claim"), QStringLiteral("--case"), id, QStringLiteral("--agent"),
                          QStringLiteral("anna"), QStringLiteral("--minutes"), QStringLiteral("15") }
        + db);
    QCOMPARE(claimed.exitCode, 0);
    QVERIFY2(claimed.out.startsWith("case AP-2026-900000 claimed by anna until "), claimed.out.constData());
    const QDateTime until
        = QDateTime::fromString(QString::fromUtf8(claimed.out.trimmed().split(' ').constLast()), Qt::ISODate);
    QVERIFY(until >= before.addSecs(15 * 60) && until <= QDateTime::currentDateTimeUtc().addSecs(15 * 60 + 1));

    // Another agent: refused while the claim holds, both claiming and deciding.
    Run other = run(QStringList { QStringLiteral("claim"), QStringLiteral("--case"), id, QStringLiteral("--agent"),
                        QStringLiteral("bob") }
        + db);
    QCOMPARE(other.exitCode, 1);
    QVERIFY2(other.err.contains("being worked by anna until"), other.err.constData());
    other = run(decide + QStringList { QStringLiteral("bob") } + db);
    QCOMPARE(other.exitCode, 1);
    QVERIFY2(other.err.contains("being worked by anna"), other.err.constData());
    {
        Database database(m_db, QStringLiteral("claim-check"));
        QVERIFY(database.open());
        CaseStore store(database);
        QCOMPARE(store.claims().holder(id, until.addSecs(-60)), QStringLiteral("anna"));
        QCOMPARE(store.claims().holder(id, until.addSecs(1)), QString()); // the line shows whole seconds
        QVERIFY(!store.cases().isDecided(id));
        // Fifteen minutes pass: the claim's end moves into the past.
        QSqlQuery q(database.connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE cases SET claimed_until = claimed_until - 16 * 60 * 1000")));
    }

    // Expired: the claim no longer counts.
    other = run(decide + QStringList { QStringLiteral("bob") } + db);
    QVERIFY2(other.exitCode == 0, other.err.constData());
    const Run late = run(decide + QStringList { QStringLiteral("anna") } + db);
    QCOMPARE(late.exitCode, 1);
    QVERIFY2(late.err.contains("already decided by bob at "), late.err.constData());
}

void tst_TwoAgents::concurrentDecisionsDecideEachCaseOnce()
{
    const int first = 1; // case 0 belongs to the claim test
    struct Agent
    {
        QString name;
        QStringList decided;
        QStringList refused;
        QStringList errors;
    };
    Agent agents[2] = { { QStringLiteral("agent.one"), {}, {}, {} }, { QStringLiteral("agent.two"), {}, {}, {} } };
    const auto work = [&](Agent* agent) {
        for (int i = first; i < m_cases; ++i) {
            const Run r = run({ QStringLiteral("decide"), QStringLiteral("--case"), caseId(i),
                QStringLiteral("--outcome"), QStringLiteral("refund"), QStringLiteral("--note"), QStringLiteral("race"),
                QStringLiteral("--agent"), agent->name, QStringLiteral("--db"), m_db });
            const QString err = QString::fromUtf8(r.err);
            if (err.contains(QLatin1String("locked"), Qt::CaseInsensitive))
                agent->errors << QStringLiteral("%1: %2").arg(caseId(i), err);
            else if (r.exitCode == 0
                && QJsonDocument::fromJson(r.out).object().value(QStringLiteral("case")).toString() == caseId(i))
                agent->decided << caseId(i);
            else if (r.exitCode == 1 && err.contains(QLatin1String("already decided")))
                agent->refused << caseId(i);
            else
                agent->errors << QStringLiteral("%1: exit %2: %3").arg(caseId(i)).arg(r.exitCode).arg(err);
        }
    };
    std::thread one(work, &agents[0]);
    std::thread two(work, &agents[1]);
    one.join();
    two.join();

    for (const Agent& agent : agents)
        QVERIFY2(agent.errors.isEmpty(), qPrintable(agent.errors.join(QLatin1Char('\n'))));
    Database database(m_db, QStringLiteral("race-check"));
    QVERIFY(database.open());
    CaseStore store(database);
    int decidedTwice = 0;
    for (int i = first; i < m_cases; ++i) {
        const bool byOne = agents[0].decided.contains(caseId(i));
        const bool byTwo = agents[1].decided.contains(caseId(i));
        decidedTwice += byOne && byTwo ? 1 : 0;
        QVERIFY2(byOne != byTwo, qPrintable(caseId(i)));
        const std::optional<DecisionRecord> stored = store.decisions().decision(caseId(i));
        QVERIFY2(stored, qPrintable(caseId(i)));
        QCOMPARE(stored->agent, byOne ? agents[0].name : agents[1].name);
    }
    QSqlQuery q(database.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT case_ref) FROM decisions")) && q.next());
    QCOMPARE(q.value(0).toInt(), m_cases);
    QCOMPARE(q.value(1).toInt(), m_cases);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'decide'")) && q.next());
    QCOMPARE(q.value(0).toInt(), m_cases);
    QVERIFY(store.audit().verifyChain());
    qInfo("two agents, %d cases: %lld and %lld decided, %lld and %lld refused, %d decided twice", m_cases - first,
        qint64(agents[0].decided.size()), qint64(agents[1].decided.size()), qint64(agents[0].refused.size()),
        qint64(agents[1].refused.size()), decidedTwice);
}

// Two live-chat abuse cases of one user, decided at the same moment by two processes: each
// decision is judged inside its write transaction, so the second always sees the first's
// strike and climbs the ladder (1 day, then 7), never two first steps.
void tst_TwoAgents::racingDecisionsClimbTheLadder()
{
    const int pairs = 50;
    QString error;
    const QString db = TestBackend::freshLocation(&error, m_dir.filePath(QStringLiteral("ladder.sqlite")));
    QVERIFY2(!db.isEmpty(), qPrintable(error));
    QFile lines(m_dir.filePath(QStringLiteral("ladder.jsonl")));
    QVERIFY(lines.open(QIODevice::WriteOnly));
    const auto caseOf = [](int pair, int which) { return QStringLiteral("LC-2026-%1-%2").arg(pair).arg(which); };
    for (int pair = 0; pair < pairs; ++pair) {
        for (int which = 0; which < 2; ++which) {
            lines.write(
                QStringLiteral(
                    R"({"id":"%1","kind":"live_chat_abuse","opened_at":"2026-11-20T09:00:00Z","language":"en",)"
                    R"("parties":[{"role":"user","user_id":"U-%2","nickname":"n"}],)"
                    R"("events":[{"at":"2026-11-20T09:05:00Z","type":"abuse_confirmed","by":"agent","party":"user",)"
                    R"("agent":"agent.k","message_index":0}],)"
                    R"("messages":[{"at":"2026-11-20T09:01:00Z","channel":"live_chat","from":"user","text":"idiot"}]})")
                    .arg(caseOf(pair, which))
                    .arg(700000 + pair)
                    .toUtf8()
                + '\n');
        }
    }
    lines.close();
    const Run imported = run({ QStringLiteral("import"), lines.fileName(), QStringLiteral("--db"), db });
    QVERIFY2(imported.exitCode == 0, imported.err.constData());

    QStringList errors[2];
    const auto work = [&](int which) {
        for (int pair = 0; pair < pairs; ++pair) {
            const Run r = run({ QStringLiteral("decide"), QStringLiteral("--case"), caseOf(pair, which),
                QStringLiteral("--outcome"), QStringLiteral("suspend"), QStringLiteral("--agent"),
                QStringLiteral("agent.%1").arg(which), QStringLiteral("--db"), db });
            if (r.exitCode != 0)
                errors[which] << QStringLiteral("%1: exit %2: %3")
                                     .arg(caseOf(pair, which))
                                     .arg(r.exitCode)
                                     .arg(QString::fromUtf8(r.err));
        }
    };
    std::thread one(work, 0);
    std::thread two(work, 1);
    one.join();
    two.join();
    QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0].join(QLatin1Char('\n'))));
    QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1].join(QLatin1Char('\n'))));

    Database database(db, QStringLiteral("ladder-check"));
    QVERIFY(database.open());
    QSqlQuery q(database.connection());
    QVERIFY(q.exec(TestBackend::isPostgresql()
            ? QStringLiteral(
                "SELECT user_id, string_agg(days::text, ',' ORDER BY days) FROM sanctions GROUP BY user_id")
            : QStringLiteral("SELECT user_id, group_concat(days, ',') FROM"
                             " (SELECT user_id, days FROM sanctions ORDER BY user_id, days) GROUP BY user_id")));
    int users = 0;
    while (q.next()) {
        ++users;
        QCOMPARE(q.value(1).toString(), QStringLiteral("1,7"));
    }
    QCOMPARE(users, pairs);
}

// Issue 15, item 3: two agents asking at once for "the next unclaimed case" (`claim --next`) never
// get the same one, and between them they take every open case; then both hear that none is free.
void tst_TwoAgents::twoClaimersTakeDifferentCases()
{
    const int cases = 24;
    const QString bundle = writeBundle(QStringLiteral("claimers.jsonl"), 5000, cases);
    QVERIFY(!bundle.isEmpty());
    QString error;
    const QString db = TestBackend::freshLocation(&error, m_dir.filePath(QStringLiteral("claimers.sqlite")));
    QVERIFY2(!db.isEmpty(), qPrintable(error));
    const Run imported = run({ QStringLiteral("import"), bundle, QStringLiteral("--db"), db });
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    struct Claimer
    {
        QString name;
        QStringList claimed;
        QStringList errors;
    };
    Claimer claimers[2] = { { QStringLiteral("agent.one"), {}, {} }, { QStringLiteral("agent.two"), {}, {} } };
    const auto work = [&](Claimer* claimer) {
        for (int n = 0; n <= cases; ++n) {
            const Run r = run({ QStringLiteral("claim"), QStringLiteral("--next"), QStringLiteral("--agent"),
                claimer->name, QStringLiteral("--db"), db });
            const QList<QByteArray> words = r.out.trimmed().split(' ');
            if (r.exitCode == 0 && words.size() == 7 && words.at(0) == "case")
                claimer->claimed << QString::fromUtf8(words.at(1));
            else if (r.exitCode == 1 && r.err == "no open case is free to claim\n")
                return;
            else
                claimer->errors << QStringLiteral("exit %1: %2%3")
                                       .arg(r.exitCode)
                                       .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
        }
    };
    std::thread one(work, &claimers[0]);
    std::thread two(work, &claimers[1]);
    one.join();
    two.join();
    for (const Claimer& claimer : claimers)
        QVERIFY2(claimer.errors.isEmpty(), qPrintable(claimer.errors.join(QLatin1Char('\n'))));
    QStringList all = claimers[0].claimed + claimers[1].claimed;
    QCOMPARE(all.size(), cases);
    all.removeDuplicates();
    QCOMPARE(all.size(), cases); // no case twice
    Database database(db, QStringLiteral("claimers-check"));
    QVERIFY(database.open());
    CaseStore store(database);
    for (const Claimer& claimer : claimers) {
        for (const QString& id : claimer.claimed)
            QCOMPARE(store.claims().holder(id, QDateTime::currentDateTimeUtc()), claimer.name);
    }
    QVERIFY(store.audit().verifyChain());
    qInfo("two claimers, %d cases: %lld and %lld claimed", cases, qint64(claimers[0].claimed.size()),
        qint64(claimers[1].claimed.size()));
}

QTEST_GUILESS_MAIN(tst_TwoAgents)
#include "tst_twoagents.moc"
