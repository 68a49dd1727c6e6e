#include "Importer.h"

#include "CaseStore.h"
#include "Clock.h"
#include "Database.h"
#include "ImportJournal.h"
#include "PolicyEngine.h"
#include "SqlDialect.h"
#include "Suggestion.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

namespace {

constexpr int ProgressEvery = 256;
constexpr int ImportCacheKiB = 256 * 1024;

QString tr(const char* text)
{
    return QCoreApplication::translate("Importer", text);
}

QByteArray fileDigest(const QString& path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return QByteArray();
    return hash.result().toHex();
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
    if (const QString cache = m_db.dialect().pageCacheKiB(ImportCacheKiB); !cache.isEmpty())
        m_db.exec(cache);

    const QDateTime now = m_clock.now();
    // A replaced case cannot be put back once a later transaction fails: such a file is one transaction.
    const bool chunked = !m_options.replace;
    ImportJournal journal(m_db);
    if (chunked && !journal.begin(QFileInfo(path).fileName(), now)) {
        report.storeError = journal.lastError();
        report.fileRejected = true;
        return report;
    }
    const RunStamp stamp(m_store.cases(), journal.run());
    bool failed = false; // an invalid case without skipInvalid: only validate the rest
    if (!m_db.beginWrite()) {
        report.storeError = m_db.error();
        failed = true;
    }

    const PolicyEngine engine(m_store.settings().policySettings());
    // Strikes only come from decisions, each with an audit entry: the snapshot is read again only
    // when the audit head moved (an agent decided or voided something between two transactions).
    QString auditHead = m_store.audit().head();
    StrikeHistory recorded = m_store.strikes().recordedStrikes(QStringList());

    const QString actor = m_options.actor.isEmpty() ? qEnvironmentVariable("USER") : m_options.actor;
    QCryptographicHash storedIds(QCryptographicHash::Sha256);
    int sinceProgress = 0;
    int inChunk = 0;
    bool firstCase = true;
    QElapsedTimer chunkTime;
    chunkTime.start();
    CaseFacts facts;
    for (;;) {
        if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
            report.cancelled = true;
            break;
        }
        const BundleReader::Result result = reader.next(&facts);
        if (result == BundleReader::EndOfFile)
            break;
        if (result == BundleReader::FatalError) {
            report.errors << reader.error();
            failed = true;
            break;
        }
        if (result == BundleReader::InvalidCase) {
            report.errors << reader.error();
            failed = failed || !m_options.skipInvalid;
            continue;
        }
        if (++sinceProgress == ProgressEvery) {
            sinceProgress = 0;
            if (m_progress)
                m_progress(reader.bytesRead(), reader.totalBytes());
        }
        if (failed)
            continue;

        if (chunked && (inChunk >= ChunkCases || (inChunk >= ChunkMinCases && chunkTime.elapsed() >= ChunkMs))) {
            if (!m_db.commit()) {
                report.storeError = m_db.error();
                failed = true;
                break;
            }
            if (m_betweenChunks)
                m_betweenChunks();
            QThread::msleep(PauseMs); // the other writers' turn
            if (!m_db.beginWrite()) {
                report.storeError = m_db.error();
                failed = true;
                break;
            }
            if (const QString head = m_store.audit().head(); head != auditHead) {
                auditHead = head;
                recorded = m_store.strikes().recordedStrikes(QStringList());
            }
            inChunk = 0;
            chunkTime.restart();
        }

        bool replacing = false;
        if (m_store.cases().exists(facts.id)) {
            if (m_store.cases().isDecided(facts.id)) {
                report.decidedNotReplaced << facts.id;
                continue;
            }
            if (!m_options.replace) {
                report.skipped << facts.id;
                continue;
            }
            replacing = true;
        }
        StrikeHistory strikes;
        if (!recorded.isEmpty()) {
            for (const Party& p : facts.parties) {
                const auto it = recorded.constFind(p.userId);
                if (it != recorded.cend())
                    strikes.insert(p.userId, it.value());
            }
        }
        const Suggestion suggestion = engine.suggest(facts, now, strikes);
        if ((replacing && !m_store.cases().remove(facts.id)) || !m_store.cases().insert(facts, suggestion, now)) {
            report.storeError = m_store.cases().lastError();
            failed = true;
            break;
        }
        ++inChunk;
        if (chunked && firstCase) {
            firstCase = false;
            const qint64 ref = m_store.cases().rowIdOf(facts.id);
            if (ref <= 0 || !journal.setFirstCase(ref)) {
                report.storeError = ref <= 0 ? m_store.cases().lastError() : journal.lastError();
                failed = true;
                break;
            }
        }
        if (replacing) {
            ++report.replaced;
            // Issue 13, item 2: --replace can change what the policy suggests; each replacement is on record.
            if (!m_store.audit().append(actor, QStringLiteral("replace"), facts.id, QString(),
                    QString::fromUtf8(suggestion.toRecordJsonLine()), now)) {
                report.storeError = m_store.audit().lastError();
                failed = true;
                break;
            }
        } else {
            ++report.imported;
        }
        storedIds.addData(facts.id.toUtf8());
        storedIds.addData("\n");
    }

    // Issue 13, item 2: one entry per imported file, with the file's digest and the ids it stored.
    if (!failed && !report.cancelled && (report.imported > 0 || report.replaced > 0)) {
        const QJsonObject entry { { QStringLiteral("file"), QFileInfo(path).fileName() },
            { QStringLiteral("sha256"), QString::fromLatin1(fileDigest(path)) },
            { QStringLiteral("imported"), report.imported }, { QStringLiteral("replaced"), report.replaced },
            { QStringLiteral("skipped"), int(report.skipped.size() + report.decidedNotReplaced.size()) },
            { QStringLiteral("ids_sha256"), QString::fromLatin1(storedIds.result().toHex()) } };
        if (!m_store.audit().append(actor, QStringLiteral("import"), QFileInfo(path).fileName(), QString(),
                QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact)), now)) {
            report.storeError = m_store.audit().lastError();
            failed = true;
        }
    }
    // The file is imported when this commit removes its run.
    if (!failed && !report.cancelled && chunked && !journal.finish()) {
        report.storeError = journal.lastError();
        failed = true;
    }
    if (!failed && !report.cancelled && !m_db.commit()) {
        report.storeError = m_db.error();
        failed = true;
    }
    if (failed || report.cancelled) {
        if (m_db.inTransaction())
            m_db.rollback();
        // The transactions committed before: deleted again (or at the next open, if that fails too).
        if (chunked && !journal.rollBack(&report.decidedKept) && report.storeError.isEmpty())
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
