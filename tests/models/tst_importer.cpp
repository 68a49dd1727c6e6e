#include "BundleReader.h"
#include "BundleWriter.h"
#include "CaseService.h"
#include "CaseStore.h"
#include "Clock.h"
#include "Database.h"
#include "Importer.h"
#include "PolicyEngine.h"

#include <QCryptographicHash>
#include <QDir>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString DataDir = QStringLiteral(APPEALDESK_TEST_DATA);

CaseFacts exampleCase()
{
    BundleReader reader(DataDir + QStringLiteral("/good/example.json"));
    CaseFacts facts;
    if (!reader.open() || reader.next(&facts) != BundleReader::CaseRead)
        qFatal("tests/data/good/example.json does not read");
    return facts;
}

} // namespace

class tst_Importer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void goodFiles_data();
    void goodFiles();
    void badFileLeavesDatabaseUnchanged_data();
    void badFileLeavesDatabaseUnchanged();
    void skipInvalidStoresTheValidCases();
    void existingCaseSkippedUnlessReplace();
    void decidedCaseNeverReplaced();
    void cancelStoresNothing();
    void suggestionFillsQueueColumns();

private:
    // Row counts of every table and a hash of every row, in a stable order.
    QByteArray snapshot() const;
    QString writeBundle(const QString& name, const QList<QByteArray>& lines) const;
    QByteArray caseLine(const QString& id) const;
    ImportReport import(const QString& path, const ImportOptions& options = ImportOptions())
    {
        Importer importer(*m_db, *m_store, m_clock);
        importer.setOptions(options);
        return importer.importFile(path);
    }

    QTemporaryDir m_dir;
    FixedClock m_clock { QDateTime(QDate(2026, 11, 21), QTime(10, 0), Qt::UTC) };
    CaseFacts m_example;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CaseStore> m_store;
    int m_connection = 0;
};

void tst_Importer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_example = exampleCase();
}

void tst_Importer::init()
{
    ++m_connection;
    m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(m_connection)),
        QStringLiteral("importer-%1").arg(m_connection));
    QVERIFY2(m_db->open(), qPrintable(m_db->error()));
    m_store = std::make_unique<CaseStore>(*m_db);
}

void tst_Importer::cleanup()
{
    m_store.reset();
    m_db.reset();
}

QByteArray tst_Importer::snapshot() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery tables(m_db->connection());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString& table : names) {
        QSqlQuery rows(m_db->connection());
        rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2").arg(table));
        int count = 0;
        while (rows.next()) {
            ++count;
            for (int c = 0; c < rows.record().count(); ++c)
                hash.addData(QByteArray(rows.value(c).toString().toUtf8() + '\x1f'));
        }
        hash.addData(QByteArray(table.toUtf8() + ':' + QByteArray::number(count) + '\n'));
    }
    return hash.result().toHex();
}

QByteArray tst_Importer::caseLine(const QString& id) const
{
    CaseFacts facts = m_example;
    facts.id = id;
    return BundleWriter::toJson(facts);
}

QString tst_Importer::writeBundle(const QString& name, const QList<QByteArray>& lines) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    for (const QByteArray& line : lines)
        file.write(line + '\n');
    return path;
}

void tst_Importer::goodFiles_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(DataDir + QStringLiteral("/good"));
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << dir.filePath(name);
}

void tst_Importer::goodFiles()
{
    QFETCH(QString, path);
    const ImportReport report = import(path);
    QVERIFY2(report.complete(), qPrintable(report.messages().join(QLatin1Char('\n'))));
    QVERIFY(report.imported > 0);
    QCOMPARE(m_store->cases().count(), qint64(report.imported));
    QVERIFY(report.messages().isEmpty());
}

