#include "CaseService.h"
#include "CaseStore.h"
#include "Database.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QtTest>

namespace {

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

CaseEvent event(const char* at, EventType type, Role by)
{
    CaseEvent e;
    e.at = utc(at);
    e.type = type;
    e.by = by;
    return e;
}

CaseFacts p2pCase(const QString& id, const QString& buyerNick = QStringLiteral("nordic_bear"))
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
    CaseEvent created = event("2026-11-20T09:00:00Z", EventType::OrderCreated, Role::Buyer);
    CaseEvent cancelled = event("2026-11-20T09:30:00Z", EventType::Cancelled, Role::System);
    cancelled.cause = CancelCause::Timeout;
    CaseEvent abuse = event("2026-11-20T09:45:00Z", EventType::AbuseConfirmed, Role::Agent);
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

// What CaseService hands the store: the record `d` asks for on suggestion `s` (kept strikes, override).
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

// The first difference between two cases, empty when equal.
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

} // namespace

class tst_CaseStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void roundTrip_data();
    void roundTrip();
    void queueColumns_data();
    void queueColumns();
    void usersKeepLatestNickname();
    void searchRowWritten();
    void searchRowsFollowTheCallersTransaction();
    void decideOnlyOnce();
    void decideRefusesUnknownCaseAndOverrideWithoutNote();
    void strikesDerivedAndVoidedNotCounted();
    void historyTakesTheLargestCount();
    void deleteOnlyUndecided();
    void caseCountsFollowEveryWrite();
    void settingsRoundTrip();
    void auditChainLinked();

private:
    QString scalar(const QString& sql) const
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(sql) || !q.next())
            return QString();
        return q.value(0).toString();
    }
    bool insert(const CaseFacts& f, Outcome outcome = Outcome::Refund, const QString& clause = QStringLiteral("B3"))
    {
        return m_store->insertCase(f, suggestionFor(f, outcome, clause), utc("2026-11-21T00:00:00Z"));
    }

    std::unique_ptr<Database> m_db;
    std::unique_ptr<CaseStore> m_store;
    int m_connection = 0;
};

void tst_CaseStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_CaseStore::init()
{
    m_db = std::make_unique<Database>(QStringLiteral(":memory:"), QStringLiteral("store-%1").arg(++m_connection));
    QVERIFY2(m_db->open(), qPrintable(m_db->error()));
    m_store = std::make_unique<CaseStore>(*m_db);
}

void tst_CaseStore::cleanup()
{
    m_store.reset();
    m_db.reset();
}

void tst_CaseStore::roundTrip_data()
{
    QTest::addColumn<bool>("liveChat");
    QTest::newRow("p2p appeal, every field") << false;
    QTest::newRow("live-chat suspension appeal") << true;
}

void tst_CaseStore::roundTrip()
{
    QFETCH(bool, liveChat);
    const CaseFacts facts = liveChat ? lc2Case(QStringLiteral("LC-1")) : p2pCase(QStringLiteral("AP-1"));
    QVERIFY(!m_store->caseExists(facts.id));
    QVERIFY2(insert(facts), qPrintable(m_store->lastError()));
    QVERIFY(m_store->caseExists(facts.id));
    QVERIFY(!m_store->isDecided(facts.id));
    QCOMPARE(m_store->caseCount(), 1);
    const std::optional<CaseFacts> loaded = m_store->loadCase(facts.id);
    QVERIFY(loaded);
    const QString diff = difference(facts, *loaded);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QVERIFY(!m_store->loadCase(QStringLiteral("nope")));
}

void tst_CaseStore::queueColumns_data()
{
    QTest::addColumn<bool>("pending");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QDateTime>("due");
    QTest::newRow("decidable: SLA from opening")
        << false << int(Outcome::Refund) << QStringLiteral("open") << utc("2026-11-21T09:40:00Z");
    QTest::newRow("waiting: pending until")
        << true << int(Outcome::None) << QStringLiteral("waiting") << utc("2026-11-24T09:00:00Z");
    QTest::newRow("pending with an outcome stays open")
        << true << int(Outcome::Release) << QStringLiteral("open") << utc("2026-11-24T09:00:00Z");
}

