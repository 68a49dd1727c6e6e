#include "Database.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <signal.h>

// `appealdesk decide` killed with SIGKILL at a random moment: integrity_check
// stays ok, a decision is there whole (case status, decision row, strikes,
// sanctions, audit entry) or not at all, and every decision the command reported
// as saved is there. APPEALDESK_KILL_ROUNDS sets the rounds (default 30; the run: 100).
class tst_DecideKill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedDecideLeavesWholeDecisions();

private:
    QString scalar(Database& db, const QString& sql)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(sql) || !q.next())
            return QString();
        return q.value(0).toString();
    }
    QStringList decideArguments(int i) const
    {
        return { QStringLiteral("decide"), QStringLiteral("--db"), m_db, QStringLiteral("--case"),
            QStringLiteral("AP-2026-7%1").arg(i, 5, 10, QLatin1Char('0')), QStringLiteral("--outcome"),
            QStringLiteral("refund"), QStringLiteral("--note"), QStringLiteral("kill test"), QStringLiteral("--agent"),
            QStringLiteral("agent.kim") };
    }

    QTemporaryDir m_dir;
    QString m_db;
    int m_rounds = 30;
};

void tst_DecideKill::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (qEnvironmentVariableIntValue("APPEALDESK_KILL_ROUNDS") > 0)
        m_rounds = qEnvironmentVariableIntValue("APPEALDESK_KILL_ROUNDS");
    QFile example(QStringLiteral(APPEALDESK_TEST_DATA "/good/example.json"));
    QVERIFY(example.open(QIODevice::ReadOnly));
    QJsonObject facts = QJsonDocument::fromJson(example.readAll())
                            .object()
                            .value(QStringLiteral("cases"))
                            .toArray()
                            .first()
                            .toObject();
    QFile lines(m_dir.filePath(QStringLiteral("cases.jsonl")));
    QVERIFY(lines.open(QIODevice::WriteOnly));
    for (int i = 0; i <= m_rounds; ++i) {
        facts.insert(QStringLiteral("id"), QStringLiteral("AP-2026-7%1").arg(i, 5, 10, QLatin1Char('0')));
        lines.write(QJsonDocument(facts).toJson(QJsonDocument::Compact) + '\n');
    }
    lines.close();
    m_db = m_dir.filePath(QStringLiteral("kill.sqlite"));
    QProcess import;
    import.start(QStringLiteral(APPEALDESK_BINARY),
        { QStringLiteral("import"), QStringLiteral("--db"), m_db, lines.fileName() });
    QVERIFY(import.waitForFinished(60000));
    QCOMPARE(import.exitCode(), 0);
}

void tst_DecideKill::killedDecideLeavesWholeDecisions()
{
    // One undisturbed run sets the range of kill moments: from start-up to past the commit.
    QElapsedTimer timer;
    timer.start();
    QProcess first;
    first.start(QStringLiteral(APPEALDESK_BINARY), decideArguments(0));
    QVERIFY(first.waitForFinished(60000));
    QCOMPARE(first.exitCode(), 0);
    const int span = qMax(20, int(timer.elapsed() * 3 / 2));

    QRandomGenerator random(8);
    QStringList reportedSaved = { QStringLiteral("AP-2026-700000") };
    int killed = 0;
    for (int round = 1; round <= m_rounds; ++round) {
        QProcess process;
        process.start(QStringLiteral(APPEALDESK_BINARY), decideArguments(round));
        QVERIFY(process.waitForStarted());
        QTest::qWait(int(random.bounded(1, span)));
        if (process.state() == QProcess::Running) {
            ::kill(pid_t(process.processId()), SIGKILL);
            ++killed;
        }
        QVERIFY(process.state() == QProcess::NotRunning || process.waitForFinished(60000));
        const QJsonObject printed = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        if (!printed.isEmpty())
            reportedSaved << printed.value(QStringLiteral("case")).toString();

        Database check(m_db, QStringLiteral("check-%1").arg(round));
        QVERIFY2(check.open(), qPrintable(check.error()));
        QCOMPARE(scalar(check, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        // Whole or nothing: status, decision row and audit entry agree; strikes match the stored suggestion.
        QCOMPARE(
            scalar(check,
                QStringLiteral("SELECT COUNT(*) FROM cases c LEFT JOIN decisions d ON d.case_ref = c.id WHERE"
                               " (c.status = 'decided') <> (d.id IS NOT NULL)"
                               " OR (d.id IS NOT NULL) <> EXISTS (SELECT 1 FROM audit_log a WHERE"
                               " a.action = 'decide' AND a.subject = c.case_id)"
                               " OR (d.id IS NOT NULL AND (SELECT COUNT(*) FROM strikes s WHERE s.case_ref = c.id)"
                               " <> json_array_length(d.suggestion_json, '$.strikes'))"
                               " OR (d.id IS NOT NULL AND (SELECT COUNT(*) FROM sanctions s WHERE s.case_ref = c.id)"
                               " <> json_array_length(d.suggestion_json, '$.sanctions'))")),
            QStringLiteral("0"));
        for (const QString& caseId : std::as_const(reportedSaved))
            QCOMPARE(scalar(check, QStringLiteral("SELECT status FROM cases WHERE case_id = '%1'").arg(caseId)),
                QStringLiteral("decided"));
        QProcess verify;
        verify.start(QStringLiteral(APPEALDESK_BINARY),
            { QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), m_db });
        QVERIFY(verify.waitForFinished(60000));
        QVERIFY2(verify.exitCode() == 0, verify.readAllStandardError().constData());
    }
    qInfo("decide: %d of %d rounds killed, %lld decisions reported saved, all stored whole", killed, m_rounds,
        qint64(reportedSaved.size()));
    QVERIFY(killed > 0);
}

QTEST_GUILESS_MAIN(tst_DecideKill)
#include "tst_decidekill.moc"
