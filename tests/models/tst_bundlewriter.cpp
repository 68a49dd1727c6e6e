#include "BundleReader.h"
#include "BundleWriter.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(CaseFacts)

namespace {
QDateTime at(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Decimal amount(const char* text)
{
    Decimal d;
    Decimal::parse(QString::fromLatin1(text), &d);
    return d;
}

// Text that must come back unchanged: markup-looking, Thai, Bulgarian, Swedish,
// newlines, quotes, backslashes, control characters, an emoji.
const QString TrickyText = QStringLiteral(
    "<b>bold</b> &amp; <script>alert(1)</script>\n"
    "\u0E2A\u0E27\u0E31\u0E2A\u0E14\u0E35\u0E04\u0E23\u0E31\u0E1A \u0E42\u0E2D\u0E19\u0E41\u0E25\u0E49\u0E27\r\n"
    "\u0417\u0434\u0440\u0430\u0432\u0435\u0439 \u00E5\u00E4\u00F6 \"quoted\" \\back\\slash\t\u0001\u001F\u007F "
    "\U0001F600 \u2028end");

CaseFacts p2pCase()
{
    CaseFacts f;
    f.id = QStringLiteral("AP-2026-000123");
    f.kind = CaseKind::P2pAppeal;
    f.openedAt = at("2026-11-20T09:40:00Z");
    f.appellant = Role::Seller;
    f.reason = QStringLiteral("S2");
    f.language = QStringLiteral("th");
    Order o;
    o.number = QStringLiteral("22918837461");
    o.createdAt = at("2026-11-20T16:00:00.125+07:00");
    o.sideAsset = QStringLiteral("USDT");
    o.cryptoAmount = amount("0.00000001");
    o.fiat = QStringLiteral("THB");
    o.fiatAmount = amount("92233720367.00");
    o.price = amount("35.1");
    o.marketPrice = amount("35.25");
    o.paymentMethod = { QStringLiteral("PromptPay <fast>"), true };
    o.sellerAccount = QStringLiteral("PromptPay 081-234-5678 \"main\"");
    o.status = OrderStatus::Cancelled;
    f.order = o;
    f.parties = { { Role::Buyer, QStringLiteral("U-48213"), QStringLiteral("<i>nordic</i>"),
                      QStringLiteral("\u0E2A\u0E21\u0E0A\u0E32\u0E22") },
        { Role::Seller, QStringLiteral("U-99120"), QString(), QString() } };
    Payment full;
    full.at = at("2026-11-20T09:06:00Z");
    full.amount = amount("1575.5");
    full.payerName = QStringLiteral("Eva Andersson");
    full.toListedAccount = false;
    full.realtime = false;
    full.remark = TrickyText;
    Payment minimal;
    minimal.at = at("2026-11-20T09:07:00-05:30");
    minimal.amount = amount("0");
    f.payments = { full, minimal };
    CaseEvent cancelled;
    cancelled.at = at("2026-11-20T09:30:00Z");
    cancelled.type = EventType::Cancelled;
    cancelled.by = Role::System;
    cancelled.cause = CancelCause::Timeout;
    cancelled.note = QStringLiteral("line one\nline two");
    CaseEvent unresponsive;
    unresponsive.at = at("2026-11-20T09:45:00Z");
    unresponsive.type = EventType::PartyUnresponsive;
    unresponsive.party = Role::Buyer;
    CaseEvent abuse;
    abuse.at = at("2026-11-20T09:50:00Z");
    abuse.type = EventType::AbuseConfirmed;
    abuse.by = Role::Agent;
    abuse.party = Role::Seller;
    abuse.agent = QStringLiteral("agent.\u00E5sa");
    abuse.messageIndex = 1;
    f.events = { cancelled, unresponsive, abuse };
    f.messages = { { at("2026-11-20T09:08:00Z"), Channel::OrderChat, Role::Buyer, TrickyText },
        { at("2026-11-20T09:09:00Z"), Channel::OrderComment, Role::Seller, QStringLiteral("&lt;not an entity&gt;") },
        { at("2026-11-20T09:10:00Z"), Channel::OrderChat, Role::Bot, QString() } };
    f.history[QStringLiteral("U-99120")]
        = { { StrikeKind::AbusiveLanguage, 2 }, { StrikeKind::WrongAccountPayment, 0 } };
    f.history[QStringLiteral("U-48213")]
        = { { StrikeKind::NonPaymentCancellation, 1 }, { StrikeKind::KycNameMismatch, 3 } };
    return f;
}

CaseFacts liveChatAbuseCase()
{
    CaseFacts f;
    f.id = QStringLiteral("LC-1");
    f.kind = CaseKind::LiveChatAbuse;
    f.openedAt = at("2026-11-20T16:15:00+07:00");
    f.parties = { { Role::User, QStringLiteral("U-7"), QStringLiteral("somchai"), QString() } };
    f.messages
        = { { at("2026-11-20T16:05:00Z"), Channel::LiveChat, Role::User, QStringLiteral("\u0E42\u0E07\u0E48 <3") },
              { at("2026-11-20T16:06:00Z"), Channel::LiveChat, Role::Agent, QStringLiteral("Please keep it civil.") } };
    CaseEvent abuse;
    abuse.at = at("2026-11-20T16:10:00Z");
    abuse.type = EventType::AbuseConfirmed;
    abuse.by = Role::Agent;
    abuse.party = Role::User;
    abuse.messageIndex = 0;
    f.events = { abuse };
    f.history[QStringLiteral("U-7")] = { { StrikeKind::LiveChatAbuse, 4 } };
    return f;
}

CaseFacts suspensionAppealCase()
{
    CaseFacts f;
    f.id = QStringLiteral("LC-2");
    f.kind = CaseKind::LiveChatSuspensionAppeal;
    f.openedAt = at("2026-11-21T08:00:00Z");
    f.appellant = Role::User;
    f.reason = QStringLiteral("impersonation");
    f.language = QStringLiteral("bg");
    f.parties = { { Role::User, QStringLiteral("U-8"), QString(), QStringLiteral("\u0418\u0432\u0430\u043D") } };
    f.suspension = Suspension { QStringLiteral("U-8"), at("2026-11-19T12:00:00.999Z"), 30 };
    return f;
}

void compareFacts(const CaseFacts& a, const CaseFacts& e)
{
    QCOMPARE(a.id, e.id);
    QCOMPARE(a.kind, e.kind);
    QCOMPARE(a.openedAt, e.openedAt);
    QCOMPARE(a.appellant, e.appellant);
    QCOMPARE(a.reason, e.reason);
    QCOMPARE(a.language, e.language);
    QCOMPARE(a.order.has_value(), e.order.has_value());
    if (e.order) {
        const Order &x = *a.order, &y = *e.order;
        QCOMPARE(x.number, y.number);
        QCOMPARE(x.createdAt, y.createdAt);
        QCOMPARE(x.sideAsset, y.sideAsset);
        QCOMPARE(x.cryptoAmount, y.cryptoAmount);
        QCOMPARE(x.fiat, y.fiat);
        QCOMPARE(x.fiatAmount, y.fiatAmount);
        QCOMPARE(x.price, y.price);
        QCOMPARE(x.marketPrice, y.marketPrice);
        QCOMPARE(x.paymentMethod.name, y.paymentMethod.name);
        QCOMPARE(x.paymentMethod.realtime, y.paymentMethod.realtime);
        QCOMPARE(x.sellerAccount, y.sellerAccount);
        QCOMPARE(x.status, y.status);
    }
    QCOMPARE(a.parties.size(), e.parties.size());
    for (qsizetype i = 0; i < e.parties.size(); ++i) {
        QCOMPARE(a.parties[i].role, e.parties[i].role);
        QCOMPARE(a.parties[i].userId, e.parties[i].userId);
        QCOMPARE(a.parties[i].nickname, e.parties[i].nickname);
        QCOMPARE(a.parties[i].kycName, e.parties[i].kycName);
    }
    QCOMPARE(a.payments.size(), e.payments.size());
    for (qsizetype i = 0; i < e.payments.size(); ++i) {
        QCOMPARE(a.payments[i].at, e.payments[i].at);
        QCOMPARE(a.payments[i].amount, e.payments[i].amount);
        QCOMPARE(a.payments[i].payerName, e.payments[i].payerName);
        QCOMPARE(a.payments[i].toListedAccount, e.payments[i].toListedAccount);
        QCOMPARE(a.payments[i].realtime, e.payments[i].realtime);
        QCOMPARE(a.payments[i].remark, e.payments[i].remark);
    }
    QCOMPARE(a.events.size(), e.events.size());
    for (qsizetype i = 0; i < e.events.size(); ++i) {
        QCOMPARE(a.events[i].at, e.events[i].at);
        QCOMPARE(a.events[i].type, e.events[i].type);
        QCOMPARE(a.events[i].by, e.events[i].by);
        QCOMPARE(a.events[i].party, e.events[i].party);
        QCOMPARE(a.events[i].cause, e.events[i].cause);
        QCOMPARE(a.events[i].note, e.events[i].note);
        QCOMPARE(a.events[i].agent, e.events[i].agent);
        QCOMPARE(a.events[i].messageIndex, e.events[i].messageIndex);
    }
    QCOMPARE(a.messages.size(), e.messages.size());
    for (qsizetype i = 0; i < e.messages.size(); ++i) {
        QCOMPARE(a.messages[i].at, e.messages[i].at);
        QCOMPARE(a.messages[i].channel, e.messages[i].channel);
        QCOMPARE(a.messages[i].from, e.messages[i].from);
        QCOMPARE(a.messages[i].text, e.messages[i].text);
    }
    QCOMPARE(a.history, e.history);
    QCOMPARE(a.suspension.has_value(), e.suspension.has_value());
    if (e.suspension) {
        QCOMPARE(a.suspension->userId, e.suspension->userId);
        QCOMPARE(a.suspension->since, e.suspension->since);
        QCOMPARE(a.suspension->days, e.suspension->days);
    }
}
} // namespace

class TestBundleWriter : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void oneLineAndReproducible();
    void emptyDocument();
    void writeFailure();
};