void tst_CaseStore::queueColumns()
{
    QFETCH(bool, pending);
    QFETCH(int, outcome);
    QFETCH(QString, status);
    QFETCH(QDateTime, due);
    const CaseFacts f = p2pCase(QStringLiteral("AP-Q"));
    Suggestion s = suggestionFor(f, Outcome(outcome), QStringLiteral("B3"));
    s.clauses << QStringLiteral("B6");
    if (pending)
        s.pendingUntil = utc("2026-11-24T09:00:00Z");
    QVERIFY(m_store->insertCase(f, s, utc("2026-11-21T00:00:00Z")));
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM cases")), status);
    QCOMPARE(scalar(QStringLiteral("SELECT suggested_clause FROM cases")), QStringLiteral("B3"));
    QCOMPARE(scalar(QStringLiteral("SELECT suggested_outcome FROM cases")), PolicyIds::toId(Outcome(outcome)));
    QCOMPARE(scalar(QStringLiteral("SELECT due_at FROM cases")).toLongLong(), due.toMSecsSinceEpoch());

    // A refreshed suggestion moves the queue columns the same way.
    s.pendingUntil.reset();
    s.outcome = Outcome::Cancel;
    s.clauses = { QStringLiteral("B1") };
    QVERIFY(m_store->updateSuggestion(f.id, s));
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM cases")), QStringLiteral("open"));
    QCOMPARE(scalar(QStringLiteral("SELECT suggested_clause FROM cases")), QStringLiteral("B1"));
    QCOMPARE(scalar(QStringLiteral("SELECT due_at FROM cases")).toLongLong(),
        utc("2026-11-21T09:40:00Z").toMSecsSinceEpoch());
}

void tst_CaseStore::usersKeepLatestNickname()
{
    QVERIFY(insert(p2pCase(QStringLiteral("AP-1"), QStringLiteral("old_nick"))));
    QVERIFY(insert(p2pCase(QStringLiteral("AP-2"), QStringLiteral("new_nick"))));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM users")), QStringLiteral("2"));
    QCOMPARE(
        scalar(QStringLiteral("SELECT nickname FROM users WHERE user_id = 'U-48213'")), QStringLiteral("new_nick"));
    // Each case keeps the nickname it was filed with.
    QCOMPARE(m_store->loadCase(QStringLiteral("AP-1"))->parties.at(0).nickname, QStringLiteral("old_nick"));
    QCOMPARE(m_store->casesOfUser(QStringLiteral("U-48213")).size(), 2);
    QCOMPARE(m_store->casesOfUser(QStringLiteral("U-48213")).at(0).role, Role::Buyer);
}

void tst_CaseStore::searchRowWritten()
{
    QVERIFY(insert(p2pCase(QStringLiteral("AP-S"))));
    const QString rowid = scalar(QStringLiteral("SELECT id FROM cases WHERE case_id = 'AP-S'"));
    for (const char* term : { "AP-S", "22918837461", "U-99120", "nordic_bear", "Betalat via" })
        QCOMPARE(scalar(QStringLiteral("SELECT rowid FROM case_search WHERE case_search MATCH '\"%1\"'")
                            .arg(QLatin1String(term))),
            rowid);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM case_search WHERE case_search MATCH '\"Eva Andersson\"'")),
        QStringLiteral("0")); // KYC names are not searchable text
}

