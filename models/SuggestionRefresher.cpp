#include "SuggestionRefresher.h"

#include "CaseStore.h"
#include "Database.h"
#include "PolicyEngine.h"

SuggestionRefresher::SuggestionRefresher(Database& db, CaseStore& store)
    : m_db(db)
    , m_store(store)
{ }

bool SuggestionRefresher::run(const QDateTime& now)
{
    m_cancelled = false;
    m_error.clear();
    m_updated = 0;
    const PolicyEngine engine(m_store.policySettings());
    const qint64 total = m_store.undecidedCount();
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
        if (!m_db.beginWrite()) {
            m_error = m_db.error();
            return false;
        }
        QList<QPair<qint64, QString>> batch;
        if (!m_store.undecidedCasesAfter(lastRowId, m_batchSize, &batch)) {
            m_error = m_store.lastError();
            m_db.rollback();
            return false;
        }
        if (batch.isEmpty()) {
            m_db.rollback();
            break;
        }
        for (const auto& [rowId, caseId] : batch) {
            const std::optional<CaseFacts> facts = m_store.loadCase(caseId);
            if (!facts || !m_store.updateSuggestion(caseId, m_store.suggestionFor(engine, *facts, now))) {
                m_error = m_store.lastError();
                m_db.rollback();
                return false;
            }
        }
        if (!m_db.commit()) {
            m_error = m_db.error();
            return false;
        }
        lastRowId = batch.constLast().first;
        done += batch.size();
        m_updated = done;
        if (m_progress)
            m_progress(done, qMax(total, done));
    }
    // Cases decided meanwhile were skipped: the run is complete all the same.
    if (m_progress && done < total)
        m_progress(total, total);
    return true;
}