void TestBundleWriter::roundTrip_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QList<CaseFacts>>("cases");

    const QList<CaseFacts> all = { p2pCase(), liveChatAbuseCase(), suspensionAppealCase() };
    QTest::newRow("jsonl, all kinds") << QStringLiteral("out.jsonl") << all;
    QTest::newRow("json, all kinds") << QStringLiteral("out.json") << all;
    QTest::newRow("json, one case") << QStringLiteral("one.json") << QList<CaseFacts> { suspensionAppealCase() };
    CaseFacts bare = p2pCase();
    bare.order->marketPrice.reset();
    bare.language.clear();
    bare.payments.clear();
    bare.events.clear();
    bare.messages.clear();
    bare.history.clear();
    QTest::newRow("jsonl, optional fields absent") << QStringLiteral("bare.jsonl") << QList<CaseFacts> { bare };
}

void TestBundleWriter::roundTrip()
{
    QFETCH(QString, fileName);
    QFETCH(QList<CaseFacts>, cases);
    QTemporaryDir dir;
    const QString path = dir.filePath(fileName);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        BundleWriter writer(&file, BundleWriter::formatForPath(path));
        for (const CaseFacts& f : cases)
            QVERIFY(writer.writeCase(f));
        QVERIFY(writer.finish());
    }
    BundleReader reader(path);
    QVERIFY(reader.open());
    for (const CaseFacts& expected : cases) {
        CaseFacts read;
        QCOMPARE(reader.next(&read), BundleReader::CaseRead);
        compareFacts(read, expected);
        if (QTest::currentTestFailed())
            return;
    }
    const BundleReader::Result end = reader.next(nullptr);
    QVERIFY2(end == BundleReader::EndOfFile, qPrintable(reader.error().toString()));
}