void tst_CaseStore::searchRowsFollowTheCallersTransaction()
{
    QVERIFY(m_db->beginWrite());
    for (const char* id : { "AP-1", "AP-2", "AP-3" })
        QVERIFY(insert(p2pCase(QString::fromLatin1(id))));
    m_db->rollback();
    QVERIFY(m_db->beginWrite());
    for (const char* id : { "AP-4", "AP-5" })
        QVERIFY(insert(p2pCase(QString::fromLatin1(id))));
    QVERIFY(m_db->commit());
    QCOMPARE(m_store->caseCount(), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM case_search s JOIN cases c ON c.id = s.rowid")),
        QStringLiteral("2"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM case_search")), QStringLiteral("2"));
}

void tst_CaseStore::decideOnlyOnce()
{
    const CaseFacts f = p2pCase(QStringLiteral("AP-D"));
    QVERIFY(insert(f));
    Suggestion s = suggestionFor(f, Outcome::Refund, QStringLiteral("S2b"));
    s.strikes = { SuggestedStrike { QStringLiteral("U-48213"), StrikeKind::KycNameMismatch, QStringLiteral("S2b") } };
    s.sanctions
        = { SuggestedSanction { QStringLiteral("U-48213"), Role::Buyer, SanctionScope::P2p, 15, QStringLiteral("S2b") },
              SuggestedSanction { QStringLiteral("U-48213"), Role::Buyer, SanctionScope::Partial, std::nullopt,
                  QStringLiteral("B6") } };
    DecisionRecord d;
    d.caseId = f.id;
    d.outcome = Outcome::Refund;
    d.agent = QStringLiteral("agent.anna");
    d.decidedAt = utc("2026-11-21T12:00:00Z");
    QVERIFY2(m_store->decide(recorded(d, s), s), qPrintable(m_store->lastError()));
    QVERIFY(m_store->isDecided(f.id));
    QVERIFY(!m_store->decide(recorded(d, s), s));
    QVERIFY(m_store->lastError().contains(QLatin1String("already decided")));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM decisions")), QStringLiteral("1"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM strikes")), QStringLiteral("1"));
    QCOMPARE(scalar(QStringLiteral("SELECT version FROM cases")), QStringLiteral("2"));

    const std::optional<DecisionRecord> stored = m_store->decision(f.id);
    QVERIFY(stored);
    QCOMPARE(stored->outcome, Outcome::Refund);
    QCOMPARE(stored->suggestedOutcome, Outcome::Refund);
    QVERIFY(!stored->isOverride);
    QCOMPARE(stored->agent, QStringLiteral("agent.anna"));
    QCOMPARE(stored->decidedAt, d.decidedAt);
    QCOMPARE(stored->clauses, QStringList { QStringLiteral("S2b") });
    QCOMPARE(stored->revision, QStringLiteral("p2p-2021-04-07"));
    QCOMPARE(stored->strikes.size(), 1);
    QCOMPARE(stored->strikes.at(0).kind, StrikeKind::KycNameMismatch);
    QCOMPARE(stored->sanctions.size(), 2);
    QCOMPARE(stored->sanctions.at(0).endsAt, std::optional<QDateTime>(utc("2026-12-06T12:00:00Z")));
    QVERIFY(!stored->sanctions.at(1).endsAt);
    QVERIFY(!stored->sanctions.at(1).days);
    // Ids and values only, never the translated steps and notes.
    QCOMPARE(scalar(QStringLiteral("SELECT suggestion_json FROM decisions")), QString::fromUtf8(s.toRecordJsonLine()));
    QCOMPARE(m_store->activeSanctions(utc("2026-12-01T00:00:00Z")).size(), 2);
    QCOMPARE(m_store->activeSanctions(utc("2026-12-07T00:00:00Z")).size(), 1); // the open-ended one
    QCOMPARE(m_store->activeSanctions(utc("2026-11-21T11:00:00Z")).size(), 0);
    QVERIFY(stored->toJsonLine().contains("\"decided_at\":\"2026-11-21T12:00:00Z\""));
    QCOMPARE(scalar(QStringLiteral("SELECT action FROM audit_log")), QStringLiteral("decide"));
}

void tst_CaseStore::decideRefusesUnknownCaseAndOverrideWithoutNote()
{
    const CaseFacts f = p2pCase(QStringLiteral("AP-O"));
    QVERIFY(insert(f));
    const Suggestion s = suggestionFor(f, Outcome::Refund, QStringLiteral("B3"));
    DecisionRecord d;
    d.caseId = QStringLiteral("AP-unknown");
    d.outcome = Outcome::Refund;
    d.agent = QStringLiteral("agent.bo");
    d.decidedAt = utc("2026-11-21T12:00:00Z");
    QVERIFY(!m_store->decide(recorded(d, s), s));
    d.caseId = f.id;
    d.outcome = Outcome::Release;
    QVERIFY(!m_store->decide(recorded(d, s), s)); // override without a note
    QVERIFY(!m_store->isDecided(f.id));
    d.note = QStringLiteral("seller confirmed receipt by phone");
    QVERIFY2(m_store->decide(recorded(d, s), s), qPrintable(m_store->lastError()));
    QVERIFY(m_store->decision(f.id)->isOverride);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM decisions")), QStringLiteral("1"));
}

