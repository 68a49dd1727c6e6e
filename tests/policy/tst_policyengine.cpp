#include "PolicyEngine.h"
#include "SuggestionText.h"

#include <QLocale>
#include <QScopeGuard>
#include <QTest>

#include <limits>

#ifdef APPEALDESK_POLICY_VIA_CLI
#include "AppContext.h"
#include "BundleWriter.h"
#include "CommandLine.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#endif

// Scenarios over every clause of policy.md and its boundaries. Cases are built
// in C++ with a small builder; times are UTC unless a row says otherwise.

namespace {

QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

Decimal dec(const char* text)
{
    Decimal d;
    const bool ok = Decimal::parse(QString::fromLatin1(text), &d);
    Q_ASSERT(ok);
    Q_UNUSED(ok);
    return d;
}

const QString Buyer = QStringLiteral("U-48213");
const QString Seller = QStringLiteral("U-99120");
const QString LcUser = QStringLiteral("U-70001");

// A P2P appeal: a 1575.00 SEK order created Friday 2026-11-20 09:00Z, Swish (real-time), status paid.
class CaseBuilder
{
public:
    explicit CaseBuilder(const char* reason, Role appellant = Role::Buyer)
    {
        m_facts.id = QStringLiteral("AP-TEST");
        m_facts.kind = CaseKind::P2pAppeal;
        m_facts.openedAt = utc("2026-11-20T09:40:00Z");
        m_facts.appellant = appellant;
        m_facts.reason = QString::fromLatin1(reason);
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
        m_facts.order = o;
        m_facts.parties << Party { Role::Buyer, Buyer, QStringLiteral("nordic_bear"), QStringLiteral("Eva Andersson") };
        m_facts.parties << Party { Role::Seller, Seller, QStringLiteral("fastusdt"), QStringLiteral("Nikolai Petrov") };
        event(EventType::OrderCreated, "2026-11-20T09:00:00Z");
    }

    CaseBuilder& fiat(const char* f)
    {
        m_facts.order->fiat = QString::fromLatin1(f);
        return *this;
    }
    CaseBuilder& amount(const char* a)
    {
        m_facts.order->fiatAmount = dec(a);
        return *this;
    }
    CaseBuilder& price(const char* p, const char* market)
    {
        m_facts.order->price = dec(p);
        if (market)
            m_facts.order->marketPrice = dec(market);
        else
            m_facts.order->marketPrice.reset();
        return *this;
    }
    CaseBuilder& nonInstant()
    {
        m_facts.order->paymentMethod = PaymentMethod { QStringLiteral("Bank transfer"), false };
        return *this;
    }
    CaseBuilder& status(OrderStatus s)
    {
        m_facts.order->status = s;
        return *this;
    }
    CaseBuilder& created(const char* iso)
    {
        m_facts.order->createdAt = utc(iso);
        return *this;
    }
    CaseBuilder& kyc(Role role, const QString& name)
    {
        for (Party& p : m_facts.parties)
            if (p.role == role)
                p.kycName = name;
        return *this;
    }
    CaseBuilder& pay(const char* amount, const QString& payer = QStringLiteral("Eva Andersson"), bool listed = true,
        const QString& remark = QString(), const char* at = "2026-11-20T09:06:00Z")
    {
        m_facts.payments << Payment { utc(at), dec(amount), payer, listed, std::nullopt, remark };
        return *this;
    }
    CaseBuilder& payNonInstant(const char* amount)
    {
        pay(amount);
        m_facts.payments.last().realtime = false;
        return *this;
    }
    CaseBuilder& markedPaid(const char* at = "2026-11-20T09:07:00Z")
    {
        return event(EventType::MarkedPaid, at, Role::None, Role::Buyer);
    }
    // The usual: paid the full amount from the buyer's own account, then marked paid.
    CaseBuilder& paid()
    {
        pay("1575.00");
        return markedPaid();
    }
    CaseBuilder& event(EventType type, const char* at, Role party = Role::None, Role by = Role::None)
    {
        CaseEvent e;
        e.at = utc(at);
        e.type = type;
        e.party = party;
        e.by = by;
        if (type == EventType::Cancelled)
            e.cause = CancelCause::Timeout;
        m_facts.events << e;
        return *this;
    }
    CaseBuilder& message(Role from, const QString& text, Channel channel = Channel::OrderChat)
    {
        m_facts.messages << Message { utc("2026-11-20T09:10:00Z"), channel, from, text };
        return *this;
    }
    CaseBuilder& history(const QString& user, StrikeKind kind, int count)
    {
        m_facts.history[user][kind] = count;
        return *this;
    }
    CaseFacts facts() const { return m_facts; }

private:
    CaseFacts m_facts;
};

CaseFacts liveChatAbuse()
{
    CaseFacts f;
    f.id = QStringLiteral("LC-TEST");
    f.kind = CaseKind::LiveChatAbuse;
    f.openedAt = utc("2026-11-20T10:00:00Z");
    f.parties << Party { Role::User, LcUser, QStringLiteral("angry"), QStringLiteral("Karl Lindqvist") };
    f.messages << Message { utc("2026-11-20T09:55:00Z"), Channel::LiveChat, Role::User,
        QStringLiteral("You useless idiot, give me my money") };
    return f;
}

CaseFacts liveChatAppeal(const char* ground, bool confirmed = false)
{
    CaseFacts f;
    f.id = QStringLiteral("LC2-TEST");
    f.kind = CaseKind::LiveChatSuspensionAppeal;
    f.openedAt = utc("2026-11-20T10:00:00Z");
    f.reason = QString::fromLatin1(ground);
    f.parties << Party { Role::User, LcUser, QString(), QString() };
    f.suspension = Suspension { LcUser, utc("2026-11-19T10:00:00Z"), 7 };
    if (confirmed) {
        CaseEvent e;
        e.at = utc("2026-11-20T10:05:00Z");
        e.type = EventType::ImpersonationConfirmed;
        e.by = Role::Agent;
        f.events << e;
    }
    return f;
}

// What a row expects of the suggestion.
struct Expected
{
    Expected() = default;
    Expected(const char* o, const QStringList& c)
        : outcome(QString::fromLatin1(o))
        , clauses(c)
    { }
    Expected& review()
    {
        needsReview = true;
        return *this;
    }
    Expected& pending(const char* iso)
    {
        pendingUntil = utc(iso);
        return *this;
    }
    Expected& sanction(const QString& user, const char* scope, const char* days, const char* clause)
    {
        sanctions << user + QLatin1Char(':') + QLatin1String(scope) + QLatin1Char(':') + QLatin1String(days)
                + QLatin1Char(':') + QLatin1String(clause);
        return *this;
    }
    Expected& strike(const QString& user, const char* kind, const char* clause)
    {
        strikes << user + QLatin1Char(':') + QLatin1String(kind) + QLatin1Char(':') + QLatin1String(clause);
        return *this;
    }
    Expected& flag(const char* f)
    {
        flags << QString::fromLatin1(f);
        return *this;
    }
    Expected& rev(const char* r)
    {
        revision = QString::fromLatin1(r);
        return *this;
    }
    Expected& mention(const QString& text)
    {
        mentions << text;
        return *this;
    }
    Expected& statedNote()
    {
        statedReasonNote = true;
        return *this;
    }

    QString outcome;
    QStringList clauses;
    bool needsReview = false;
    QDateTime pendingUntil;
    QStringList sanctions;
    QStringList strikes;
    QStringList flags;
    QString revision = QStringLiteral("p2p-2021-04-07");
    QStringList mentions; // each must appear in a step, note, fact or the stated-reason note
    bool statedReasonNote = false;
};

QStringList L(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* i : items)
        list << QString::fromLatin1(i);
    return list;
}

#ifdef APPEALDESK_POLICY_VIA_CLI
// Built as tst_policyengine_cli (issue 18, "Done when"): each settled reading's row through the command line. The
// case is written as a bundle (BundleWriter), `appealdesk suggest FILE --at T` runs in-process, and its JSON line
// must say what the engine's row expects. Rows with their own settings are left to tst_cli (the command line takes
// the desk's); a row's recorded strikes go into the bundle's history, which the command line adds the same way.
void checkThroughCommandLine(CaseFacts facts, const QDateTime& at, const PolicySettings& settings,
    const StrikeHistory& prior, const Expected& expected)
{
    if (!QByteArray(QTest::currentDataTag()).startsWith("reading "))
        QSKIP("the command line is checked on the settled readings' rows");
    if (!(settings == PolicySettings()))
        QSKIP("a row with its own settings: the command line takes the desk's (tst_cli)");
    for (auto user = prior.begin(); user != prior.end(); ++user)
        for (auto kind = user->begin(); kind != user->end(); ++kind)
            facts.history[user.key()][kind.key()] += kind.value();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile bundle(dir.filePath(QStringLiteral("case.jsonl")));
    QVERIFY(bundle.open(QIODevice::WriteOnly));
    BundleWriter writer(&bundle, BundleWriter::Format::JsonLines);
    QVERIFY(writer.writeCase(facts) && writer.finish());
    bundle.close();

    QBuffer outBuffer;
    QBuffer errBuffer;
    outBuffer.open(QIODevice::WriteOnly);
    errBuffer.open(QIODevice::WriteOnly);
    int exitCode = -1;
    {
        QTextStream out(&outBuffer);
        QTextStream err(&errBuffer);
        AppContext::Options defaults;
        defaults.databasePath = dir.filePath(QStringLiteral("desk.sqlite"));
        defaults.settingsPath = dir.filePath(QStringLiteral("appealdesk.conf"));
        defaults.connectionName = QStringLiteral("tst_policyengine_cli");
        CommandLine commandLine({ QStringLiteral("appealdesk"), QStringLiteral("suggest"), bundle.fileName(),
                                    QStringLiteral("--at"), at.toString(Qt::ISODateWithMs) },
            out, err, defaults);
        exitCode = commandLine.exec();
    }
    QVERIFY2(exitCode == 0, errBuffer.data().constData());
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(outBuffer.data().trimmed(), &parseError).object();
    QVERIFY2(parseError.error == QJsonParseError::NoError, outBuffer.data().constData());
    const auto strings = [](const QJsonValue& value) {
        QStringList list;
        for (const QJsonValue& v : value.toArray())
            list << v.toString();
        return list;
    };
    QCOMPARE(json.value(QStringLiteral("case")).toString(), facts.id);
    QCOMPARE(json.value(QStringLiteral("outcome")).toString(), expected.outcome);
    QCOMPARE(strings(json.value(QStringLiteral("clauses"))), expected.clauses);
    QCOMPARE(json.value(QStringLiteral("revision")).toString(), expected.revision);
    QCOMPARE(json.value(QStringLiteral("needs_review")).toBool(), expected.needsReview);
    const QJsonValue pending = json.value(QStringLiteral("pending_until"));
    QCOMPARE(pending.isNull() ? QDateTime() : QDateTime::fromString(pending.toString(), Qt::ISODateWithMs).toUTC(),
        expected.pendingUntil);
    QStringList sanctions;
    for (const QJsonValue& v : json.value(QStringLiteral("sanctions")).toArray()) {
        const QJsonObject s = v.toObject();
        const QJsonValue days = s.value(QStringLiteral("days"));
        sanctions << s.value(QStringLiteral("user")).toString() + QLatin1Char(':')
                + s.value(QStringLiteral("scope")).toString() + QLatin1Char(':')
                + (days.isNull() ? QStringLiteral("null") : QString::number(days.toInt())) + QLatin1Char(':')
                + s.value(QStringLiteral("clause")).toString();
    }
    QCOMPARE(sanctions, expected.sanctions);
    QStringList strikes;
    for (const QJsonValue& v : json.value(QStringLiteral("strikes")).toArray()) {
        const QJsonObject s = v.toObject();
        strikes << s.value(QStringLiteral("user")).toString() + QLatin1Char(':')
                + s.value(QStringLiteral("kind")).toString() + QLatin1Char(':')
                + s.value(QStringLiteral("clause")).toString();
    }
    QCOMPARE(strikes, expected.strikes);
    QCOMPARE(strings(json.value(QStringLiteral("flags"))), expected.flags);
}
#endif

} // namespace

