// ImportChunkReader (issue 16): the bundle read and judged on a thread of its own, chunk by chunk,
// in file order, with the errors where the file has them, the cancel flag and the strikes snapshot.
#include "DemoGenerator.h"
#include "DemoLoader.h"
#include "ImportChunkReader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class tst_ImportChunkReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void chunksInFileOrder();
    void invalidCaseFailsTheFileButItsOtherErrorsAreRead();
    void skipInvalidKeepsTheValidCases();
    void cancelStopsTheReading();
    void chunksNameTheSnapshotTheyWereJudgedOn();
    void destroyedHalfWayStopsItsThread();

private:
    // The demo bundle's lines, with `broken` lines put in at the given indexes.
    QString bundle(const QString& name, const QMap<int, QByteArray>& broken = {}) const;
    QList<ImportChunkReader::Chunk> readAll(const QString& path, bool skipInvalid,
        const std::atomic<bool>* cancel = nullptr, ImportChunkReader::Strikes strikes = {});

    QTemporaryDir m_dir;
    QList<QByteArray> m_lines;
    const PolicyEngine m_engine;
    const QDateTime m_now = DemoGenerator::defaultReferenceNow();
};

void tst_ImportChunkReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("demo.jsonl"));
    QString error;
    QVERIFY2(DemoLoader::writeBundle(path, 700, 3, m_now, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_lines = file.readAll().split('\n');
    while (!m_lines.isEmpty() && m_lines.last().isEmpty())
        m_lines.removeLast();
    QCOMPARE(m_lines.size(), 700);
}

QString tst_ImportChunkReader::bundle(const QString& name, const QMap<int, QByteArray>& broken) const
{
    QList<QByteArray> lines = m_lines;
    for (auto it = broken.cbegin(); it != broken.cend(); ++it) // each key is the line's index in the new file
        lines.insert(it.key(), it.value());
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    file.write(lines.join('\n') + '\n');
    return path;
}

QList<ImportChunkReader::Chunk> tst_ImportChunkReader::readAll(
    const QString& path, bool skipInvalid, const std::atomic<bool>* cancel, ImportChunkReader::Strikes strikes)
{
    BundleReader reader(path);
    if (!reader.open())
        return {};
    if (!strikes)
        strikes = std::make_shared<const StrikeHistory>();
    ImportChunkReader chunks(reader, path, m_engine, m_now, strikes, 100, skipInvalid, cancel);
    QList<ImportChunkReader::Chunk> all;
    for (;;) {
        all << chunks.next();
        if (all.last().endOfFile || all.last().cancelled || all.size() > 1000)
            return all;
    }
}

void tst_ImportChunkReader::chunksInFileOrder()
{
    const QString path = bundle(QStringLiteral("good.jsonl"));
    const QList<ImportChunkReader::Chunk> chunks = readAll(path, false);
    QCOMPARE(chunks.size(), 8); // the last one finds the end of the file
    QVERIFY(chunks.last().cases.isEmpty());
    QStringList ids;
    for (const ImportChunkReader::Chunk& c : chunks) {
        QCOMPARE(c.cases.size(), c.endOfFile ? 0 : 100);
        QVERIFY(!c.failed);
        QVERIFY(c.errors.isEmpty());
        for (const NewCase& n : c.cases) {
            ids << n.facts.id;
            QCOMPARE(n.suggestion.toRecordJsonLine(), m_engine.suggest(n.facts, m_now, StrikeHistory()).toRecordJsonLine());
        }
    }
    QCOMPARE(ids.size(), 700);
    for (int i = 0; i < ids.size(); ++i)
        QVERIFY2(m_lines.at(i).contains(ids.at(i).toUtf8()), qPrintable(ids.at(i)));
    // The digest comes with the last chunk only, of the file as read.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(chunks.last().fileDigest, QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
    QVERIFY(chunks.first().fileDigest.isEmpty());
    QCOMPARE(chunks.last().bytesRead, chunks.last().totalBytes);
    QVERIFY(chunks.first().bytesRead < chunks.last().bytesRead);
}

void tst_ImportChunkReader::invalidCaseFailsTheFileButItsOtherErrorsAreRead()
{
    const QString path = bundle(QStringLiteral("broken.jsonl"), { { 50, "{\"id\": 1}" }, { 650, "{\"id\": 2}" } });
    const QList<ImportChunkReader::Chunk> chunks = readAll(path, false);
    QList<BundleError> errors;
    for (const ImportChunkReader::Chunk& c : chunks) {
        errors << c.errors;
        if (c.failed)
            QVERIFY(c.cases.isEmpty()); // nothing of a failed file is handed on to be written
    }
    QVERIFY(chunks.first().failed);
    QVERIFY(chunks.last().endOfFile);
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.at(0).line, 51);
    QCOMPARE(errors.at(1).line, 651);
    QVERIFY(chunks.last().fileDigest.isEmpty());
}

