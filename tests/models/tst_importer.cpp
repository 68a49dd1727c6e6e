#include "AuditReconciler.h"
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
    void storedCasesFoundAcrossLookUpBatches();
    void cancelStoresNothing();
    void suggestionFillsQueueColumns();
    void decideWhileImportIsBetweenChunks();
    void failedImportRollsBackCommittedChunks();
    void interruptedImportRolledBackAtOpen();
    void bulkImportIsAuditedCountedAndSearchable();

private:
    // Row counts of every table and a hash of every row, in a stable order.
    // `searchSegments` false: without FTS5's own tables (case_search_data, _idx, ...), whose segments
    // keep the marks of deleted rows: a roll-back by deletion leaves the same rows, not the same pages.
    QByteArray snapshot(bool searchSegments = true) const;
    QString writeBundle(const QString& name, const QList<QByteArray>& lines) const;
    QByteArray caseLine(const QString& id) const;
    // More cases than one write transaction of the import takes.
    QString writeLargeBundle(const QString& name, const QString& prefix, const QByteArray& lastLine = QByteArray());
    qint64 scalar(const QString& sql) const
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }
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

QByteArray tst_Importer::snapshot(bool searchSegments) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery tables(m_db->connection());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (tables.next()) {
        const QString name = tables.value(0).toString();
        if (searchSegments || !name.startsWith(QLatin1String("case_search_")))
            names << name;
    }
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

QString tst_Importer::writeLargeBundle(const QString& name, const QString& prefix, const QByteArray& lastLine)
{
    QList<QByteArray> lines;
    for (int i = 0; i < Importer::ChunkCases + 500; ++i)
        lines << caseLine(QStringLiteral("%1-%2").arg(prefix).arg(i));
    if (!lastLine.isEmpty())
        lines << lastLine;
    return writeBundle(name, lines);
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

// Issue 16: the cases of a chunk are looked up together, in batches: a file that mixes new, stored and
// decided cases over more than one batch stores, skips and reports each of them in the file's order.
void tst_Importer::storedCasesFoundAcrossLookUpBatches()
{
    const int stored = CaseRepository::LookUpBatch + 50;
    QList<QByteArray> first;
    for (int i = 0; i < stored; i += 2)
        first << caseLine(QStringLiteral("AP-%1").arg(i));
    QVERIFY(import(writeBundle(QStringLiteral("first.jsonl"), first)).complete());
    const QString decidedId = QStringLiteral("AP-%1").arg(CaseRepository::LookUpBatch + 10);
    Suggestion s;
    s.caseId = decidedId;
    DecisionRequest request;
    request.caseId = decidedId;
    request.agent = QStringLiteral("agent.anna");
    QVERIFY2(m_store->decisions().decide(CaseService::recordFor(s, request, m_clock.now()), s),
        qPrintable(m_store->decisions().lastError()));

    QList<QByteArray> second;
    QStringList skipped;
    for (int i = 0; i < stored + 30; ++i) {
        const QString id = QStringLiteral("AP-%1").arg(i);
        second << caseLine(id);
        if (i % 2 == 0 && i < stored && id != decidedId)
            skipped << id;
    }
    const ImportReport report = import(writeBundle(QStringLiteral("second.jsonl"), second));
    QCOMPARE(report.skipped, skipped);
    QCOMPARE(report.decidedNotReplaced, QStringList { decidedId });
    QCOMPARE(report.imported, stored / 2 + 30);
    QVERIFY(report.storeError.isEmpty());
    QCOMPARE(m_store->cases().count(), stored + 30);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM case_search")), stored + 30);

    ImportOptions options;
    options.replace = true;
    const ImportReport replaced = import(writeBundle(QStringLiteral("second.jsonl"), second), options);
    QCOMPARE(replaced.replaced, stored + 29);
    QCOMPARE(replaced.decidedNotReplaced, QStringList { decidedId });
    QCOMPARE(replaced.imported, 0);
    QCOMPARE(m_store->cases().count(), stored + 30);
}

void tst_Importer::cancelStoresNothing()
{
    QList<QByteArray> lines;
    for (int i = 0; i < 1500; ++i) // more than one batch of search rows
        lines << caseLine(QStringLiteral("AP-C-%1").arg(i));
    const QString path = writeBundle(QStringLiteral("many.jsonl"), lines);
    const QByteArray state = snapshot(false);

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
    QCOMPARE(snapshot(false), state);
    QSqlQuery search(m_db->connection());
    QVERIFY(search.exec(QStringLiteral("SELECT COUNT(*) FROM case_search WHERE body GLOB '*ap-c*'")));
    QVERIFY(search.next());
    QCOMPARE(search.value(0).toInt(), 0);

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

// Issue 13, item 10: an import leaves the writers' turn between its transactions; an agent
// decides on another connection while the import is held there, and the file still ends whole.
void tst_Importer::decideWhileImportIsBetweenChunks()
{
    QVERIFY(import(writeBundle(QStringLiteral("first.jsonl"), { caseLine(QStringLiteral("AP-D")) })).complete());
    const QString path = writeLargeBundle(QStringLiteral("large.jsonl"), QStringLiteral("AP-L"));
    const qint64 total = Importer::ChunkCases + 500;

    int pauses = 0;
    bool decided = false;
    Importer importer(*m_db, *m_store, m_clock);
    importer.setBetweenChunks([&] {
        if (pauses++ > 0)
            return;
        Database agentDb(m_db->path(), QStringLiteral("agent-%1").arg(m_connection));
        QVERIFY2(agentDb.open(), qPrintable(agentDb.error()));
        CaseStore agentStore(agentDb);
        CaseService service(agentDb, agentStore, m_clock);
        // The cases written so far are there, the rest is still to come, and the run is on record.
        QSqlQuery q(agentDb.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM cases WHERE case_id LIKE 'AP-L-%'")) && q.next());
        QVERIFY(q.value(0).toLongLong() > 0 && q.value(0).toLongLong() < total);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM import_runs")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        const std::optional<Suggestion> suggestion = service.suggest(QStringLiteral("AP-D"), m_clock.now());
        QVERIFY2(suggestion, qPrintable(service.lastError()));
        DecisionRequest request;
        request.caseId = QStringLiteral("AP-D");
        request.agent = QStringLiteral("agent.anna");
        request.outcome = suggestion->outcome;
        request.confirmed = *suggestion;
        request.note = QStringLiteral("decided during an import");
        const DecisionResult result = service.decide(request);
        QVERIFY2(result.stored(), qPrintable(result.error));
        decided = true;
    });
    const ImportReport report = importer.importFile(path);
    QVERIFY2(report.complete(), qPrintable(report.messages().join(QLatin1Char('\n'))));
    QCOMPARE(report.imported, int(total));
    QVERIFY(pauses >= 1);
    QVERIFY(decided);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM cases WHERE case_id LIKE 'AP-L-%'")), total);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM case_search")), total + 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM import_runs")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM cases WHERE case_id = 'AP-D' AND status = 'decided'")), 1);
}

