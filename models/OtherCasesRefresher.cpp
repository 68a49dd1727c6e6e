#include "OtherCasesRefresher.h"

#include "CaseService.h"
#include "CaseStore.h"
#include "Database.h"

OtherCasesRefresher::OtherCasesRefresher(CaseService& service)
    : m_service(service)
{ }

QStringList OtherCasesRefresher::usersOf(const QList<StrikeRecord>& strikes)
{
    QStringList users;
    for (const StrikeRecord& s : strikes)
        users << s.userId;
    return users;
}

bool OtherCasesRefresher::refresh(const QStringList& userIds, const QString& exceptCaseId, const QDateTime& now)
{
    CaseStore& store = m_service.store();
    QStringList users = userIds;
    users.removeDuplicates();
    QStringList cases;
    for (const QString& user : std::as_const(users)) {
        for (const CaseSummary& summary : store.strikes().casesOfUser(user)) {
            if (summary.status != CaseStatus::Decided && summary.caseId != exceptCaseId
                && !cases.contains(summary.caseId))
                cases << summary.caseId;
        }
    }
    // In a shared turn each case's row is locked before it is judged again, in one order: a writer that
    // added strikes of its other party meanwhile has committed, and its strikes count.
    cases.sort();
    for (const QString& caseId : std::as_const(cases)) {
        if (!m_service.database().lockCaseRow(caseId)) {
            m_error = m_service.database().error();
            return false;
        }
        const std::optional<CaseFacts> facts = store.cases().load(caseId);
        if (!facts || !store.cases().updateSuggestion(caseId, m_service.suggest(*facts, now))) {
            m_error = store.cases().lastError();
            return false;
        }
    }
    return true;
}
