#include "SanctionLadder.h"

#include <algorithm>

namespace PolicyClauses {

namespace {

int priorStrikes(const Context& c, const QString& user, StrikeKind kind)
{
    // Bounded: counts come from files and a database, and must not overflow.
    const qint64 sum = qint64(c.recorded.value(user).value(kind)) + c.facts.history.value(user).value(kind);
    return int(std::clamp<qint64>(sum, 0, 1000000));
}

} // namespace

int addStrike(Context& c, const Party* party, StrikeKind kind, const char* clause)
{
    if (!party)
        return 0;
    const QString clauseId = QString::fromLatin1(clause);
    c.out.strikes << SuggestedStrike { party->userId, kind, clauseId };
    const int count = priorStrikes(c, party->userId, kind) + 1;
    c.out.facts << Reason(ReasonId::StrikeCountWithThisCase, count)
                       .arg(ReasonArg::role(party->role), party->userId, ReasonArg::strikeKind(kind));
    return count;
}

void addSanction(Context& c, const Party* party, SanctionScope scope, std::optional<int> days, const char* clause)
{
    if (!party)
        return;
    c.out.sanctions << SuggestedSanction { party->userId, party->role, scope, days, QString::fromLatin1(clause) };
    if (days)
        c.out.steps << Reason(ReasonId::SuspendForDays, *days)
                           .arg(party->userId, ReasonArg::role(party->role), ReasonArg::scope(scope));
    else
        c.out.steps << Reason(ReasonId::SuspendForTeamPeriod)
                           .arg(party->userId, ReasonArg::role(party->role), ReasonArg::scope(scope));
}

} // namespace PolicyClauses
