#include "Importer.h"

#include "CaseStore.h"
#include "Clock.h"
#include "Database.h"
#include "PolicyEngine.h"
#include "SqlDialect.h"
#include "Suggestion.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

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
    const QString actor = m_options.actor.isEmpty() ? qEnvironmentVariable("USER") : m_options.actor;
    QCryptographicHash storedIds(QCryptographicHash::Sha256);
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
