#include "PolicyEngine.h"

#include "BusinessCalendar.h"
#include "NameMatcher.h"
#include "PolicyRevision.h"
#include "TermLists.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <limits>
#include <optional>

// policy.md, clause by clause. Each clause is one function named after its id
// (clauseS2b, ...). Fact clauses are tried first in precedence order, then the
// clause of the stated reason; conduct (B6/S4) is added on top.
//
// Adding a clause: write clauseXy(Context&) returning whether its conditions hold
// (a stated-reason clause sets Context::whyNot when they do not), list it in
// kFactClauses (in precedence order) or kStatedClauses, give it a summary in
// clauseSummary(), and add its scenarios to tests/policy/tst_policyengine.cpp.
// What differs between revisions is data in PolicyRevision.

namespace {

struct Context
{
    Context(const CaseFacts& f, const QDateTime& t, const PolicySettings& s, const StrikeHistory& r, Suggestion& o)
        : facts(f)
        , at(t)
        , settings(s)
        , recorded(r)
        , out(o)
    { }

    const CaseFacts& facts;
    const QDateTime& at;
    const PolicySettings& settings;
    const StrikeHistory& recorded;
    Suggestion& out;
    const PolicyRevision* revision = nullptr;
    const Order* order = nullptr;
    const Party* buyer = nullptr;
    Decimal paid;
    QString whyNot; // set by a stated-reason clause whose conditions do not hold
    // The UI language's number format, fetched once and only when an amount is written.
    std::optional<QLocale> locale;
    // When facts after the instant were left out: the index of each payment and message in the
    // case as stored, so flagged spans point at the right one.
    QList<int> paymentIndex;
    QList<int> messageIndex;

