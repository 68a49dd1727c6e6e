#include "BundleReader.h"
#include "CaseStore.h"
#include "Clock.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "DemoLoader.h"
#include "Importer.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

qint64 pageCacheSize(Database& db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("PRAGMA cache_size")) && q.next() ? q.value(0).toLongLong() : 0;
}

// Every index of the schema with its statement (NULL for those of constraints).
QStringList indexes(Database& db)
{
    QStringList result;
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("SELECT name, ifnull(sql, '') FROM sqlite_master WHERE type = 'index' ORDER BY name")))
        while (q.next())
            result << q.value(0).toString() + QLatin1Char('|') + q.value(1).toString();
    return result;
}

} // namespace

class TestDemoLoader : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fillsTheStore();
    void freshDeskKeepsItsIndexes();
    void failingFillOfAFreshDeskStoresNothing();
    void refillSkipsExistingCases();
    void rejectsABadCount();
    void writesABundleThatReadsBack_data();
    void writesABundleThatReadsBack();
    void bundleImportsCleanly();
    void unwritableBundleLeavesNoFile();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CaseStore> m_store;
};

void TestDemoLoader::init()
{
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("demo.sqlite")), QStringLiteral("demo-test"));
    QVERIFY2(m_db->open(), qPrintable(m_db->error()));
    m_store = std::make_unique<CaseStore>(*m_db);
}

void TestDemoLoader::cleanup()
{
    m_store.reset();
    m_db.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("demo.sqlite")));
}

void TestDemoLoader::fillsTheStore()
{
    const int count = DemoLoader::BatchSize + 500;
    const QDateTime now = DemoGenerator::defaultReferenceNow();
    QList<int> progress;
    const qint64 cacheBefore = pageCacheSize(*m_db);
    const DemoSummary summary
        = DemoLoader::fill(*m_db, *m_store, count, 11, now, [&](int done) { progress.append(done); });
    QVERIFY2(summary.ok(), qPrintable(summary.error));
    QCOMPARE(pageCacheSize(*m_db), cacheBefore);
    QCOMPARE(summary.cases, count);
    QCOMPARE(summary.skipped, 0);
    QCOMPARE(m_store->cases().count(), qint64(count));
    QCOMPARE(progress, (QList<int> { DemoLoader::BatchSize, count }));
    QCOMPARE(summary.byKind.value(CaseKind::P2pAppeal) + summary.byKind.value(CaseKind::LiveChatAbuse)
            + summary.byKind.value(CaseKind::LiveChatSuspensionAppeal),
        count);
    QVERIFY(summary.byKind.value(CaseKind::LiveChatAbuse) > 0);
    QVERIFY(summary.byKind.value(CaseKind::LiveChatSuspensionAppeal) > 0);
    QVERIFY(summary.decided > count / 10);
    QVERIFY(summary.overrides > 0);
    QVERIFY(summary.toString().contains(QString::number(count)));

    // Every planned decision that the policy allowed is on record, as planned.
    const DemoGenerator gen(11, now);
    int decided = 0, overrides = 0, planned = 0;
    for (int i = 0; i < count; ++i) {
        const DemoCase c = gen.generate(i);
        const std::optional<DecisionRecord> d = m_store->decisions().decision(c.facts.id);
        QCOMPARE(m_store->cases().isDecided(c.facts.id), bool(d));
        if (!d) {
            QVERIFY(!c.decision || c.decision->outcome == Outcome::None);
            continue;
        }
        QVERIFY(c.decision);
        ++decided;
        overrides += d->isOverride;
        QCOMPARE(d->agent, c.decision->agent);
        QCOMPARE(d->decidedAt, c.decision->decidedAt);
        if (c.decision->outcome != Outcome::None) {
            ++planned;
            QCOMPARE(d->outcome, c.decision->outcome);
            QCOMPARE(d->note, c.decision->note);
        } else {
            QVERIFY(!d->isOverride);
        }
    }
    QCOMPARE(decided, summary.decided);
    QCOMPARE(overrides, summary.overrides);
    QVERIFY(planned > 0);

    // Decisions recorded strikes, and repeat offenders' bundle history counts too.
    QVERIFY(!m_store->strikes().strikeCounts().isEmpty());

    // A stored case reads back as generated.
    const DemoCase c = gen.generate(137);
    const std::optional<CaseFacts> stored = m_store->cases().load(c.facts.id);
    QVERIFY(stored);
    QCOMPARE(stored->messages.size(), c.facts.messages.size());
    QCOMPARE(stored->messages.last().text, c.facts.messages.last().text);
    QCOMPARE(stored->parties.first().kycName, c.facts.parties.first().kycName);
}

// A fresh desk is filled with its plain indexes dropped and made again at the end (issue 16): the same
// indexes, with the same statements, and the queries that use them find the cases.
void TestDemoLoader::freshDeskKeepsItsIndexes()
{
    const QStringList before = indexes(*m_db);
    QVERIFY(before.filter(QStringLiteral("|CREATE INDEX cases_status_sla ")).size() == 1);
    const DemoSummary summary = DemoLoader::fill(*m_db, *m_store, 300, 5, DemoGenerator::defaultReferenceNow());
    QVERIFY2(summary.ok(), qPrintable(summary.error));
    QCOMPARE(indexes(*m_db), before);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM cases INDEXED BY cases_status_sla")) && q.next());
    QCOMPARE(q.value(0).toInt(), 300);
}

