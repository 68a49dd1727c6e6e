#include "DecisionRecordBuilder.h"

bool DecisionRecordBuilder::kept(
    const DecisionRequest& request, bool isOverride, const QString& userId, const QString& kindOrScope)
{
    return !isOverride || request.keepAll || request.keep.contains(kindOrScope)
        || request.keep.contains(DecisionRequest::keepToken(userId, kindOrScope));
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
    for (const SuggestedStrike& s : suggestion.strikes) {
        if (!kept(request, d.isOverride, s.userId, PolicyIds::toId(s.kind))) {
            d.droppedStrikes << s;
            continue;
        }
        StrikeRecord r;
        r.userId = s.userId;
        r.kind = s.kind;
        r.caseId = d.caseId;
        r.clause = s.clause;
        r.at = at;
        r.agent = d.agent;
        d.strikes << r;
    }
    for (const SuggestedSanction& s : suggestion.sanctions) {
        if (!kept(request, d.isOverride, s.userId, PolicyIds::toId(s.scope))) {
            d.droppedSanctions << s;
            continue;
        }
        SanctionRecord r;
        r.userId = s.userId;
        r.scope = s.scope;
        r.days = s.days;
        r.startsAt = at;
        if (s.days)
            r.endsAt = at.addDays(*s.days);
        r.clause = s.clause;
        r.caseId = d.caseId;
        d.sanctions << r;
    }
    return d;
}