Q_DECLARE_METATYPE(CaseFacts)
Q_DECLARE_METATYPE(PolicySettings)
Q_DECLARE_METATYPE(StrikeHistory)
Q_DECLARE_METATYPE(Expected)

class TestPolicyEngine : public QObject
{
    Q_OBJECT

private slots:
    // The rows below write amounts as the English UI does, whatever the machine's locale.
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void suggest_data();
    void suggest();
    void deterministic();
    void revisionFor_data();
    void revisionFor();
    void clauseSummaries();
    void manualG1();
    void abuseSpans();
    void threatSpans();
    void hostileInput();
    void amountsInUiLanguage_data();
    void amountsInUiLanguage();

private:
    void row(const char* name, const CaseFacts& facts, const char* at, const Expected& expected,
        const PolicySettings& settings = PolicySettings(), const StrikeHistory& prior = StrikeHistory());
};

void TestPolicyEngine::row(const char* name, const CaseFacts& facts, const char* at, const Expected& expected,
    const PolicySettings& settings, const StrikeHistory& prior)
{
    QTest::newRow(name) << facts << utc(at) << settings << prior << expected;
}

void TestPolicyEngine::suggest_data()
{
    QTest::addColumn<CaseFacts>("facts");
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<PolicySettings>("settings");
    QTest::addColumn<StrikeHistory>("prior");
    QTest::addColumn<Expected>("expected");

    const char* later = "2026-11-20T10:00:00Z";
    const QString karl = QStringLiteral("Karl Lindqvist");
    StrikeHistory oneWrongAccount;
    oneWrongAccount[Buyer][StrikeKind::WrongAccountPayment] = 1;
    StrikeHistory oneNonPayment;
    oneNonPayment[Buyer][StrikeKind::NonPaymentCancellation] = 1;
    StrikeHistory twoLiveChat;
    twoLiveChat[LcUser][StrikeKind::LiveChatAbuse] = 2;

    // ---- G0
    row("G0 CNY", CaseBuilder("B3").fiat("CNY").paid().facts(), later,
        Expected("none", L({ "G0" })).review().statedNote());
    row("G0 before S2b", CaseBuilder("B3").fiat("CNY").pay("1575.00", karl).markedPaid().facts(), later,
        Expected("none", L({ "G0" })).review().statedNote());
    row("G0 lower case cny", CaseBuilder("S1", Role::Seller).fiat("cny").facts(), later,
        Expected("none", L({ "G0" })).review().statedNote());
    row("G0 no conduct on top",
        CaseBuilder("B6").fiat("CNY").event(EventType::AbuseConfirmed, later, Role::Seller).facts(), later,
        Expected("none", L({ "G0" })).review().statedNote());
    row("G0 USD is in scope", CaseBuilder("B3").fiat("USD").paid().facts(), later, Expected("release", L({ "B3" })));

    // ---- S2b
    row("S2b R2 payer differs", CaseBuilder("S2", Role::Seller).pay("1575.00", karl).markedPaid().facts(), later,
        Expected("refund", L({ "S2b" }))
            .sanction(Buyer, "p2p", "15", "S2b")
            .strike(Buyer, "kyc_name_mismatch", "S2b")
            .mention(QStringLiteral("Payment from 'Karl Lindqvist' does not match the buyer's verified name 'Eva "
                                    "Andersson'"))
            .mention(QStringLiteral("1575.00 SEK")));
    row("S2b R1 no sanction",
        CaseBuilder("S2", Role::Seller).created("2021-04-06T12:00:00Z").pay("1575.00", karl).markedPaid().facts(),
        later, Expected("refund", L({ "S2b" })).rev("p2p-2021-02-25").strike(Buyer, "kyc_name_mismatch", "S2b"));
    row("S2b before S2a", CaseBuilder("S2", Role::Seller).pay("1575.00", karl, false).markedPaid().facts(), later,
        Expected("refund", L({ "S2b" })).sanction(Buyer, "p2p", "15", "S2b").strike(Buyer, "kyc_name_mismatch", "S2b"));
    row("S2b over stated B3", CaseBuilder("B3").pay("1575.00", karl).markedPaid().facts(), later,
        Expected("refund", L({ "S2b" }))
            .sanction(Buyer, "p2p", "15", "S2b")
            .strike(Buyer, "kyc_name_mismatch", "S2b")
            .statedNote());
    row("S2b one of split payments", CaseBuilder("B3").pay("1000.00").pay("575.00", karl).markedPaid().facts(), later,
        Expected("refund", L({ "S2b" }))
            .sanction(Buyer, "p2p", "15", "S2b")
            .strike(Buyer, "kyc_name_mismatch", "S2b")
            .statedNote());
    row("S2b cyrillic mismatch",
        CaseBuilder("B3")
            .kyc(Role::Buyer, QStringLiteral("Иван Иванов"))
            .pay("1575.00", QStringLiteral("Петър Иванов"))
            .markedPaid()
            .facts(),
        later,
        Expected("refund", L({ "S2b" }))
            .sanction(Buyer, "p2p", "15", "S2b")
            .strike(Buyer, "kyc_name_mismatch", "S2b")
            .statedNote());
    row("name order reversed", CaseBuilder("B3").pay("1575.00", QStringLiteral("ANDERSSON, Eva")).markedPaid().facts(),
        later, Expected("release", L({ "B3" })));
    row("name diacritics", CaseBuilder("B3").pay("1575.00", QStringLiteral("Éva Andérsson")).markedPaid().facts(),
        later, Expected("release", L({ "B3" })));
    row("name cyrillic order",
        CaseBuilder("B3")
            .kyc(Role::Buyer, QStringLiteral("Иван Иванов"))
            .pay("1575.00", QStringLiteral("ИВАНОВ Иван"))
            .markedPaid()
            .facts(),
        later, Expected("release", L({ "B3" })));
    row("name thai order",
        CaseBuilder("B3")
            .fiat("THB")
            .kyc(Role::Buyer, QStringLiteral("สมชาย ใจดี"))
            .pay("1575.00", QStringLiteral("ใจดี สมชาย"))
            .markedPaid()
            .facts(),
        later, Expected("release", L({ "B3" })));
    row("payer name missing is no mismatch", CaseBuilder("B3").pay("1575.00", QString()).markedPaid().facts(), later,
        Expected("release", L({ "B3" })));

    // ---- S2a
    row("S2a first strike",
        CaseBuilder("S2", Role::Seller).pay("1575.00", QStringLiteral("Eva Andersson"), false).markedPaid().facts(),
        later,
        Expected("cancel", L({ "S2a" }))
            .strike(Buyer, "wrong_account_payment", "S2a")
            .mention(QStringLiteral("Swish 070-123 45 67")));
    row("S2a 2nd strike from history R2",
        CaseBuilder("S2", Role::Seller)
            .pay("1575.00", QStringLiteral("Eva Andersson"), false)
            .markedPaid()
            .history(Buyer, StrikeKind::WrongAccountPayment, 1)
            .facts(),
        later,
        Expected("cancel", L({ "S2a" }))
            .sanction(Buyer, "account", "30", "S2a")
            .strike(Buyer, "wrong_account_payment", "S2a"));
    row("S2a 2nd strike from recorded R2",
        CaseBuilder("S2", Role::Seller).pay("1575.00", QStringLiteral("Eva Andersson"), false).markedPaid().facts(),
        later,
        Expected("cancel", L({ "S2a" }))
            .sanction(Buyer, "account", "30", "S2a")
            .strike(Buyer, "wrong_account_payment", "S2a"),
        PolicySettings(), oneWrongAccount);
    row("S2a 2nd strike R1 no sanction",
        CaseBuilder("S2", Role::Seller)
            .created("2021-04-06T23:59:59Z")
            .pay("1575.00", QStringLiteral("Eva Andersson"), false)
            .markedPaid()
            .history(Buyer, StrikeKind::WrongAccountPayment, 1)
            .facts(),
        later, Expected("cancel", L({ "S2a" })).rev("p2p-2021-02-25").strike(Buyer, "wrong_account_payment", "S2a"));
    row("S2a R2 from its first instant",
        CaseBuilder("S2", Role::Seller)
            .created("2021-04-07T00:00:00Z")
            .pay("1575.00", QStringLiteral("Eva Andersson"), false)
            .markedPaid()
            .history(Buyer, StrikeKind::WrongAccountPayment, 1)
            .facts(),
        later,
        Expected("cancel", L({ "S2a" }))
            .sanction(Buyer, "account", "30", "S2a")
            .strike(Buyer, "wrong_account_payment", "S2a"));
    row("S2a under R1 stated as B3",
        CaseBuilder("B3")
            .created("2021-03-01T10:00:00Z")
            .pay("1575.00", QStringLiteral("Eva Andersson"), false)
            .markedPaid()
            .facts(),
        later,
        Expected("cancel", L({ "S2a" }))
            .rev("p2p-2021-02-25")
            .strike(Buyer, "wrong_account_payment", "S2a")
            .statedNote());
    row("S2a before S2c",
        CaseBuilder("S2", Role::Seller).pay("1000.00", QStringLiteral("Eva Andersson"), false).markedPaid().facts(),
        later, Expected("cancel", L({ "S2a" })).strike(Buyer, "wrong_account_payment", "S2a"));

    // ---- S2c
    row("S2c no request yet", CaseBuilder("S2", Role::Seller).pay("1500.00").markedPaid().facts(), later,
        Expected("none", L({ "S2c" })).mention(QStringLiteral("75.00 SEK")));
    row("S2c request pending",
        CaseBuilder("S2", Role::Seller)
            .pay("1500.00")
            .markedPaid()
            .event(EventType::RemainderRequested, "2026-11-20T09:30:00Z")
            .facts(),
        "2026-11-20T09:59:59Z", Expected("none", L({ "S2c" })).pending("2026-11-20T10:00:00Z"));
    row("S2c deadline passed",
        CaseBuilder("S2", Role::Seller)
            .pay("1500.00")
            .markedPaid()
            .event(EventType::RemainderRequested, "2026-11-20T09:30:00Z")
            .facts(),
        "2026-11-20T10:00:00Z", Expected("refund", L({ "S2c" })).mention(QStringLiteral("1500.00 SEK")));
    row("S2c longer response window",
        CaseBuilder("S2", Role::Seller)
            .pay("1500.00")
            .markedPaid()
            .event(EventType::RemainderRequested, "2026-11-20T09:30:00Z")
            .facts(),
        "2026-11-20T10:00:00Z", Expected("none", L({ "S2c" })).pending("2026-11-20T10:30:00Z"), [] {
            PolicySettings s;
            s.responseWindowMinutes = 60;
            return s;
        }());
    row("S2c remainder paid event",
        CaseBuilder("S2", Role::Seller)
            .pay("1500.00")
            .markedPaid()
            .event(EventType::RemainderRequested, "2026-11-20T09:30:00Z")
            .event(EventType::RemainderPaid, "2026-11-20T09:40:00Z")
            .facts(),
        later, Expected("release", L({ "S2c" })));
    row("S2c stays after remainder payment",
        CaseBuilder("S2", Role::Seller)
            .pay("1500.00")
            .markedPaid()
            .event(EventType::RemainderRequested, "2026-11-20T09:30:00Z")
            .pay("75.00", QStringLiteral("Eva Andersson"), true, QString(), "2026-11-20T09:41:00Z")
            .facts(),
        later, Expected("release", L({ "S2c" })));
    row("S2c buyer refused",
        CaseBuilder("S2", Role::Seller)
            .pay("1500.00")
            .markedPaid()
            .event(EventType::RemainderRequested, "2026-11-20T09:30:00Z")
            .event(EventType::BuyerRefusedRemainder, "2026-11-20T09:35:00Z")
            .facts(),
        "2026-11-20T09:36:00Z", Expected("refund", L({ "S2c" })));
    row("S2c split payments short", CaseBuilder("B3").pay("1000.00").pay("574.99").markedPaid().facts(), later,
        Expected("none", L({ "S2c" })).mention(QStringLiteral("0.01 SEK")).statedNote());

    // ---- S2d
    row("S2d released short",
        CaseBuilder("S2", Role::Seller).pay("1500.00").markedPaid().status(OrderStatus::Released).facts(), later,
        Expected("none", L({ "S2d" })).mention(QStringLiteral("75.00 SEK")));
    row("S2d buyer refused",
        CaseBuilder("S2", Role::Seller)
            .pay("1500.00")
            .markedPaid()
            .event(EventType::Released, "2026-11-20T09:20:00Z")
            .event(EventType::BuyerRefusedRemainder, "2026-11-20T09:35:00Z")
            .facts(),
        later,
        Expected("none", L({ "S2d" }))
            .mention(QStringLiteral("The seller bears the loss; the exchange is not "
                                    "liable")));

    // ---- split payments and exact decimals
    row("split payments sum to amount", CaseBuilder("B3").pay("1000.00").pay("575.0").markedPaid().facts(), later,
        Expected("release", L({ "B3" })));
    row("amount 1575.0 equals 1575.00", CaseBuilder("B4").amount("1575.0").paid().facts(), later,
        Expected("release", L({ "B4" })));

    // ---- B1
    row("B1 cancelled by timeout after payment",
        CaseBuilder("B1")
            .paid()
            .status(OrderStatus::Cancelled)
            .event(EventType::Cancelled, "2026-11-20T09:15:00Z")
            .facts(),
        later, Expected("refund", L({ "B1" })).mention(QStringLiteral("1575.00 SEK")));
    row("B1 cancelled status only", CaseBuilder("B1").paid().status(OrderStatus::Cancelled).facts(), later,
        Expected("refund", L({ "B1" })));
    row("B1 not cancelled", CaseBuilder("B1").paid().facts(), later, Expected("none", L({})).review().statedNote());
    row("B1 cancelled without payment", CaseBuilder("B1").status(OrderStatus::Cancelled).facts(), later,
        Expected("none", L({})).review().statedNote());

    // ---- B2
    row("B2 overpaid not released", CaseBuilder("B2").pay("1600.00").markedPaid().facts(), later,
        Expected("release", L({ "B2" })).mention(QStringLiteral("25.00 SEK")));
    row("B2 overpaid released", CaseBuilder("B2").pay("1600.00").markedPaid().status(OrderStatus::Released).facts(),
        later, Expected("refund", L({ "B2" })).mention(QStringLiteral("25.00 SEK")));
    row("B2 overpaid in two payments", CaseBuilder("B2").pay("1575.00").pay("0.50").markedPaid().facts(), later,
        Expected("release", L({ "B2" })).mention(QStringLiteral("0.50 SEK")));
    row("B2 exact amount", CaseBuilder("B2").paid().facts(), later, Expected("none", L({})).review().statedNote());

    // ---- B3 real-time: the 15th minute (marked paid 09:07)
    row("B3 minute 14:59", CaseBuilder("B3").paid().facts(), "2026-11-20T09:21:59Z",
        Expected("none", L({ "B3" })).pending("2026-11-20T09:22:00Z"));
    row("B3 minute 15 exactly", CaseBuilder("B3").paid().facts(), "2026-11-20T09:22:00Z",
        Expected("release", L({ "B3" })));
    row("B3 minute 16", CaseBuilder("B3").paid().facts(), "2026-11-20T09:23:00Z", Expected("release", L({ "B3" })));
    row("B3 realtime setting 20", CaseBuilder("B3").paid().facts(), "2026-11-20T09:23:00Z",
        Expected("none", L({ "B3" })).pending("2026-11-20T09:27:00Z"), [] {
            PolicySettings s;
            s.realtimeReleaseMinutes = 20;
            return s;
        }());
    row("B3 already released", CaseBuilder("B3").paid().status(OrderStatus::Released).facts(), later,
        Expected("none", L({})).review().statedNote());
    row("B3 not marked paid", CaseBuilder("B3").pay("1575.00").facts(), later,
        Expected("none", L({})).review().statedNote());
    row("B3 marked paid without payment", CaseBuilder("B3").markedPaid().facts(), later,
        Expected("none", L({})).review().statedNote());

    // ---- B3 non-instant: 2 business days keeping the clock time
    row("B3 Friday afternoon pending",
        CaseBuilder("B3").nonInstant().pay("1575.00").markedPaid("2026-11-20T14:00:00Z").facts(),
        "2026-11-23T12:00:00Z", Expected("none", L({ "B3" })).pending("2026-11-24T14:00:00Z"));
    row("B3 Friday afternoon one second early",
        CaseBuilder("B3").nonInstant().pay("1575.00").markedPaid("2026-11-20T14:00:00Z").facts(),
        "2026-11-24T13:59:59Z", Expected("none", L({ "B3" })).pending("2026-11-24T14:00:00Z"));
    row("B3 Friday afternoon deadline reached",
        CaseBuilder("B3").nonInstant().pay("1575.00").markedPaid("2026-11-20T14:00:00Z").facts(),
        "2026-11-24T14:00:00Z", Expected("release", L({ "B3" })));
    // Paid and marked paid before the instant (settled reading 1: later facts would not count).
    const auto paidOn = [&](const char* created, const char* payment, const char* marked) {
        return CaseBuilder("B3")
            .created(created)
            .nonInstant()
            .pay("1575.00", QStringLiteral("Eva Andersson"), true, QString(), payment)
            .markedPaid(marked)
            .facts();
    };
    row("B3 DST spring weekend pending", paidOn("2026-03-27T13:00:00Z", "2026-03-27T13:50:00Z", "2026-03-27T14:00:00Z"),
        "2026-03-31T12:59:00Z", Expected("none", L({ "B3" })).pending("2026-03-31T13:00:00Z"));
    row("B3 DST spring weekend reached", paidOn("2026-03-27T13:00:00Z", "2026-03-27T13:50:00Z", "2026-03-27T14:00:00Z"),
        "2026-03-31T13:00:00Z", Expected("release", L({ "B3" })));
    row("B3 DST autumn weekend pending", paidOn("2026-10-23T12:00:00Z", "2026-10-23T12:50:00Z", "2026-10-23T13:00:00Z"),
        "2026-10-27T13:30:00Z", Expected("none", L({ "B3" })).pending("2026-10-27T14:00:00Z"));
    row("B3 holidays skipped", CaseBuilder("B3").nonInstant().pay("1575.00").markedPaid("2026-12-23T10:00:00Z").facts(),
        "2026-12-28T10:00:00Z", Expected("none", L({ "B3" })).pending("2026-12-29T10:00:00Z"), [] {
            PolicySettings s;
            s.holidays = { QDate(2026, 12, 24), QDate(2026, 12, 25) };
            return s;
        }());
    row("B3 Bangkok market",
        CaseBuilder("B3").fiat("THB").nonInstant().pay("1575.00").markedPaid("2026-11-19T23:30:00Z").facts(),
        "2026-11-21T00:00:00Z", Expected("none", L({ "B3" })).pending("2026-11-23T23:30:00Z"));
    row("B3 non-instant payment on real-time method",
        CaseBuilder("B3").payNonInstant("1575.00").markedPaid("2026-11-20T14:00:00Z").facts(), "2026-11-20T15:00:00Z",
        Expected("none", L({ "B3" })).pending("2026-11-24T14:00:00Z"));
    row("B3 seller reported in time",
        CaseBuilder("B3")
            .nonInstant()
            .pay("1575.00")
            .markedPaid("2026-11-20T14:00:00Z")
            .event(EventType::SellerReportedNotReceived, "2026-11-23T10:00:00Z")
            .facts(),
        "2026-11-24T14:00:00Z", Expected("none", L({ "B3" })).review());
    row("B3 seller reported, still pending",
        CaseBuilder("B3")
            .nonInstant()
            .pay("1575.00")
            .markedPaid("2026-11-20T14:00:00Z")
            .event(EventType::SellerReportedNotReceived, "2026-11-23T10:00:00Z")
            .facts(),
        "2026-11-23T11:00:00Z", Expected("none", L({ "B3" })).pending("2026-11-24T14:00:00Z"));
    row("B3 seller reported too late",
        CaseBuilder("B3")
            .nonInstant()
            .pay("1575.00")
            .markedPaid("2026-11-20T14:00:00Z")
            .event(EventType::SellerReportedNotReceived, "2026-11-24T15:00:00Z")
            .facts(),
        "2026-11-24T16:00:00Z", Expected("release", L({ "B3" })));
    row("B3 seller confirmed receipt early",
        CaseBuilder("B3")
            .nonInstant()
            .pay("1575.00")
            .markedPaid("2026-11-20T14:00:00Z")
            .event(EventType::SellerConfirmedReceipt, "2026-11-20T15:00:00Z")
            .facts(),
        "2026-11-20T16:00:00Z", Expected("release", L({ "B3" })));

    // ---- B4: at or below 90 % of the market price
    row("B4 exactly 90 percent", CaseBuilder("B4").price("9.558", "10.62").paid().facts(), later,
        Expected("refund", L({ "B4" })).review().flag("price_anomaly").mention(QStringLiteral("90.00%")));
    row("B4 just above 90 percent", CaseBuilder("B4").price("9.559", "10.62").paid().facts(), later,
        Expected("release", L({ "B4" })));
    row("B4 round 90 percent", CaseBuilder("B4").price("9.00", "10.00").paid().facts(), later,
        Expected("refund", L({ "B4" })).review().flag("price_anomaly"));
    row("B4 below 90 percent", CaseBuilder("B4").price("5.00", "10.00").paid().facts(), later,
        Expected("refund", L({ "B4" })).review().flag("price_anomaly"));
    row("B4 90.1 percent", CaseBuilder("B4").price("9.01", "10.00").paid().facts(), later,
        Expected("release", L({ "B4" })));
    row("B4 threshold setting 80", CaseBuilder("B4").price("9.00", "10.00").paid().facts(), later,
        Expected("release", L({ "B4" })), [] {
            PolicySettings s;
            s.priceAnomalyPercent = 80;
            return s;
        }());
    row("B4 no market price", CaseBuilder("B4").price("10.50", nullptr).paid().facts(), later,
        Expected("release", L({ "B4" })).review());
    row("B4 overpaid is not B4", CaseBuilder("B4").pay("1600.00").markedPaid().facts(), later,
        Expected("none", L({})).review().statedNote());
    row("B4 already released", CaseBuilder("B4").paid().status(OrderStatus::Released).facts(), later,
        Expected("none", L({})).review().statedNote());

    // ---- B5: sensitive words in the payment remark
    row("B5 english R2",
        CaseBuilder("B5")
            .pay("1575.00", QStringLiteral("Eva Andersson"), true, QStringLiteral("USDT via Binance"))
            .markedPaid()
            .facts(),
        later,
        Expected("refund", L({ "B5" }))
            .flag("sensitive_remark")
            .mention(QStringLiteral("\"USDT\""))
            .mention(QStringLiteral("\"Binance\""))
            .mention(QStringLiteral("seller's terms")));
    row("B5 seller confirmed receipt",
        CaseBuilder("B5")
            .pay("1575.00", QStringLiteral("Eva Andersson"), true, QStringLiteral("BTC"))
            .markedPaid()
            .event(EventType::SellerConfirmedReceipt, "2026-11-20T09:30:00Z")
            .facts(),
        later, Expected("release", L({ "B5" })).flag("sensitive_remark"));
    row("B5 swedish",
        CaseBuilder("B5")
            .pay("1575.00", QStringLiteral("Eva Andersson"), true, QStringLiteral("köp av kryptovaluta"))
            .markedPaid()
            .facts(),
        later, Expected("refund", L({ "B5" })).flag("sensitive_remark"));
    row("B5 bulgarian",
        CaseBuilder("B5")
            .pay("1575.00", QStringLiteral("Eva Andersson"), true, QStringLiteral("за криптовалута"))
            .markedPaid()
            .facts(),
        later, Expected("refund", L({ "B5" })).flag("sensitive_remark"));
    row("B5 thai",
        CaseBuilder("B5")
            .pay("1575.00", QStringLiteral("Eva Andersson"), true, QStringLiteral("ค่าบิตคอยน์งวดนี้"))
            .markedPaid()
            .facts(),
        later, Expected("refund", L({ "B5" })).flag("sensitive_remark"));
    row("B5 R1",
        CaseBuilder("B5")
            .created("2021-03-10T08:00:00Z")
            .pay("1575.00", QStringLiteral("Eva Andersson"), true, QStringLiteral("P2P order"))
            .markedPaid()
            .facts(),
        later, Expected("refund", L({ "B5" })).rev("p2p-2021-02-25").flag("sensitive_remark"));
    row("B5 no word inside another",
        CaseBuilder("B5")
            .pay("1575.00", QStringLiteral("Eva Andersson"), true, QStringLiteral("abtcx 2291"))
            .markedPaid()
            .facts(),
        later, Expected("none", L({})).review().statedNote());
    row("B5 already released",
        CaseBuilder("B5")
            .pay("1575.00", QStringLiteral("Eva Andersson"), true, QStringLiteral("BTC"))
            .markedPaid()
            .status(OrderStatus::Released)
            .facts(),
        later, Expected("none", L({})).review().flag("sensitive_remark").statedNote());
    row("sensitive remark flagged under B3",
        CaseBuilder("B3")
            .pay("1575.00", QStringLiteral("Eva Andersson"), true, QStringLiteral("crypto"))
            .markedPaid()
            .facts(),
        later, Expected("release", L({ "B3" })).flag("sensitive_remark"));

    // ---- S1
    row("S1 no payment", CaseBuilder("S1", Role::Seller).markedPaid().facts(), later,
        Expected("cancel", L({ "S1" })).strike(Buyer, "non_payment_cancellation", "S1"));
    row("S1 2nd strike no sanction",
        CaseBuilder("S1", Role::Seller).markedPaid().history(Buyer, StrikeKind::NonPaymentCancellation, 1).facts(),
        later, Expected("cancel", L({ "S1" })).strike(Buyer, "non_payment_cancellation", "S1"));
    row("S1 3rd strike from history",
        CaseBuilder("S1", Role::Seller).markedPaid().history(Buyer, StrikeKind::NonPaymentCancellation, 2).facts(),
        later,
        Expected("cancel", L({ "S1" }))
            .sanction(Buyer, "partial", "null", "S1")
            .strike(Buyer, "non_payment_cancellation", "S1"));
    row("S1 3rd strike recorded plus history",
        CaseBuilder("S1", Role::Seller).markedPaid().history(Buyer, StrikeKind::NonPaymentCancellation, 1).facts(),
        later,
        Expected("cancel", L({ "S1" }))
            .sanction(Buyer, "partial", "null", "S1")
            .strike(Buyer, "non_payment_cancellation", "S1"),
        PolicySettings(), oneNonPayment);
    row("S1 3rd strike partial days set",
        CaseBuilder("S1", Role::Seller).markedPaid().history(Buyer, StrikeKind::NonPaymentCancellation, 4).facts(),
        later,
        Expected("cancel", L({ "S1" }))
            .sanction(Buyer, "partial", "7", "S1")
            .strike(Buyer, "non_payment_cancellation", "S1"),
        [] {
            PolicySettings s;
            s.partialSanctionDays = 7;
            return s;
        }());
    row("S1 other strike kinds do not count",
        CaseBuilder("S1", Role::Seller).markedPaid().history(Buyer, StrikeKind::AbusiveLanguage, 5).facts(), later,
        Expected("cancel", L({ "S1" })).strike(Buyer, "non_payment_cancellation", "S1"));
    row("S1 proof but buyer unresponsive",
        CaseBuilder("S1", Role::Seller)
            .markedPaid()
            .event(EventType::PaymentProof, "2026-11-20T09:08:00Z", Role::None, Role::Buyer)
            .event(EventType::PartyUnresponsive, "2026-11-20T09:50:00Z", Role::Buyer)
            .facts(),
        later, Expected("cancel", L({ "S1" })).strike(Buyer, "non_payment_cancellation", "S1"));
    row("S1 proof, buyer silent past window",
        CaseBuilder("S1", Role::Seller)
            .markedPaid()
            .event(EventType::PaymentProof, "2026-11-20T09:08:00Z", Role::None, Role::Buyer)
            .event(EventType::BuyerContacted, "2026-11-20T09:29:00Z", Role::None, Role::Agent)
            .facts(),
        "2026-11-20T09:59:00Z", Expected("cancel", L({ "S1" })).strike(Buyer, "non_payment_cancellation", "S1"));
    row("S1 proof, buyer within window",
        CaseBuilder("S1", Role::Seller)
            .markedPaid()
            .event(EventType::PaymentProof, "2026-11-20T09:08:00Z", Role::None, Role::Buyer)
            .event(EventType::BuyerContacted, "2026-11-20T09:45:00Z", Role::None, Role::Agent)
            .facts(),
        later, Expected("none", L({ "S1" })).pending("2026-11-24T09:07:00Z"));
    row("S1 paid, not arrived, pending", CaseBuilder("S1", Role::Seller).paid().facts(), later,
        Expected("none", L({ "S1" })).pending("2026-11-24T09:07:00Z"));
    row("S1 paid, deadline passed", CaseBuilder("S1", Role::Seller).paid().facts(), "2026-11-24T09:07:00Z",
        Expected("release", L({ "S1" })));
    row("S1 paid, seller reported",
        CaseBuilder("S1", Role::Seller)
            .paid()
            .event(EventType::SellerReportedNotReceived, "2026-11-23T09:00:00Z", Role::None, Role::Seller)
            .facts(),
        "2026-11-25T09:00:00Z", Expected("none", L({ "S1" })).review());
    row("S1 already released", CaseBuilder("S1", Role::Seller).status(OrderStatus::Released).facts(), later,
        Expected("none", L({})).review().statedNote());

    // ---- S3
    row("S3 released without confirming",
        CaseBuilder("S3", Role::Seller).paid().event(EventType::Released, "2026-11-20T09:08:00Z").facts(), later,
        Expected("none", L({ "S3" })).review().mention(QStringLiteral("police")));
    row("S3 not released", CaseBuilder("S3", Role::Seller).paid().facts(), later,
        Expected("none", L({})).review().statedNote());
    row("S3 confirmed before release",
        CaseBuilder("S3", Role::Seller)
            .paid()
            .event(EventType::SellerConfirmedReceipt, "2026-11-20T09:08:00Z")
            .event(EventType::Released, "2026-11-20T09:09:00Z")
            .facts(),
        later, Expected("none", L({})).review().statedNote());

    // ---- S2 stated without any S2 fact
    row("S2 stated, nothing wrong", CaseBuilder("S2", Role::Seller).paid().facts(), later,
        Expected("none", L({})).review().statedNote());
    row("unknown reason", CaseBuilder("X9").paid().facts(), later, Expected("none", L({})).review().statedNote());

    // ---- conduct: B6/S4, alone or on top of an order clause
    row("B6 first strike, no sanction",
        CaseBuilder("B6").paid().event(EventType::AbuseConfirmed, later, Role::Seller).facts(), later,
        Expected("none", L({ "B6" })).strike(Seller, "abusive_language", "B6"));
    row("B6 2nd strike suspends",
        CaseBuilder("B6")
            .paid()
            .event(EventType::AbuseConfirmed, later, Role::Seller)
            .history(Seller, StrikeKind::AbusiveLanguage, 1)
            .facts(),
        later,
        Expected("suspend", L({ "B6" }))
            .sanction(Seller, "partial", "null", "B6")
            .strike(Seller, "abusive_language", "B6"));
    row("S4 2nd strike by seller appeal",
        CaseBuilder("S4", Role::Seller)
            .event(EventType::AbuseConfirmed, later, Role::Buyer)
            .history(Buyer, StrikeKind::AbusiveLanguage, 3)
            .facts(),
        later,
        Expected("suspend", L({ "S4" }))
            .sanction(Buyer, "partial", "null", "S4")
            .strike(Buyer, "abusive_language", "S4"));
    row("B6 unconfirmed, scanner flags",
        CaseBuilder("B6").paid().message(Role::Seller, QStringLiteral("you stupid scammer")).facts(), later,
        Expected("none", L({ "B6" })).review().flag("abuse_suspected"));
    row("S4 unconfirmed thai", CaseBuilder("S4", Role::Seller).message(Role::Buyer, QStringLiteral("มึงมันควาย")).facts(),
        later, Expected("none", L({ "S4" })).review().flag("abuse_suspected"));
    row("agent text is not scanned",
        CaseBuilder("B6").message(Role::Agent, QStringLiteral("Please do not call anyone an idiot")).facts(), later,
        Expected("none", L({ "B6" })).review());
    row("conduct on top of B3", CaseBuilder("B3").paid().event(EventType::AbuseConfirmed, later, Role::Seller).facts(),
        later, Expected("release", L({ "B3", "B6" })).strike(Seller, "abusive_language", "B6"));
    row("conduct on top of S2b",
        CaseBuilder("S2", Role::Seller)
            .pay("1575.00", karl)
            .markedPaid()
            .event(EventType::AbuseConfirmed, later, Role::Buyer)
            .history(Buyer, StrikeKind::AbusiveLanguage, 1)
            .facts(),
        later,
        Expected("refund", L({ "S2b", "S4" }))
            .sanction(Buyer, "p2p", "15", "S2b")
            .sanction(Buyer, "partial", "null", "S4")
            .strike(Buyer, "kyc_name_mismatch", "S2b")
            .strike(Buyer, "abusive_language", "S4"));
    row("conduct on top of B6 stated with an order fact",
        CaseBuilder("B6").pay("1500.00").markedPaid().event(EventType::AbuseConfirmed, later, Role::Seller).facts(),
        later, Expected("none", L({ "S2c", "B6" })).strike(Seller, "abusive_language", "B6").statedNote());
    row("both parties abusive",
        CaseBuilder("B6")
            .event(EventType::AbuseConfirmed, later, Role::Seller)
            .event(EventType::AbuseConfirmed, later, Role::Buyer)
            .history(Buyer, StrikeKind::AbusiveLanguage, 1)
            .facts(),
        later,
        Expected("suspend", L({ "B6" }))
            .sanction(Buyer, "partial", "null", "B6")
            .strike(Buyer, "abusive_language", "B6")
            .strike(Seller, "abusive_language", "B6"));
    row("conduct on top of an inapplicable reason",
        CaseBuilder("B2").paid().event(EventType::AbuseConfirmed, later, Role::Seller).facts(), later,
        Expected("none", L({ "B6" })).review().strike(Seller, "abusive_language", "B6").statedNote());

    // ---- LC1: the live-chat ladder
    CaseFacts lc = liveChatAbuse();
    row("LC1 first", lc, later,
        Expected("suspend", L({ "LC1" }))
            .rev("live-chat-2021-07-06")
            .sanction(LcUser, "live_chat", "1", "LC1")
            .strike(LcUser, "live_chat_abuse", "LC1")
            .flag("abuse_suspected"));
    lc.history[LcUser][StrikeKind::LiveChatAbuse] = 1;
    row("LC1 second", lc, later,
        Expected("suspend", L({ "LC1" }))
            .rev("live-chat-2021-07-06")
            .sanction(LcUser, "live_chat", "7", "LC1")
            .strike(LcUser, "live_chat_abuse", "LC1")
            .flag("abuse_suspected"));
    row("LC1 third", lc, later,
        Expected("suspend", L({ "LC1" }))
            .rev("live-chat-2021-07-06")
            .sanction(LcUser, "live_chat", "30", "LC1")
            .strike(LcUser, "live_chat_abuse", "LC1")
            .flag("abuse_suspected"),
        PolicySettings(), [] {
            StrikeHistory h;
            h[LcUser][StrikeKind::LiveChatAbuse] = 1;
            return h;
        }());
    row("LC1 fifth stays at the top", lc, later,
        Expected("suspend", L({ "LC1" }))
            .rev("live-chat-2021-07-06")
            .sanction(LcUser, "live_chat", "30", "LC1")
            .strike(LcUser, "live_chat_abuse", "LC1")
            .flag("abuse_suspected"),
        PolicySettings(), [] {
            StrikeHistory h;
            h[LcUser][StrikeKind::LiveChatAbuse] = 3;
            return h;
        }());
    row(
        "LC1 team ladder", liveChatAbuse(), later,
        Expected("suspend", L({ "LC1" }))
            .rev("live-chat-2021-07-06")
            .sanction(LcUser, "live_chat", "14", "LC1")
            .strike(LcUser, "live_chat_abuse", "LC1")
            .flag("abuse_suspected"),
        [] {
            PolicySettings s;
            s.liveChatLadderDays = { 2, 14 };
            return s;
        }(),
        twoLiveChat);

    // ---- LC2: every ground
    row("LC2 compromised", liveChatAppeal("compromised"), later,
        Expected("lift", L({ "LC2" })).rev("live-chat-2021-07-06").mention(QStringLiteral("security")));
    row("LC2 impersonation unconfirmed", liveChatAppeal("impersonation"), later,
        Expected("none", L({ "LC2" })).rev("live-chat-2021-07-06").review());
    row("LC2 impersonation confirmed", liveChatAppeal("impersonation", true), "2026-11-20T10:10:00Z",
        Expected("lift", L({ "LC2" })).rev("live-chat-2021-07-06"));
    row("LC2 urgent", liveChatAppeal("urgent"), later,
        Expected("uphold", L({ "LC2" })).rev("live-chat-2021-07-06").mention(QStringLiteral("human agent")));
    row("LC2 other", liveChatAppeal("other"), later,
        Expected("none", L({ "LC2" })).rev("live-chat-2021-07-06").review());

    // ---- Settled readings (policy.md, second edition), one row or more named after each
    // 1. The instant: facts stamped after it are ignored; a deadline is reached at its instant.
    const CaseFacts remainderAfterRequest = CaseBuilder("S2", Role::Seller)
                                                .pay("1500.00")
                                                .markedPaid()
                                                .event(EventType::RemainderRequested, "2026-11-20T09:30:00Z")
                                                .event(EventType::RemainderPaid, "2026-11-20T09:40:00Z")
                                                .facts();
    row("reading 1: an event after the instant is ignored", remainderAfterRequest, "2026-11-20T09:35:00Z",
        Expected("none", L({ "S2c" })).pending("2026-11-20T10:00:00Z"));
    row("reading 1: the same event counts once it has happened", remainderAfterRequest, "2026-11-20T09:40:00Z",
        Expected("release", L({ "S2c" })));
    const CaseFacts paidLater
        = CaseBuilder("B3").markedPaid().pay("1575.00", karl, true, QString(), "2026-11-20T09:20:00Z").facts();
    row("reading 1: a payment after the instant is ignored", paidLater, "2026-11-20T09:10:00Z",
        Expected("none", QStringList()).review().statedNote());
    row("reading 1: the same payment counts once it was made", paidLater, "2026-11-20T09:25:00Z",
        Expected("refund", L({ "S2b" }))
            .sanction(Buyer, "p2p", "15", "S2b")
            .strike(Buyer, "kyc_name_mismatch", "S2b")
            .statedNote());
    row("reading 1: a message after the instant is not flagged", liveChatAbuse(), "2026-11-20T09:50:00Z",
        Expected("suspend", L({ "LC1" }))
            .rev("live-chat-2021-07-06")
            .sanction(LcUser, "live_chat", "1", "LC1")
            .strike(LcUser, "live_chat_abuse", "LC1"));
    row("reading 1: a deadline is reached at its instant",
        CaseBuilder("S2", Role::Seller)
            .pay("1500.00")
            .markedPaid()
            .event(EventType::RemainderRequested, "2026-11-20T09:30:00Z")
            .facts(),
        "2026-11-20T10:00:00Z", Expected("refund", L({ "S2c" })));
    // 3. Currency codes are case-insensitive.
    row("reading 3: cny is CNY", CaseBuilder("B3").fiat("cny").paid().facts(), later,
        Expected("none", L({ "G0" })).review().statedNote());
    // 5. A late report does not count; one stamped at the deadline does.
    row("reading 5: a report at the deadline counts",
        CaseBuilder("B3")
            .nonInstant()
            .pay("1575.00")
            .markedPaid("2026-11-20T14:00:00Z")
            .event(EventType::SellerReportedNotReceived, "2026-11-24T14:00:00Z")
            .facts(),
        "2026-11-24T15:00:00Z", Expected("none", L({ "B3" })).review());
    row("reading 5: a report after the deadline does not count",
        CaseBuilder("B3")
            .nonInstant()
            .pay("1575.00")
            .markedPaid("2026-11-20T14:00:00Z")
            .event(EventType::SellerReportedNotReceived, "2026-11-24T14:00:01Z")
            .facts(),
        "2026-11-24T15:00:00Z", Expected("release", L({ "B3" })));
    // 6. A remainder paid after its deadline is for a person to judge.
    row("reading 6: remainder paid late",
        CaseBuilder("S2", Role::Seller)
            .pay("1500.00")
            .markedPaid()
            .event(EventType::RemainderRequested, "2026-11-20T09:30:00Z")
            .event(EventType::RemainderPaid, "2026-11-20T10:05:00Z")
            .facts(),
        "2026-11-20T10:10:00Z",
        Expected("none", L({ "S2c" }))
            .review()
            .mention(QStringLiteral("1575.00 SEK"))
            .mention(QStringLiteral("refund")));
    row("reading 6: remainder paid late by a payment",
        CaseBuilder("S2", Role::Seller)
            .pay("1500.00")
            .markedPaid()
            .event(EventType::RemainderRequested, "2026-11-20T09:30:00Z")
            .pay("75.00", QStringLiteral("Eva Andersson"), true, QString(), "2026-11-20T10:01:00Z")
            .facts(),
        "2026-11-20T10:10:00Z", Expected("none", L({ "S2c" })).review());
    row("reading 6: remainder paid at the deadline is in time",
        CaseBuilder("S2", Role::Seller)
            .pay("1500.00")
            .markedPaid()
            .event(EventType::RemainderRequested, "2026-11-20T09:30:00Z")
            .event(EventType::RemainderPaid, "2026-11-20T10:00:00Z")
            .facts(),
        "2026-11-20T10:10:00Z", Expected("release", L({ "S2c" })));
    // 7. Names across scripts, dropped middle names, one-part names.
    row("reading 7: payer in Cyrillic, the same name transliterated",
        CaseBuilder("B3")
            .kyc(Role::Buyer, QStringLiteral("Nikolay Petrov"))
            .pay("1575.00", QStringLiteral("Николай Петров"))
            .markedPaid()
            .facts(),
        later, Expected("release", L({ "B3" })));
    row("reading 7: payer in Cyrillic, another name",
        CaseBuilder("B3")
            .kyc(Role::Buyer, QStringLiteral("Nick Peters"))
            .pay("1575.00", QStringLiteral("Николай Петров"))
            .markedPaid()
            .facts(),
        later, Expected("none", L({ "S2b" })).review().flag("name_script_differs").statedNote());
    row("reading 7: payer in Thai against a Latin name",
        CaseBuilder("B3").pay("1575.00", QStringLiteral("ยุทธนา ศรีสุข")).markedPaid().facts(), later,
        Expected("none", L({ "S2b" })).review().flag("name_script_differs").statedNote());
    row("reading 7: middle name dropped by the bank",
        CaseBuilder("B3").kyc(Role::Buyer, QStringLiteral("Eva Maria Andersson")).paid().facts(), later,
        Expected("release", L({ "B3" })));
    row("reading 7: one-part payer name",
        CaseBuilder("B3").pay("1575.00", QStringLiteral("ANDERSSON")).markedPaid().facts(), later,
        Expected("none", L({ "S2b" })).review().statedNote());
    row("reading 7: a different Latin name is S2b", CaseBuilder("B3").pay("1575.00", karl).markedPaid().facts(), later,
        Expected("refund", L({ "S2b" }))
            .sanction(Buyer, "p2p", "15", "S2b")
            .strike(Buyer, "kyc_name_mismatch", "S2b")
            .statedNote());
    // 9. CNY and conduct: G0 stops everything.
    row("reading 9: no conduct strike on a CNY case",
        CaseBuilder("S4", Role::Seller).fiat("CNY").event(EventType::AbuseConfirmed, later, Role::Buyer).facts(), later,
        Expected("none", L({ "G0" })).review().statedNote());
    // 12. LC2 on a suspension that has ended: nothing to lift, no review.
    row("reading 12: LC2 on an ended suspension", liveChatAppeal("impersonation"), "2026-11-26T10:00:00Z",
        Expected("none", L({ "LC2" })).rev("live-chat-2021-07-06").mention(QStringLiteral("nothing to lift")));
    row("reading 12: LC2 while the suspension lasts", liveChatAppeal("compromised"), "2026-11-26T09:59:59Z",
        Expected("lift", L({ "LC2" })).rev("live-chat-2021-07-06"));
    // 13. Strike kinds stay apart.
    StrikeHistory threeLiveChat;
    threeLiveChat[Seller][StrikeKind::LiveChatAbuse] = 3;
    row("reading 13: live-chat strikes do not count as abusive language",
        CaseBuilder("B6").paid().event(EventType::AbuseConfirmed, later, Role::Seller).facts(), later,
        Expected("none", L({ "B6" })).strike(Seller, "abusive_language", "B6"), PolicySettings(), threeLiveChat);
    CaseFacts lcAfterAbuse = liveChatAbuse();
    lcAfterAbuse.history[LcUser][StrikeKind::AbusiveLanguage] = 4;
    row("reading 13: abusive-language strikes do not climb the live-chat ladder", lcAfterAbuse, later,
        Expected("suspend", L({ "LC1" }))
            .rev("live-chat-2021-07-06")
            .sanction(LcUser, "live_chat", "1", "LC1")
            .strike(LcUser, "live_chat_abuse", "LC1")
            .flag("abuse_suspected"));

    // 2. The revision boundary: p2p-2021-04-07 from 2021-04-07T00:00:00Z (also revisionFor()).
    row("reading 2: at the boundary, S2a's account sanction (R2)",
        CaseBuilder("S2", Role::Seller)
            .created("2021-04-07T00:00:00Z")
            .pay("1575.00", QStringLiteral("Eva Andersson"), false)
            .markedPaid()
            .facts(),
        later,
        Expected("cancel", L({ "S2a" }))
            .strike(Buyer, "wrong_account_payment", "S2a")
            .sanction(Buyer, "account", "30", "S2a"),
        PolicySettings(), oneWrongAccount);
    row("reading 2: one second before it, no S2a sanction (R1)",
        CaseBuilder("S2", Role::Seller)
            .created("2021-04-06T23:59:59Z")
            .pay("1575.00", QStringLiteral("Eva Andersson"), false)
            .markedPaid()
            .facts(),
        later, Expected("cancel", L({ "S2a" })).strike(Buyer, "wrong_account_payment", "S2a").rev("p2p-2021-02-25"),
        PolicySettings(), oneWrongAccount);
    row("reading 2: at the boundary, S2b's p2p sanction (R2)",
        CaseBuilder("S2", Role::Seller).created("2021-04-07T00:00:00Z").pay("1575.00", karl).markedPaid().facts(),
        later,
        Expected("refund", L({ "S2b" })).sanction(Buyer, "p2p", "15", "S2b").strike(Buyer, "kyc_name_mismatch", "S2b"));
    row("reading 2: one second before it, S2b without sanction (R1)",
        CaseBuilder("S2", Role::Seller).created("2021-04-06T23:59:59Z").pay("1575.00", karl).markedPaid().facts(),
        later, Expected("refund", L({ "S2b" })).strike(Buyer, "kyc_name_mismatch", "S2b").rev("p2p-2021-02-25"));
    row("reading 2: B5 under R2 holds despite the seller's terms",
        CaseBuilder("B5")
            .created("2021-04-07T00:00:00Z")
            .pay("1575.00", QStringLiteral("Eva Andersson"), true, QStringLiteral("BTC"))
            .markedPaid()
            .facts(),
        later,
        Expected("refund", L({ "B5" })).flag("sensitive_remark").mention(QStringLiteral("seller's terms asked")));

    // 4. Holidays: the market's own list (shipped 2020-2035) and the every-market one; the clock time is kept.
    auto holidayCase = [](const char* reason, Role appellant, const char* fiat, const char* markedPaid) {
        return CaseBuilder(reason, appellant)
            .fiat(fiat)
            .created("2026-01-02T08:00:00Z")
            .nonInstant()
            .pay("1575.00", QStringLiteral("Eva Andersson"), true, QString(), markedPaid)
            .markedPaid(markedPaid)
            .facts();
    };
    // Maundy Thursday 2026-04-02 10:00 Stockholm; Good Friday and Easter Monday are bank holidays.
    row("reading 4: SEK Easter, still waiting on Tuesday",
        holidayCase("B3", Role::Buyer, "SEK", "2026-04-02T08:00:00Z"), "2026-04-07T12:00:00Z",
        Expected("none", L({ "B3" })).pending("2026-04-08T08:00:00Z"));
    row("reading 4: SEK Easter, released at the deadline",
        holidayCase("B3", Role::Buyer, "SEK", "2026-04-02T08:00:00Z"), "2026-04-08T08:00:00Z",
        Expected("release", L({ "B3" })));
    row("reading 4: the every-market list adds to the market's",
        holidayCase("B3", Role::Buyer, "SEK", "2026-04-02T08:00:00Z"), "2026-04-07T12:00:00Z",
        Expected("none", L({ "B3" })).pending("2026-04-09T08:00:00Z"), [] {
            PolicySettings s;
            s.holidays = { QDate(2026, 4, 8) };
            return s;
        }());
    row("reading 4: a team lead's emptied SEK list", holidayCase("B3", Role::Buyer, "SEK", "2026-04-02T08:00:00Z"),
        "2026-04-03T12:00:00Z", Expected("none", L({ "B3" })).pending("2026-04-06T08:00:00Z"), [] {
            PolicySettings s;
            s.marketHolidays.insert(QStringLiteral("SEK"), {});
            return s;
        }());
    row("reading 4: SEK Saturday start and Easter Monday",
        holidayCase("B3", Role::Buyer, "SEK", "2026-04-04T08:00:00Z"), "2026-04-07T12:00:00Z",
        Expected("none", L({ "B3" })).pending("2026-04-08T08:00:00Z"));
    row("reading 4: SEK Christmas Eve is a bank holiday", holidayCase("B3", Role::Buyer, "SEK", "2026-12-23T09:00:00Z"),
        "2026-12-24T12:00:00Z", Expected("none", L({ "B3" })).pending("2026-12-29T09:00:00Z"));
    row("reading 4: BGN Orthodox Easter", holidayCase("B3", Role::Buyer, "BGN", "2026-04-09T07:00:00Z"),
        "2026-04-14T12:00:00Z", Expected("none", L({ "B3" })).pending("2026-04-15T07:00:00Z"));
    row("reading 4: BGN holiday on a Sunday moves to Monday",
        holidayCase("B3", Role::Buyer, "BGN", "2026-05-22T07:00:00Z"), "2026-05-25T12:00:00Z",
        Expected("none", L({ "B3" })).pending("2026-05-27T07:00:00Z"));
    row("reading 4: THB Songkran", holidayCase("B3", Role::Buyer, "THB", "2026-04-10T03:00:00Z"),
        "2026-04-16T12:00:00Z", Expected("none", L({ "B3" })).pending("2026-04-17T03:00:00Z"));
    row("reading 4: THB substitution day for a Sunday holiday",
        holidayCase("B3", Role::Buyer, "THB", "2026-05-29T03:00:00Z"), "2026-06-02T12:00:00Z",
        Expected("none", L({ "B3" })).pending("2026-06-04T03:00:00Z"));
    row("reading 4: EUR TARGET2 Good Friday and Easter Monday",
        holidayCase("B3", Role::Buyer, "EUR", "2026-04-02T08:00:00Z"), "2026-04-07T12:00:00Z",
        Expected("none", L({ "B3" })).pending("2026-04-08T08:00:00Z"));
    row("reading 4: EUR Christmas Eve is a TARGET2 business day",
        holidayCase("B3", Role::Buyer, "EUR", "2026-12-23T09:00:00Z"), "2026-12-24T12:00:00Z",
        Expected("none", L({ "B3" })).pending("2026-12-28T09:00:00Z"));
    row("reading 4: USD has weekends only", holidayCase("B3", Role::Buyer, "USD", "2026-04-02T08:00:00Z"),
        "2026-04-03T12:00:00Z", Expected("none", L({ "B3" })).pending("2026-04-06T08:00:00Z"));
    row("reading 4: S1 paid, not arrived, counts the market's holidays",
        holidayCase("S1", Role::Seller, "SEK", "2026-04-02T08:00:00Z"), "2026-04-07T12:00:00Z",
        Expected("none", L({ "S1" })).pending("2026-04-08T08:00:00Z"));

    // 8. Words in all their forms (B5, abuse flags); a term never inside an unrelated word.
    auto remark = [](const QString& text) {
        return CaseBuilder("B5").pay("1575.00", QStringLiteral("Eva Andersson"), true, text).markedPaid().facts();
    };
    row("reading 8: Swedish definite form", remark(QStringLiteral("Betalning för bitcoinen")), later,
        Expected("refund", L({ "B5" })).flag("sensitive_remark").mention(QStringLiteral("\"bitcoinen\"")));
    row("reading 8: Swedish plural definite", remark(QStringLiteral("Betalning för kryptovalutorna")), later,
        Expected("refund", L({ "B5" })).flag("sensitive_remark"));
    row("reading 8: Swedish compound", remark(QStringLiteral("kryptohandel 5521")), later,
        Expected("refund", L({ "B5" })).flag("sensitive_remark"));
    row("reading 8: Swedish compound with a brand", remark(QStringLiteral("Binanceköp")), later,
        Expected("refund", L({ "B5" })).flag("sensitive_remark"));
    row("reading 8: Bulgarian definite form", remark(QStringLiteral("Плащане за биткойна")), later,
        Expected("refund", L({ "B5" })).flag("sensitive_remark"));
    row("reading 8: Bulgarian two-word term", remark(QStringLiteral("Плащане за цифровата валута")), later,
        Expected("refund", L({ "B5" })).flag("sensitive_remark"));
    row("reading 8: Thai term between word edges", remark(QStringLiteral("ค่าบิตคอยน์ครับ")), later,
        Expected("refund", L({ "B5" })).flag("sensitive_remark"));
    row("reading 8: BTC not inside another word", remark(QStringLiteral("abtcd 22918837461")), later,
        Expected("none", L({})).review().statedNote());
    row("reading 8: kryptisk is not krypto", remark(QStringLiteral("kryptisk betalning")), later,
        Expected("none", L({})).review().statedNote());
    row("reading 8: Swedish abuse in a definite form",
        CaseBuilder("B6").paid().message(Role::Seller, QStringLiteral("Du är idioten som lurade mig.")).facts(), later,
        Expected("none", L({ "B6" })).review().flag("abuse_suspected"));
    row("reading 8: Bulgarian vocative",
        CaseBuilder("B6").paid().message(Role::Seller, QStringLiteral("Ти, идиоте, върни ми парите!")).facts(), later,
        Expected("none", L({ "B6" })).review().flag("abuse_suspected"));
    row("reading 8: Bulgarian insult",
        CaseBuilder("B6").paid().message(Role::Seller, QStringLiteral("Мамка ти")).facts(), later,
        Expected("none", L({ "B6" })).review().flag("abuse_suspected"));
    row("reading 8: a threat is flagged as abuse",
        CaseBuilder("B6")
            .paid()
            .message(Role::Seller, QStringLiteral("I know where your office is. Fix it or else."))
            .facts(),
        later,
        Expected("none", L({ "B6" })).review().flag("abuse_suspected").mention(QStringLiteral("Possible threat")));
    row(
        "reading 8: a threat in live chat",
        [] {
            CaseFacts f = liveChatAbuse();
            f.messages.first().text = QStringLiteral("I know where you live");
            return f;
        }(),
        later,
        Expected("suspend", L({ "LC1" }))
            .rev("live-chat-2021-07-06")
            .sanction(LcUser, "live_chat", "1", "LC1")
            .strike(LcUser, "live_chat_abuse", "LC1")
            .flag("abuse_suspected")
            .mention(QStringLiteral("Possible threat")));

    // 10. Overrides keep strikes and sanctions one by one: the suggestion lists each of them on its own.
    row("reading 10: both parties' conduct, two strikes and two sanctions",
        CaseBuilder("B6")
            .paid()
            .event(EventType::AbuseConfirmed, later, Role::Buyer)
            .event(EventType::AbuseConfirmed, later, Role::Seller)
            .history(Buyer, StrikeKind::AbusiveLanguage, 1)
            .history(Seller, StrikeKind::AbusiveLanguage, 1)
            .facts(),
        later,
        Expected("suspend", L({ "B6" }))
            .strike(Buyer, "abusive_language", "B6")
            .sanction(Buyer, "partial", "null", "B6")
            .strike(Seller, "abusive_language", "B6")
            .sanction(Seller, "partial", "null", "B6"));
    row("reading 10: an order clause with conduct on top lists each",
        CaseBuilder("S2", Role::Seller)
            .pay("1575.00", karl)
            .markedPaid()
            .event(EventType::AbuseConfirmed, later, Role::Seller)
            .history(Seller, StrikeKind::AbusiveLanguage, 1)
            .facts(),
        later,
        Expected("refund", L({ "S2b", "S4" }))
            .sanction(Buyer, "p2p", "15", "S2b")
            .strike(Buyer, "kyc_name_mismatch", "S2b")
            .strike(Seller, "abusive_language", "S4")
            .sanction(Seller, "partial", "null", "S4"));

    // 11. Stale suggestions: what changes between the first look and the decision changes the suggestion.
    row("reading 11: a strike recorded since moves LC1 up the ladder", liveChatAbuse(), later,
        Expected("suspend", L({ "LC1" }))
            .rev("live-chat-2021-07-06")
            .sanction(LcUser, "live_chat", "7", "LC1")
            .strike(LcUser, "live_chat_abuse", "LC1")
            .flag("abuse_suspected"),
        PolicySettings(), [] {
            StrikeHistory h;
            h[LcUser][StrikeKind::LiveChatAbuse] = 1;
            return h;
        }());
    row("reading 11: the seller's confirmation since turns B5 to release",
        CaseBuilder("B5")
            .pay("1575.00", QStringLiteral("Eva Andersson"), true, QStringLiteral("USDT"))
            .markedPaid()
            .event(EventType::SellerConfirmedReceipt, "2026-11-20T09:59:59Z")
            .facts(),
        later, Expected("release", L({ "B5" })).flag("sensitive_remark"));
    row("reading 11: a settings change since changes the sanction", liveChatAbuse(), later,
        Expected("suspend", L({ "LC1" }))
            .rev("live-chat-2021-07-06")
            .sanction(LcUser, "live_chat", "3", "LC1")
            .strike(LcUser, "live_chat_abuse", "LC1")
            .flag("abuse_suspected"),
        [] {
            PolicySettings s;
            s.liveChatLadderDays = { 3 };
            return s;
        }());

    // 14. Follow-up events recorded by the agent.
    row("reading 14: payment_proof keeps S1 from cancelling: the seller gets the business days",
        CaseBuilder("S1", Role::Seller)
            .markedPaid()
            .event(EventType::PaymentProof, "2026-11-20T09:20:00Z", Role::None, Role::Buyer)
            .facts(),
        later, Expected("none", L({ "S1" })).pending("2026-11-24T09:07:00Z"));
    row("reading 14: payment_proof from an unreachable buyer still cancels",
        CaseBuilder("S1", Role::Seller)
            .markedPaid()
            .event(EventType::PaymentProof, "2026-11-20T09:20:00Z", Role::None, Role::Buyer)
            .event(EventType::PartyUnresponsive, "2026-11-20T09:50:00Z", Role::Buyer)
            .facts(),
        later, Expected("cancel", L({ "S1" })).strike(Buyer, "non_payment_cancellation", "S1"));
    row("reading 14: refund_proof and refund_confirmed leave S2b's refund as it is",
        CaseBuilder("S2", Role::Seller)
            .pay("1575.00", karl)
            .markedPaid()
            .event(EventType::RefundProof, "2026-11-20T09:40:00Z", Role::None, Role::Seller)
            .event(EventType::RefundConfirmed, "2026-11-20T09:50:00Z", Role::None, Role::Buyer)
            .facts(),
        later,
        Expected("refund", L({ "S2b" })).sanction(Buyer, "p2p", "15", "S2b").strike(Buyer, "kyc_name_mismatch", "S2b"));

    // More rows for readings 1, 3, 5, 7, 9, 12, 13.
    row("reading 1: marked paid after the instant is ignored",
        CaseBuilder("B3").pay("1575.00").markedPaid("2026-11-20T09:20:00Z").facts(), "2026-11-20T09:10:00Z",
        Expected("none", L({})).review().statedNote());
    row("reading 1: abuse confirmed after the instant adds no strike",
        CaseBuilder("B6").paid().event(EventType::AbuseConfirmed, "2026-11-20T10:30:00Z", Role::Seller).facts(), later,
        Expected("none", L({ "B6" })).review());
    row("reading 1: the real-time wait ends at its instant", CaseBuilder("B3").paid().facts(), "2026-11-20T09:22:00Z",
        Expected("release", L({ "B3" })));
    row("reading 1: one second before it, still waiting", CaseBuilder("B3").paid().facts(), "2026-11-20T09:21:59Z",
        Expected("none", L({ "B3" })).pending("2026-11-20T09:22:00Z"));
    row("reading 3: sek counts Swedish holidays", holidayCase("B3", Role::Buyer, "sek", "2026-04-02T08:00:00Z"),
        "2026-04-07T12:00:00Z", Expected("none", L({ "B3" })).pending("2026-04-08T08:00:00Z"));
    row("reading 3: Cny in mixed case is CNY", CaseBuilder("B3").fiat("Cny").paid().facts(), later,
        Expected("none", L({ "G0" })).review().statedNote());
    row("reading 3: thb counts Thai holidays", holidayCase("B3", Role::Buyer, "thb", "2026-04-10T03:00:00Z"),
        "2026-04-16T12:00:00Z", Expected("none", L({ "B3" })).pending("2026-04-17T03:00:00Z"));
    row("reading 5: S1 report at the deadline counts",
        CaseBuilder("S1", Role::Seller)
            .nonInstant()
            .pay("1575.00")
            .markedPaid("2026-11-20T14:00:00Z")
            .event(EventType::SellerReportedNotReceived, "2026-11-24T14:00:00Z")
            .facts(),
        "2026-11-24T15:00:00Z", Expected("none", L({ "S1" })).review());
    row("reading 5: S1 report after the deadline does not count",
        CaseBuilder("S1", Role::Seller)
            .nonInstant()
            .pay("1575.00")
            .markedPaid("2026-11-20T14:00:00Z")
            .event(EventType::SellerReportedNotReceived, "2026-11-24T14:00:01Z")
            .facts(),
        "2026-11-24T15:00:00Z", Expected("release", L({ "S1" })));
    row("reading 5: a report in time, looked at before the deadline, waits",
        CaseBuilder("B3")
            .nonInstant()
            .pay("1575.00")
            .markedPaid("2026-11-20T14:00:00Z")
            .event(EventType::SellerReportedNotReceived, "2026-11-23T10:00:00Z")
            .facts(),
        "2026-11-23T12:00:00Z", Expected("none", L({ "B3" })).pending("2026-11-24T14:00:00Z"));
    row("reading 7: payer in Thai, verified name in RTGS",
        CaseBuilder("B3")
            .kyc(Role::Buyer, QStringLiteral("Somchai Chaidi"))
            .pay("1575.00", QStringLiteral("สมชาย ใจดี"))
            .markedPaid()
            .facts(),
        later, Expected("release", L({ "B3" })));
    row("reading 7: verified name in Thai, payer in RTGS",
        CaseBuilder("B3")
            .kyc(Role::Buyer, QStringLiteral("ประยุทธ์ จันทร์โอชา"))
            .pay("1575.00", QStringLiteral("PRAYUT CHAN-O-CHA"))
            .markedPaid()
            .facts(),
        later, Expected("release", L({ "B3" })));
    row("reading 7: payer in Thai, informal spelling is for a person",
        CaseBuilder("B3")
            .kyc(Role::Buyer, QStringLiteral("Somchai Jaidee"))
            .pay("1575.00", QStringLiteral("สมชาย ใจดี"))
            .markedPaid()
            .facts(),
        later, Expected("none", L({ "S2b" })).review().flag("name_script_differs").statedNote());
    row("reading 7: one-part payer name in Cyrillic",
        CaseBuilder("B3")
            .kyc(Role::Buyer, QStringLiteral("Nikolay Petrov"))
            .pay("1575.00", QStringLiteral("Петров"))
            .markedPaid()
            .facts(),
        later, Expected("none", L({ "S2b" })).review().statedNote());
    row("reading 9: CNY with abuse by both parties",
        CaseBuilder("B6")
            .fiat("CNY")
            .event(EventType::AbuseConfirmed, later, Role::Buyer)
            .event(EventType::AbuseConfirmed, later, Role::Seller)
            .facts(),
        later, Expected("none", L({ "G0" })).review().statedNote());
    row("reading 9: cny with a threat in the chat is still G0 only",
        CaseBuilder("S4", Role::Seller)
            .fiat("cny")
            .message(Role::Buyer, QStringLiteral("I know where you live"))
            .event(EventType::AbuseConfirmed, later, Role::Buyer)
            .facts(),
        later, Expected("none", L({ "G0" })).review().flag("abuse_suspected").statedNote());
    row("reading 12: LC2 urgent on an ended suspension", liveChatAppeal("urgent"), "2026-11-27T10:00:00Z",
        Expected("none", L({ "LC2" })).rev("live-chat-2021-07-06").mention(QStringLiteral("nothing to lift")));
    row("reading 12: a suspension ends at its instant", liveChatAppeal("compromised"), "2026-11-26T10:00:00Z",
        Expected("none", L({ "LC2" })).rev("live-chat-2021-07-06").mention(QStringLiteral("nothing to lift")));
    StrikeHistory fiveNonPayment;
    fiveNonPayment[Seller][StrikeKind::NonPaymentCancellation] = 5;
    row("reading 13: non-payment strikes do not count as abusive language",
        CaseBuilder("B6").paid().event(EventType::AbuseConfirmed, later, Role::Seller).facts(), later,
        Expected("none", L({ "B6" })).strike(Seller, "abusive_language", "B6"), PolicySettings(), fiveNonPayment);
    StrikeHistory threeKyc;
    threeKyc[Buyer][StrikeKind::KycNameMismatch] = 3;
    row("reading 13: name-mismatch strikes do not count as wrong-account payments",
        CaseBuilder("S2", Role::Seller).pay("1575.00", QStringLiteral("Eva Andersson"), false).markedPaid().facts(),
        later, Expected("cancel", L({ "S2a" })).strike(Buyer, "wrong_account_payment", "S2a"), PolicySettings(),
        threeKyc);

    // ---- malformed facts never crash
    CaseFacts noOrder = CaseBuilder("B3").facts();
    noOrder.order.reset();
    row("p2p without order", noOrder, later, Expected("none", L({})).review());
    CaseFacts noParties = CaseBuilder("S1", Role::Seller).facts();
    noParties.parties.clear();
    row("S1 without parties", noParties, later, Expected("cancel", L({ "S1" })));
}

