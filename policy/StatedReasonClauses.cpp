#include "PolicyClauses.h"

#include "BusinessCalendar.h"
#include "SanctionLadder.h"
#include "TermLists.h"

// The clauses an appellant can state (B1..B5, S1..S3), each with its own conditions; when they do not
// hold, the clause says why in Context::whyNot.
namespace PolicyClauses {

namespace {

// B3 (non-instant) and S1 (paid, not arrived): the seller has N business days
// from the marking as paid to release or to report that the payment has not arrived.
void nonInstantDeadline(Context& c, const char* clause, const QDateTime& markedPaid)
{
    const QTimeZone zone = BusinessCalendar::zoneForCurrency(c.order->fiat);
    // Settled reading 4: the market's own holidays, and those set for every market.
    const BusinessCalendar calendar(c.settings.holidays, c.settings.marketHolidays.value(c.order->fiat.toUpper()));
    const QDateTime deadline = calendar.addBusinessDays(markedPaid, c.settings.nonInstantBusinessDays, zone);
    c.out.facts << Reason(ReasonId::DeadlineMarkedPaidPlusBusinessDays, c.settings.nonInstantBusinessDays)
                       .arg(localTime(markedPaid, zone), localTime(deadline, zone));
    if (hasEvent(c.facts, EventType::SellerConfirmedReceipt)) {
        decide(c, clause, Outcome::Release);
        c.out.steps << Reason(ReasonId::ReleaseSellerConfirmedPayment);
        return;
    }
    if (c.at < deadline) {
        decide(c, clause, Outcome::None);
        c.out.pendingUntil = deadline;
        c.out.steps << Reason(ReasonId::DeadlineAskReleaseOrReport).arg(localTime(deadline, zone));
        return;
    }
    const CaseEvent* report = firstEvent(c.facts, EventType::SellerReportedNotReceived);
    if (report && report->at <= deadline) {
        decide(c, clause, Outcome::None);
        c.out.needsReview = true;
        c.out.facts << Reason(ReasonId::DeadlineSellerReportedNotArrived).arg(localTime(report->at, zone));
        c.out.steps << Reason(ReasonId::DeadlineCheckSellerEvidence);
        return;
    }
    decide(c, clause, Outcome::Release);
    c.out.notes << Reason(ReasonId::DeadlinePassedCountsAsReceived).arg(localTime(deadline, zone));
    c.out.steps << Reason(ReasonId::ReleaseToBuyer);
}

// The buyer cannot be reached: marked unresponsive, or contacted and silent past the response window.
bool buyerUnreachable(const Context& c)
{
    if (firstEvent(c.facts, EventType::PartyUnresponsive, Role::Buyer))
        return true;
    const CaseEvent* contacted = firstEvent(c.facts, EventType::BuyerContacted);
    if (!contacted || c.at < contacted->at.addSecs(qint64(c.settings.responseWindowMinutes) * 60))
        return false;
    for (const CaseEvent& e : c.facts.events)
        if (e.by == Role::Buyer && e.at > contacted->at)
            return false;
    for (const Message& m : c.facts.messages)
        if (m.from == Role::Buyer && m.at > contacted->at)
            return false;
    return true;
}

} // namespace

bool clauseB1(Context& c)
{
    if (!isCancelled(c)) {
        c.whyNot = Reason(ReasonId::WhyNotOrderNotCancelled);
        return false;
    }
    if (c.facts.payments.isEmpty()) {
        c.whyNot = Reason(ReasonId::WhyNotNoPayment);
        return false;
    }
    decide(c, "B1", Outcome::Refund);
    c.out.facts << Reason(ReasonId::B1CancelledAfterPayment).arg(money(c, c.paid));
    c.out.steps << Reason(ReasonId::B1AskSellerReturn).arg(money(c, c.paid));
    c.out.notes << Reason(ReasonId::B1NotLiableIfRefused);
    noteUncooperative(c);
    return true;
}

bool clauseB2(Context& c)
{
    if (c.facts.payments.isEmpty() || c.paid <= c.order->fiatAmount) {
        c.whyNot = Reason(ReasonId::WhyNotNotOverpaid).arg(money(c, c.paid), money(c, c.order->fiatAmount));
        return false;
    }
    const Decimal excess = difference(c.paid, c.order->fiatAmount);
    c.out.facts
        << Reason(ReasonId::B2PaidTooMuch).arg(money(c, c.paid), money(c, c.order->fiatAmount), money(c, excess));
    if (isReleased(c)) {
        decide(c, "B2", Outcome::Refund);
        c.out.steps << Reason(ReasonId::B2AskRefundExcess).arg(money(c, excess));
    } else {
        decide(c, "B2", Outcome::Release);
        c.out.steps << Reason(ReasonId::ReleaseToBuyer);
        c.out.steps << Reason(ReasonId::B2AskRefundExcess).arg(money(c, excess));
    }
    c.out.notes << Reason(ReasonId::B2BuyerBearsLossIfRefused);
    noteUncooperative(c);
    return true;
}

bool clauseB3(Context& c)
{
    if (isReleased(c)) {
        c.whyNot = Reason(ReasonId::WhyNotAlreadyReleased);
        return false;
    }
    const QDateTime markedPaid = markedPaidAt(c);
    if (!markedPaid.isValid()) {
        c.whyNot = Reason(ReasonId::WhyNotNotMarkedPaid);
        return false;
    }
    if (c.facts.payments.isEmpty()) {
        c.whyNot = Reason(ReasonId::WhyNotNoPayment);
        return false;
    }
    if (!isRealtime(c)) {
        nonInstantDeadline(c, "B3", markedPaid);
        return true;
    }
    const QDateTime contactAt = markedPaid.addSecs(qint64(c.settings.realtimeReleaseMinutes) * 60);
    c.out.facts
        << Reason(ReasonId::B3RealtimeMarkedPaid).arg(markedPaid.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (c.at < contactAt) {
        decide(c, "B3", Outcome::None);
        c.out.pendingUntil = contactAt;
        c.out.steps << Reason(ReasonId::B3WaitMinutes).arg(c.settings.realtimeReleaseMinutes);
        return true;
    }
    decide(c, "B3", Outcome::Release);
    if (hasEvent(c.facts, EventType::SellerConfirmedReceipt)) {
        c.out.steps << Reason(ReasonId::ReleaseSellerConfirmedPayment);
    } else {
        c.out.steps << Reason(ReasonId::B3ContactSeller);
        c.out.steps << Reason(ReasonId::B3ReleaseIfNoAnswer).arg(c.settings.responseWindowMinutes);
    }
    return true;
}

bool clauseB4(Context& c)
{
    if (isReleased(c)) {
        c.whyNot = Reason(ReasonId::WhyNotAlreadyReleased);
        return false;
    }
    if (c.facts.payments.isEmpty() || c.paid != c.order->fiatAmount) {
        c.whyNot = Reason(ReasonId::WhyNotNotExactAmount).arg(money(c, c.paid), money(c, c.order->fiatAmount));
        return false;
    }
    c.out.facts << Reason(ReasonId::B4PaidFromOwnAccount).arg(money(c, c.paid));
    if (!c.order->marketPrice || c.order->marketPrice->isZero()) {
        decide(c, "B4", Outcome::Release);
        c.out.needsReview = true;
        c.out.notes << Reason(ReasonId::B4MarketPriceUnknown);
        c.out.steps << Reason(ReasonId::ReleaseToBuyer);
        return true;
    }
    const Decimal& market = *c.order->marketPrice;
    const Decimal percent = c.order->price.percentOf(market);
    c.out.facts
        << Reason(ReasonId::B4PricePercentOfMarket).arg(number(c.order->price), number(percent), number(market));
    // price / market <= threshold %, exactly: price * 100 <= market * threshold.
    const bool anomaly
        = __int128(c.order->price.units()) * 100 <= __int128(market.units()) * c.settings.priceAnomalyPercent;
    if (anomaly) {
        decide(c, "B4", Outcome::Refund);
        c.out.needsReview = true;
        c.out.flags << QStringLiteral("price_anomaly");
        c.out.notes << Reason(ReasonId::B4PriceAbnormallyLow).arg(c.settings.priceAnomalyPercent);
        c.out.steps << Reason(ReasonId::B4AskSellerRefund).arg(money(c, c.paid));
        return true;
    }
    decide(c, "B4", Outcome::Release);
    c.out.steps << Reason(ReasonId::ReleaseToBuyer);
    return true;
}

bool clauseB5(Context& c)
{
    if (isReleased(c)) {
        c.whyNot = Reason(ReasonId::WhyNotAlreadyReleased);
        return false;
    }
    // Quoted as the buyer wrote them.
    QStringList found;
    for (const Payment& p : c.facts.payments) {
        for (const TermScanner::Match& m : TermLists::sensitive().scan(p.remark)) {
            const QString word = p.remark.mid(m.start, m.length);
            if (!found.contains(word, Qt::CaseInsensitive))
                found << word;
        }
    }
    if (found.isEmpty()) {
        c.whyNot = Reason(ReasonId::WhyNotNoSensitiveWord);
        return false;
    }
    c.out.facts << Reason(ReasonId::B5RemarkMentions).arg(quoted(found));
    c.out.notes << Reason(ReasonId::B5SensitiveWords).arg(quoted(found));
    if (c.revision->sensitiveRemarkDespiteSellerTerms)
        c.out.notes << Reason(ReasonId::B5DespiteSellerTerms);
    if (hasEvent(c.facts, EventType::SellerConfirmedReceipt)) {
        decide(c, "B5", Outcome::Release);
        c.out.steps << Reason(ReasonId::B5ReleaseSellerConfirmedFunds);
        return true;
    }
    decide(c, "B5", Outcome::Refund);
    c.out.steps << Reason(ReasonId::B5AskReleaseOrRefund).arg(money(c, c.paid));
    c.out.notes << Reason(ReasonId::B5RefundFeeOnBuyer);
    return true;
}

bool clauseS1(Context& c)
{
    if (isReleased(c)) {
        c.whyNot = Reason(ReasonId::WhyNotAlreadyReleased);
        return false;
    }
    const bool proof = hasEvent(c.facts, EventType::PaymentProof);
    if (c.facts.payments.isEmpty() && (!proof || buyerUnreachable(c))) {
        decide(c, "S1", Outcome::Cancel);
        if (!proof)
            c.out.facts << Reason(ReasonId::S1NoPaymentNoProof);
        else
            c.out.facts << Reason(ReasonId::S1BuyerUnreachable);
        c.out.steps << Reason(ReasonId::CancelOrder);
        const int count = addStrike(c, c.buyer, StrikeKind::NonPaymentCancellation, "S1");
        if (count >= c.settings.nonPaymentPartialThreshold)
            addSanction(c, c.buyer, SanctionScope::Partial, c.settings.partialSanctionDays, "S1");
        return true;
    }
    QDateTime markedPaid = markedPaidAt(c);
    if (!markedPaid.isValid() && !c.facts.payments.isEmpty())
        markedPaid = c.facts.payments.first().at;
    if (!markedPaid.isValid()) {
        c.whyNot = Reason(ReasonId::WhyNotNotMarkedPaid);
        return false;
    }
    c.out.facts << Reason(ReasonId::S1PaidButNotArrived);
    nonInstantDeadline(c, "S1", markedPaid);
    return true;
}

bool clauseS3(Context& c)
{
    const CaseEvent* released = firstEvent(c.facts, EventType::Released);
    if (!isReleased(c)) {
        c.whyNot = Reason(ReasonId::WhyNotNotReleased);
        return false;
    }
    const CaseEvent* confirmed = firstEvent(c.facts, EventType::SellerConfirmedReceipt);
    if (confirmed && (!released || confirmed->at <= released->at)) {
        c.whyNot = Reason(ReasonId::WhyNotConfirmedBeforeRelease);
        return false;
    }
    decide(c, "S3", Outcome::None);
    c.out.needsReview = true;
    c.out.facts << Reason(ReasonId::S3ReleasedWithoutConfirming);
    c.out.steps << Reason(ReasonId::S3RecordReport);
    c.out.steps << Reason(ReasonId::S3AdvisePolice);
    c.out.notes << Reason(ReasonId::S3SellerBearsResponsibility);
    return true;
}

bool clauseS2(Context& c)
{
    c.whyNot = Reason(ReasonId::WhyNotPaymentsMatch);
    return false;
}

} // namespace PolicyClauses
