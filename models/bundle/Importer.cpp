#include "Importer.h"

#include "BulkWriteScope.h"
#include "CaseStore.h"
#include "Clock.h"
#include "Database.h"
#include "ImportChunkReader.h"
#include "ImportJournal.h"
#include "PolicyEngine.h"
#include "Suggestion.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QThread>

namespace {

constexpr int ImportCacheKiB = 256 * 1024;

QString tr(const char* text)
{
    return QCoreApplication::translate("Importer", text);
}

} // namespace

QStringList ImportReport::messages() const
{
    QStringList lines;
    for (const BundleError& e : errors)
        lines << e.toString();
    for (const QString& id : skipped)
        lines << tr("%1: case %2: already imported, left unchanged (--replace replaces it)").arg(file, id);
    for (const QString& id : decidedNotReplaced)
        lines << tr("%1: case %2: already decided, never replaced").arg(file, id);
    // Issue 13, item 9: say what was and was not stored, also when the disk is full.
    if (!storeError.isEmpty())
        lines << tr("%1: not imported: %2; nothing of this file was stored (files imported before it stay)")
                     .arg(file, storeError);
    if (decidedKept > 0)
        lines << QCoreApplication::translate("Importer",
            "%1: %n case(s) of this file were decided by an agent while it was imported and stay stored", nullptr,
            decidedKept)
                     .arg(file);
    if (cancelled)
        lines << tr("%1: import cancelled, nothing of this file was stored").arg(file);
    else if (fileRejected && storeError.isEmpty())
        lines << tr("%1: not imported: the file has errors, nothing of it was stored").arg(file);
    return lines;
}

Importer::Importer(Database& db, CaseStore& store, const Clock& clock)
    : m_db(db)
    , m_store(store)
    , m_clock(clock)
{ }

namespace {

// The import run that CaseRepository stamps the cases with, for the length of one file.
class RunStamp
{
public:
    RunStamp(CaseRepository& cases, qint64 run)
        : m_cases(cases)
    {
        m_cases.setImportRun(run);
    }
    ~RunStamp() { m_cases.setImportRun(0); }

private:
    CaseRepository& m_cases;
};

} // namespace

// One file's import in progress: what importFile() keeps between its chunks.
struct Importer::Run
{
    Run(ImportReport& report, ImportJournal& journal, const PolicyEngine& engine, const QDateTime& now,
        const QString& actor)
        : report(report)
        , journal(journal)
        , engine(engine)
        , now(now)
        , actor(actor)
    { }

    ImportReport& report;
    ImportJournal& journal;
    const PolicyEngine& engine;
    QDateTime now;
    QString actor;
    bool chunked = true;
    bool firstCaseNoted = false;
    QString auditHead;
    ImportChunkReader::Strikes recorded;
    QByteArray fileDigest; // of the whole file, from the reader's last chunk
    QCryptographicHash storedIds { QCryptographicHash::Sha256 };
};

