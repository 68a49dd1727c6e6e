#include "PolicyEngine.h"

#include "ClauseContext.h"
#include "PolicyClauses.h"
#include "PolicyRevision.h"
#include "SuggestionText.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

// policy.md as code. The clauses live by family (PolicyClauses.h); this file runs them in precedence order:
// fact clauses first, then the clause of the stated reason; conduct (B6/S4) is added on top.

namespace {

using namespace PolicyClauses;

using ClauseFunction = bool (*)(Context&);

struct ClauseRule
{
    const char* id;
    ClauseFunction apply;
};

const ClauseRule kFactClauses[] = {
    { "S2b", clauseS2b },
    { "S2a", clauseS2a },
    { "S2c", clauseS2c },
    { "S2d", clauseS2d },
};

const ClauseRule kStatedClauses[] = {
    { "B1", clauseB1 },
    { "B2", clauseB2 },
    { "B3", clauseB3 },
    { "B4", clauseB4 },
    { "B5", clauseB5 },
    { "S1", clauseS1 },
    { "S2", clauseS2 },
    { "S3", clauseS3 },
};

// ---- the three kinds of case

void suggestP2p(Context& c)
{
    const CaseFacts& f = c.facts;
    c.order = &*f.order;
    c.revision = &PolicyRevision::p2pRevisionAt(c.order->createdAt);
    c.out.revision = c.revision->id;
    c.buyer = f.partyByRole(Role::Buyer);
    __int128 paid = 0;
    for (const Payment& p : f.payments)
        paid += p.amount.units();
    c.paid = saturated(paid);
    scanRemarks(c);
    scanTranscript(c);

    const QString& stated = f.reason;
    if (clauseG0(c)) {
        if (!stated.isEmpty())
            c.out.statedReasonNote = Reason(ReasonId::StatedNotAppliedCny).arg(stated);
        return;
    }

    QString winner;
    for (const ClauseRule& rule : kFactClauses) {
        if (rule.apply(c)) {
            winner = QString::fromLatin1(rule.id);
            break;
        }
    }
    const bool conductReason = stated == QLatin1String("B6") || stated == QLatin1String("S4");
    if (winner.isEmpty() && !conductReason) {
        bool known = false;
        for (const ClauseRule& rule : kStatedClauses) {
            if (stated != QLatin1String(rule.id))
                continue;
            known = true;
            if (rule.apply(c))
                winner = stated;
        }
        if (winner.isEmpty()) {
            c.out.outcome = Outcome::None;
            c.out.needsReview = true;
            c.out.statedReasonNote = known ? Reason(ReasonId::StatedDoesNotApply).arg(stated, c.whyNot)
                                           : Reason(ReasonId::StatedUnknown).arg(stated);
            c.out.notes << c.out.statedReasonNote;
        }
    } else if (!winner.isEmpty() && !winner.startsWith(stated)) {
        c.out.statedReasonNote = Reason(ReasonId::StatedFactsComeFirst).arg(stated, winner);
    }

    if (winner.isEmpty() && conductReason)
        conductOnly(c);
    else
        clauseConduct(c);
}

} // namespace

PolicyEngine::PolicyEngine(const PolicySettings& settings)
    : m_settings(settings)
{ }

QString PolicyEngine::revisionFor(const CaseFacts& facts)
{
    if (facts.kind != CaseKind::P2pAppeal)
        return PolicyRevision::liveChatRevisionId();
    return PolicyRevision::p2pRevisionAt(facts.order ? facts.order->createdAt : QDateTime()).id;
}

namespace {

// Settled reading 1: a suggestion at T uses only what had happened by T. The facts stamped
// later, or nothing when there are none (the common case costs no copy).
std::optional<CaseFacts> factsUntil(
    const CaseFacts& facts, const QDateTime& at, QList<int>* paymentIndex, QList<int>* messageIndex)
{
    const auto later = [&](const auto& item) { return item.at.isValid() && item.at > at; };
    if (std::none_of(facts.events.cbegin(), facts.events.cend(), later)
        && std::none_of(facts.payments.cbegin(), facts.payments.cend(), later)
        && std::none_of(facts.messages.cbegin(), facts.messages.cend(), later))
        return std::nullopt;
    CaseFacts until = facts;
    until.events.clear();
    until.payments.clear();
    until.messages.clear();
    for (const CaseEvent& e : facts.events)
        if (!later(e))
            until.events << e;
    for (int i = 0; i < facts.payments.size(); ++i) {
        if (!later(facts.payments.at(i))) {
            until.payments << facts.payments.at(i);
            *paymentIndex << i;
        }
    }
    for (int i = 0; i < facts.messages.size(); ++i) {
        if (!later(facts.messages.at(i))) {
            until.messages << facts.messages.at(i);
            *messageIndex << i;
        }
    }
    return until;
}

} // namespace