void TestPolicyEngine::suggest()
{
    QFETCH(CaseFacts, facts);
    QFETCH(QDateTime, at);
    QFETCH(PolicySettings, settings);
    QFETCH(StrikeHistory, prior);
    QFETCH(Expected, expected);
#ifdef APPEALDESK_POLICY_VIA_CLI
    checkThroughCommandLine(facts, at, settings, prior, expected);
    return;
#endif

    const Suggestion s = PolicyEngine(settings).suggest(facts, at, prior);
    const QString context = SuggestionText::facts(s).join(QLatin1String(" | ")) + QLatin1String(" || ")
        + SuggestionText::steps(s).join(QLatin1String(" | ")) + QLatin1String(" || ")
        + SuggestionText::notes(s).join(QLatin1String(" | "));
    QVERIFY2(
        s.clauses == expected.clauses, qPrintable(s.clauses.join(QLatin1Char(',')) + QLatin1String(" :: ") + context));
    QCOMPARE(PolicyIds::toId(s.outcome), expected.outcome);
    QCOMPARE(s.revision, expected.revision);
    QCOMPARE(s.needsReview, expected.needsReview);
    QCOMPARE(s.pendingUntil.value_or(QDateTime()), expected.pendingUntil);
    QStringList sanctions;
    for (const SuggestedSanction& x : s.sanctions)
        sanctions << x.userId + QLatin1Char(':') + PolicyIds::toId(x.scope) + QLatin1Char(':')
                + (x.days ? QString::number(*x.days) : QStringLiteral("null")) + QLatin1Char(':') + x.clause;
    QCOMPARE(sanctions, expected.sanctions);
    QStringList strikes;
    for (const SuggestedStrike& x : s.strikes)
        strikes << x.userId + QLatin1Char(':') + PolicyIds::toId(x.kind) + QLatin1Char(':') + x.clause;
    QCOMPARE(strikes, expected.strikes);
    QCOMPARE(s.flags, expected.flags);
    QCOMPARE(!s.statedReasonNote.isNull(), expected.statedReasonNote);
    const QString all = context + QLatin1String(" || ") + SuggestionText::statedReasonNote(s);
    for (const QString& m : expected.mentions)
        QVERIFY2(all.contains(m), qPrintable(m + QLatin1String(" not in: ") + all));
    QCOMPARE(s.caseId, facts.id);
    // Whatever the outcome, the agent is told something to do or why not.
    QVERIFY(!s.steps.isEmpty() || !s.notes.isEmpty());
}

