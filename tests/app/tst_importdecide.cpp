#include "BundleReader.h"
#include "BundleWriter.h"
#include "CaseService.h"
#include "CaseStore.h"
#include "Clock.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "DemoLoader.h"
#include "Importer.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

// Issue 13, item 10: agents decide while `appealdesk import` loads a large file in another process.
// Every decision is stored, and the longest time one decide() waited is reported (QINFO), not judged:
// tests are not timed. CTest runs a few thousand cases; tests/app/long_runs.sh runs 100,000
// (APPEALDESK_IMPORT_DECIDE_CASES).
class tst_ImportDecide : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void decisionsGoOnWhileAnImportRuns();

private:
    int m_cases = 3000;
    QTemporaryDir m_dir;
};

void tst_ImportDecide::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    if (qEnvironmentVariableIntValue("APPEALDESK_IMPORT_DECIDE_CASES") > 0)
        m_cases = qEnvironmentVariableIntValue("APPEALDESK_IMPORT_DECIDE_CASES");
}

void tst_ImportDecide::decisionsGoOnWhileAnImportRuns()
{
    const QString db = m_dir.filePath(QStringLiteral("desk.sqlite"));
    const QString big = m_dir.filePath(QStringLiteral("big.jsonl"));
    QString error;
    QVERIFY2(DemoLoader::writeBundle(big, m_cases, 7, DemoGenerator::defaultReferenceNow(), &error), qPrintable(error));

    // The cases the agents decide, imported first.
    BundleReader reader(QStringLiteral(APPEALDESK_TEST_DATA "/good/example.json"));
    CaseFacts example;
    QVERIFY(reader.open());
    QCOMPARE(reader.next(&example), BundleReader::CaseRead);
    const QString seeds = m_dir.filePath(QStringLiteral("seeds.jsonl"));
    constexpr int Targets = 2000;
    {
        QFile file(seeds);
        QVERIFY(file.open(QIODevice::WriteOnly));
        BundleWriter writer(&file, BundleWriter::Format::JsonLines);
        for (int i = 0; i < Targets; ++i) {
            example.id = QStringLiteral("AP-W-%1").arg(i, 5, 10, QLatin1Char('0'));
            QVERIFY(writer.writeCase(example));
        }
        QVERIFY(writer.finish());
    }
    Database database(db, QStringLiteral("agent"));
    QVERIFY2(database.open(), qPrintable(database.error()));
    CaseStore store(database);
    const Clock clock;
    {
        Importer importer(database, store, clock);
        QVERIFY(importer.importFile(seeds).complete());
    }
    CaseService service(database, store, clock);

    QProcess import;
    import.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer importTime;
    importTime.start();
    import.start(QStringLiteral(APPEALDESK_BINARY), { QStringLiteral("import"), QStringLiteral("--db"), db, big });
    QVERIFY(import.waitForStarted());

    qint64 longestNs = 0;
    int decided = 0;
    int during = 0;
    while (decided < Targets) {
        const bool importing = import.state() == QProcess::Running;
        const QString id = QStringLiteral("AP-W-%1").arg(decided, 5, 10, QLatin1Char('0'));
        const std::optional<Suggestion> suggestion = service.suggest(id, clock.now());
        QVERIFY2(suggestion, qPrintable(service.lastError()));
        DecisionRequest request;
        request.caseId = id;
        request.agent = QStringLiteral("agent.anna");
        request.outcome = suggestion->outcome;
        request.confirmed = *suggestion;
        request.note = QStringLiteral("decided while an import runs");
        QElapsedTimer wait;
        wait.start();
        const DecisionResult result = service.decide(request);
        const qint64 ns = wait.nsecsElapsed();
        QVERIFY2(result.stored(), qPrintable(QStringLiteral("%1: %2").arg(id, result.error)));
        ++decided;
        if (importing && import.state() == QProcess::Running) {
            ++during;
            longestNs = std::max(longestNs, ns);
        } else if (!importing) {
            break; // the import is over: the rest would measure nothing
        }
        QTest::qWait(20); // an agent's pace, and the import's own turn
    }
    QVERIFY(import.state() == QProcess::NotRunning || import.waitForFinished(30 * 60 * 1000));
    const double importSeconds = importTime.nsecsElapsed() / 1e9;
    QCOMPARE(import.exitStatus(), QProcess::NormalExit);
    QCOMPARE(import.exitCode(), 0);
    QVERIFY(during > 0);

    QSqlQuery q(database.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM cases")) && q.next());
    QCOMPARE(q.value(0).toInt(), Targets + m_cases);
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM decisions")) && q.next());
    QCOMPARE(q.value(0).toInt(), decided);
    qInfo("longest wait of a decide: %.0f ms over %d decisions while %d cases imported (import %.1f s)",
        longestNs / 1e6, during, m_cases, importSeconds);
}

QTEST_GUILESS_MAIN(tst_ImportDecide)
#include "tst_importdecide.moc"