ImportReport Importer::importFile(const QString& path)
{
    ImportReport report;
    report.file = path;
    BundleReader reader(path);
    if (!reader.open()) {
        report.errors << reader.error();
        report.fileRejected = true;
        return report;
    }
    // Keep the file's pages in memory instead of spilling them to the WAL and reading them back.
    const BulkWriteScope bulk(m_db, ImportCacheKiB);

    // A replaced case cannot be put back once a later transaction fails: such a file is one transaction.
    ImportJournal journal(m_db);
    const PolicyEngine engine(m_store.settings().policySettings());
    Run run(report, journal, engine, m_clock.now(),
        m_options.actor.isEmpty() ? qEnvironmentVariable("USER") : m_options.actor);
    run.chunked = !m_options.replace;
    if (run.chunked && !journal.begin(QFileInfo(path).fileName(), run.now)) {
        report.storeError = journal.lastError();
        report.fileRejected = true;
        return report;
    }
    const RunStamp stamp(m_store.cases(), journal.run());
    bool failed = false; // an invalid case without skipInvalid: only validate the rest
    if (!run.chunked && !m_db.beginWrite()) {
        report.storeError = m_db.error();
        failed = true;
    }
    // Strikes only come from decisions, each with an audit entry: the snapshot is read again only
    // when the audit head moved (an agent decided or voided something between two transactions).
    run.auditHead = m_store.audit().head();
    run.recorded = std::make_shared<const StrikeHistory>(m_store.strikes().recordedStrikes(QStringList()));

    // Issue 16: each chunk is read, validated and judged outside any transaction, on the reader's own
    // thread while the chunk before it is written, then written in one short write transaction, sized
    // by the time the last one held the writers' turn (issue 13, item 10).
    ImportChunkReader chunks(
        reader, path, engine, run.now, run.recorded, ChunkMinCases, m_options.skipInvalid, m_cancel);
    for (bool endOfFile = false; !endOfFile;) {
        ImportChunkReader::Chunk chunk = chunks.next();
        endOfFile = chunk.endOfFile;
        report.errors << chunk.errors;
        // The reader reads ahead: a cancel also stops the chunks it has read already.
        report.cancelled = chunk.cancelled || (m_cancel && m_cancel->load(std::memory_order_relaxed));
        failed = failed || chunk.failed;
        if (endOfFile)
            run.fileDigest = chunk.fileDigest;
        if (m_progress)
            m_progress(chunk.bytesRead, chunk.totalBytes);
        if (report.cancelled)
            break;
        if (failed)
            continue; // read on to the end for the other errors, storing nothing
        if (run.chunked && !m_db.beginWrite()) {
            report.storeError = m_db.error();
            failed = true;
            break;
        }
        QElapsedTimer turn;
        turn.start();
        if (!writeChunk(run, chunk) || (endOfFile && !finishFile(run, path))) {
            failed = true;
            break;
        }
        if (run.recorded != chunk.judgedOn)
            chunks.setStrikes(run.recorded);
        if (run.chunked) {
            if (!m_db.commit()) {
                report.storeError = m_db.error();
                failed = true;
                break;
            }
            // The next chunk holds the turn about ChunkMs, at the rate this one was written.
            const double msPerCase = double(turn.nsecsElapsed()) / 1e6 / qMax<qsizetype>(1, chunk.cases.size());
            chunks.setChunkCases(qBound(ChunkMinCases, int(ChunkMs / qMax(msPerCase, 0.001)), ChunkCases));
            if (!endOfFile) {
                if (m_betweenChunks)
                    m_betweenChunks();
                QThread::msleep(PauseMs); // the other writers' turn
            }
        }
    }
    if (!failed && !report.cancelled && !run.chunked && !m_db.commit()) {
        report.storeError = m_db.error();
        failed = true;
    }
    if (failed || report.cancelled) {
        if (m_db.inTransaction())
            m_db.rollback();
        // The transactions committed before: deleted again (or at the next open, if that fails too).
        if (run.chunked && !journal.rollBack(&report.decidedKept) && report.storeError.isEmpty())
            report.storeError = journal.lastError();
        report.fileRejected = true;
        report.imported = 0;
        report.replaced = 0;
        report.skipped.clear();
        report.decidedNotReplaced.clear();
    }
    if (m_progress)
        m_progress(reader.bytesRead(), reader.totalBytes());
    return report;
}

