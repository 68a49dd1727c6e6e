#include "SuggestionRefresher.h"

#include "CaseService.h"
#include "CaseStore.h"
#include "Database.h"
#include "PolicyEngine.h"

SuggestionRefresher::SuggestionRefresher(CaseService& service)
    : m_service(service)
{ }

bool SuggestionRefresher::run(const QDateTime& now)
{
    m_cancelled = false;
    m_error.clear();
    m_updated = 0;
    Database& db = m_service.database();
    CaseRepository& cases = m_service.store().cases();
    const PolicyEngine engine(m_service.settings());
    const qint64 total = cases.undecidedCount();
    qint64 done = 0;
    qint64 lastRowId = 0;
    if (m_progress)
        m_progress(0, total);
    for (;;) {
        if (isCancelled()) {
            m_cancelled = true;
            return false;
        }
        // Cases are read and written inside the batch's write transaction: an agent's event or
        // decision cannot slip in between, so no stale suggestion overwrites a newer one.
        if (!db.beginWrite()) {
            m_error = db.error();
            return false;
        }
        QList<QPair<qint64, QString>> batch;
        if (!cases.undecidedAfter(lastRowId, m_batchSize, &batch)) {
            m_error = cases.lastError();
            db.rollback();
            return false;
        }
        if (batch.isEmpty()) {
            db.rollback();
            break;
        }
        for (const auto& [rowId, caseId] : batch) {
            const std::optional<CaseFacts> facts = cases.load(caseId);
            if (!facts || !cases.updateSuggestion(caseId, m_service.suggest(engine, *facts, now))) {
                m_error = cases.lastError();
                db.rollback();
                return false;
            }
        }
        if (!db.commit()) {
            m_error = db.error();
            return false;
        }
        lastRowId = batch.constLast().first;
        done += batch.size();
        m_updated = done;
        if (m_progress)
            m_progress(done, qMax(total, done));
    }
    // One word to the other windows for the whole run (issue 15, item 4), not one per batch.
    db.announce(QStringLiteral("suggestion"));
    // Cases decided meanwhile were skipped: the run is complete all the same.
    if (m_progress && done < total)
        m_progress(total, total);
    return true;
}
