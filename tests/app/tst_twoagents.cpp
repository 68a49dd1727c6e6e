#include "CaseStore.h"
#include "Database.h"

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
// APPEALDESK_TWOAGENTS_CASES sets the number of cases (default 200; the run: 1000).
class tst_TwoAgents : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void claimHoldsOffOtherAgents();
    void concurrentDecisionsDecideEachCaseOnce();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run run(const QStringList& arguments);
    QString caseId(int i) const { return QStringLiteral("AP-2026-%1").arg(900000 + i); }

    QTemporaryDir m_dir;
    QString m_db;
    int m_cases = 200;
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
    m_db = m_dir.filePath(QStringLiteral("desk.sqlite"));
    const Run imported = run({ QStringLiteral("import"), lines.fileName(), QStringLiteral("--db"), m_db });
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
}

void tst_TwoAgents::claimHoldsOffOtherAgents()
{
    const QString id = caseId(0);
    const QStringList db = { QStringLiteral("--db"), m_db };
    const QStringList decide = QStringList { QStringLiteral("decide"), QStringLiteral("--case"), id,
        QStringLiteral("--outcome"), QStringLiteral("refund"), QStringLiteral("--note"),
        QStringLiteral("checked the bank statement"), QStringLiteral("--agent") };
    const QString at = QStringLiteral("2026-11-20T10:00:00Z");
    Run claimed = run(
        QStringList { QStringLiteral("claim"), QStringLiteral("--case"), id, QStringLiteral("--agent"),
            QStringLiteral("anna"), QStringLiteral("--minutes"), QStringLiteral("15"), QStringLiteral("--at"), at }
        + db);
    QCOMPARE(claimed.exitCode, 0);
    QCOMPARE(claimed.out.trimmed(), QByteArray("case AP-2026-900000 claimed by anna until 2026-11-20T10:15:00Z"));

    // Another agent: refused while the claim holds, both claiming and deciding.
    Run other = run(QStringList { QStringLiteral("claim"), QStringLiteral("--case"), id, QStringLiteral("--agent"),
                        QStringLiteral("bob"), QStringLiteral("--at"), QStringLiteral("2026-11-20T10:05:00Z") }
        + db);
    QCOMPARE(other.exitCode, 1);
    QVERIFY2(other.err.contains("being worked by anna until 2026-11-20T10:15:00Z"), other.err.constData());
    other = run(decide
        + QStringList { QStringLiteral("bob"), QStringLiteral("--at"), QStringLiteral("2026-11-20T10:14:59Z") } + db);
    QCOMPARE(other.exitCode, 1);
    QVERIFY2(other.err.contains("being worked by anna"), other.err.constData());
    {
        Database database(m_db, QStringLiteral("claim-check"));
        QVERIFY(database.open());
        CaseStore store(database);
        QCOMPARE(store.claimHolder(id, QDateTime(QDate(2026, 11, 20), QTime(10, 14), Qt::UTC)), QStringLiteral("anna"));
        QCOMPARE(store.claimHolder(id, QDateTime(QDate(2026, 11, 20), QTime(10, 15), Qt::UTC)), QString());
        QVERIFY(!store.isDecided(id));
    }

    // Expired: the claim no longer counts.
    other = run(decide
        + QStringList { QStringLiteral("bob"), QStringLiteral("--at"), QStringLiteral("2026-11-20T10:15:00Z") } + db);
    QVERIFY2(other.exitCode == 0, other.err.constData());
    const Run late = run(decide + QStringList { QStringLiteral("anna") } + db);
    QCOMPARE(late.exitCode, 1);
    QVERIFY2(late.err.contains("already decided by bob at 2026-11-20T10:15:00Z"), late.err.constData());
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
        const std::optional<DecisionRecord> stored = store.decision(caseId(i));
        QVERIFY2(stored, qPrintable(caseId(i)));
        QCOMPARE(stored->agent, byOne ? agents[0].name : agents[1].name);
    }
    QSqlQuery q(database.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT case_ref) FROM decisions")) && q.next());
    QCOMPARE(q.value(0).toInt(), m_cases);
    QCOMPARE(q.value(1).toInt(), m_cases);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'decide'")) && q.next());
    QCOMPARE(q.value(0).toInt(), m_cases);
    QVERIFY(store.verifyAuditChain());
    qInfo("two agents, %d cases: %lld and %lld decided, %lld and %lld refused, %d decided twice", m_cases - first,
        qint64(agents[0].decided.size()), qint64(agents[1].decided.size()), qint64(agents[0].refused.size()),
        qint64(agents[1].refused.size()), decidedTwice);
}

QTEST_GUILESS_MAIN(tst_TwoAgents)
#include "tst_twoagents.moc"
