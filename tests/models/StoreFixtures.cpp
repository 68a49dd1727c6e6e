#include "StoreFixtures.h"

#include "CaseService.h"
#include "TestBackend.h"

#include <QSqlQuery>

namespace StoreFixtures {

QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

Decimal dec(const char* text)
{
    Decimal d;
    Decimal::parse(QString::fromLatin1(text), &d);
    return d;
}

CaseEvent caseEvent(const char* at, EventType type, Role by)
{
    CaseEvent e;
    e.at = utc(at);
    e.type = type;
    e.by = by;
    return e;
}

CaseFacts p2pCase(const QString& id, const QString& buyerNick)
{
    CaseFacts f;
    f.id = id;
    f.kind = CaseKind::P2pAppeal;
    f.openedAt = utc("2026-11-20T09:40:00Z");
    f.appellant = Role::Buyer;
    f.reason = QStringLiteral("B3");
    f.language = QStringLiteral("sv");
    Order o;
    o.number = QStringLiteral("22918837461");
    o.createdAt = utc("2026-11-20T09:00:00Z");
    o.sideAsset = QStringLiteral("USDT");
    o.cryptoAmount = dec("150.00");
    o.fiat = QStringLiteral("SEK");
    o.fiatAmount = dec("1575.00");
    o.price = dec("10.50");
    o.marketPrice = dec("10.62");
    o.paymentMethod = PaymentMethod { QStringLiteral("Swish"), true };
    o.sellerAccount = QStringLiteral("Swish 070-123 45 67");
    o.status = OrderStatus::Paid;
    f.order = o;
    f.parties = { Party { Role::Buyer, QStringLiteral("U-48213"), buyerNick, QStringLiteral("Eva Andersson") },
        Party {
            Role::Seller, QStringLiteral("U-99120"), QStringLiteral("fastusdt"), QStringLiteral("Nikolai Petrov") } };
    Payment p1;
    p1.at = utc("2026-11-20T09:06:00Z");
    p1.amount = dec("1000.5");
    p1.payerName = QStringLiteral("Eva Andersson");
    p1.toListedAccount = true;
    p1.realtime = true;
    p1.remark = QStringLiteral("order 22918837461 <b>&amp;");
    Payment p2;
    p2.at = utc("2026-11-20T09:07:00Z");
    p2.amount = dec("574.50");
    p2.payerName = QStringLiteral("E. Andersson");
    p2.toListedAccount = false;
    f.payments = { p1, p2 };
    CaseEvent created = caseEvent("2026-11-20T09:00:00Z", EventType::OrderCreated, Role::Buyer);
    CaseEvent cancelled = caseEvent("2026-11-20T09:30:00Z", EventType::Cancelled, Role::System);
    cancelled.cause = CancelCause::Timeout;
    CaseEvent abuse = caseEvent("2026-11-20T09:45:00Z", EventType::AbuseConfirmed, Role::Agent);
    abuse.party = Role::Seller;
    abuse.note = QStringLiteral("insult in message 2");
    abuse.agent = QStringLiteral("agent.anna");
    abuse.messageIndex = 1;
    // Out of time order on purpose: the file's order is kept.
    f.events = { created, abuse, cancelled };
    f.messages = { Message { utc("2026-11-20T09:08:00Z"), Channel::OrderChat, Role::Buyer,
                       QStringLiteral("Hej! Betalat via Swish.") },
        Message { utc("2026-11-20T09:09:00Z"), Channel::OrderChat, Role::Seller,
            QString::fromUtf8("\xe0\xb8\xaa\xe0\xb8\xa7\xe0\xb8\xb1\xe0\xb8\xaa\xe0\xb8\x94\xe0\xb8\xb5 <i>x</i>") } };
    f.history[QStringLiteral("U-99120")][StrikeKind::AbusiveLanguage] = 1;
    return f;
}

CaseFacts lc2Case(const QString& id)
{
    CaseFacts f;
    f.id = id;
    f.kind = CaseKind::LiveChatSuspensionAppeal;
    f.openedAt = utc("2026-11-21T10:00:00Z");
    f.appellant = Role::User;
    f.reason = QStringLiteral("impersonation");
    f.language = QStringLiteral("bg");
    f.parties = { Party { Role::User, QStringLiteral("U-7"), QString(), QString() } };
    f.suspension = Suspension { QStringLiteral("U-7"), utc("2026-11-19T10:00:00Z"), 7 };
    return f;
}

DecisionRecord decisionOf(const QString& caseId, Outcome outcome)
{
    DecisionRecord d;
    d.caseId = caseId;
    d.outcome = outcome;
    d.agent = QStringLiteral("agent.anna");
    d.decidedAt = utc("2026-11-21T12:00:00Z");
    return d;
}

DecisionRecord recorded(const DecisionRecord& d, const Suggestion& s)
{
    DecisionRequest request;
    request.caseId = d.caseId;
    request.outcome = d.outcome;
    request.agent = d.agent;
    request.note = d.note;
    return CaseService::recordFor(s, request, d.decidedAt);
}

Suggestion suggestionFor(const CaseFacts& f, Outcome outcome, const QString& clause)
{
    Suggestion s;
    s.caseId = f.id;
    s.revision = QStringLiteral("p2p-2021-04-07");
    s.clauses = { clause };
    s.outcome = outcome;
    return s;
}

QString difference(const CaseFacts& a, const CaseFacts& b)
{
#define CHECK(expr)                                                                                                    \
    if (!(expr))                                                                                                       \
        return QStringLiteral(#expr);
    CHECK(a.id == b.id)
    CHECK(a.kind == b.kind)
    CHECK(a.openedAt == b.openedAt)
    CHECK(a.appellant == b.appellant)
    CHECK(a.reason == b.reason)
    CHECK(a.language == b.language)
    CHECK(a.order.has_value() == b.order.has_value())
    if (a.order) {
        const Order &x = *a.order, &y = *b.order;
        CHECK(x.number == y.number)
        CHECK(x.createdAt == y.createdAt)
        CHECK(x.sideAsset == y.sideAsset)
        CHECK(x.cryptoAmount == y.cryptoAmount)
        CHECK(x.fiat == y.fiat)
        CHECK(x.fiatAmount == y.fiatAmount)
        CHECK(x.price == y.price)
        CHECK(x.marketPrice == y.marketPrice)
        CHECK(x.paymentMethod.name == y.paymentMethod.name)
        CHECK(x.paymentMethod.realtime == y.paymentMethod.realtime)
        CHECK(x.sellerAccount == y.sellerAccount)
        CHECK(x.status == y.status)
    }
    CHECK(a.parties.size() == b.parties.size())
    for (int i = 0; i < a.parties.size(); ++i) {
        CHECK(a.parties[i].role == b.parties[i].role)
        CHECK(a.parties[i].userId == b.parties[i].userId)
        CHECK(a.parties[i].nickname == b.parties[i].nickname)
        CHECK(a.parties[i].kycName == b.parties[i].kycName)
    }
    CHECK(a.payments.size() == b.payments.size())
    for (int i = 0; i < a.payments.size(); ++i) {
        CHECK(a.payments[i].at == b.payments[i].at)
        CHECK(a.payments[i].amount == b.payments[i].amount)
        CHECK(a.payments[i].payerName == b.payments[i].payerName)
        CHECK(a.payments[i].toListedAccount == b.payments[i].toListedAccount)
        CHECK(a.payments[i].realtime == b.payments[i].realtime)
        CHECK(a.payments[i].remark == b.payments[i].remark)
    }
    CHECK(a.events.size() == b.events.size())
    for (int i = 0; i < a.events.size(); ++i) {
        CHECK(a.events[i].at == b.events[i].at)
        CHECK(a.events[i].type == b.events[i].type)
        CHECK(a.events[i].by == b.events[i].by)
        CHECK(a.events[i].party == b.events[i].party)
        CHECK(a.events[i].cause == b.events[i].cause)
        CHECK(a.events[i].note == b.events[i].note)
        CHECK(a.events[i].agent == b.events[i].agent)
        CHECK(a.events[i].messageIndex == b.events[i].messageIndex)
    }
    CHECK(a.messages.size() == b.messages.size())
    for (int i = 0; i < a.messages.size(); ++i) {
        CHECK(a.messages[i].at == b.messages[i].at)
        CHECK(a.messages[i].channel == b.messages[i].channel)
        CHECK(a.messages[i].from == b.messages[i].from)
        CHECK(a.messages[i].text == b.messages[i].text)
    }
    CHECK(a.history == b.history)
    CHECK(a.suspension.has_value() == b.suspension.has_value())
    if (a.suspension) {
        CHECK(a.suspension->userId == b.suspension->userId)
        CHECK(a.suspension->since == b.suspension->since)
        CHECK(a.suspension->days == b.suspension->days)
    }
#undef CHECK
    return QString();
}

} // namespace StoreFixtures

using namespace StoreFixtures;

bool StoreTest::openStore(QString* error)
{
    static int connections = 0;
    const QString location = TestBackend::freshLocation(error);
    if (location.isEmpty())
        return false;
    m_db = std::make_unique<Database>(location, QStringLiteral("store-%1").arg(++connections));
    if (!m_db->open()) {
        *error = m_db->error();
        return false;
    }
    m_store = std::make_unique<CaseStore>(*m_db);
    return true;
}

void StoreTest::closeStore()
{
    m_store.reset();
    m_db.reset();
    TestBackend::dropFresh();
}

QString StoreTest::scalar(const QString& sql) const
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(sql) || !q.next())
        return QString();
    return q.value(0).toString();
}

bool StoreTest::insert(const CaseFacts& f, Outcome outcome, const QString& clause)
{
    return m_store->cases().insert(f, suggestionFor(f, outcome, clause), utc("2026-11-21T00:00:00Z"));
}