void TestBundleWriter::oneLineAndReproducible()
{
    const QByteArray json = BundleWriter::toJson(p2pCase());
    QVERIFY(!json.contains('\n'));
    QVERIFY(!json.contains('\r'));
    QVERIFY(json.contains("\"fiat_amount\":\"92233720367.00\""));
    QVERIFY(json.contains("\"created_at\":\"2026-11-20T09:00:00.125Z\""));
    QVERIFY(json.contains("<b>bold</b> &amp;"));
    // History is sorted, so equal facts give equal bytes whatever the hash order.
    QVERIFY(json.indexOf("\"U-48213\":{") < json.indexOf("\"U-99120\":{"));
    CaseFacts reordered = p2pCase();
    StrikeHistory history;
    history[QStringLiteral("U-48213")] = reordered.history.value(QStringLiteral("U-48213"));
    history[QStringLiteral("U-99120")] = reordered.history.value(QStringLiteral("U-99120"));
    reordered.history = history;
    QCOMPARE(BundleWriter::toJson(reordered), json);
}

void TestBundleWriter::emptyDocument()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        BundleWriter writer(&file, BundleWriter::Format::Json);
        QVERIFY(writer.finish());
    }
    BundleReader reader(path);
    QVERIFY(reader.open());
    QCOMPARE(reader.next(nullptr), BundleReader::EndOfFile);
}

void TestBundleWriter::writeFailure()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    BundleWriter writer(&buffer, BundleWriter::Format::JsonLines);
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
    QVERIFY(!writer.writeCase(liveChatAbuseCase()));
    QVERIFY(!writer.finish());
    QVERIFY(!writer.errorString().isEmpty());
}

QTEST_GUILESS_MAIN(TestBundleWriter)
#include "tst_bundlewriter.moc"