void tst_ImportChunkReader::skipInvalidKeepsTheValidCases()
{
    const QString path = bundle(QStringLiteral("skip.jsonl"), { { 50, "{\"id\": 1}" }, { 650, "{\"id\": 2}" } });
    const QList<ImportChunkReader::Chunk> chunks = readAll(path, true);
    int cases = 0;
    int errors = 0;
    for (const ImportChunkReader::Chunk& c : chunks) {
        QVERIFY(!c.failed);
        cases += c.cases.size();
        errors += c.errors.size();
    }
    QCOMPARE(cases, 700);
    QCOMPARE(errors, 2);
}

void tst_ImportChunkReader::cancelStopsTheReading()
{
    const QString path = bundle(QStringLiteral("cancel.jsonl"));
    const std::atomic<bool> cancelled { true };
    const QList<ImportChunkReader::Chunk> chunks = readAll(path, false, &cancelled);
    QCOMPARE(chunks.size(), 1);
    QVERIFY(chunks.first().cancelled);
    QVERIFY(chunks.first().cases.isEmpty());
}

void tst_ImportChunkReader::chunksNameTheSnapshotTheyWereJudgedOn()
{
    // Every party of the file with two strikes of each kind: the suggestions differ from the ones without.
    const QString path = bundle(QStringLiteral("strikes.jsonl"));
    auto recorded = std::make_shared<StrikeHistory>();
    {
        BundleReader reader(path);
        QVERIFY(reader.open());
        CaseFacts facts;
        while (reader.next(&facts) == BundleReader::CaseRead)
            for (const Party& p : facts.parties)
                for (const StrikeKind kind : { StrikeKind::AbusiveLanguage, StrikeKind::NonPaymentCancellation,
                         StrikeKind::WrongAccountPayment, StrikeKind::KycNameMismatch, StrikeKind::LiveChatAbuse })
                    (*recorded)[p.userId][kind] = 2;
    }
    const ImportChunkReader::Strikes snapshot = recorded;
    int differs = 0;
    for (const ImportChunkReader::Chunk& c : readAll(path, false, nullptr, snapshot)) {
        QCOMPARE(c.judgedOn, snapshot);
        for (const NewCase& n : c.cases) {
            QCOMPARE(n.suggestion.toRecordJsonLine(),
                ImportChunkReader::judge(m_engine, n.facts, m_now, *snapshot).toRecordJsonLine());
            differs += n.suggestion.toRecordJsonLine()
                    != m_engine.suggest(n.facts, m_now, StrikeHistory()).toRecordJsonLine();
        }
    }
    QVERIFY(differs > 0);

    // A new snapshot is used for the chunks started after it was set.
    BundleReader reader(path);
    QVERIFY(reader.open());
    ImportChunkReader chunks(reader, path, m_engine, m_now, snapshot, 100, false, nullptr);
    const ImportChunkReader::Strikes none = std::make_shared<const StrikeHistory>();
    chunks.setStrikes(none);
    ImportChunkReader::Chunk last;
    do
        last = chunks.next();
    while (!last.endOfFile);
    QCOMPARE(last.judgedOn, none);
}

void tst_ImportChunkReader::destroyedHalfWayStopsItsThread()
{
    const QString path = bundle(QStringLiteral("half.jsonl"));
    BundleReader reader(path);
    QVERIFY(reader.open());
    {
        ImportChunkReader chunks(
            reader, path, m_engine, m_now, std::make_shared<const StrikeHistory>(), 100, false, nullptr);
        QCOMPARE(chunks.next().cases.size(), 100);
    } // the writer gave up: the reader stops after the chunks it had read ahead
    QVERIFY(reader.bytesRead() < reader.totalBytes());
}

QTEST_GUILESS_MAIN(tst_ImportChunkReader)
#include "tst_importchunkreader.moc"