Suggestion PolicyEngine::suggest(
    const CaseFacts& facts, const QDateTime& at, const StrikeHistory& recordedStrikes) const
{
    Suggestion out;
    out.caseId = facts.id;
    QList<int> paymentIndex;
    QList<int> messageIndex;
    const std::optional<CaseFacts> until = factsUntil(facts, at, &paymentIndex, &messageIndex);
    Context c(until ? *until : facts, at, m_settings, recordedStrikes, out);
    c.paymentIndex = paymentIndex;
    c.messageIndex = messageIndex;
    switch (facts.kind) {
    case CaseKind::P2pAppeal:
        if (!facts.order) {
            out.revision = revisionFor(facts);
            out.needsReview = true;
            out.notes << Reason(ReasonId::CaseHasNoOrder);
            break;
        }
        suggestP2p(c);
        break;
    case CaseKind::LiveChatAbuse:
        suggestLiveChatAbuse(c);
        break;
    case CaseKind::LiveChatSuspensionAppeal:
        suggestLiveChatAppeal(c);
        break;
    }
    return out;
}

QStringList PolicyEngine::clauseIds()
{
    return { QStringLiteral("G0"), QStringLiteral("G1"), QStringLiteral("B1"), QStringLiteral("B2"),
        QStringLiteral("B3"), QStringLiteral("B4"), QStringLiteral("B5"), QStringLiteral("B6"), QStringLiteral("S1"),
        QStringLiteral("S2a"), QStringLiteral("S2b"), QStringLiteral("S2c"), QStringLiteral("S2d"),
        QStringLiteral("S3"), QStringLiteral("S4"), QStringLiteral("LC1"), QStringLiteral("LC2") };
}

QString PolicyEngine::clauseSummary(const QString& clauseId)
{
    static const struct
    {
        const char* id;
        const char* summary;
    } summaries[] = {
        { "G0", QT_TRANSLATE_NOOP("Policy", "CNY trades are outside the P2P rules: a person must judge") },
        { "G1", QT_TRANSLATE_NOOP("Policy", "An uncooperative user may be suspended at the agent's discretion") },
        { "B1", QT_TRANSLATE_NOOP("Policy", "Order cancelled after the buyer paid: the seller is asked to refund") },
        { "B2", QT_TRANSLATE_NOOP("Policy", "Buyer paid more than the order amount: the excess is refunded") },
        { "B3",
            QT_TRANSLATE_NOOP("Policy",
                "Seller has not released in time: release after 15 minutes (real-time) "
                "or 2 business days (non-instant)") },
        { "B4",
            QT_TRANSLATE_NOOP("Policy",
                "Seller wants a higher price: release, unless the price is at or below "
                "90 % of the market price") },
        { "B5",
            QT_TRANSLATE_NOOP("Policy",
                "Sensitive words in the payment remark: the seller releases or refunds, "
                "refund fees on the buyer") },
        { "B6", QT_TRANSLATE_NOOP("Policy", "Abusive language: a strike, and a partial sanction from the 2nd") },
        { "S1",
            QT_TRANSLATE_NOOP("Policy",
                "Buyer marked paid but did not pay: cancel, with a strike; partial "
                "sanction from the 3rd") },
        { "S2a", QT_TRANSLATE_NOOP("Policy", "Paid to the wrong account: cancel, no refund guaranteed; a strike") },
        { "S2b",
            QT_TRANSLATE_NOOP("Policy",
                "Payer name differs from the buyer's verified name: full refund; a "
                "strike") },
        { "S2c",
            QT_TRANSLATE_NOOP("Policy",
                "Buyer paid less, not released: the buyer pays the remainder or the "
                "seller refunds") },
        { "S2d",
            QT_TRANSLATE_NOOP("Policy",
                "Buyer paid less, already released: the buyer is asked for the "
                "remainder") },
        { "S3", QT_TRANSLATE_NOOP("Policy", "Seller released before confirming the payment: the seller's risk") },
        { "S4", QT_TRANSLATE_NOOP("Policy", "Abusive language: a strike, and a partial sanction from the 2nd") },
        { "LC1", QT_TRANSLATE_NOOP("Policy", "Abuse of a support agent: live-chat suspension by the ladder") },
        { "LC2",
            QT_TRANSLATE_NOOP("Policy",
                "Appeal against a live-chat suspension: lift, uphold or review by its "
                "grounds") },
    };
    for (const auto& s : summaries)
        if (clauseId == QLatin1String(s.id))
            return QCoreApplication::translate("Policy", s.summary);
    return QString();
}

bool PolicyEngine::manualG1Sanction(const CaseFacts& facts, Role role, SanctionScope scope, std::optional<int> days,
    SuggestedSanction* out, QString* error)
{
    const Party* party = facts.partyByRole(role);
    if (!party) {
        if (error)
            *error = QCoreApplication::translate("Policy", "The case has no %1").arg(SuggestionText::roleName(role));
        return false;
    }
    if (days && *days <= 0) {
        if (error)
            *error = QCoreApplication::translate("Policy", "A sanction lasts at least one day");
        return false;
    }
    const bool mayEndService = facts.kind == CaseKind::P2pAppeal
        && PolicyRevision::p2pRevisionAt(facts.order ? facts.order->createdAt : QDateTime()).g1MayEndService;
    if (!days && !mayEndService) {
        if (error)
            *error = QCoreApplication::translate(
                "Policy", "This revision of the rules allows only a suspension of a set length");
        return false;
    }
    if (out)
        *out = SuggestedSanction { party->userId, party->role, scope, days, QStringLiteral("G1") };
    return true;
}
