#include "PolicyClauses.h"

#include "SanctionLadder.h"

namespace PolicyClauses {

void suggestLiveChatAbuse(Context& c)
{
    c.out.revision = PolicyRevision::liveChatRevisionId();
    scanTranscript(c);
    const Party* user = c.facts.partyByRole(Role::User);
    if (!user && !c.facts.parties.isEmpty())
        user = &c.facts.parties.first();
    if (!user) {
        c.out.needsReview = true;
        c.out.notes << Reason(ReasonId::LcNoUser);
        return;
    }
    decide(c, "LC1", Outcome::Suspend);
    const int count = addStrike(c, user, StrikeKind::LiveChatAbuse, "LC1");
    const QList<int>& ladder = c.settings.liveChatLadderDays;
    std::optional<int> days;
    if (!ladder.isEmpty())
        days = ladder.at(qMin(count, int(ladder.size())) - 1);
    addSanction(c, user, SanctionScope::LiveChat, days, "LC1");
    c.out.notes << Reason(ReasonId::Lc1OnlySupportBot);
}

void suggestLiveChatAppeal(Context& c)
{
    c.out.revision = PolicyRevision::liveChatRevisionId();
    scanTranscript(c);
    const QString& ground = c.facts.reason;
    c.out.facts << Reason(ReasonId::Lc2Grounds).arg(ground);
    if (c.facts.suspension)
        c.out.facts << Reason(ReasonId::Lc2Suspension, c.facts.suspension->days)
                           .arg(c.facts.suspension->userId,
                               c.facts.suspension->since.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
    c.out.clauses << QStringLiteral("LC2");
    // Settled reading 12: a suspension that has ended leaves nothing to lift, and nothing to review.
    if (c.facts.suspension && c.facts.suspension->days > 0
        && c.facts.suspension->since.addDays(c.facts.suspension->days) <= c.at) {
        c.out.outcome = Outcome::None;
        c.out.notes << Reason(ReasonId::Lc2SuspensionEnded)
                           .arg(c.facts.suspension->since.addDays(c.facts.suspension->days)
                                    .toUTC()
                                    .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
        return;
    }
    if (ground == QLatin1String("compromised")) {
        c.out.outcome = Outcome::Lift;
        c.out.steps << Reason(ReasonId::Lc2Lift);
        c.out.steps << Reason(ReasonId::Lc2HandToSecurity);
    } else if (ground == QLatin1String("impersonation")) {
        if (hasEvent(c.facts, EventType::ImpersonationConfirmed)) {
            c.out.outcome = Outcome::Lift;
            c.out.facts << Reason(ReasonId::Lc2ImpersonationConfirmed);
            c.out.steps << Reason(ReasonId::Lc2Lift);
        } else {
            c.out.outcome = Outcome::None;
            c.out.needsReview = true;
            c.out.steps << Reason(ReasonId::Lc2CheckImpersonation);
        }
    } else if (ground == QLatin1String("urgent")) {
        c.out.outcome = Outcome::Uphold;
        c.out.steps << Reason(ReasonId::Lc2RouteUrgent);
    } else {
        c.out.outcome = Outcome::None;
        c.out.needsReview = true;
        c.out.steps << Reason(ReasonId::Lc2ReadAppeal);
    }
}

} // namespace PolicyClauses
