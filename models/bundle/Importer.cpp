#include "Importer.h"

#include "CaseStore.h"
#include "Clock.h"
#include "Database.h"
#include "PolicyEngine.h"
#include "SqlDialect.h"

#include <QCoreApplication>

namespace {

constexpr int ProgressEvery = 256;
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
    if (!storeError.isEmpty())
        lines << tr("%1: not imported: %2").arg(file, storeError);
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
    // A file is one transaction: keep its pages in memory instead of spilling them to the WAL and reading them back.
    if (const QString cache = m_db.dialect().pageCacheKiB(ImportCacheKiB); !cache.isEmpty())
        m_db.exec(cache);
    if (!m_db.beginWrite()) {
        report.storeError = m_db.error();
        report.fileRejected = true;
        return report;
    }

    const QDateTime now = m_clock.now();
    const PolicyEngine engine(m_store.settings().policySettings());
    // Strikes only come from decisions, and no decision is made during an
    // import, so one snapshot serves every case of the file.
    const StrikeHistory recorded = m_store.strikes().recordedStrikes(QStringList());
    const bool strikesRecorded = !recorded.isEmpty();

    bool failed = false; // an invalid case without skipInvalid: only validate the rest
    int sinceProgress = 0;
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
        if (strikesRecorded) {
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
        if (replacing)
            ++report.replaced;
        else
            ++report.imported;
    }

    if (failed || report.cancelled) {
        m_db.rollback();
        report.fileRejected = true;
        report.imported = 0;
        report.replaced = 0;
        report.skipped.clear();
        report.decidedNotReplaced.clear();
    } else if (!m_db.commit()) {
        report.storeError = m_db.error();
        report.fileRejected = true;
        report.imported = 0;
        report.replaced = 0;
    }
    if (m_progress)
        m_progress(reader.bytesRead(), reader.totalBytes());
    return report;
}