// Inside a write transaction: the chunk's new cases through the bulk path, each existing one
// skipped or replaced, in the file's order.
bool Importer::writeChunk(Run& run, ImportChunkReader::Chunk& read)
{
    ImportReport& report = run.report;
    CaseRepository& cases = m_store.cases();
    QList<NewCase>& chunk = read.cases;
    if (const QString head = m_store.audit().head(); head != run.auditHead) {
        // An agent decided since the snapshot: read again, and the reader judges on it from now on.
        run.auditHead = head;
        run.recorded = std::make_shared<const StrikeHistory>(m_store.strikes().recordedStrikes(QStringList()));
    }
    if (read.judgedOn != run.recorded) {
        // The chunk was judged on an older snapshot: judged again on the strikes as they are now.
        for (NewCase& c : chunk)
            c.suggestion = ImportChunkReader::judge(run.engine, c.facts, run.now, *run.recorded);
    }
    QList<NewCase> fresh;
    QSet<QString> inFresh;
    const auto store = [&] {
        if (fresh.isEmpty())
            return true;
        qint64 firstRef = 0;
        if (!cases.insertAll(fresh, run.now, &firstRef))
            return fail(report, cases.lastError());
        if (!run.firstCaseNoted && run.chunked) {
            // The roll-back deletes the run's cases from its first row id on.
            run.firstCaseNoted = true;
            if (!run.journal.setFirstCase(firstRef))
                return fail(report, run.journal.lastError());
        }
        report.imported += int(fresh.size());
        for (const NewCase& c : std::as_const(fresh)) {
            run.storedIds.addData(c.facts.id.toUtf8());
            run.storedIds.addData("\n");
        }
        fresh.clear();
        inFresh.clear();
        return true;
    };
    // Issue 16: the chunk's stored cases in a few look-ups, kept up to date below with what this chunk
    // stores, so that a case the file names again is seen as the file's order leaves it.
    QStringList ids;
    ids.reserve(chunk.size());
    for (const NewCase& c : std::as_const(chunk))
        ids << c.facts.id;
    QHash<QString, CaseRepository::StoredCase> stored;
    if (!cases.lookUpAll(ids, &stored))
        return fail(report, cases.lastError());
    for (NewCase& c : chunk) {
        if (inFresh.contains(c.facts.id) && !store()) // the file names a case twice: the first is stored first
            return false;
        const auto found = stored.constFind(c.facts.id);
        if (found == stored.cend()) {
            stored.insert(c.facts.id, CaseRepository::StoredCase {}); // stored, undecided, from here on
            inFresh.insert(c.facts.id);
            fresh.append(std::move(c));
            continue;
        }
        if (found->decided) {
            report.decidedNotReplaced << c.facts.id;
            continue;
        }
        if (!m_options.replace) {
            report.skipped << c.facts.id;
            continue;
        }
        // Issue 13, item 2: --replace can change what the policy suggests; each replacement is on record.
        if (!store() || !cases.remove(c.facts.id) || !cases.insertAll({ c }, run.now))
            return report.storeError.isEmpty() ? fail(report, cases.lastError()) : false;
        if (!m_store.audit().append(run.actor, QStringLiteral("replace"), c.facts.id, QString(),
                QString::fromUtf8(c.suggestion.toRecordJsonLine()), run.now))
            return fail(report, m_store.audit().lastError());
        ++report.replaced;
        run.storedIds.addData(c.facts.id.toUtf8());
        run.storedIds.addData("\n");
    }
    if (!store())
        return false;
    run.auditHead = m_store.audit().head(); // this import's own entries do not change the strikes
    return true;
}

// Inside the file's last write transaction: its audit entry, and the end of its run.
bool Importer::finishFile(Run& run, const QString& path)
{
    ImportReport& report = run.report;
    // Issue 13, item 2: one entry per imported file, with the file's digest and the ids it stored.
    if (report.imported > 0 || report.replaced > 0) {
        const QJsonObject entry { { QStringLiteral("file"), QFileInfo(path).fileName() },
            { QStringLiteral("sha256"), QString::fromLatin1(run.fileDigest) },
            { QStringLiteral("imported"), report.imported }, { QStringLiteral("replaced"), report.replaced },
            { QStringLiteral("skipped"), int(report.skipped.size() + report.decidedNotReplaced.size()) },
            { QStringLiteral("ids_sha256"), QString::fromLatin1(run.storedIds.result().toHex()) } };
        if (!m_store.audit().append(run.actor, QStringLiteral("import"), QFileInfo(path).fileName(), QString(),
                QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact)), run.now))
            return fail(report, m_store.audit().lastError());
    }
    // The file is imported when this transaction's commit removes its run.
    if (run.chunked && !run.journal.finish())
        return fail(report, run.journal.lastError());
    return true;
}

bool Importer::fail(ImportReport& report, const QString& error)
{
    report.storeError = error;
    return false;
}