void TestPolicyEngine::deterministic()
{
    const CaseFacts facts = CaseBuilder("B5")
                                .pay("1575.00", QStringLiteral("Eva Andersson"), true, QStringLiteral("BTC"))
                                .markedPaid()
                                .event(EventType::AbuseConfirmed, "2026-11-20T09:30:00Z", Role::Seller)
                                .message(Role::Seller, QStringLiteral("idiot"))
                                .facts();
    const QDateTime at = utc("2026-11-20T10:00:00Z");
    const QByteArray first = PolicyEngine().suggest(facts, at).toJsonLine();
    for (int i = 0; i < 3; ++i)
        QCOMPARE(PolicyEngine().suggest(facts, at).toJsonLine(), first);
}

void TestPolicyEngine::revisionFor_data()
{
    QTest::addColumn<CaseFacts>("facts");
    QTest::addColumn<QString>("revision");
    QTest::newRow("R1 2021-04-06") << CaseBuilder("B3").created("2021-04-06T12:00:00Z").facts() << "p2p-2021-02-25";
    QTest::newRow("R2 2021-04-07") << CaseBuilder("B3").created("2021-04-07T00:00:00Z").facts() << "p2p-2021-04-07";
    QTest::newRow("before R1") << CaseBuilder("B3").created("2020-01-01T00:00:00Z").facts() << "p2p-2021-02-25";
    QTest::newRow("live chat") << liveChatAbuse() << "live-chat-2021-07-06";
    QTest::newRow("live chat appeal") << liveChatAppeal("other") << "live-chat-2021-07-06";
}

