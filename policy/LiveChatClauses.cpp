#include "PolicyClauses.h"

#include "SanctionLadder.h"

#include <QCoreApplication>

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
        c.out.notes << QCoreApplication::translate("Policy", "The case names no user");
        return;
    }
    decide(c, "LC1", Outcome::Suspend);
    const int count = addStrike(c, user, StrikeKind::LiveChatAbuse, "LC1");
    const QList<int>& ladder = c.settings.liveChatLadderDays;
    std::optional<int> days;
    if (!ladder.isEmpty())
        days = ladder.at(qMin(count, int(ladder.size())) - 1);
    addSanction(c, user, SanctionScope::LiveChat, days, "LC1");
    c.out.notes << QCoreApplication::translate("Policy", "While suspended the user can reach only the support bot");
}

void suggestLiveChatAppeal(Context& c)
{
    c.out.revision = PolicyRevision::liveChatRevisionId();
    scanTranscript(c);
    const QString& ground = c.facts.reason;
    c.out.facts << QCoreApplication::translate("Policy", "Grounds of the appeal: %1").arg(ground);
    if (c.facts.suspension)
        c.out.facts << QCoreApplication::translate(
            "Policy", "Live-chat suspension of %1 since %2 for %n day(s)", nullptr, c.facts.suspension->days)
                           .arg(c.facts.suspension->userId,
                               c.facts.suspension->since.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
    c.out.clauses << QStringLiteral("LC2");
    // Settled reading 12: a suspension that has ended leaves nothing to lift, and nothing to review.
    if (c.facts.suspension && c.facts.suspension->days > 0
        && c.facts.suspension->since.addDays(c.facts.suspension->days) <= c.at) {
        c.out.outcome = Outcome::None;
        c.out.notes << QCoreApplication::translate("Policy", "The suspension ended on %1: there is nothing to lift")
                           .arg(c.facts.suspension->since.addDays(c.facts.suspension->days)
                                    .toUTC()
                                    .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
        return;
    }
    if (ground == QLatin1String("compromised")) {
        c.out.outcome = Outcome::Lift;
        c.out.steps << QCoreApplication::translate("Policy", "Lift the live-chat suspension");
        c.out.steps << QCoreApplication::translate("Policy", "Hand the account to the security team");
    } else if (ground == QLatin1String("impersonation")) {
        if (hasEvent(c.facts, EventType::ImpersonationConfirmed)) {
            c.out.outcome = Outcome::Lift;
            c.out.facts << QCoreApplication::translate(
                "Policy", "An agent confirmed that someone else wrote the abusive messages");
            c.out.steps << QCoreApplication::translate("Policy", "Lift the live-chat suspension");
        } else {
            c.out.outcome = Outcome::None;
            c.out.needsReview = true;
            c.out.steps << QCoreApplication::translate(
                "Policy", "Check whether someone else used the account, and record it if confirmed");
        }
    } else if (ground == QLatin1String("urgent")) {
        c.out.outcome = Outcome::Uphold;
        c.out.steps << QCoreApplication::translate(
            "Policy", "Route the urgent matter to a human agent at once: the suspension does not block it");
    } else {
        c.out.outcome = Outcome::None;
        c.out.needsReview = true;
        c.out.steps << QCoreApplication::translate(
            "Policy", "Read the appeal and decide whether to lift the suspension");
    }
}

} // namespace PolicyClauses
