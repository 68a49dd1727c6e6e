#include "DemoCaseDraft.h"

namespace demo {

User CaseDraft::pickUser(int userLang, int offenderPercent)
{
    int k;
    if (rng.chance(offenderPercent)) // skewed: a few offenders have very many cases
        k = rng.below(kOffenders) * rng.below(kOffenders) / kOffenders;
    else
        k = kOffenders + rng.below(kRegulars);
    return makeUser(seed, userLang, k);
}

void CaseDraft::addHistory(const User& u)
{
    if (!u.offender || !rng.chance(70))
        return;
    const QHash<StrikeKind, int> h = offenderHistory(seed, u);
    if (!h.isEmpty())
        result.facts.history.insert(u.id, h);
}

QString CaseDraft::fill(QString text) const
{
    const QString fiat = market < MarketCount ? QString::fromLatin1(kMarkets[market].fiat) : QString();
    text.replace(QLatin1String("{amount}"), money(amount).toString());
    text.replace(QLatin1String("{extra}"), money(extra).toString());
    text.replace(QLatin1String("{paid}"), money(paid).toString());
    text.replace(QLatin1String("{fiat}"), fiat);
    text.replace(QLatin1String("{payer}"), payer);
    text.replace(QLatin1String("{order}"), result.facts.order ? result.facts.order->number : QString());
    return text;
}

void CaseDraft::event(const QDateTime& at, EventType type, Role by, Role party, CancelCause cause)
{
    CaseEvent e;
    e.at = at;
    e.type = type;
    e.by = by;
    e.party = party;
    e.cause = cause;
    if (by == Role::Agent)
        e.agent = agent(lang, index % 2).id;
    result.facts.events.append(e);
}

void CaseDraft::pay(const QDateTime& at, qint64 cents, bool listed)
{
    Payment p;
    p.at = at;
    p.amount = money(cents);
    p.payerName = payer.isEmpty() ? payerVariant(buyer, rng) : payer;
    p.toListedAccount = listed;
    if (rng.chance(80))
        p.realtime = result.facts.order->paymentMethod.realtime;
    const int r = rng.below(100);
    if (r < 3)
        p.remark = say(Phrase::SensitiveRemark, buyer.lang, rng);
    else if (r < 45)
        p.remark = result.facts.order->number;
    else if (r < 80)
        p.remark = say(Phrase::PlainRemark, buyer.lang, rng);
    result.facts.payments.append(p);
}

void CaseDraft::abuse(QList<DraftMessage>* list, Role from, bool confirm)
{
    const int speaker = from == Role::User ? lang : langOf(from);
    const QString text = rng.chance(50) ? say(Phrase::AbuseMild, speaker, rng) : say(Phrase::AbuseStrong, speaker, rng);
    const Channel ch = from == Role::User ? Channel::LiveChat : Channel::OrderChat;
    list->append({ ch, from, text, from });
    abuser = from;
    confirmAbuse = confirm;
}

// Small talk in the middle of the chat before the appeal: waiting, checking, greeting.
void CaseDraft::addChatter(int count)
{
    const bool live = result.facts.kind != CaseKind::P2pAppeal;
    QList<DraftMessage> chatter;
    for (int i = 0; i < count; ++i) {
        const Role from = live ? (i % 2 ? Role::User : Role::Agent) : (i % 2 ? Role::Buyer : Role::Seller);
        const int speaker = live ? lang : langOf(from);
        const QString text = from == Role::Agent ? say(Phrase::LiveAgent, speaker, rng)
            : i % 3 == 0                         ? say(Phrase::Greeting, speaker, rng)
            : from == Role::Seller               ? say(Phrase::SellerChecking, speaker, rng)
            : live                               ? say(Phrase::LiveAsk, speaker, rng)
                                                 : say(Phrase::BuyerWaiting, speaker, rng);
        chatter.append({ live ? Channel::LiveChat : Channel::OrderChat, from, text });
    }
    const qsizetype middle = beforeAppeal.size() / 2;
    beforeAppeal = beforeAppeal.mid(0, middle) + chatter + beforeAppeal.mid(middle);
}

// Gives the drafted messages their times: the order chat spread over the time
// before the appeal, the bot at once after it, then replies a few minutes apart.
// Records abuse_confirmed pointing at the first abusive message.
void CaseDraft::placeMessages()
{
    CaseFacts& f = result.facts;
    auto place = [&](const QList<DraftMessage>& list, const QList<QDateTime>& times) {
        for (int i = 0; i < list.size(); ++i) {
            Message m;
            m.at = times.at(i);
            m.channel = list.at(i).channel;
            m.from = list.at(i).from;
            m.text = list.at(i).text;
            if (list.at(i).abuser != Role::None && confirmAbuse && abuser == list.at(i).abuser) {
                // Live chat: the agent confirms while reporting; an order chat: once the appeal is open.
                QDateTime confirmAt = m.at.addSecs(qMin<qint64>(600, m.at.secsTo(end)));
                if (m.at < opened)
                    confirmAt = f.order ? opened.addSecs(qMin<qint64>(900, opened.secsTo(end))) : opened;
                event(confirmAt, EventType::AbuseConfirmed, Role::Agent, abuser);
                f.events.last().messageIndex = int(f.messages.size());
                confirmAbuse = false;
            }
            f.messages.append(m);
        }
    };
    auto evenly = [](int count, const QDateTime& from, const QDateTime& to) {
        QList<QDateTime> times;
        const qint64 span = qMax<qint64>(0, from.secsTo(to));
        for (int i = 0; i < count; ++i)
            times.append(from.addSecs(span * (i + 1) / (count + 1)));
        return times;
    };

    place(beforeAppeal, evenly(int(beforeAppeal.size()), f.order ? f.order->createdAt : created, opened));
    QList<QDateTime> after;
    QDateTime t = opened;
    for (int i = 0; i < afterAppeal.size(); ++i) {
        t = t.addSecs(i == 0 ? rng.range(3, 20) : rng.range(40, 420));
        after.append(t);
    }
    if (!after.isEmpty() && after.last() > end)
        after = evenly(int(afterAppeal.size()), opened, end);
    place(afterAppeal, after);
    std::stable_sort(
        f.events.begin(), f.events.end(), [](const CaseEvent& a, const CaseEvent& b) { return a.at < b.at; });
}

void CaseDraft::setupOrder(int marketId, int realtime, int buyerOffender, int sellerOffender)
{
    market = marketId;
    const Market& mk = kMarkets[market];
    auto langFor = [&]() {
        switch (market) {
        case Sek:
            return int(Sv);
        case Bgn:
            return int(Bg);
        case Thb:
            return int(Th);
        case Eur:
            return rng.below(3); // en, sv, bg all trade euros
        default:
            return int(En);
        }
    };
    buyer = pickUser(langFor(), buyerOffender);
    do
        seller = pickUser(langFor(), sellerOffender);
    while (seller.n == buyer.n);

    Order o;
    QList<const Method*> fits;
    for (int i = 0; i < mk.methodCount; ++i)
        if (realtime < 0 || mk.methods[i].realtime == bool(realtime))
            fits.append(&mk.methods[i]);
    const Method* method = fits.at(rng.below(int(fits.size())));
    o.paymentMethod.name = QString::fromLatin1(method->name);
    o.paymentMethod.realtime = method->realtime;
    o.fiat = QString::fromLatin1(mk.fiat);
    o.number = QString::number(10000000000LL + (index * 104729LL + qint64(seed % 90000000000ULL)) % 90000000000LL);

    const int asset = rng.below(100);
    qint64 usdPerAsset = 1; // whole USD per coin
    if (asset < 10) {
        o.sideAsset = QStringLiteral("BTC");
        usdPerAsset = 95000;
    } else if (asset < 15) {
        o.sideAsset = QStringLiteral("ETH");
        usdPerAsset = 3300;
    } else {
        o.sideAsset = QStringLiteral("USDT");
    }
    const qint64 marketTicks = mk.usdtTicks * usdPerAsset * (1000 + rng.range(-15, 15)) / 1000;
    const qint64 priceTicks = marketTicks * (1000 + rng.range(-20, 25)) / 1000;
    amount = rng.range64(mk.minAmount / mk.step, mk.maxAmount / mk.step) * mk.step * 100;
    o.fiatAmount = money(amount);
    o.price = Decimal::fromUnits(priceTicks * 10000);
    if (rng.chance(85))
        o.marketPrice = Decimal::fromUnits(marketTicks * 10000);
    // Ads quote the fiat amount; the coin amount is what that buys, cut to the asset's precision.
    const qint64 cryptoUnits = amount * 10000000000LL / priceTicks;
    const qint64 precision = o.sideAsset == QLatin1String("USDT") ? 1000000 : 100;
    o.cryptoAmount = Decimal::fromUnits(cryptoUnits / precision * precision);
    o.sellerAccount = accountFor(o.paymentMethod.name, o.fiat, seller, seed);
    o.status = OrderStatus::Paid;
    result.facts.order = o;

    result.facts.parties = { { Role::Buyer, buyer.id, buyer.nickname, buyer.kycName() },
        { Role::Seller, seller.id, seller.nickname, seller.kycName() } };
    addHistory(buyer);
    addHistory(seller);
}

qint64 CaseDraft::openedAgo()
{
    // Against the 24-hour SLA: a third not due before tomorrow, a fifth due within the next hours, a fifth overdue
    // since yesterday, and the rest the weeks behind (mostly decided: the reports' history). At least three hours:
    // the stories' handling (up to 70 minutes of events) ends before now.
    const int bucket = rng.below(100);
    if (bucket < 35)
        return rng.range64(3 * 3600, 18 * 3600);
    if (bucket < 55)
        return rng.range64(18 * 3600, 23 * 3600 + 45 * 60);
    if (bucket < 75)
        return rng.range64(24 * 3600 + 15 * 60, 48 * 3600);
    return rng.range64(2 * 86400, 30LL * 86400);
}

void CaseDraft::planDecision(Outcome override, const char* overrideNote)
{
    // Most cases of the weeks behind are decided, few of the day's: the queue is today's work.
    const int percent = opened < now.addSecs(-2 * 86400) ? 85 : 25;
    if (pending || (!review && expected == Outcome::None) || end >= now.addSecs(-1800) || !rng.chance(percent))
        return;
    DemoDecision d;
    d.agent = agent(lang, (index + 1) % 2).id;
    d.decidedAt = end.addSecs(rng.range(300, qMin<int>(6 * 3600, int(end.secsTo(now)) - 60)));
    if (review) {
        // A person judged it; only some of those stories end in a decision.
        if (override == Outcome::None || !rng.chance(40))
            return;
        d.outcome = override;
        d.note = QString::fromUtf8(overrideNote);
    } else if (override != Outcome::None && rng.chance(8)) {
        d.outcome = override;
        d.note = QString::fromUtf8(overrideNote);
    }
    result.decision = d;
}
} // namespace demo
