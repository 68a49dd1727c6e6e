#include "CaseService.h"
#include "CaseStore.h"
#include "Clock.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "DemoLoader.h"
#include "PolicyEnums.h"
#include "SuggestionRefresher.h"

#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {
constexpr int kCases = 600;
constexpr int kBatch = 100;

struct StoredColumns
{
    QString status;
    QString outcome;
    QString clause;
    qint64 due = 0;
    qint64 version = 0;

    bool operator==(const StoredColumns& o) const
    {
        return status == o.status && outcome == o.outcome && clause == o.clause && due == o.due && version == o.version;
    }
};
} // namespace

class TestSuggestionRefresher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void refreshesEveryUndecidedCase();
    void cancelLeavesWholeBatches();

private:
    // Case id -> stored queue columns, in row id order.
    QList<QPair<QString, StoredColumns>> columns() const;
    void changeSettings();

    QTemporaryDir m_dir;
    QString m_template;
    QDateTime m_now;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CaseStore> m_store;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<CaseService> m_service;
};

void TestSuggestionRefresher::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
    const QDateTime reference = DemoGenerator::defaultReferenceNow();
    m_now = reference.addSecs(3600);
    Database db(m_template, QStringLiteral("fill"));
    QVERIFY2(db.open(), qPrintable(db.error()));
    CaseStore store(db);
    const DemoSummary summary = DemoLoader::fill(db, store, kCases, 11, reference);
    QVERIFY2(summary.ok(), qPrintable(summary.error));
    QCOMPARE(summary.cases, kCases);
}

void TestSuggestionRefresher::init()
{
    const QString path
        = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(path);
    QVERIFY(QFile::copy(m_template, path));
    m_db = std::make_unique<Database>(path, QStringLiteral("refresh"));
    QVERIFY2(m_db->open(), qPrintable(m_db->error()));
    m_store = std::make_unique<CaseStore>(*m_db);
    m_clock = std::make_unique<FixedClock>(m_now);
    m_service = std::make_unique<CaseService>(*m_db, *m_store, *m_clock);
}

void TestSuggestionRefresher::cleanup()
{
    m_service.reset();
    m_store.reset();
    m_db.reset();
}

QList<QPair<QString, StoredColumns>> TestSuggestionRefresher::columns() const
{
    QList<QPair<QString, StoredColumns>> result;
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT case_id, status, suggested_outcome, suggested_clause, due_at, version"
                               " FROM cases ORDER BY id")))
        return result;
    while (q.next()) {
        result.append({ q.value(0).toString(),
            StoredColumns { q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                q.value(4).toLongLong(), q.value(5).toLongLong() } });
    }
    return result;
}

void TestSuggestionRefresher::changeSettings()
{
    PolicySettings settings = m_store->settings().policySettings();
    QCOMPARE(settings.slaHours, 24);
    settings.slaHours = 8;
    settings.responseWindowMinutes = 10;
    QVERIFY2(
        m_store->settings().save(settings, QStringLiteral("lead"), m_now), qPrintable(m_store->settings().lastError()));
}

void TestSuggestionRefresher::refreshesEveryUndecidedCase()
{
    const auto before = columns();
    changeSettings();

    SuggestionRefresher refresher(*m_service);
    refresher.setBatchSize(kBatch);
    QList<QPair<qint64, qint64>> progress;
    refresher.setProgressCallback([&](qint64 done, qint64 total) { progress.append({ done, total }); });
    QVERIFY2(refresher.run(m_now), qPrintable(refresher.error()));
    QVERIFY(!refresher.cancelled());

    const qint64 undecided = m_store->cases().undecidedCount();
    QVERIFY(undecided > kBatch && undecided < kCases); // the demo has decided cases and several batches
    QCOMPARE(refresher.updated(), undecided);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.constFirst(), qMakePair(qint64(0), undecided));
    QCOMPARE(progress.constLast(), qMakePair(undecided, undecided));

    const auto after = columns();
    QCOMPARE(after.size(), before.size());
    int changedDue = 0;
    for (int i = 0; i < after.size(); ++i) {
        const QString& caseId = after.at(i).first;
        const StoredColumns& was = before.at(i).second;
        const StoredColumns& now = after.at(i).second;
        if (was.status == QLatin1String("decided")) {
            QVERIFY2(now == was, qPrintable(caseId)); // a decided case keeps what it was decided with
            continue;
        }
        const std::optional<CaseFacts> facts = m_store->cases().load(caseId);
        QVERIFY(facts);
        const Suggestion fresh = m_service->suggest(*facts, m_now);
        const qint64 due = fresh.pendingUntil ? fresh.pendingUntil->toMSecsSinceEpoch()
                                              : facts->openedAt.addSecs(8 * 3600).toMSecsSinceEpoch();
        QCOMPARE(now.due, due);
        QCOMPARE(now.clause, fresh.clauses.value(0));
        QCOMPARE(now.outcome, PolicyIds::toId(fresh.outcome));
        // A row is written (its version moves) only when one of its columns changes.
        const bool changed
            = now.due != was.due || now.clause != was.clause || now.outcome != was.outcome || now.status != was.status;
        QCOMPARE(now.version, was.version + (changed ? 1 : 0));
        if (now.due != was.due)
            ++changedDue;
    }
    QVERIFY(changedDue > 0);
}

void TestSuggestionRefresher::cancelLeavesWholeBatches()
{
    const auto before = columns();
    changeSettings();

    std::atomic<bool> cancel { false };
    SuggestionRefresher refresher(*m_service);
    refresher.setBatchSize(kBatch);
    refresher.setCancelFlag(&cancel);
    refresher.setProgressCallback([&](qint64 done, qint64) {
        if (done >= 2 * kBatch)
            cancel = true;
    });
    QVERIFY(!refresher.run(m_now));
    QVERIFY(refresher.cancelled());
    QVERIFY(refresher.error().isEmpty());
    QCOMPARE(refresher.updated(), qint64(2 * kBatch));

    // Exactly the first two batches of undecided cases (by row id) were written; nothing after them.
    const auto after = columns();
    int undecidedSeen = 0;
    int changedInBatches = 0;
    for (int i = 0; i < after.size(); ++i) {
        const StoredColumns& was = before.at(i).second;
        const StoredColumns& now = after.at(i).second;
        if (was.status == QLatin1String("decided")) {
            QVERIFY(now == was);
            continue;
        }
        ++undecidedSeen;
        if (undecidedSeen > 2 * kBatch) {
            QVERIFY(now == was);
            continue;
        }
        const bool changed
            = now.due != was.due || now.clause != was.clause || now.outcome != was.outcome || now.status != was.status;
        QCOMPARE(now.version, was.version + (changed ? 1 : 0));
        changedInBatches += changed ? 1 : 0;
    }
    QVERIFY(changedInBatches > 0); // the new settings did reach the first two batches
    QVERIFY(!m_db->inTransaction());
}

QTEST_GUILESS_MAIN(TestSuggestionRefresher)
#include "tst_suggestionrefresher.moc"