void TestPolicyEngine::revisionFor()
{
    QFETCH(CaseFacts, facts);
    QFETCH(QString, revision);
    QCOMPARE(PolicyEngine::revisionFor(facts), revision);
}

void TestPolicyEngine::clauseSummaries()
{
    const QStringList ids = PolicyEngine::clauseIds();
    QCOMPARE(ids.size(), 17);
    for (const QString& id : ids)
        QVERIFY2(!PolicyEngine::clauseSummary(id).isEmpty(), qPrintable(id));
    QVERIFY(PolicyEngine::clauseSummary(QStringLiteral("Z9")).isEmpty());
}

void TestPolicyEngine::manualG1()
{
    const CaseFacts r2 = CaseBuilder("B3").facts();
    const CaseFacts r1 = CaseBuilder("B3").created("2021-03-01T00:00:00Z").facts();
    SuggestedSanction s;
    QString error;
    QVERIFY(PolicyEngine::manualG1Sanction(r2, Role::Seller, SanctionScope::Account, std::nullopt, &s, &error));
    QCOMPARE(s.clause, QStringLiteral("G1"));
    QCOMPARE(s.userId, Seller);
    QCOMPARE(s.role, Role::Seller);
    QVERIFY(!s.days);
    QVERIFY(!PolicyEngine::manualG1Sanction(r1, Role::Seller, SanctionScope::Account, std::nullopt, &s, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(PolicyEngine::manualG1Sanction(r1, Role::Buyer, SanctionScope::P2p, 7, &s, &error));
    QCOMPARE(s.days, std::optional<int>(7));
    QCOMPARE(s.userId, Buyer);
    QVERIFY(!PolicyEngine::manualG1Sanction(r2, Role::Buyer, SanctionScope::P2p, 0, &s, &error));
    QVERIFY(!PolicyEngine::manualG1Sanction(r2, Role::User, SanctionScope::P2p, 3, &s, &error));
}

void TestPolicyEngine::abuseSpans()
{
    const CaseFacts facts = CaseBuilder("B6")
                                .message(Role::Buyer, QStringLiteral("Hej, jag har betalat"))
                                .message(Role::Seller, QStringLiteral("håll käften, idiot"))
                                .facts();
    const Suggestion s = PolicyEngine().suggest(facts, utc("2026-11-20T10:00:00Z"));
    QCOMPARE(s.spans.size(), 2);
    for (const FlaggedSpan& span : s.spans) {
        QCOMPARE(span.source, FlaggedSpan::MessageText);
        QCOMPARE(span.index, 1);
        QCOMPARE(span.flag, QStringLiteral("abuse_suspected"));
        QCOMPARE(facts.messages.at(1).text.mid(span.start, span.length).toCaseFolded(), span.term.toCaseFolded());
    }
}

// Settled reading 8: inflected abuse and a threat are both flagged abuse_suspected (the flag id of
// cli.md); each span names its category, and the facts say there is a threat.
void TestPolicyEngine::threatSpans()
{
    const CaseFacts facts = CaseBuilder("B6")
                                .message(Role::Buyer, QStringLiteral("Ти, идиоте, върни ми парите!"))
                                .message(Role::Buyer, QStringLiteral("I know where your office is. Fix it or else."))
                                .facts();
    const Suggestion s = PolicyEngine().suggest(facts, utc("2026-11-20T10:00:00Z"));
    QCOMPARE(s.flags.count(QStringLiteral("abuse_suspected")), 1);
    QStringList categories;
    for (const FlaggedSpan& span : s.spans) {
        QCOMPARE(span.flag, QStringLiteral("abuse_suspected"));
        categories << span.category;
    }
    QCOMPARE(categories, QStringList({ QStringLiteral("abuse"), QStringLiteral("threat"), QStringLiteral("threat") }));
    QCOMPARE(facts.messages.at(0).text.mid(s.spans.at(0).start, s.spans.at(0).length), QStringLiteral("идиоте"));
    QCOMPARE(facts.messages.at(1).text.mid(s.spans.at(1).start, s.spans.at(1).length),
        QStringLiteral("I know where your office"));
    QCOMPARE(facts.messages.at(1).text.mid(s.spans.at(2).start, s.spans.at(2).length), QStringLiteral("or else"));
    bool threatFact = false;
    for (const QString& fact : SuggestionText::facts(s))
        threatFact = threatFact || fact.contains(QStringLiteral("I know where your office"));
    QVERIFY2(threatFact, qPrintable(SuggestionText::facts(s).join(QLatin1Char('\n'))));
    QVERIFY(!s.toJsonLine().contains("threat")); // the JSON keeps the flag ids of cli.md
}

void TestPolicyEngine::hostileInput()
{
    const QDateTime at = utc("2026-11-20T10:00:00Z");

    CaseFacts lc = liveChatAbuse();
    lc.history[LcUser][StrikeKind::LiveChatAbuse] = -5;
    Suggestion s = PolicyEngine().suggest(lc, at);
    QCOMPARE(s.sanctions.size(), 1);
    QCOMPARE(s.sanctions.first().days, std::optional<int>(1));

    lc.history[LcUser][StrikeKind::LiveChatAbuse] = std::numeric_limits<int>::max();
    StrikeHistory recorded;
    recorded[LcUser][StrikeKind::LiveChatAbuse] = std::numeric_limits<int>::max();
    s = PolicyEngine().suggest(lc, at, recorded);
    QCOMPARE(s.sanctions.first().days, std::optional<int>(30));

    PolicySettings noLadder;
    noLadder.liveChatLadderDays.clear();
    s = PolicyEngine(noLadder).suggest(liveChatAbuse(), at);
    QCOMPARE(s.sanctions.size(), 1);
    QVERIFY(!s.sanctions.first().days);

    // Two payments at the largest amount: the total saturates instead of overflowing.
    s = PolicyEngine().suggest(CaseBuilder("B2").pay("92233720367").pay("92233720367").markedPaid().facts(), at);
    QCOMPARE(s.outcome, Outcome::Release);
    QCOMPARE(s.clauses, L({ "B2" }));

    PolicySettings longWait;
    longWait.nonInstantBusinessDays = 1000000000;
    s = PolicyEngine(longWait).suggest(CaseBuilder("B3").nonInstant().paid().facts(), at);
    QCOMPARE(s.outcome, Outcome::None);
    QVERIFY(s.pendingUntil);

    CaseFacts badTime = CaseBuilder("B3").nonInstant().pay("1575.00").facts();
    CaseEvent marked;
    marked.type = EventType::MarkedPaid;
    badTime.events << marked;
    s = PolicyEngine().suggest(badTime, at);
    QVERIFY(s.clauses.isEmpty());
    QVERIFY(s.needsReview);
}

void TestPolicyEngine::amountsInUiLanguage_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("refund");
    QTest::addColumn<QString>("largeRefund");
    QTest::addColumn<QString>("priceFact");

    // No group separators in any language (agents paste amounts into payment tools); cli.md's
    // "1575.00 SEK" stays byte for byte in English, also under the C locale of a CI machine.
    QTest::newRow("C") << QLocale::c() << "refund 1575.00 SEK to"
                       << "refund 13000.00 SEK to"
                       << "price 9.558 is 90.00% of the market price 10.62";
    QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedStates) << "refund 1575.00 SEK to"
                        << "refund 13000.00 SEK to"
                        << "price 9.558 is 90.00% of the market price 10.62";
    QTest::newRow("th") << QLocale(QLocale::Thai, QLocale::Thailand) << "refund 1575.00 SEK to"
                        << "refund 13000.00 SEK to"
                        << "price 9.558 is 90.00% of the market price 10.62";
    QTest::newRow("sv") << QLocale(QLocale::Swedish, QLocale::Sweden) << "refund 1575,00 SEK to"
                        << "refund 13000,00 SEK to"
                        << "price 9,558 is 90,00% of the market price 10,62";
    QTest::newRow("sv_FI") << QLocale(QLocale::Swedish, QLocale::Finland) << "refund 1575,00 SEK to"
                           << "refund 13000,00 SEK to"
                           << "price 9,558 is 90,00% of the market price 10,62";
    QTest::newRow("bg") << QLocale(QLocale::Bulgarian, QLocale::Bulgaria) << "refund 1575,00 SEK to"
                        << "refund 13000,00 SEK to"
                        << "price 9,558 is 90,00% of the market price 10,62";
}

