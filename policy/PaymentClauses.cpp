#include "PolicyClauses.h"

#include "BusinessCalendar.h"
#include "NameMatcher.h"
#include "SanctionLadder.h"

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
    c.out.facts << Reason(ReasonId::G0FiatIsCny);
    c.out.notes << Reason(ReasonId::G0RulesDoNotCoverCny);
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
        c.out.facts << Reason(ReasonId::S2bPayerDiffers).arg(p.payerName, c.buyer->kycName);
        c.out.steps << Reason(ReasonId::S2bAskRefundWithProof).arg(money(c, c.paid));
        c.out.steps << Reason(ReasonId::S2bCancelAfterRefundProof);
        c.out.notes << Reason(ReasonId::S2bCryptoNotReleased);
        c.out.notes << Reason(ReasonId::S2bRefundFeesOnBuyer);
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
        c.out.facts << Reason(ReasonId::S2bNameScriptDiffers).arg(undecided->payerName, c.buyer->kycName);
    } else {
        c.out.facts << Reason(ReasonId::S2bNameOnePart).arg(undecided->payerName, c.buyer->kycName);
    }
    c.out.steps << Reason(ReasonId::S2bCompareNamesOnDocuments);
    return true;
}

bool clauseS2a(Context& c)
{
    for (const Payment& p : c.facts.payments) {
        if (p.toListedAccount)
            continue;
        decide(c, "S2a", Outcome::Cancel);
        c.out.facts << Reason(ReasonId::S2aPaidToOtherAccount).arg(money(c, p.amount), c.order->sellerAccount);
        c.out.steps << Reason(ReasonId::CancelOrder);
        c.out.notes << Reason(ReasonId::S2aNotLiable);
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
    c.out.facts << Reason(ReasonId::BuyerPaidPartOfAmount).arg(money(c, c.paid), money(c, c.order->fiatAmount));
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
            c.out.facts << Reason(ReasonId::S2cRemainderPaidLate)
                               .arg(localTime(paidAt, zone), localTime(request->at.addSecs(window), zone));
            c.out.steps << Reason(ReasonId::S2cReleaseIfFullAmountConfirmed).arg(money(c, c.order->fiatAmount));
            c.out.steps << Reason(ReasonId::S2cOtherwiseRefundReceived);
            c.out.notes << Reason(ReasonId::FeesOnBuyer);
            return true;
        }
        decide(c, "S2c", Outcome::Release);
        c.out.facts << Reason(ReasonId::RemainderWasPaid);
        c.out.steps << Reason(ReasonId::ReleaseToBuyer);
        return true;
    }
    if (hasEvent(c.facts, EventType::BuyerRefusedRemainder)) {
        decide(c, "S2c", Outcome::Refund);
        c.out.facts << Reason(ReasonId::BuyerRefusedRemainder);
        c.out.steps << Reason(ReasonId::AskSellerRefundReceived).arg(money(c, c.paid));
        c.out.notes << Reason(ReasonId::FeesOnBuyer);
        noteUncooperative(c);
        return true;
    }
    if (!request) {
        decide(c, "S2c", Outcome::None);
        c.out.steps
            << Reason(ReasonId::S2cAskRemainderWithin).arg(money(c, remainder)).arg(c.settings.responseWindowMinutes);
        c.out.notes << Reason(ReasonId::FeesOnBuyer);
        return true;
    }
    const QDateTime deadline = request->at.addSecs(window);
    if (c.at < deadline) {
        decide(c, "S2c", Outcome::None);
        c.out.pendingUntil = deadline;
        c.out.steps << Reason(ReasonId::S2cWaitForRemainder).arg(money(c, remainder));
        c.out.notes << Reason(ReasonId::FeesOnBuyer);
        return true;
    }
    decide(c, "S2c", Outcome::Refund);
    c.out.facts << Reason(ReasonId::S2cRemainderNotPaidInTime).arg(c.settings.responseWindowMinutes);
    c.out.steps << Reason(ReasonId::AskSellerRefundReceived).arg(money(c, c.paid));
    c.out.notes << Reason(ReasonId::FeesOnBuyer);
    return true;
}

bool clauseS2d(Context& c)
{
    if (!isReleased(c) || !paidLess(c))
        return false;
    paidLessFacts(c);
    c.out.facts << Reason(ReasonId::S2dReleasedBeforeFullPayment);
    decide(c, "S2d", Outcome::None);
    if (remainderPaid(c)) {
        c.out.facts << Reason(ReasonId::RemainderWasPaid);
        c.out.steps << Reason(ReasonId::S2dCloseRemainderPaid);
        return true;
    }
    if (hasEvent(c.facts, EventType::BuyerRefusedRemainder)) {
        c.out.facts << Reason(ReasonId::BuyerRefusedRemainder);
        c.out.notes << Reason(ReasonId::S2dSellerBearsLoss);
        noteUncooperative(c);
        return true;
    }
    c.out.steps << Reason(ReasonId::S2dAskRemainder).arg(money(c, difference(c.order->fiatAmount, c.paid)));
    c.out.notes << Reason(ReasonId::S2dIfRefusedSellerBearsLoss);
    noteUncooperative(c);
    return true;
}

} // namespace PolicyClauses