void tst_CaseStore::strikesDerivedAndVoidedNotCounted()
{
    const QString user = QStringLiteral("U-48213");
    for (const char* id : { "AP-1", "AP-2", "AP-3" }) {
        const CaseFacts f = p2pCase(QString::fromLatin1(id));
        QVERIFY(insert(f));
        Suggestion s = suggestionFor(f, Outcome::Cancel, QStringLiteral("S1"));
        s.strikes = { SuggestedStrike { user, StrikeKind::NonPaymentCancellation, QStringLiteral("S1") } };
        DecisionRecord d = decisionOf(f.id, Outcome::Cancel);
        QVERIFY2(m_store->decide(recorded(d, s), s), qPrintable(m_store->lastError()));
    }
    QCOMPARE(m_store->strikeCounts(user).value(user).value(StrikeKind::NonPaymentCancellation), 3);
    QCOMPARE(m_store->recordedStrikes({ user }, QStringLiteral("AP-3"))
                 .value(user)
                 .value(StrikeKind::NonPaymentCancellation),
        2);
    const QList<StrikeRecord> strikes = m_store->strikesOf(user);
    QCOMPARE(strikes.size(), 3);
    QVERIFY(m_store->voidStrike(
        strikes.at(0).id, QStringLiteral("lead.li"), QStringLiteral("bank delay"), utc("2026-11-22T08:00:00Z")));
    QVERIFY(!m_store->voidStrike(
        strikes.at(0).id, QStringLiteral("lead.li"), QStringLiteral("again"), utc("2026-11-22T08:00:00Z")));
    QCOMPARE(m_store->strikeCounts(user).value(user).value(StrikeKind::NonPaymentCancellation), 2);
    QCOMPARE(m_store->recordedStrikes({ user }).value(user).value(StrikeKind::NonPaymentCancellation), 2);
    QVERIFY(m_store->strikesOf(user).at(0).voided);
    QCOMPARE(m_store->strikesOf(user).at(0).voidReason, QStringLiteral("bank delay"));
    QVERIFY(m_store->strikeCounts(QStringLiteral("U-nobody")).isEmpty());
}

void tst_CaseStore::historyTakesTheLargestCount()
{
    const QString seller = QStringLiteral("U-99120");
    CaseFacts a = p2pCase(QStringLiteral("AP-1"));
    a.history[seller][StrikeKind::AbusiveLanguage] = 2;
    CaseFacts b = p2pCase(QStringLiteral("AP-2"));
    b.history[seller][StrikeKind::AbusiveLanguage] = 3;
    CaseFacts c = p2pCase(QStringLiteral("AP-3"));
    c.history[seller][StrikeKind::AbusiveLanguage] = 1;
    QVERIFY(insert(a) && insert(b) && insert(c));
    QCOMPARE(m_store->strikeCounts(seller).value(seller).value(StrikeKind::AbusiveLanguage), 3);

    Suggestion s = suggestionFor(a, Outcome::Release, QStringLiteral("S4"));
    s.strikes = { SuggestedStrike { seller, StrikeKind::AbusiveLanguage, QStringLiteral("S4") } };
    DecisionRecord d = decisionOf(a.id, Outcome::Release);
    QVERIFY(m_store->decide(recorded(d, s), s));
    // History (known from before the desk) plus the desk's own strikes.
    QCOMPARE(m_store->strikeCounts().value(seller).value(StrikeKind::AbusiveLanguage), 4);
    QCOMPARE(m_store->strikeCounts().value(seller).size(), 1);
}

void tst_CaseStore::deleteOnlyUndecided()
{
    const CaseFacts a = p2pCase(QStringLiteral("AP-1"));
    const CaseFacts b = p2pCase(QStringLiteral("AP-2"));
    QVERIFY(insert(a) && insert(b));
    const Suggestion s = suggestionFor(b, Outcome::Refund, QStringLiteral("B3"));
    QVERIFY(m_store->decide(recorded(decisionOf(b.id, Outcome::Refund), s), s));
    QVERIFY(m_store->deleteCase(a.id));
    QVERIFY(!m_store->caseExists(a.id));
    QVERIFY(!m_store->deleteCase(b.id));
    QVERIFY(m_store->caseExists(b.id));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM case_search")), QStringLiteral("1"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM messages")), QStringLiteral("2"));
}

