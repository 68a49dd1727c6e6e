#include "AsDecidedReader.h"

#include "CaseParties.h"
#include "CaseStore.h"
#include "PolicyEngine.h"
#include "ReviewStore.h"

#include <QCoreApplication>

#include <algorithm>

AsDecidedReader::AsDecidedReader(CaseStore& store)
    : m_store(store)
{ }

std::optional<CaseService::AsDecided> AsDecidedReader::read(const QString& caseId)
{
    // The texts are CaseService's (and its translation context), whose asDecided() this reads for.
    CaseService::AsDecided result;
    std::optional<CaseFacts> facts = m_store.cases().load(caseId);
    if (!facts) {
        m_error = QCoreApplication::translate("CaseService", "Unknown case %1").arg(caseId);
        return std::nullopt;
    }
    std::optional<DecisionRecord> decision = m_store.decisions().decision(caseId);
    if (!decision) {
        m_error = QCoreApplication::translate("CaseService", "Case %1 is not decided").arg(caseId);
        return std::nullopt;
    }
    const QDateTime at = decision->decidedAt;
    // What was known at the decision: later follow-ups (proofs, notes, messages) were not.
    facts->events.erase(std::remove_if(facts->events.begin(), facts->events.end(),
                            [&](const CaseEvent& e) { return e.at.isValid() && e.at > at; }),
        facts->events.end());
    facts->messages.erase(std::remove_if(facts->messages.begin(), facts->messages.end(),
                              [&](const Message& m) { return m.at.isValid() && m.at > at; }),
        facts->messages.end());
    const std::optional<StrikeHistory> strikes = m_store.strikes().recordedStrikesAt(partyUserIds(*facts), caseId, at);
    if (!strikes) {
        m_error = m_store.strikes().lastError();
        return std::nullopt;
    }
    result.rejudged = PolicyEngine(m_store.settings().policySettings()).suggest(*facts, at, *strikes);
    result.storedSuggestion = m_store.reviews().storedSuggestion(caseId);
    result.settingsChangedSince = result.rejudged.toRecordJsonLine() != result.storedSuggestion;
    result.facts = std::move(*facts);
    result.decision = std::move(*decision);
    return result;
}
