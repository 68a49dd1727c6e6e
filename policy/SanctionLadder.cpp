#include "SanctionLadder.h"

#include <QCoreApplication>

#include <algorithm>

namespace PolicyClauses {

namespace {

QString strikeKindText(StrikeKind kind)
{
    switch (kind) {
    case StrikeKind::AbusiveLanguage:
        return QCoreApplication::translate("Policy", "abusive language");
    case StrikeKind::NonPaymentCancellation:
        return QCoreApplication::translate("Policy", "non-payment cancellation");
    case StrikeKind::WrongAccountPayment:
        return QCoreApplication::translate("Policy", "wrong-account payment");
    case StrikeKind::KycNameMismatch:
        return QCoreApplication::translate("Policy", "payer name mismatch");
    case StrikeKind::LiveChatAbuse:
        return QCoreApplication::translate("Policy", "live-chat abuse");
    }
    return QString();
}

int priorStrikes(const Context& c, const QString& user, StrikeKind kind)
{
    // Bounded: counts come from files and a database, and must not overflow.
    const qint64 sum = qint64(c.recorded.value(user).value(kind)) + c.facts.history.value(user).value(kind);
    return int(std::clamp<qint64>(sum, 0, 1000000));
}

QString scopeText(SanctionScope scope)
{
    switch (scope) {
    case SanctionScope::P2p:
        return QCoreApplication::translate("Policy", "P2P trading");
    case SanctionScope::Partial:
        return QCoreApplication::translate("Policy", "part of the account's functions");
    case SanctionScope::Account:
        return QCoreApplication::translate("Policy", "the whole account");
    case SanctionScope::LiveChat:
        return QCoreApplication::translate(
            "Policy", "the live chat with human agents (the support bot stays available)");
    }
    return QString();
}

} // namespace

int addStrike(Context& c, const Party* party, StrikeKind kind, const char* clause)
{
    if (!party)
        return 0;
    const QString clauseId = QString::fromLatin1(clause);
    c.out.strikes << SuggestedStrike { party->userId, kind, clauseId };
    const int count = priorStrikes(c, party->userId, kind) + 1;
    c.out.facts << QCoreApplication::translate(
        "Policy", "The %1 %2 now has %n %3 strike(s), this case included", nullptr, count)
                       .arg(roleText(party->role), party->userId, strikeKindText(kind));
    return count;
}

void addSanction(Context& c, const Party* party, SanctionScope scope, std::optional<int> days, const char* clause)
{
    if (!party)
        return;
    c.out.sanctions << SuggestedSanction { party->userId, party->role, scope, days, QString::fromLatin1(clause) };
    if (days)
        c.out.steps << QCoreApplication::translate("Policy", "Suspend %1 (%2) from %3 for %n day(s)", nullptr, *days)
                           .arg(party->userId, roleText(party->role), scopeText(scope));
    else
        c.out.steps << QCoreApplication::translate("Policy", "Suspend %1 (%2) from %3 for a period the team sets")
                           .arg(party->userId, roleText(party->role), scopeText(scope));
}

} // namespace PolicyClauses