// The queue counts from case_counts (kept by triggers): it must always equal
// what COUNT(*) over the cases gives, whatever wrote them.
void tst_CaseStore::caseCountsFollowEveryWrite()
{
    const auto counts = [this] {
        return std::pair(scalar(QStringLiteral("SELECT group_concat(status || '=' || n, ',') FROM"
                                               " (SELECT status, n FROM case_counts WHERE n > 0 ORDER BY status)")),
            scalar(QStringLiteral("SELECT group_concat(status || '=' || n, ',') FROM"
                                  " (SELECT status, COUNT(*) AS n FROM cases GROUP BY status ORDER BY status)")));
    };
    QVERIFY(m_store->isEmpty());
    QCOMPARE(counts().first, QString());
    for (const char* id : { "AP-1", "AP-2", "AP-3", "AP-4" })
        QVERIFY(insert(p2pCase(QString::fromLatin1(id))));
    QVERIFY(!m_store->isEmpty());
    QCOMPARE(counts().first, QStringLiteral("open=4"));

    const Suggestion s = suggestionFor(p2pCase(QStringLiteral("AP-2")), Outcome::Refund, QStringLiteral("B3"));
    QVERIFY(m_store->decide(recorded(decisionOf(QStringLiteral("AP-2"), Outcome::Refund), s), s));
    QCOMPARE(counts().first, QStringLiteral("decided=1,open=3"));
    QVERIFY(m_db->exec(QStringLiteral("UPDATE cases SET status = 'waiting' WHERE case_id = 'AP-3'")));
    QVERIFY(m_db->exec(QStringLiteral("UPDATE cases SET status = 'waiting', version = version + 1"
                                      " WHERE case_id = 'AP-3'"))); // no change of status: no change of count
    QCOMPARE(counts().first, QStringLiteral("decided=1,open=2,waiting=1"));
    QVERIFY(m_store->deleteCase(QStringLiteral("AP-1")));
    QVERIFY(insert(p2pCase(QStringLiteral("AP-1")))); // --replace: delete, then insert
    QVERIFY(m_store->deleteCase(QStringLiteral("AP-4")));
    QCOMPARE(counts().first, QStringLiteral("decided=1,open=1,waiting=1"));
    QCOMPARE(counts().first, counts().second);

    // A purge keeps the decided case's row (its decision stays), so its count too.
    QCOMPARE(m_store->purge(utc("2030-01-01T00:00:00Z"), QStringLiteral("lead.li"), utc("2030-01-01T00:00:00Z")), 1);
    QCOMPARE(counts().first, QStringLiteral("decided=1,open=1,waiting=1"));
}

void tst_CaseStore::settingsRoundTrip()
{
    QCOMPARE(m_store->policySettings(), PolicySettings());
    PolicySettings changed;
    changed.responseWindowMinutes = 45;
    changed.slaHours = 8;
    changed.partialSanctionDays = 10;
    changed.liveChatLadderDays = { 2, 14, 60 };
    changed.holidays = { QDate(2026, 12, 24), QDate(2026, 12, 25) };
    QVERIFY(m_store->savePolicySettings(changed, QStringLiteral("lead.li"), utc("2026-11-21T08:00:00Z")));
    QCOMPARE(m_store->policySettings(), changed);
    CaseStore other(*m_db);
    QCOMPARE(other.policySettings(), changed);
    changed.partialSanctionDays.reset();
    changed.holidays.clear();
    QVERIFY(m_store->savePolicySettings(changed, QStringLiteral("lead.li"), utc("2026-11-21T09:00:00Z")));
    QCOMPARE(m_store->policySettings(), changed);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'settings'")), QStringLiteral("2"));
    // The queue's SLA follows the saved setting.
    const CaseFacts f = p2pCase(QStringLiteral("AP-SLA"));
    QVERIFY(insert(f));
    QCOMPARE(scalar(QStringLiteral("SELECT due_at FROM cases")).toLongLong(),
        f.openedAt.addSecs(8 * 3600).toMSecsSinceEpoch());
}

void tst_CaseStore::auditChainLinked()
{
    for (int i = 0; i < 5; ++i)
        QVERIFY(
            m_store->appendAudit(QStringLiteral("agent.anna"), QStringLiteral("note"), QStringLiteral("AP-%1").arg(i),
                QString(), QStringLiteral("after %1").arg(i), utc("2026-11-21T08:00:00Z").addSecs(i)));
    QCOMPARE(
        scalar(QStringLiteral("SELECT prev_hash FROM audit_log ORDER BY id LIMIT 1")), QString(64, QLatin1Char('0')));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT prev_hash, hash FROM audit_log ORDER BY id")));
    QString prev = QString(64, QLatin1Char('0'));
    while (q.next()) {
        QCOMPARE(q.value(0).toString(), prev);
        QCOMPARE(q.value(1).toString().size(), 64);
        prev = q.value(1).toString();
    }
    QVERIFY(m_store->verifyAuditChain());
    QVERIFY(!m_db->exec(QStringLiteral("UPDATE audit_log SET after = 'x' WHERE id = 2"))); // append-only
    QVERIFY(!m_db->exec(QStringLiteral("DELETE FROM audit_log WHERE id = 2")));
    // Someone with raw file access edits a row: the chain shows it.
    QVERIFY(m_db->exec(QStringLiteral("DROP TRIGGER audit_no_update")));
    QVERIFY(m_db->exec(QStringLiteral("UPDATE audit_log SET after = 'x' WHERE id = 2")));
    QVERIFY(!m_store->verifyAuditChain());
}

QTEST_GUILESS_MAIN(tst_CaseStore)
#include "tst_casestore.moc"