// The texts' language is the catalogue's (none is loaded here: English); their numbers are QLocale()'s.
void TestPolicyEngine::amountsInUiLanguage()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, refund);
    QFETCH(QString, largeRefund);
    QFETCH(QString, priceFact);
    const QLocale saved;
    QLocale::setDefault(locale);
    const auto restore = qScopeGuard([&saved] { QLocale::setDefault(saved); });
    const QDateTime at = utc("2026-11-20T10:00:00Z");
    const QString karl = QStringLiteral("Karl Lindqvist");

    const Suggestion s2b
        = PolicyEngine().suggest(CaseBuilder("S2", Role::Seller).pay("1575.00", karl).markedPaid().facts(), at);
    QVERIFY2(SuggestionText::steps(s2b).value(0).contains(refund),
        qPrintable(SuggestionText::steps(s2b).join(QLatin1String(" | "))));
    const Suggestion large = PolicyEngine().suggest(
        CaseBuilder("S2", Role::Seller).amount("13000.00").pay("13000.00", karl).markedPaid().facts(), at);
    QVERIFY2(SuggestionText::steps(large).value(0).contains(largeRefund),
        qPrintable(SuggestionText::steps(large).join(QLatin1String(" | "))));
    const Suggestion b4 = PolicyEngine().suggest(CaseBuilder("B4").price("9.558", "10.62").paid().facts(), at);
    QVERIFY2(SuggestionText::facts(b4).join(QLatin1Char('\n')).contains(priceFact),
        qPrintable(SuggestionText::facts(b4).join(QLatin1String(" | "))));
    QVERIFY(SuggestionText::steps(b4).join(QLatin1Char('\n')).contains(refund));
    // Identifiers never change with the language.
    QCOMPARE(PolicyIds::toId(s2b.outcome), QStringLiteral("refund"));
    QCOMPARE(b4.flags, QStringList { QStringLiteral("price_anomaly") });
}

QTEST_GUILESS_MAIN(TestPolicyEngine)
#include "tst_policyengine.moc"