// The file's last case is invalid after several committed transactions: the committed cases go again,
// and what the database held before is unchanged (the user directory aside: see ImportJournal).
void tst_Importer::failedImportRollsBackCommittedChunks()
{
    QVERIFY(import(writeBundle(QStringLiteral("first.jsonl"), { caseLine(QStringLiteral("AP-F")) })).complete());
    const qint64 audit = scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    const QString path
        = writeLargeBundle(QStringLiteral("bad.jsonl"), QStringLiteral("AP-B"), QByteArray("{\"not\": \"a case\"}"));
    int pauses = 0;
    Importer importer(*m_db, *m_store, m_clock);
    importer.setBetweenChunks([&] { ++pauses; });
    const ImportReport report = importer.importFile(path);
    QVERIFY(pauses >= 1); // some cases had been committed
    QVERIFY(report.fileRejected);
    QCOMPARE(report.imported, 0);
    QCOMPARE(report.errors.size(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM cases")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM case_search")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM messages")),
        scalar(QStringLiteral("SELECT COUNT(*) FROM messages m JOIN cases c ON c.id = m.case_ref"
                              " WHERE c.case_id = 'AP-F'")));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM import_runs")), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit);
}

// An importer that dies between two transactions (simulated: its run is left on record, its cases
// half there, and nobody holds the importers' lock) is rolled back by the next open.
void tst_Importer::interruptedImportRolledBackAtOpen()
{
    QVERIFY(import(writeBundle(QStringLiteral("first.jsonl"), { caseLine(QStringLiteral("AP-K")) })).complete());
    const QString path = writeLargeBundle(QStringLiteral("killed.jsonl"), QStringLiteral("AP-X"));
    std::atomic<bool> cancel { false };
    Importer importer(*m_db, *m_store, m_clock);
    importer.setCancelFlag(&cancel);
    QList<QVariantList> runs;
    importer.setBetweenChunks([&] {
        // What a kill here would leave: copy the run's row, to put it back after the importer's own roll-back.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id, file, started_at, first_ref FROM import_runs")));
        while (q.next())
            runs.append({ q.value(0), q.value(1), q.value(2), q.value(3) });
        cancel = true;
    });
    QVERIFY(importer.importFile(path).cancelled);
    QCOMPARE(runs.size(), 1);
    // Put the half-written file back as a dead importer leaves it: its run and some of its cases.
    QVERIFY(import(writeBundle(QStringLiteral("half.jsonl"),
                       { caseLine(QStringLiteral("AP-X-0")), caseLine(QStringLiteral("AP-X-1")) }))
                .complete());
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO import_runs (id, file, started_at, first_ref, users_before)"
                                  " SELECT %1, 'killed.jsonl', 0, MIN(id), 0 FROM cases WHERE case_id LIKE 'AP-X-%'")
                       .arg(runs.first().value(0).toLongLong())));
    QVERIFY(q.exec(QStringLiteral("UPDATE cases SET import_run = %1 WHERE case_id LIKE 'AP-X-%'")
                       .arg(runs.first().value(0).toLongLong())));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM cases")), 3);

    // A second connection while this one's importer lock is not held: the run is rolled back.
    Database other(m_db->path(), QStringLiteral("reopen-%1").arg(m_connection));
    QVERIFY2(other.open(), qPrintable(other.error()));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM cases")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM case_search")), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM import_runs")), 0);
}