// A fresh desk is filled in one transaction: a batch that fails after others were written leaves no case,
// and every index is there.
void TestDemoLoader::failingFillOfAFreshDeskStoresNothing()
{
    const QStringList before = indexes(*m_db);
    // (Not a TEMP trigger: the fill's BulkWriteScope sets temp_store, which drops the temporary schema.)
    QVERIFY(m_db->exec(QStringLiteral("CREATE TRIGGER fail_late BEFORE INSERT ON decisions"
                                      " WHEN (SELECT count(*) FROM cases) > %1"
                                      " BEGIN SELECT RAISE(ABORT, 'injected failure'); END")
                           .arg(DemoLoader::BatchSize)));
    const DemoSummary summary
        = DemoLoader::fill(*m_db, *m_store, DemoLoader::BatchSize + 500, 11, DemoGenerator::defaultReferenceNow());
    QVERIFY(!summary.ok());
    QVERIFY2(summary.error.contains(QStringLiteral("injected failure")), qPrintable(summary.error));
    QCOMPARE(summary.cases, 0);
    QCOMPARE(summary.decided, 0);
    QCOMPARE(m_store->cases().count(), qint64(0));
    QCOMPARE(indexes(*m_db), before);
    QVERIFY(m_db->exec(QStringLiteral("DROP TRIGGER fail_late")));

    // The desk is still fresh: a second fill stores everything.
    const DemoSummary again = DemoLoader::fill(*m_db, *m_store, 200, 11, DemoGenerator::defaultReferenceNow());
    QVERIFY2(again.ok(), qPrintable(again.error));
    QCOMPARE(m_store->cases().count(), qint64(200));
    QCOMPARE(indexes(*m_db), before);
}

void TestDemoLoader::refillSkipsExistingCases()
{
    const QDateTime now = DemoGenerator::defaultReferenceNow();
    QVERIFY(DemoLoader::fill(*m_db, *m_store, 50, 5, now).ok());
    const DemoSummary again = DemoLoader::fill(*m_db, *m_store, 80, 5, now);
    QVERIFY2(again.ok(), qPrintable(again.error));
    QCOMPARE(again.skipped, 50);
    QCOMPARE(again.cases, 30);
    QCOMPARE(m_store->cases().count(), qint64(80));
}

void TestDemoLoader::rejectsABadCount()
{
    const DemoSummary summary = DemoLoader::fill(*m_db, *m_store, -1, 1, DemoGenerator::defaultReferenceNow());
    QVERIFY(!summary.ok());
    QCOMPARE(summary.cases, 0);
    QCOMPARE(m_store->cases().count(), qint64(0));
}

void TestDemoLoader::writesABundleThatReadsBack_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("jsonl") << QStringLiteral("demo.jsonl");
    QTest::newRow("json") << QStringLiteral("demo.json");
}

void TestDemoLoader::writesABundleThatReadsBack()
{
    QFETCH(QString, name);
    const QString path = m_dir.filePath(name);
    const int count = 400;
    QString error;
    QVERIFY2(DemoLoader::writeBundle(path, count, 9, DemoGenerator::defaultReferenceNow(), &error), qPrintable(error));

    const DemoGenerator gen(9);
    BundleReader reader(path);
    QVERIFY(reader.open());
    CaseFacts facts;
    int read = 0;
    for (;;) {
        const BundleReader::Result r = reader.next(&facts);
        if (r == BundleReader::EndOfFile)
            break;
        QVERIFY2(r == BundleReader::CaseRead, qPrintable(reader.error().toString()));
        const CaseFacts expected = gen.generate(read).facts;
        QCOMPARE(facts.id, expected.id);
        QCOMPARE(facts.messages.size(), expected.messages.size());
        QCOMPARE(facts.events.size(), expected.events.size());
        QCOMPARE(facts.history, expected.history);
        ++read;
    }
    QCOMPARE(read, count);
}

void TestDemoLoader::bundleImportsCleanly()
{
    const QString path = m_dir.filePath(QStringLiteral("import.jsonl"));
    const QDateTime now = DemoGenerator::defaultReferenceNow();
    QString error;
    QVERIFY2(DemoLoader::writeBundle(path, 300, 4, now, &error), qPrintable(error));
    const FixedClock clock(now);
    Importer importer(*m_db, *m_store, clock);
    const ImportReport report = importer.importFile(path);
    QVERIFY2(report.complete(), qPrintable(report.messages().join(QLatin1Char('\n')) + report.storeError));
    QCOMPARE(report.imported, 300);
    QCOMPARE(m_store->cases().count(), qint64(300));
    const CaseFacts expected = DemoGenerator(4, now).generate(137).facts;
    const std::optional<CaseFacts> imported = m_store->cases().load(expected.id);
    QVERIFY(imported);
    QCOMPARE(imported->messages.size(), expected.messages.size());
    QCOMPARE(imported->messages.first().text, expected.messages.first().text);
}

void TestDemoLoader::unwritableBundleLeavesNoFile()
{
    const QString path = m_dir.filePath(QStringLiteral("missing-folder/demo.jsonl"));
    QString error;
    QVERIFY(!DemoLoader::writeBundle(path, 10, 1, DemoGenerator::defaultReferenceNow(), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestDemoLoader)
#include "tst_demoloader.moc"
