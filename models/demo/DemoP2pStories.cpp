#include "DemoStories.h"

namespace demo {

namespace {

const char* const kStoryIds[ScenarioCount]
    = { "G0", "B1", "B2", "B3", "B3", "B4", "B5", "B6", "S1", "S2a", "S2b", "S2c", "S2d", "S3", "S4", "LC1", "LC2" };
// Per mille; sums to 1000.
const int kScenarioWeights[ScenarioCount] = { 15, 60, 50, 110, 80, 60, 50, 30, 90, 45, 50, 60, 25, 30, 35, 110, 100 };

} // namespace

QString storyId(Scenario s)
{
    return QString::fromLatin1(kStoryIds[s]);
}

int storyWeight(Scenario s)
{
    return kScenarioWeights[s];
}

void writeP2pStory(CaseDraft& d, Scenario s)
{
    CaseFacts& f = d.result.facts;
    f.kind = CaseKind::P2pAppeal;
    int realtime = -1;
    int buyerOffender = 8;
    int sellerOffender = 8;
    switch (s) {
    case B3Realtime:
        realtime = 1;
        break;
    case B3NonInstant:
        realtime = 0;
        break;
    case B6:
        sellerOffender = 40;
        break;
    case S1:
        buyerOffender = 50;
        break;
    case S2a:
    case S2b:
        buyerOffender = 40;
        break;
    case S4:
        buyerOffender = 40;
        break;
    default:
        break;
    }
    int market;
    if (s == G0) {
        market = Cny;
    } else {
        const int r = d.rng.below(100);
        market = r < 22 ? Sek : r < 42 ? Bgn : r < 64 ? Thb : r < 84 ? Eur : Usd;
    }
    // S1 with a payment is the non-instant "not arrived" story.
    const int s1Variant = s == S1 ? d.rng.below(100) : 0;
    if (s == S1 && s1Variant >= 70)
        realtime = 0;
    d.setupOrder(market, realtime, buyerOffender, sellerOffender);
    Order& o = *f.order;

    // Default story shape: created, buyer pays and marks paid, appeal some time
    // later; the agent's handling (up to 70 minutes of events) ends before now.
    d.opened = d.now.addSecs(-d.openedAgo());
    qint64 waitBeforeAppeal = d.rng.range(45 * 60, 3 * 3600);
    Role appellant = Role::Buyer;
    QString reason = storyId(s);
    switch (s) {
    case S1:
    case S2d:
    case S3:
    case S4:
        appellant = Role::Seller;
        break;
    case S2a:
    case S2b:
        appellant = d.rng.chance(60) ? Role::Seller : Role::Buyer;
        break;
    case S2c:
        appellant = d.rng.chance(70) ? Role::Seller : Role::Buyer;
        break;
    default:
        break;
    }
    if (s == S2a || s == S2b || s == S2c || s == S2d)
        reason = appellant == Role::Seller ? QStringLiteral("S2") : QStringLiteral("B3");
    if (s == S2b && appellant == Role::Buyer && d.rng.chance(50))
        reason = QStringLiteral("B4");
    d.lang = appellant == Role::Seller ? d.seller.lang : d.buyer.lang;
    Outcome override = Outcome::None;
    const char* overrideNote = "";

    const int bl = d.buyer.lang;
    const int sl = d.seller.lang;
    auto markedPaidFlow = [&](const QDateTime& paidAt, bool withPayment) {
        const QDateTime at = paidAt.addSecs(-d.rng.range(30, 240));
        if (withPayment && d.rng.chance(10)) { // two transfers, e.g. for a bank's daily limit
            const qint64 first = d.amount * d.rng.range(40, 60) / 100 / 100 * 100;
            d.pay(at.addSecs(-40), first);
            d.pay(at, d.amount - first);
        } else if (withPayment) {
            d.pay(at, d.amount);
        }
        d.event(paidAt, EventType::MarkedPaid, Role::Buyer);
        d.before(Channel::OrderChat, Role::Buyer, say(Phrase::Greeting, bl, d.rng));
        d.before(Channel::OrderChat, Role::Buyer, d.fill(say(Phrase::BuyerPaid, bl, d.rng)));
    };

    switch (s) {
    case G0:
    case B3Realtime:
    case B3NonInstant: {
        if (s == G0)
            reason = QStringLiteral("B3");
        const bool rt = o.paymentMethod.realtime;
        const int v = d.rng.below(100);
        if (rt && v < 12) { // still inside the seller's 15 minutes
            d.pending = true;
            const QDateTime paidAt = d.now.addSecs(-d.rng.range(3 * 60, 13 * 60));
            d.opened = paidAt.addSecs(d.rng.range(60, 120));
            waitBeforeAppeal = paidAt.secsTo(d.opened) + 300;
            markedPaidFlow(paidAt, true);
            d.before(Channel::OrderChat, Role::Buyer, say(Phrase::BuyerWaiting, bl, d.rng));
        } else if (rt) {
            waitBeforeAppeal = d.rng.range(16 * 60, 90 * 60);
            const QDateTime paidAt = d.opened.addSecs(-waitBeforeAppeal + 300);
            markedPaidFlow(paidAt, true);
            d.before(Channel::OrderChat, Role::Buyer, say(Phrase::BuyerWaiting, bl, d.rng));
            if (d.rng.chance(40))
                d.before(Channel::OrderChat, Role::Seller, say(Phrase::SellerChecking, sl, d.rng));
            d.after(Channel::OrderChat, Role::Agent, d.fill(say(Phrase::AgentAskSeller, d.lang, d.rng)));
            d.event(d.opened.addSecs(d.rng.range(120, 300)), EventType::SellerContacted, Role::Agent);
            if (d.rng.chance(70))
                d.event(d.opened.addSecs(d.rng.range(40 * 60, 60 * 60)), EventType::PartyUnresponsive, Role::Agent,
                    Role::Seller);
            else
                d.after(Channel::OrderChat, Role::Seller, say(Phrase::SellerNotReceived, sl, d.rng));
            d.expected = Outcome::Release;
            override = Outcome::Refund;
            overrideNote = "Seller's bank statement shows the transfer was returned to the buyer; refund confirmed.";
        } else if (v < 20) { // non-instant, still inside 2 business days
            d.pending = true;
            const QDateTime paidAt = d.now.addSecs(-d.rng.range(2 * 3600, 20 * 3600));
            d.opened = paidAt.addSecs(d.rng.range(3600, 2 * 3600 - 60));
            waitBeforeAppeal = paidAt.secsTo(d.opened) + 600;
            markedPaidFlow(paidAt, true);
            d.before(Channel::OrderChat, Role::Seller, say(Phrase::SellerNotReceived, sl, d.rng));
        } else {
            // Past the deadline (2 business days can span a weekend: at most 4 days, no holidays).
            const qint64 sincePaid = d.rng.range64(4LL * 86400 + 3600, 7LL * 86400);
            waitBeforeAppeal = sincePaid + 600;
            const QDateTime paidAt = d.opened.addSecs(-sincePaid);
            markedPaidFlow(paidAt, true);
            d.before(Channel::OrderChat, Role::Seller, say(Phrase::SellerNotReceived, sl, d.rng));
            d.before(Channel::OrderChat, Role::Buyer, say(Phrase::BuyerWaiting, bl, d.rng));
            if (v < 45) {
                d.event(paidAt.addSecs(d.rng.range(20 * 3600, 30 * 3600)), EventType::SellerReportedNotReceived,
                    Role::Seller);
                d.review = true;
                override = Outcome::Release;
                overrideNote = "Buyer's bank trace shows the transfer was credited; released after review.";
            } else {
                d.expected = Outcome::Release;
                override = Outcome::Refund;
                overrideNote = "Buyer's bank recalled the transfer; seller refunded what arrived.";
            }
            d.after(Channel::OrderChat, Role::Agent, d.fill(say(Phrase::AgentAskProof, d.lang, d.rng)));
        }
        if (s == G0) {
            d.review = true;
            d.expected = Outcome::None;
            override = Outcome::Cancel;
            overrideNote = "CNY trade: handled by the CNY desk, order cancelled by agreement of both parties.";
        }
        break;
    }
    case B1: {
        o.status = OrderStatus::Cancelled;
        const bool timeout = d.rng.chance(70);
        const QDateTime cancelAt = d.opened.addSecs(-waitBeforeAppeal + 900);
        if (timeout) {
            d.event(cancelAt, EventType::Cancelled, Role::System, Role::None, CancelCause::Timeout);
            d.pay(cancelAt.addSecs(d.rng.range(60, 1200)), d.amount);
        } else {
            markedPaidFlow(cancelAt.addSecs(-d.rng.range(120, 600)), true);
            d.event(cancelAt, EventType::Cancelled, Role::Seller, Role::None, CancelCause::Mistake);
        }
        d.before(Channel::OrderChat, Role::Buyer, say(Phrase::BuyerCancelledButPaid, bl, d.rng));
        if (d.rng.chance(50))
            d.before(Channel::OrderChat, Role::Seller, say(Phrase::SellerChecking, sl, d.rng));
        d.after(Channel::OrderChat, Role::Agent, d.fill(say(Phrase::AgentAskProof, d.lang, d.rng)));
        d.event(d.opened.addSecs(d.rng.range(120, 600)), EventType::SellerContacted, Role::Agent);
        d.expected = Outcome::Refund;
        override = Outcome::Cancel;
        overrideNote = "Seller refunded the buyer directly before we acted; nothing left to return.";
        break;
    }
    case B2: {
        const bool twice = d.rng.chance(25);
        d.extra = twice ? d.amount : d.amount * d.rng.range(5, 25) / 100 / 100 * 100;
        const QDateTime paidAt = d.opened.addSecs(-waitBeforeAppeal + 300);
        d.pay(paidAt.addSecs(-120), twice ? d.amount : d.amount + d.extra);
        if (twice)
            d.pay(paidAt.addSecs(-60), d.amount);
        d.event(paidAt, EventType::MarkedPaid, Role::Buyer);
        d.before(Channel::OrderChat, Role::Buyer, d.fill(say(Phrase::BuyerPaid, bl, d.rng)));
        d.before(Channel::OrderChat, Role::Buyer, d.fill(say(Phrase::BuyerOverpaid, bl, d.rng)));
        if (d.rng.chance(50)) {
            o.status = OrderStatus::Released;
            d.event(paidAt.addSecs(d.rng.range(120, 900)), EventType::Released, Role::Seller);
            d.before(Channel::OrderChat, Role::Seller, say(Phrase::SellerConfirms, sl, d.rng));
            d.expected = Outcome::Refund;
        } else {
            d.expected = Outcome::Release;
            override = Outcome::Refund;
            overrideNote = "Buyer asked to cancel and take back the whole payment; seller agreed.";
        }
        d.after(Channel::OrderChat, Role::Agent, d.fill(say(Phrase::AgentAskSeller, d.lang, d.rng)));
        break;
    }
    case B4: {
        const QDateTime paidAt = d.opened.addSecs(-waitBeforeAppeal + 300);
        markedPaidFlow(paidAt, true);
        d.extra = d.amount * d.rng.range(3, 12) / 100 / 100 * 100;
        d.before(Channel::OrderChat, Role::Seller, d.fill(say(Phrase::SellerHigherPrice, sl, d.rng)));
        d.before(Channel::OrderChat, Role::Buyer, say(Phrase::BuyerRefusesMore, bl, d.rng));
        if (!o.marketPrice)
            o.marketPrice = Decimal::fromUnits(o.price.units() * (1000 + d.rng.range(-10, 10)) / 1000 / 10000 * 10000);
        if (d.rng.chance(35)) {
            // An ad priced at or below 90 % of the market: the seller may have a point.
            const int percent = d.rng.chance(25) ? 90 : d.rng.range(70, 89);
            o.price = Decimal::fromUnits(o.marketPrice->units() * percent / 100);
            d.expected = Outcome::Refund;
        } else {
            d.expected = Outcome::Release;
            override = Outcome::Refund;
            overrideNote
                = "Ad price came from a pricing-bot error the seller reported in time; refund approved by lead.";
        }
        break;
    }
    case B5: {
        const QDateTime paidAt = d.opened.addSecs(-waitBeforeAppeal + 300);
        markedPaidFlow(paidAt, true);
        Payment& p = f.payments.last();
        p.remark = say(Phrase::SensitiveRemark, bl, d.rng);
        if (d.rng.chance(30))
            p.remark = o.number + QLatin1Char(' ') + p.remark;
        d.before(Channel::OrderChat, Role::Seller, say(Phrase::SellerSensitive, sl, d.rng));
        if (d.rng.chance(40)) {
            d.event(d.opened.addSecs(d.rng.range(600, 1800)), EventType::SellerConfirmedReceipt, Role::Seller);
            d.after(Channel::OrderChat, Role::Seller, say(Phrase::SellerConfirms, sl, d.rng));
            d.expected = Outcome::Release;
        } else {
            d.expected = Outcome::Refund;
            override = Outcome::Release;
            overrideNote = "Seller changed their mind on the phone and accepted the payment.";
        }
        break;
    }
    case B6:
    case S4: {
        const Role offender = s == B6 ? Role::Seller : Role::Buyer;
        const QDateTime paidAt = d.opened.addSecs(-waitBeforeAppeal + 300);
        markedPaidFlow(paidAt, true);
        d.before(Channel::OrderChat, offender, say(Phrase::Greeting, d.langOf(offender), d.rng));
        d.abuse(&d.beforeAppeal, offender, d.rng.chance(80));
        d.expected = d.confirmAbuse ? Outcome::Suspend : Outcome::None;
        if (d.rng.chance(50))
            d.beforeAppeal.append(
                { Channel::OrderChat, offender, say(Phrase::AbuseStrong, d.langOf(offender), d.rng), offender });
        o.status = OrderStatus::Released;
        d.event(paidAt.addSecs(d.rng.range(300, 1800)), EventType::Released, Role::Seller);
        d.after(Channel::OrderChat, Role::Agent, say(Phrase::AgentCalm, d.lang, d.rng));
        break;
    }
    case S1: {
        const QDateTime paidAt = d.opened.addSecs(-waitBeforeAppeal + 300);
        if (s1Variant < 70) {
            markedPaidFlow(paidAt, false);
            d.before(Channel::OrderChat, Role::Seller, say(Phrase::SellerNotReceived, sl, d.rng));
            d.after(Channel::OrderChat, Role::Agent, d.fill(say(Phrase::AgentAskBuyer, d.lang, d.rng)));
            d.event(d.opened.addSecs(d.rng.range(120, 300)), EventType::BuyerContacted, Role::Agent);
            if (d.rng.chance(65))
                d.event(d.opened.addSecs(d.rng.range(40 * 60, 70 * 60)), EventType::PartyUnresponsive, Role::Agent,
                    Role::Buyer);
            else
                d.after(Channel::OrderChat, Role::Buyer, say(Phrase::BuyerNoPayment, bl, d.rng));
            d.expected = Outcome::Cancel;
            override = Outcome::Release;
            overrideNote = "Seller found the payment under a different reference; released.";
        } else if (s1Variant < 80) {
            d.pending = true;
            const QDateTime recent = d.now.addSecs(-d.rng.range(2 * 3600, 20 * 3600));
            d.opened = recent.addSecs(d.rng.range(3600, 2 * 3600 - 60));
            waitBeforeAppeal = recent.secsTo(d.opened) + 300;
            markedPaidFlow(recent, true);
            d.before(Channel::OrderChat, Role::Seller, say(Phrase::SellerNotReceived, sl, d.rng));
        } else {
            const qint64 sincePaid = d.rng.range64(4LL * 86400 + 3600, 7LL * 86400);
            waitBeforeAppeal = sincePaid + 600;
            const QDateTime at = d.opened.addSecs(-sincePaid);
            markedPaidFlow(at, true);
            d.before(Channel::OrderChat, Role::Seller, say(Phrase::SellerNotReceived, sl, d.rng));
            if (d.rng.chance(60)) {
                d.event(
                    at.addSecs(d.rng.range(20 * 3600, 30 * 3600)), EventType::SellerReportedNotReceived, Role::Seller);
                d.review = true;
                override = Outcome::Cancel;
                overrideNote = "Bank statement confirmed nothing arrived; buyer's bank confirmed a failed transfer.";
            } else {
                d.expected = Outcome::Release;
            }
        }
        break;
    }
    case S2a: {
        const QDateTime paidAt = d.opened.addSecs(-waitBeforeAppeal + 300);
        d.pay(paidAt.addSecs(-d.rng.range(30, 240)), d.amount, false);
        d.event(paidAt, EventType::MarkedPaid, Role::Buyer);
        d.before(Channel::OrderChat, Role::Buyer, d.fill(say(Phrase::BuyerPaid, bl, d.rng)));
        d.before(Channel::OrderChat, Role::Seller, say(Phrase::SellerWrongAccount, sl, d.rng));
        d.before(Channel::OrderChat, Role::Buyer, say(Phrase::BuyerWrongAccountReply, bl, d.rng));
        d.expected = Outcome::Cancel;
        override = Outcome::Release;
        overrideNote = "The other account also belongs to the seller (verified company account); released.";
        break;
    }
    case S2b: {
        User other;
        do
            other = makeUser(d.seed, d.buyer.lang, kOffenders + d.rng.below(kRegulars));
        while (other.kycName() == d.buyer.kycName());
        d.payer = d.rng.chance(50) ? other.first + QLatin1Char(' ') + d.buyer.last : other.kycName();
        if (d.payer == d.buyer.kycName())
            d.payer = other.kycName();
        const QDateTime paidAt = d.opened.addSecs(-waitBeforeAppeal + 300);
        markedPaidFlow(paidAt, true);
        d.before(Channel::OrderChat, Role::Seller, d.fill(say(Phrase::SellerNameMismatch, sl, d.rng)));
        d.before(Channel::OrderChat, Role::Buyer, say(Phrase::BuyerNameReply, bl, d.rng));
        d.expected = Outcome::Refund;
        override = Outcome::Release;
        overrideNote = "Payer is the buyer's own registered business; company KYC verified.";
        break;
    }
    case S2c:
    case S2d: {
        d.paid = d.amount * d.rng.range(50, 95) / 100 / 100 * 100;
        d.extra = d.amount - d.paid;
        const int v = d.rng.below(100);
        QDateTime paidAt = d.opened.addSecs(-waitBeforeAppeal + 300);
        if (s == S2c && v >= 20 && v < 40) { // remainder requested, its deadline still ahead
            d.pending = true;
            const QDateTime requested = d.now.addSecs(-d.rng.range(5 * 60, 25 * 60));
            d.opened = requested.addSecs(-d.rng.range(5 * 60, 20 * 60));
            paidAt = d.opened.addSecs(-d.rng.range(20 * 60, 40 * 60));
            waitBeforeAppeal = paidAt.secsTo(d.opened) + 300;
            d.event(requested, EventType::RemainderRequested, Role::Agent);
        }
        if (d.rng.chance(40)) { // split payment, still short
            const qint64 first = d.paid * d.rng.range(30, 70) / 100 / 100 * 100;
            d.pay(paidAt.addSecs(-280), first);
            d.pay(paidAt.addSecs(-120), d.paid - first);
        } else {
            d.pay(paidAt.addSecs(-120), d.paid);
        }
        d.event(paidAt, EventType::MarkedPaid, Role::Buyer);
        d.before(Channel::OrderChat, Role::Buyer, d.fill(say(Phrase::BuyerPaid, bl, d.rng)));
        d.before(Channel::OrderChat, Role::Seller, d.fill(say(Phrase::SellerPaidLess, sl, d.rng)));
        d.before(Channel::OrderChat, Role::Buyer, say(Phrase::BuyerShortReply, bl, d.rng));
        if (s == S2d) {
            o.status = OrderStatus::Released;
            d.event(paidAt.addSecs(d.rng.range(60, 600)), EventType::Released, Role::Seller);
            d.after(Channel::OrderChat, Role::Agent, d.fill(say(Phrase::AgentRemainder, d.lang, d.rng)));
        } else if (v >= 40) {
            const QDateTime requested = d.opened.addSecs(d.rng.range(120, 600));
            d.event(requested, EventType::RemainderRequested, Role::Agent);
            d.after(Channel::OrderChat, Role::Agent, d.fill(say(Phrase::AgentRemainder, d.lang, d.rng)));
            if (v < 65) {
                d.pay(requested.addSecs(d.rng.range(300, 1500)), d.extra);
                d.event(requested.addSecs(1560), EventType::RemainderPaid, Role::Buyer);
                d.expected = Outcome::Release;
            } else if (v < 80) {
                d.event(requested.addSecs(d.rng.range(300, 1200)), EventType::BuyerRefusedRemainder, Role::Buyer);
                d.after(Channel::OrderChat, Role::Buyer, say(Phrase::BuyerShortReply, bl, d.rng));
                d.expected = Outcome::Refund;
            } else {
                d.expected = Outcome::Refund; // deadline passed in silence
            }
            override = Outcome::Cancel;
            overrideNote = "Both parties agreed to cancel; seller returned the partial payment.";
        }
        break;
    }
    case S3: {
        const QDateTime paidAt = d.opened.addSecs(-waitBeforeAppeal + 300);
        markedPaidFlow(paidAt, d.rng.chance(30));
        o.status = OrderStatus::Released;
        d.event(paidAt.addSecs(d.rng.range(20, 120)), EventType::Released, Role::Seller);
        d.before(Channel::OrderChat, Role::Seller, say(Phrase::SellerReleasedEarly, sl, d.rng));
        d.review = true;
        break;
    }
    default:
        break;
    }
    d.end = d.opened.addSecs(qMin<qint64>(3 * 3600, d.opened.secsTo(d.now) - 30));

    // Conduct on top of an order clause: the other side turns abusive.
    if (s != B6 && s != S4 && d.rng.chance(8)) {
        const Role offender = appellant == Role::Buyer ? Role::Seller : Role::Buyer;
        d.abuse(&d.beforeAppeal, offender, d.rng.chance(75));
    }
    if (!d.pending && d.rng.chance(20))
        d.after(Channel::OrderComment, appellant, say(Phrase::Comment, d.langOf(appellant), d.rng));
    if (d.rng.chance(4))
        d.beforeAppeal.append(
            { Channel::OrderChat, d.rng.chance(50) ? Role::Buyer : Role::Seller, d.fill(pickMarkup(d.rng)) });

    f.appellant = appellant;
    f.reason = reason;
    o.createdAt = d.opened.addSecs(-waitBeforeAppeal);
    d.event(o.createdAt, EventType::OrderCreated, Role::Buyer);
    d.event(d.opened, EventType::AppealOpened, appellant);
    d.afterAppeal.prepend({ Channel::OrderChat, Role::Bot, say(Phrase::BotAppeal, d.lang, d.rng) });
    d.afterAppeal.insert(1,
        { Channel::OrderChat, Role::Agent,
            say(Phrase::AgentHello, d.lang, d.rng)
                .replace(QLatin1String("{agent}"), agent(d.lang, d.index % 2).name) });
    d.planDecision(override, overrideNote);
}
} // namespace demo