void tst_Importer::badFileLeavesDatabaseUnchanged_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("skipInvalid");
    const QDir dir(DataDir + QStringLiteral("/bad"));
    const QStringList names = dir.entryList(QDir::Files, QDir::Name);
    QVERIFY(names.size() >= 40);
    for (const QString& name : names)
        QTest::newRow(qPrintable(name)) << dir.filePath(name) << false;
    // Files that cannot be read to the end are rejected whole even with --skip-invalid.
    for (const char* name : { "truncated.json", "invalid-utf8.jsonl", "duplicate-ids.json", "utf16.json" })
        QTest::newRow(qPrintable(QStringLiteral("skip-invalid %1").arg(QLatin1String(name))))
            << dir.filePath(QLatin1String(name)) << true;
}

void tst_Importer::badFileLeavesDatabaseUnchanged()
{
    QFETCH(QString, path);
    QFETCH(bool, skipInvalid);
    QVERIFY(import(DataDir + QStringLiteral("/good/blank-lines.jsonl")).complete());
    const qint64 before = m_store->cases().count();
    const QByteArray state = snapshot();

    ImportOptions options;
    options.skipInvalid = skipInvalid;
    const ImportReport report = import(path, options);
    QVERIFY(!report.complete());
    QVERIFY(!report.errors.isEmpty());
    const QString first = report.errors.first().toString();
    // "file:line:col: message", the file as given.
    QVERIFY2(QRegularExpression(QStringLiteral("^%1:\\d+:\\d+: .+").arg(QRegularExpression::escape(path)))
                 .match(first)
                 .hasMatch(),
        qPrintable(first));
    if (!skipInvalid) {
        QVERIFY(report.fileRejected);
        QCOMPARE(report.imported, 0);
    }
    if (report.fileRejected || report.imported == 0) {
        QCOMPARE(m_store->cases().count(), before);
        QCOMPARE(snapshot(), state);
    }
}

void tst_Importer::skipInvalidStoresTheValidCases()
{
    QByteArray broken = caseLine(QStringLiteral("AP-BAD"));
    broken.replace("\"1575.00\"", "1575.00"); // amounts must be strings
    const QString path = writeBundle(
        QStringLiteral("mixed.jsonl"), { caseLine(QStringLiteral("AP-1")), broken, caseLine(QStringLiteral("AP-2")) });

    const QByteArray state = snapshot();
    const ImportReport strict = import(path);
    QVERIFY(strict.fileRejected);
    QCOMPARE(strict.errors.size(), 1);
    QCOMPARE(strict.errors.first().line, 2);
    QCOMPARE(strict.errors.first().caseId, QStringLiteral("AP-BAD"));
    QCOMPARE(snapshot(), state);

    ImportOptions options;
    options.skipInvalid = true;
    const ImportReport lenient = import(path, options);
    QVERIFY(!lenient.fileRejected);
    QVERIFY(!lenient.complete());
    QCOMPARE(lenient.imported, 2);
    QCOMPARE(lenient.errors.size(), 1);
    QVERIFY(m_store->cases().exists(QStringLiteral("AP-1")));
    QVERIFY(m_store->cases().exists(QStringLiteral("AP-2")));
    QVERIFY(!m_store->cases().exists(QStringLiteral("AP-BAD")));
}

void tst_Importer::existingCaseSkippedUnlessReplace()
{
    const QString first = writeBundle(QStringLiteral("first.jsonl"), { caseLine(QStringLiteral("AP-1")) });
    QVERIFY(import(first).complete());

    CaseFacts changed = m_example;
    changed.id = QStringLiteral("AP-1");
    changed.language = QStringLiteral("en");
    const QString second = writeBundle(
        QStringLiteral("second.jsonl"), { BundleWriter::toJson(changed), caseLine(QStringLiteral("AP-2")) });

    const QByteArray state = snapshot();
    const ImportReport skipped = import(second);
    QCOMPARE(skipped.skipped, QStringList { QStringLiteral("AP-1") });
    QCOMPARE(skipped.imported, 1);
    QVERIFY(!skipped.complete());
    QVERIFY(skipped.messages().first().contains(QLatin1String("AP-1")));
    QCOMPARE(m_store->cases().load(QStringLiteral("AP-1"))->language, QStringLiteral("sv"));
    QVERIFY(snapshot() != state);

    ImportOptions options;
    options.replace = true;
    const ImportReport replaced = import(second, options);
    QCOMPARE(replaced.replaced, 2);
    QVERIFY(replaced.complete());
    QCOMPARE(m_store->cases().count(), 2);
    QCOMPARE(m_store->cases().load(QStringLiteral("AP-1"))->language, QStringLiteral("en"));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM case_search")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
}

