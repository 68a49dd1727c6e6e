#include "DecisionRecordBuilder.h"

namespace {

// What an override's keep list names a suggested strike or sanction by.
QString keepId(const SuggestedStrike& s)
{
    return PolicyIds::toId(s.kind);
}
QString keepId(const SuggestedSanction& s)
{
    return PolicyIds::toId(s.scope);
}

StrikeRecord recordOf(const SuggestedStrike& s, const DecisionRecord& d)
{
    StrikeRecord r;
    r.userId = s.userId;
    r.kind = s.kind;
    r.caseId = d.caseId;
    r.clause = s.clause;
    r.at = d.decidedAt;
    r.agent = d.agent;
    return r;
}
SanctionRecord recordOf(const SuggestedSanction& s, const DecisionRecord& d)
{
    SanctionRecord r;
    r.userId = s.userId;
    r.scope = s.scope;
    r.days = s.days;
    r.startsAt = d.decidedAt;
    if (s.days)
        r.endsAt = d.decidedAt.addDays(*s.days);
    r.clause = s.clause;
    r.caseId = d.caseId;
    return r;
}

} // namespace

bool DecisionRecordBuilder::kept(
    const DecisionRequest& request, bool isOverride, const QString& userId, const QString& kindOrScope)
{
    return !isOverride || request.keepAll || request.keep.contains(kindOrScope)
        || request.keep.contains(DecisionRequest::keepToken(userId, kindOrScope));
}

template<typename Suggested, typename Record>
void DecisionRecordBuilder::sortOut(const QList<Suggested>& suggested, const DecisionRequest& request,
    const DecisionRecord& d, QList<Record>* recorded, QList<Suggested>* dropped)
{
    for (const Suggested& s : suggested) {
        if (kept(request, d.isOverride, s.userId, keepId(s)))
            *recorded << recordOf(s, d);
        else
            *dropped << s;
    }
}

DecisionRecord DecisionRecordBuilder::build(
    const Suggestion& suggestion, const DecisionRequest& request, const QDateTime& at)
{
    DecisionRecord d;
    d.caseId = request.caseId.isEmpty() ? suggestion.caseId : request.caseId;
    d.outcome = request.outcome;
    d.suggestedOutcome = suggestion.outcome;
    d.isOverride = request.outcome != suggestion.outcome;
    d.note = request.note.trimmed();
    d.agent = request.agent.trimmed();
    d.decidedAt = at;
    d.clauses = suggestion.clauses;
    d.revision = suggestion.revision;
    sortOut(suggestion.strikes, request, d, &d.strikes, &d.droppedStrikes);
    sortOut(suggestion.sanctions, request, d, &d.sanctions, &d.droppedSanctions);
    return d;
}
