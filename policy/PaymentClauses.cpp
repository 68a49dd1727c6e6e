#include "PolicyClauses.h"

#include "BusinessCalendar.h"
#include "NameMatcher.h"
#include "SanctionLadder.h"

#include <QCoreApplication>

#include <algorithm>

// G0 and the fact clauses of S2: who paid, into which account, how much. They come before the
// clause of the stated reason (policy.md, "Precedence").
namespace PolicyClauses {

// ---- scope

bool clauseG0(Context& c)
{
    if (c.order->fiat.compare(QLatin1String("CNY"), Qt::CaseInsensitive) != 0)
        return false;
    decide(c, "G0", Outcome::None);
    c.out.needsReview = true;
    c.out.facts << QCoreApplication::translate("Policy", "The order's fiat currency is CNY → G0");
    c.out.notes << QCoreApplication::translate("Policy", "The P2P appeal rules do not cover trades in CNY");
    return true;
}

// ---- fact clauses, in precedence order

bool clauseS2b(Context& c)
{
    if (!c.buyer || c.buyer->kycName.isEmpty())
        return false;
    const Payment* undecided = nullptr; // a name the engine cannot compare: one part, or another script
    NameMatcher::Comparison why = NameMatcher::Same;
    for (const Payment& p : c.facts.payments) {
        if (p.payerName.isEmpty())
            continue;
        const NameMatcher::Comparison comparison = NameMatcher::compare(p.payerName, c.buyer->kycName);
        if (comparison == NameMatcher::Same)
            continue;
        if (comparison != NameMatcher::Different) {
            if (!undecided) {
                undecided = &p;
                why = comparison;
            }
            continue;
        }
        decide(c, "S2b", Outcome::Refund);
        c.out.facts << QCoreApplication::translate(
            "Policy", "Payment from '%1' does not match the buyer's verified name '%2' → S2b")
                           .arg(p.payerName, c.buyer->kycName);
        c.out.steps << QCoreApplication::translate(
            "Policy", "Ask the seller to refund %1 to the buyer and upload proof")
                           .arg(money(c, c.paid));
        c.out.steps << QCoreApplication::translate("Policy",
            "Cancel the order once the seller has shown proof of the refund and the buyer "
            "has confirmed receiving it");
        c.out.notes << QCoreApplication::translate("Policy", "The crypto is not released");
        c.out.notes << QCoreApplication::translate("Policy", "Fees of the refund are borne by the buyer");
        addStrike(c, c.buyer, StrikeKind::KycNameMismatch, "S2b");
        if (c.revision->kycMismatchSanction)
            addSanction(c, c.buyer, SanctionScope::P2p, c.settings.kycMismatchSanctionDays, "S2b");
        return true;
    }
    if (!undecided)
        return false;
    // Settled reading 7: never an automatic S2b on a name the engine cannot compare.
    decide(c, "S2b", Outcome::None);
    c.out.needsReview = true;
    if (why == NameMatcher::ScriptDiffers) {
        c.out.flags << QStringLiteral("name_script_differs");
        c.out.facts << QCoreApplication::translate("Policy",
            "The payer name '%1' and the buyer's verified name '%2' are in different scripts and no common "
            "transliteration makes them equal")
                           .arg(undecided->payerName, c.buyer->kycName);
    } else {
        c.out.facts << QCoreApplication::translate(
            "Policy", "The payer name '%1' or the buyer's verified name '%2' has only one part")
                           .arg(undecided->payerName, c.buyer->kycName);
    }
    c.out.steps << QCoreApplication::translate("Policy",
        "Compare the payer name with the buyer's verified name on the documents: if they differ, S2b applies "
        "(refund)");
    return true;
}

bool clauseS2a(Context& c)
{
    for (const Payment& p : c.facts.payments) {
        if (p.toListedAccount)
            continue;
        decide(c, "S2a", Outcome::Cancel);
        c.out.facts << QCoreApplication::translate(
            "Policy", "A payment of %1 went to an account other than the seller's listed '%2' → S2a")
                           .arg(money(c, p.amount), c.order->sellerAccount);
        c.out.steps << QCoreApplication::translate("Policy", "Cancel the order");
        c.out.notes << QCoreApplication::translate(
            "Policy", "The exchange is not liable for the loss and a refund is not guaranteed");
        const int count = addStrike(c, c.buyer, StrikeKind::WrongAccountPayment, "S2a");
        if (c.revision->wrongAccountSanction && count >= c.settings.wrongAccountThreshold)
            addSanction(c, c.buyer, SanctionScope::Account, c.settings.wrongAccountSanctionDays, "S2a");
        return true;
    }
    return false;
}

namespace {

bool paidLess(const Context& c)
{
    return (!c.facts.payments.isEmpty() && c.paid < c.order->fiatAmount)
        || hasEvent(c.facts, EventType::RemainderRequested);
}

bool remainderPaid(const Context& c)
{
    return hasEvent(c.facts, EventType::RemainderPaid) || c.paid >= c.order->fiatAmount;
}

// When the remainder was paid: the remainder_paid event, or the payment that brought the sum to the
// order amount, whichever came first. Invalid when neither happened.
QDateTime remainderPaidAt(const Context& c)
{
    QDateTime at;
    if (const CaseEvent* e = firstEvent(c.facts, EventType::RemainderPaid))
        at = e->at;
    QList<const Payment*> byTime;
    for (const Payment& p : c.facts.payments)
        byTime << &p;
    std::stable_sort(byTime.begin(), byTime.end(), [](const Payment* a, const Payment* b) { return a->at < b->at; });
    __int128 sum = 0;
    for (const Payment* p : std::as_const(byTime)) {
        sum += p->amount.units();
        if (sum >= c.order->fiatAmount.units()) {
            if (!at.isValid() || p->at < at)
                at = p->at;
            break;
        }
    }
    return at;
}

void paidLessFacts(Context& c)
{
    c.out.facts << QCoreApplication::translate("Policy", "The buyer paid %1 of the order amount %2")
                       .arg(money(c, c.paid), money(c, c.order->fiatAmount));
}

} // namespace

bool clauseS2c(Context& c)
{
    if (isReleased(c) || !paidLess(c))
        return false;
    paidLessFacts(c);
    const Decimal remainder = difference(c.order->fiatAmount, c.paid);
    const CaseEvent* request = firstEvent(c.facts, EventType::RemainderRequested);
    const qint64 window = qint64(c.settings.responseWindowMinutes) * 60;
    if (remainderPaid(c)) {
        // Settled reading 6: a remainder that came after its deadline is for a person to judge.
        const QDateTime paidAt = remainderPaidAt(c);
        if (request && paidAt.isValid() && paidAt > request->at.addSecs(window)) {
            const QTimeZone zone = BusinessCalendar::zoneForCurrency(c.order->fiat);
            decide(c, "S2c", Outcome::None);
            c.out.needsReview = true;
            c.out.facts << QCoreApplication::translate(
                "Policy", "The buyer paid the remainder on %1, after the deadline of %2")
                               .arg(localTime(paidAt, zone), localTime(request->at.addSecs(window), zone));
            c.out.steps << QCoreApplication::translate(
                "Policy", "Release the crypto if the seller confirms receiving the full %1")
                               .arg(money(c, c.order->fiatAmount));
            c.out.steps << QCoreApplication::translate(
                "Policy", "Otherwise ask the seller to refund what was received to the buyer");
            c.out.notes << QCoreApplication::translate("Policy", "Fees are borne by the buyer");
            return true;
        }
        decide(c, "S2c", Outcome::Release);
        c.out.facts << QCoreApplication::translate("Policy", "The buyer has paid the remainder");
        c.out.steps << QCoreApplication::translate("Policy", "Release the crypto to the buyer");
        return true;
    }
    if (hasEvent(c.facts, EventType::BuyerRefusedRemainder)) {
        decide(c, "S2c", Outcome::Refund);
        c.out.facts << QCoreApplication::translate("Policy", "The buyer refused to pay the remainder");
        c.out.steps << QCoreApplication::translate("Policy", "Ask the seller to refund the %1 received to the buyer")
                           .arg(money(c, c.paid));
        c.out.notes << QCoreApplication::translate("Policy", "Fees are borne by the buyer");
        noteUncooperative(c);
        return true;
    }
    if (!request) {
        decide(c, "S2c", Outcome::None);
        c.out.steps << QCoreApplication::translate(
            "Policy", "Ask the buyer to pay the remaining %1 within %2 minutes, and record the request")
                           .arg(money(c, remainder))
                           .arg(c.settings.responseWindowMinutes);
        c.out.notes << QCoreApplication::translate("Policy", "Fees are borne by the buyer");
        return true;
    }
    const QDateTime deadline = request->at.addSecs(window);
    if (c.at < deadline) {
        decide(c, "S2c", Outcome::None);
        c.out.pendingUntil = deadline;
        c.out.steps << QCoreApplication::translate("Policy", "Wait for the buyer to pay the remaining %1")
                           .arg(money(c, remainder));
        c.out.notes << QCoreApplication::translate("Policy", "Fees are borne by the buyer");
        return true;
    }
    decide(c, "S2c", Outcome::Refund);
    c.out.facts << QCoreApplication::translate(
        "Policy", "The buyer did not pay the remainder within %1 minutes of the request")
                       .arg(c.settings.responseWindowMinutes);
    c.out.steps << QCoreApplication::translate("Policy", "Ask the seller to refund the %1 received to the buyer")
                       .arg(money(c, c.paid));
    c.out.notes << QCoreApplication::translate("Policy", "Fees are borne by the buyer");
    return true;
}

bool clauseS2d(Context& c)
{
    if (!isReleased(c) || !paidLess(c))
        return false;
    paidLessFacts(c);
    c.out.facts << QCoreApplication::translate(
        "Policy", "The seller released the crypto before receiving the full payment");
    decide(c, "S2d", Outcome::None);
    if (remainderPaid(c)) {
        c.out.facts << QCoreApplication::translate("Policy", "The buyer has paid the remainder");
        c.out.steps << QCoreApplication::translate("Policy", "Close the case: the remainder has been paid");
        return true;
    }
    if (hasEvent(c.facts, EventType::BuyerRefusedRemainder)) {
        c.out.facts << QCoreApplication::translate("Policy", "The buyer refused to pay the remainder");
        c.out.notes << QCoreApplication::translate("Policy", "The seller bears the loss; the exchange is not liable");
        noteUncooperative(c);
        return true;
    }
    c.out.steps << QCoreApplication::translate("Policy", "Ask the buyer to pay the remaining %1")
                       .arg(money(c, difference(c.order->fiatAmount, c.paid)));
    c.out.notes << QCoreApplication::translate("Policy", "If the buyer refuses, the seller bears the loss");
    noteUncooperative(c);
    return true;
}

} // namespace PolicyClauses