    int storedPayment(int i) const { return paymentIndex.isEmpty() ? i : paymentIndex.at(i); }
    int storedMessage(int i) const { return messageIndex.isEmpty() ? i : messageIndex.at(i); }
};

using ClauseFunction = bool (*)(Context&);

struct ClauseRule
{
    const char* id;
    ClauseFunction apply;
};

// ---- facts helpers

QString roleText(Role role)
{
    switch (role) {
    case Role::Buyer:
        return QCoreApplication::translate("Policy", "buyer");
    case Role::Seller:
        return QCoreApplication::translate("Policy", "seller");
    default:
        return QCoreApplication::translate("Policy", "user");
    }
}

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

const CaseEvent* firstEvent(const CaseFacts& f, EventType type, Role party = Role::None)
{
    for (const CaseEvent& e : f.events)
        if (e.type == type && (party == Role::None || e.party == party))
            return &e;
    return nullptr;
}

bool hasEvent(const CaseFacts& f, EventType type)
{
    return firstEvent(f, type) != nullptr;
}

bool isReleased(const Context& c)
{
    return c.order->status == OrderStatus::Released || hasEvent(c.facts, EventType::Released);
}

bool isCancelled(const Context& c)
{
    return c.order->status == OrderStatus::Cancelled || hasEvent(c.facts, EventType::Cancelled);
}

// Non-instant when the method is, or when any payment was made by a non-instant transfer.
bool isRealtime(const Context& c)
{
    for (const Payment& p : c.facts.payments)
        if (p.realtime && !*p.realtime)
            return false;
    return c.order->paymentMethod.realtime;
}

QDateTime markedPaidAt(const Context& c)
{
    if (const CaseEvent* e = firstEvent(c.facts, EventType::MarkedPaid))
        return e->at;
    return QDateTime();
}

// Sums and differences of amounts from a file, clamped instead of overflowing.
Decimal saturated(__int128 units)
{
    const __int128 low = std::numeric_limits<qint64>::min();
    const __int128 high = std::numeric_limits<qint64>::max();
    return Decimal::fromUnits(qint64(units < low ? low : units > high ? high : units));
}

Decimal difference(const Decimal& a, const Decimal& b)
{
    return saturated(__int128(a.units()) - b.units());
}

const QLocale& numberLocale(Context& c)
{
    if (!c.locale)
        c.locale.emplace();
    return *c.locale;
}

QString number(Context& c, const Decimal& value)
{
    return value.toLocaleString(numberLocale(c));
}

QString money(Context& c, const Decimal& amount)
{
    return number(c, amount) + QLatin1Char(' ') + c.order->fiat;
}

QString localTime(const QDateTime& t, const QTimeZone& zone)
{
    // Formatted by hand: QDateTime::toString with a pattern is a large share of a suggestion's cost.
    const QDateTime local = t.toTimeZone(zone);
    const QDate d = local.date();
    const QTime h = local.time();
    return QString::asprintf("%04d-%02d-%02d %02d:%02d ", d.year(), d.month(), d.day(), h.hour(), h.minute())
        + QString::fromLatin1(zone.id());
}

QString quoted(const QStringList& terms)
{
    QStringList q;
    for (const QString& t : terms)
        q << QLatin1Char('"') + t + QLatin1Char('"');
    return q.join(QStringLiteral(", "));
}

int priorStrikes(const Context& c, const QString& user, StrikeKind kind)
{
    // Bounded: counts come from files and a database, and must not overflow.
    const qint64 sum = qint64(c.recorded.value(user).value(kind)) + c.facts.history.value(user).value(kind);
    return int(std::clamp<qint64>(sum, 0, 1000000));
}

// Records this case's strike and returns the user's count including it.
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

void decide(Context& c, const char* clause, Outcome outcome)
{
    c.out.clauses << QString::fromLatin1(clause);
    c.out.outcome = outcome;
}

void noteUncooperative(Context& c)
{
    c.out.notes << QCoreApplication::translate(
        "Policy", "Users who do not cooperate during the appeal may be suspended (G1)");
}

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

// ---- stated-reason clauses

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

// ---- conduct: B6 (buyer appeals) and S4 (seller appeals)

const char* conductClause(const Context& c)
{
    return c.facts.appellant == Role::Seller ? "S4" : "B6";
}

// Adds the abusive_language strikes (and sanctions) for every party an agent
// confirmed; returns whether any was confirmed.
bool clauseConduct(Context& c)
{
    const char* clause = conductClause(c);
    bool any = false;
    for (const Role role : { Role::Buyer, Role::Seller }) {
        if (!firstEvent(c.facts, EventType::AbuseConfirmed, role))
            continue;
        const Party* party = c.facts.partyByRole(role);
        if (!party)
            continue;
        if (!any)
            c.out.clauses << QString::fromLatin1(clause);
        any = true;
        c.out.facts << QCoreApplication::translate("Policy", "An agent confirmed abusive language by the %1")
                           .arg(roleText(role));
        const int count = addStrike(c, party, StrikeKind::AbusiveLanguage, clause);
        if (count >= c.settings.abusiveLanguageThreshold)
            addSanction(c, party, SanctionScope::Partial, c.settings.partialSanctionDays, clause);
    }
    return any;
}

void conductOnly(Context& c)
{
    if (clauseConduct(c)) {
        c.out.outcome = c.out.sanctions.isEmpty() ? Outcome::None : Outcome::Suspend;
        if (c.out.sanctions.isEmpty())
            c.out.steps << QCoreApplication::translate("Policy", "Record the strike; no sanction follows yet");
        return;
    }
    c.out.clauses << QString::fromLatin1(conductClause(c));
    c.out.outcome = Outcome::None;
    c.out.needsReview = true;
    c.out.steps << QCoreApplication::translate(
        "Policy", "Read the transcript and confirm the abusive language, naming the party");
}

// ---- scanners: they only flag, a person confirms

void scanRemarks(Context& c)
{
    for (int i = 0; i < c.facts.payments.size(); ++i) {
        const QString& remark = c.facts.payments.at(i).remark;
        const TermScanner& scanner = TermLists::sensitive();
        for (const TermScanner::Match& m : scanner.scan(remark)) {
            c.out.spans << FlaggedSpan { FlaggedSpan::PaymentRemark, c.storedPayment(i), m.start, m.length,
                scanner.terms().at(m.term), QStringLiteral("sensitive_remark"), scanner.term(m.term).category };
        }
    }
    for (const FlaggedSpan& s : c.out.spans) {
        if (s.flag == QLatin1String("sensitive_remark")) {
            c.out.flags << s.flag;
            break;
        }
    }
}

void scanTranscript(Context& c)
{
    bool any = false;
    QStringList threats; // as written
    const TermScanner& scanner = TermLists::abusive();
    for (int i = 0; i < c.facts.messages.size(); ++i) {
        const Message& message = c.facts.messages.at(i);
        if (message.from == Role::Agent || message.from == Role::Bot || message.from == Role::System)
            continue;
        for (const TermScanner::Match& m : scanner.scan(message.text)) {
            any = true;
            c.out.spans << FlaggedSpan { FlaggedSpan::MessageText, c.storedMessage(i), m.start, m.length,
                scanner.terms().at(m.term), QStringLiteral("abuse_suspected"), scanner.term(m.term).category };
            const QString words = message.text.mid(m.start, m.length);
            if (scanner.term(m.term).category == QLatin1String("threat")
                && !threats.contains(words, Qt::CaseInsensitive))
                threats << words;
        }
    }
    if (any)
        c.out.flags << QStringLiteral("abuse_suspected");
    // Settled reading 8: a threat is flagged like abuse; the facts say it is a threat, quoted as written.
    if (!threats.isEmpty())
        c.out.facts << QCoreApplication::translate("Policy", "Possible threat in the chat: %1").arg(quoted(threats));
}

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
            c.out.statedReasonNote = QCoreApplication::translate("Policy",
                "The stated reason %1 was not applied: the P2P rules do not cover "
                "trades in CNY")
                                         .arg(stated);
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
            c.out.statedReasonNote = known
                ? QCoreApplication::translate("Policy", "The stated reason %1 does not apply: %2").arg(stated, c.whyNot)
                : QCoreApplication::translate("Policy", "The stated reason '%1' is not a clause of the P2P rules")
                      .arg(stated);
            c.out.notes << c.out.statedReasonNote;
        }
    } else if (!winner.isEmpty() && !winner.startsWith(stated)) {
        c.out.statedReasonNote = QCoreApplication::translate(
            "Policy", "The stated reason %1 was not applied: the facts match %2, which comes first")
                                     .arg(stated, winner);
    }

    if (winner.isEmpty() && conductReason)
        conductOnly(c);
    else
        clauseConduct(c);
}

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
            out.notes << QCoreApplication::translate("Policy", "The case has no order");
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
            *error = QCoreApplication::translate("Policy", "The case has no %1").arg(roleText(role));
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
