#include "DecisionSummary.h"

#include "PolicyLabels.h"
#include "UntrustedText.h"

#include <QCoreApplication>

namespace DecisionSummary {

QString partyName(const CaseFacts& facts, const QString& userId)
{
    for (const Party& p : facts.parties) {
        if (p.userId == userId) {
            return p.nickname.isEmpty() ? QCoreApplication::translate("DecisionSummary", "%1 %2")
                                              .arg(PolicyLabels::role(p.role), UntrustedText::inlined(p.userId))
                                        : QCoreApplication::translate("DecisionSummary", "%1 %2 (%3)")
                                              .arg(PolicyLabels::role(p.role), UntrustedText::inlined(p.nickname),
                                                  UntrustedText::inlined(p.userId));
        }
    }
    return UntrustedText::inlined(userId);
}

QString strike(const CaseFacts& facts, const QString& userId, StrikeKind kind, const QString& clause)
{
    return QCoreApplication::translate("DecisionSummary", "Strike \"%1\" for %2 (clause %3)")
        .arg(PolicyLabels::strikeKind(kind), partyName(facts, userId), clause);
}

QString sanction(
    const CaseFacts& facts, const QString& userId, SanctionScope scope, std::optional<int> days, const QString& clause)
{
    const QString length = days ? QCoreApplication::translate("DecisionSummary", "%n day(s)", nullptr, *days)
                                : QCoreApplication::translate("DecisionSummary", "a length the team sets");
    return QCoreApplication::translate("DecisionSummary", "Sanction \"%1\" for %2, %3 (clause %4)")
        .arg(PolicyLabels::scope(scope), partyName(facts, userId), length, clause);
}

QString flag(const QString& id)
{
    if (id == QLatin1String("price_anomaly"))
        return QCoreApplication::translate("DecisionSummary", "Price far below the market price");
    if (id == QLatin1String("sensitive_remark"))
        return QCoreApplication::translate("DecisionSummary", "Sensitive words in a payment remark");
    if (id == QLatin1String("abuse_suspected"))
        return QCoreApplication::translate(
            "DecisionSummary", "Possible abusive language in the transcript (confirm on the message)");
    return id;
}

QStringList recorded(const DecisionRecord& decision, const CaseFacts& facts)
{
    QStringList lines;
    lines
        << QCoreApplication::translate("DecisionSummary", "Decision: %1").arg(PolicyLabels::outcome(decision.outcome));
    if (!decision.clauses.isEmpty())
        lines << QCoreApplication::translate("DecisionSummary", "Clauses: %1")
                     .arg(decision.clauses.join(QStringLiteral(", ")));
    if (decision.isOverride) {
        lines << QCoreApplication::translate("DecisionSummary", "Overrides the suggestion: %1")
                     .arg(PolicyLabels::outcome(decision.suggestedOutcome));
        lines << QCoreApplication::translate("DecisionSummary", "Note: %1").arg(UntrustedText::inlined(decision.note));
    }
    for (const StrikeRecord& s : decision.strikes)
        lines << strike(facts, s.userId, s.kind, s.clause);
    for (const SanctionRecord& s : decision.sanctions)
        lines << sanction(facts, s.userId, s.scope, s.days, s.clause);
    if (decision.strikes.isEmpty() && decision.sanctions.isEmpty())
        lines << QCoreApplication::translate("DecisionSummary", "No strikes and no sanctions.");
    for (const SuggestedStrike& s : decision.droppedStrikes)
        lines << QCoreApplication::translate("DecisionSummary", "Not recorded (dropped by the override): %1")
                     .arg(strike(facts, s.userId, s.kind, s.clause));
    for (const SuggestedSanction& s : decision.droppedSanctions)
        lines << QCoreApplication::translate("DecisionSummary", "Not recorded (dropped by the override): %1")
                     .arg(sanction(facts, s.userId, s.scope, s.days, s.clause));
    return lines;
}

} // namespace DecisionSummary