// Issue 16: a file written in several chunks through the bulk path, with a case already stored: every new case once, in
// the file's order, the status counts as the rows are, the search finds each case's text, one audit entry for the file,
// and the chain and the live rows verify.
void tst_Importer::bulkImportIsAuditedCountedAndSearchable()
{
    QVERIFY(import(writeBundle(QStringLiteral("first.jsonl"), { caseLine(QStringLiteral("AP-E")) })).complete());
    QList<QByteArray> lines;
    const int total = Importer::ChunkMinCases * 3 + 7;
    for (int i = 0; i < total; ++i) {
        CaseFacts facts = m_example;
        facts.id = QStringLiteral("AP-M-%1").arg(i);
        facts.messages.last().text = QStringLiteral("สวัสดี Здравей %1").arg(i);
        lines << BundleWriter::toJson(facts);
        if (i == 10)
            lines << caseLine(QStringLiteral("AP-E")); // stored before: skipped
    }
    const ImportReport report = import(writeBundle(QStringLiteral("many.jsonl"), lines));
    QVERIFY2(!report.fileRejected, qPrintable(report.messages().join(QLatin1Char('\n'))));
    QCOMPARE(report.imported, total);
    QCOMPARE(report.skipped, QStringList { QStringLiteral("AP-E") });
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM cases")), qint64(total + 1));
    // Row ids follow the file.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM cases a JOIN cases b ON b.id = a.id + 1"
                                   " WHERE a.case_id = 'AP-M-41' AND b.case_id = 'AP-M-42'")),
        qint64(1));
    QCOMPARE(scalar(QStringLiteral("SELECT SUM(n) FROM case_counts")), qint64(total + 1));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM cases c JOIN case_counts n ON n.status = c.status")),
        qint64(total + 1));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM case_search")), qint64(total + 1));
    QCOMPARE(
        scalar(QStringLiteral("SELECT COUNT(*) FROM case_search WHERE body GLOB '*สวัสดี*'")), qint64(total));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM case_search WHERE body GLOB '*здравей 756*'")),
        qint64(1));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'import'")), qint64(2));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM import_runs")), qint64(0));
    QVERIFY2(m_store->audit().verifyChain(), qPrintable(m_store->audit().lastError()));
    const AuditReconciliation reconciled = AuditReconciler(m_db->connection()).reconcile();
    QVERIFY2(reconciled.ok, qPrintable(reconciled.problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_Importer)
#include "tst_importer.moc"
