#include "PolicyClauses.h"

#include "BusinessCalendar.h"
#include "SanctionLadder.h"
#include "TermLists.h"

#include <QCoreApplication>

// The clauses an appellant can state (B1..B5, S1..S3), each with its own conditions; when they do not
// hold, the clause says why in Context::whyNot.
namespace PolicyClauses {

namespace {

// B3 (non-instant) and S1 (paid, not arrived): the seller has N business days
// from the marking as paid to release or to report that the payment has not arrived.
void nonInstantDeadline(Context& c, const char* clause, const QDateTime& markedPaid)
{
    const QTimeZone zone = BusinessCalendar::zoneForCurrency(c.order->fiat);
    const BusinessCalendar calendar(c.settings.holidays);
    const QDateTime deadline = calendar.addBusinessDays(markedPaid, c.settings.nonInstantBusinessDays, zone);
    c.out.facts << QCoreApplication::translate(
        "Policy", "Marked paid %1; %n business day(s) later is %2", nullptr, c.settings.nonInstantBusinessDays)
                       .arg(localTime(markedPaid, zone), localTime(deadline, zone));
    if (hasEvent(c.facts, EventType::SellerConfirmedReceipt)) {
        decide(c, clause, Outcome::Release);
        c.out.steps << QCoreApplication::translate(
            "Policy", "Release the crypto: the seller confirmed receipt of the payment");
        return;
    }
    if (c.at < deadline) {
        decide(c, clause, Outcome::None);
        c.out.pendingUntil = deadline;
        c.out.steps << QCoreApplication::translate("Policy",
            "Ask the seller to release the crypto, or to report that the payment has not "
            "arrived, before %1")
                           .arg(localTime(deadline, zone));
        return;
    }
    const CaseEvent* report = firstEvent(c.facts, EventType::SellerReportedNotReceived);
    if (report && report->at <= deadline) {
        decide(c, clause, Outcome::None);
        c.out.needsReview = true;
        c.out.facts << QCoreApplication::translate(
            "Policy", "The seller reported on %1 that the payment has not arrived")
                           .arg(localTime(report->at, zone));
        c.out.steps << QCoreApplication::translate(
            "Policy", "Check the seller's evidence that the payment has not arrived");
        return;
    }
    decide(c, clause, Outcome::Release);
    c.out.notes << QCoreApplication::translate(
        "Policy", "The seller did not report non-arrival by %1: the payment counts as received")
                       .arg(localTime(deadline, zone));
    c.out.steps << QCoreApplication::translate("Policy", "Release the crypto to the buyer");
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
        c.whyNot = QCoreApplication::translate("Policy", "the order was not cancelled");
        return false;
    }
    if (c.facts.payments.isEmpty()) {
        c.whyNot = QCoreApplication::translate("Policy", "no payment by the buyer is recorded");
        return false;
    }
    decide(c, "B1", Outcome::Refund);
    c.out.facts << QCoreApplication::translate("Policy", "The order was cancelled after the buyer paid %1")
                       .arg(money(c, c.paid));
    c.out.steps << QCoreApplication::translate(
        "Policy", "Ask the seller to return the %1 paid to the buyer (best effort)")
                       .arg(money(c, c.paid));
    c.out.notes << QCoreApplication::translate(
        "Policy", "If the seller refuses to refund, the exchange is not liable for the loss");
    noteUncooperative(c);
    return true;
}

bool clauseB2(Context& c)
{
    if (c.facts.payments.isEmpty() || c.paid <= c.order->fiatAmount) {
        c.whyNot = QCoreApplication::translate("Policy", "the buyer paid %1, not more than the order amount %2")
                       .arg(money(c, c.paid), money(c, c.order->fiatAmount));
        return false;
    }
    const Decimal excess = difference(c.paid, c.order->fiatAmount);
    c.out.facts << QCoreApplication::translate("Policy", "The buyer paid %1 for an order of %2: %3 too much")
                       .arg(money(c, c.paid), money(c, c.order->fiatAmount), money(c, excess));
    if (isReleased(c)) {
        decide(c, "B2", Outcome::Refund);
        c.out.steps << QCoreApplication::translate("Policy", "Ask the seller to refund the excess of %1 to the buyer")
                           .arg(money(c, excess));
    } else {
        decide(c, "B2", Outcome::Release);
        c.out.steps << QCoreApplication::translate("Policy", "Release the crypto to the buyer");
        c.out.steps << QCoreApplication::translate("Policy", "Ask the seller to refund the excess of %1 to the buyer")
                           .arg(money(c, excess));
    }
    c.out.notes << QCoreApplication::translate(
        "Policy", "If the seller refuses to refund the excess, the buyer bears the loss");
    noteUncooperative(c);
    return true;
}

bool clauseB3(Context& c)
{
    if (isReleased(c)) {
        c.whyNot = QCoreApplication::translate("Policy", "the seller has already released the crypto");
        return false;
    }
    const QDateTime markedPaid = markedPaidAt(c);
    if (!markedPaid.isValid()) {
        c.whyNot = QCoreApplication::translate("Policy", "the buyer has not marked the order paid");
        return false;
    }
    if (c.facts.payments.isEmpty()) {
        c.whyNot = QCoreApplication::translate("Policy", "no payment by the buyer is recorded");
        return false;
    }
    if (!isRealtime(c)) {
        nonInstantDeadline(c, "B3", markedPaid);
        return true;
    }
    const QDateTime contactAt = markedPaid.addSecs(qint64(c.settings.realtimeReleaseMinutes) * 60);
    c.out.facts << QCoreApplication::translate("Policy", "Real-time payment method; marked paid %1 UTC")
                       .arg(markedPaid.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (c.at < contactAt) {
        decide(c, "B3", Outcome::None);
        c.out.pendingUntil = contactAt;
        c.out.steps << QCoreApplication::translate(
            "Policy", "Wait until %1 minutes have passed since the order was marked paid")
                           .arg(c.settings.realtimeReleaseMinutes);
        return true;
    }
    decide(c, "B3", Outcome::Release);
    if (hasEvent(c.facts, EventType::SellerConfirmedReceipt)) {
        c.out.steps << QCoreApplication::translate(
            "Policy", "Release the crypto: the seller confirmed receipt of the payment");
    } else {
        c.out.steps << QCoreApplication::translate("Policy", "Contact the seller to release the crypto");
        c.out.steps << QCoreApplication::translate(
            "Policy", "If the seller does not answer within %1 minutes, release the crypto manually")
                           .arg(c.settings.responseWindowMinutes);
    }
    return true;
}

bool clauseB4(Context& c)
{
    if (isReleased(c)) {
        c.whyNot = QCoreApplication::translate("Policy", "the seller has already released the crypto");
        return false;
    }
    if (c.facts.payments.isEmpty() || c.paid != c.order->fiatAmount) {
        c.whyNot = QCoreApplication::translate("Policy", "the buyer paid %1, not the order amount %2")
                       .arg(money(c, c.paid), money(c, c.order->fiatAmount));
        return false;
    }
    c.out.facts << QCoreApplication::translate(
        "Policy", "The buyer paid the order amount %1 from an account in the buyer's own name")
                       .arg(money(c, c.paid));
    if (!c.order->marketPrice || c.order->marketPrice->isZero()) {
        decide(c, "B4", Outcome::Release);
        c.out.needsReview = true;
        c.out.notes << QCoreApplication::translate("Policy",
            "The market price at order time is unknown: check that the price was not abnormally "
            "low before releasing");
        c.out.steps << QCoreApplication::translate("Policy", "Release the crypto to the buyer");
        return true;
    }
    const Decimal& market = *c.order->marketPrice;
    const Decimal percent = c.order->price.percentOf(market);
    c.out.facts << QCoreApplication::translate("Policy", "The order price %1 is %2% of the market price %3")
                       .arg(number(c, c.order->price), number(c, percent), number(c, market));
    // price / market <= threshold %, exactly: price * 100 <= market * threshold.
    const bool anomaly
        = __int128(c.order->price.units()) * 100 <= __int128(market.units()) * c.settings.priceAnomalyPercent;
    if (anomaly) {
        decide(c, "B4", Outcome::Refund);
        c.out.needsReview = true;
        c.out.flags << QStringLiteral("price_anomaly");
        c.out.notes << QCoreApplication::translate(
            "Policy", "The price is abnormally low (at or below %1% of the market price)")
                           .arg(c.settings.priceAnomalyPercent);
        c.out.steps
            << QCoreApplication::translate("Policy", "Ask the seller to refund %1 to the buyer").arg(money(c, c.paid));
        return true;
    }
    decide(c, "B4", Outcome::Release);
    c.out.steps << QCoreApplication::translate("Policy", "Release the crypto to the buyer");
    return true;
}

bool clauseB5(Context& c)
{
    if (isReleased(c)) {
        c.whyNot = QCoreApplication::translate("Policy", "the seller has already released the crypto");
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
        c.whyNot = QCoreApplication::translate("Policy", "no payment remark contains a sensitive word");
        return false;
    }
    c.out.facts << QCoreApplication::translate("Policy", "The buyer's payment remark mentions %1").arg(quoted(found));
    c.out.notes
        << QCoreApplication::translate("Policy", "Sensitive words in the payment remark: %1").arg(quoted(found));
    if (c.revision->sensitiveRemarkDespiteSellerTerms)
        c.out.notes << QCoreApplication::translate(
            "Policy", "This holds even where the seller's terms asked buyers not to write such words");
    if (hasEvent(c.facts, EventType::SellerConfirmedReceipt)) {
        decide(c, "B5", Outcome::Release);
        c.out.steps << QCoreApplication::translate(
            "Policy", "Release the crypto: the seller confirmed receipt of the funds");
        return true;
    }
    decide(c, "B5", Outcome::Refund);
    c.out.steps << QCoreApplication::translate(
        "Policy", "Ask the seller to release the crypto if the funds arrived, otherwise to refund %1")
                       .arg(money(c, c.paid));
    c.out.notes << QCoreApplication::translate("Policy", "Any fee of the refund is borne by the buyer");
    return true;
}

bool clauseS1(Context& c)
{
    if (isReleased(c)) {
        c.whyNot = QCoreApplication::translate("Policy", "the seller has already released the crypto");
        return false;
    }
    const bool proof = hasEvent(c.facts, EventType::PaymentProof);
    if (c.facts.payments.isEmpty() && (!proof || buyerUnreachable(c))) {
        decide(c, "S1", Outcome::Cancel);
        if (!proof)
            c.out.facts << QCoreApplication::translate(
                "Policy", "No payment and no proof of payment by the buyer is recorded");
        else
            c.out.facts << QCoreApplication::translate(
                "Policy", "The buyer cannot be reached and no payment is recorded");
        c.out.steps << QCoreApplication::translate("Policy", "Cancel the order");
        const int count = addStrike(c, c.buyer, StrikeKind::NonPaymentCancellation, "S1");
        if (count >= c.settings.nonPaymentPartialThreshold)
            addSanction(c, c.buyer, SanctionScope::Partial, c.settings.partialSanctionDays, "S1");
        return true;
    }
    QDateTime markedPaid = markedPaidAt(c);
    if (!markedPaid.isValid() && !c.facts.payments.isEmpty())
        markedPaid = c.facts.payments.first().at;
    if (!markedPaid.isValid()) {
        c.whyNot = QCoreApplication::translate("Policy", "the buyer has not marked the order paid");
        return false;
    }
    c.out.facts << QCoreApplication::translate(
        "Policy", "The buyer paid, but the seller says the payment has not arrived");
    nonInstantDeadline(c, "S1", markedPaid);
    return true;
}

bool clauseS3(Context& c)
{
    const CaseEvent* released = firstEvent(c.facts, EventType::Released);
    if (!isReleased(c)) {
        c.whyNot = QCoreApplication::translate("Policy", "the crypto has not been released");
        return false;
    }
    const CaseEvent* confirmed = firstEvent(c.facts, EventType::SellerConfirmedReceipt);
    if (confirmed && (!released || confirmed->at <= released->at)) {
        c.whyNot
            = QCoreApplication::translate("Policy", "the seller confirmed receipt of the payment before releasing");
        return false;
    }
    decide(c, "S3", Outcome::None);
    c.out.needsReview = true;
    c.out.facts << QCoreApplication::translate(
        "Policy", "The seller released the crypto without confirming the payment");
    c.out.steps << QCoreApplication::translate("Policy", "Record the seller's report");
    c.out.steps << QCoreApplication::translate("Policy", "Advise the seller to report the case to the police");
    c.out.notes << QCoreApplication::translate(
        "Policy", "The seller bears full responsibility; recovery of the funds is not guaranteed");
    return true;
}

bool clauseS2(Context& c)
{
    c.whyNot = QCoreApplication::translate("Policy",
        "the payments went to the listed account, from the buyer's own name, and cover the order "
        "amount");
    return false;
}

} // namespace PolicyClauses