void tst_Importer::decidedCaseNeverReplaced()
{
    const QString path = writeBundle(QStringLiteral("one.jsonl"), { caseLine(QStringLiteral("AP-1")) });
    QVERIFY(import(path).complete());
    DecisionRecord d;
    d.caseId = QStringLiteral("AP-1");
    d.agent = QStringLiteral("agent.anna");
    d.decidedAt = m_clock.now();
    Suggestion s;
    s.caseId = d.caseId;
    s.outcome = d.outcome;
    DecisionRequest request;
    request.caseId = d.caseId;
    request.agent = d.agent;
    QVERIFY2(m_store->decisions().decide(CaseService::recordFor(s, request, d.decidedAt), s),
        qPrintable(m_store->decisions().lastError()));
    const QByteArray state = snapshot();

    ImportOptions options;
    options.replace = true;
    const ImportReport report = import(path, options);
    QCOMPARE(report.decidedNotReplaced, QStringList { QStringLiteral("AP-1") });
    QCOMPARE(report.replaced, 0);
    QVERIFY(!report.complete());
    QVERIFY(report.messages().first().contains(QLatin1String("decided")));
    QCOMPARE(snapshot(), state);
}

void tst_Importer::cancelStoresNothing()
{
    QList<QByteArray> lines;
    for (int i = 0; i < 1500; ++i) // more than one batch of search rows
        lines << caseLine(QStringLiteral("AP-C-%1").arg(i));
    const QString path = writeBundle(QStringLiteral("many.jsonl"), lines);
    const QByteArray state = snapshot();

    std::atomic<bool> cancel { false };
    int progressCalls = 0;
    Importer importer(*m_db, *m_store, m_clock);
    importer.setCancelFlag(&cancel);
    importer.setProgressCallback([&](qint64 done, qint64 total) {
        ++progressCalls;
        QVERIFY(done > 0 && done <= total);
        cancel = true;
    });
    const ImportReport report = importer.importFile(path);
    QVERIFY(report.cancelled);
    QVERIFY(report.fileRejected);
    QVERIFY(progressCalls >= 1);
    QCOMPARE(m_store->cases().count(), 0);
    QCOMPARE(snapshot(), state);

    // The same file without cancelling: all of it, with progress up to the end.
    cancel = false;
    qint64 last = 0;
    Importer second(*m_db, *m_store, m_clock);
    second.setProgressCallback([&](qint64 done, qint64) { last = done; });
    QCOMPARE(second.importFile(path).imported, 1500);
    QCOMPARE(last, QFileInfo(path).size());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM case_search JOIN cases ON cases.id = case_search.rowid"))
        && q.next());
    QCOMPARE(q.value(0).toInt(), 1500);
}

void tst_Importer::suggestionFillsQueueColumns()
{
    const QString path = writeBundle(QStringLiteral("queue.jsonl"), { caseLine(QStringLiteral("AP-Q")) });
    QVERIFY(import(path).complete());
    const PolicyEngine engine(m_store->settings().policySettings());
    const Suggestion expected = engine.suggest(*m_store->cases().load(QStringLiteral("AP-Q")), m_clock.now());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT suggested_outcome, suggested_clause, imported_at FROM cases")) && q.next());
    QCOMPARE(q.value(0).toString(), PolicyIds::toId(expected.outcome));
    QCOMPARE(q.value(1).toString(), expected.clauses.value(0));
    QCOMPARE(q.value(2).toLongLong(), m_clock.now().toMSecsSinceEpoch());
}

QTEST_GUILESS_MAIN(tst_Importer)
#include "tst_importer.moc"
