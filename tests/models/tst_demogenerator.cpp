#include "DemoGenerator.h"
#include "DemoPhrases.h"
#include "PolicyEngine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

// Every field of a case, so that two cases compare equal only if they are identical.
QString fingerprint(const DemoCase& c)
{
    const CaseFacts& f = c.facts;
    QStringList parts = { f.id, PolicyIds::toId(f.kind), f.openedAt.toString(Qt::ISODateWithMs),
        PolicyIds::toId(f.appellant), f.reason, f.language, c.story };
    if (f.order) {
        const Order& o = *f.order;
        parts << o.number << o.createdAt.toString(Qt::ISODateWithMs) << o.sideAsset << o.cryptoAmount.toString()
              << o.fiat << o.fiatAmount.toString() << o.price.toString()
              << (o.marketPrice ? o.marketPrice->toString() : QStringLiteral("-")) << o.paymentMethod.name
              << QString::number(o.paymentMethod.realtime) << o.sellerAccount << PolicyIds::toId(o.status);
    }
    for (const Party& p : f.parties)
        parts << PolicyIds::toId(p.role) << p.userId << p.nickname << p.kycName;
    for (const Payment& p : f.payments)
        parts << p.at.toString(Qt::ISODateWithMs) << p.amount.toString() << p.payerName
              << QString::number(p.toListedAccount) << QString::number(p.realtime.value_or(-1)) << p.remark;
    for (const CaseEvent& e : f.events)
        parts << e.at.toString(Qt::ISODateWithMs) << PolicyIds::toId(e.type) << PolicyIds::toId(e.by)
              << PolicyIds::toId(e.party) << PolicyIds::toId(e.cause) << e.note << e.agent
              << QString::number(e.messageIndex);
    for (const Message& m : f.messages)
        parts << m.at.toString(Qt::ISODateWithMs) << PolicyIds::toId(m.channel) << PolicyIds::toId(m.from) << m.text;
    for (auto u = f.history.cbegin(); u != f.history.cend(); ++u)
        for (auto k = u->cbegin(); k != u->cend(); ++k)
            parts << u.key() << PolicyIds::toId(k.key()) << QString::number(k.value());
    if (f.suspension)
        parts << f.suspension->userId << f.suspension->since.toString(Qt::ISODate)
              << QString::number(f.suspension->days);
    if (c.decision)
        parts << c.decision->agent << PolicyIds::toId(c.decision->outcome) << c.decision->note
              << c.decision->decidedAt.toString(Qt::ISODate);
    return parts.join(QLatin1Char('|'));
}

bool looksLikeMarkup(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("<[a-z]+[ >]|&amp;|&lt;"));
    return re.match(text).hasMatch();
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameSeedSameCases();
    void differentSeedDifferentCases();
    void streamsFarIndexes();
    void casesAreConsistent();
    void queueIsADaysWork();
    void coversTheVocabulary();
    void usersReappearWithTheSameIdentity();
    void everyClauseIsSuggested();
    void phrasesFileIsComplete();
    void brokenPhrasesFileIsNamed_data();
    void brokenPhrasesFileIsNamed();

private:
    static constexpr int Sample = 2000;
    QList<DemoCase> m_cases;
};

void TestDemoGenerator::initTestCase()
{
    const DemoGenerator gen(7);
    for (int i = 0; i < Sample; ++i)
        m_cases.append(gen.generate(i));
}

void TestDemoGenerator::sameSeedSameCases()
{
    const DemoGenerator a(42);
    const DemoGenerator b(42);
    for (int i = 0; i < 300; ++i)
        QCOMPARE(fingerprint(a.generate(i)), fingerprint(b.generate(i)));
    // Order of generation does not matter: a case depends on its index only.
    QCOMPARE(fingerprint(a.generate(250)), fingerprint(DemoGenerator(42).generate(250)));
}

void TestDemoGenerator::differentSeedDifferentCases()
{
    const DemoGenerator a(1);
    const DemoGenerator b(2);
    int same = 0;
    for (int i = 0; i < 100; ++i)
        same += fingerprint(a.generate(i)) == fingerprint(b.generate(i));
    QCOMPARE(same, 0);

    const QDateTime later = DemoGenerator::defaultReferenceNow().addDays(30);
    QVERIFY(fingerprint(DemoGenerator(1, later).generate(5)) != fingerprint(a.generate(5)));
    QVERIFY(DemoGenerator(1, later).generate(5).facts.openedAt > later.addDays(-91));
    QCOMPARE(DemoGenerator(1, QDateTime()).referenceNow(), DemoGenerator::defaultReferenceNow());
}

void TestDemoGenerator::streamsFarIndexes()
{
    const DemoGenerator gen(3);
    QSet<QString> ids;
    QSet<QString> orders;
    for (qint64 i : { qint64(0), qint64(1), qint64(999999), qint64(1000000), DemoGenerator::MaxCases - 1 }) {
        const DemoCase c = gen.generate(i);
        ids.insert(c.facts.id.mid(8));
        if (c.facts.order)
            orders.insert(c.facts.order->number);
        QVERIFY(!c.facts.parties.isEmpty());
    }
    QCOMPARE(ids.size(), 5);
}

void TestDemoGenerator::casesAreConsistent()
{
    const QDateTime now = DemoGenerator::defaultReferenceNow();
    static const QRegularExpression idRe(QStringLiteral("^AP-20\\d\\d-\\d{7}$"));
    static const QRegularExpression orderRe(QStringLiteral("^\\d{11}$"));
    QSet<QString> ids;
    QSet<QString> orders;
    for (const DemoCase& c : std::as_const(m_cases)) {
        const CaseFacts& f = c.facts;
        QVERIFY2(idRe.match(f.id).hasMatch(), qPrintable(f.id));
        QVERIFY2(!ids.contains(f.id), qPrintable(f.id));
        ids.insert(f.id);
        QVERIFY(f.openedAt <= now && f.openedAt >= now.addDays(-91));
        QCOMPARE(f.openedAt.timeSpec(), Qt::UTC);
        if (f.kind == CaseKind::P2pAppeal) {
            QVERIFY(f.order);
            QVERIFY2(orderRe.match(f.order->number).hasMatch(), qPrintable(f.order->number));
            QVERIFY(!orders.contains(f.order->number));
            orders.insert(f.order->number);
            QVERIFY(f.appellant == Role::Buyer || f.appellant == Role::Seller);
            QVERIFY2(PolicyIds::isP2pReason(f.reason), qPrintable(f.reason));
            QVERIFY(f.order->createdAt <= f.openedAt);
            QVERIFY(f.order->fiatAmount > Decimal() && f.order->cryptoAmount > Decimal());
            QVERIFY(f.partyByRole(Role::Buyer) && f.partyByRole(Role::Seller));
            QVERIFY(f.partyByRole(Role::Buyer)->userId != f.partyByRole(Role::Seller)->userId);
            for (const Payment& p : f.payments)
                QVERIFY2(p.amount > Decimal() && p.at >= f.order->createdAt && p.at <= now, qPrintable(f.id + c.story));
        } else {
            QVERIFY(!f.order);
            QCOMPARE(f.parties.size(), 1);
            QCOMPARE(f.parties.first().role, Role::User);
        }
        if (f.kind == CaseKind::LiveChatSuspensionAppeal) {
            QVERIFY(PolicyIds::isLiveChatAppealGround(f.reason));
            QVERIFY(f.suspension && f.suspension->userId == f.parties.first().userId);
            QVERIFY(f.suspension->since < f.openedAt);
        }
        for (int i = 0; i < f.events.size(); ++i) {
            const CaseEvent& e = f.events.at(i);
            QVERIFY2(e.at <= now, qPrintable(f.id));
            if (i > 0)
                QVERIFY(f.events.at(i - 1).at <= e.at);
            if (e.type == EventType::AbuseConfirmed) {
                QVERIFY(e.messageIndex >= 0 && e.messageIndex < f.messages.size());
                QCOMPARE(f.messages.at(e.messageIndex).from, e.party);
            }
        }
        QVERIFY(!f.messages.isEmpty());
        for (int i = 0; i < f.messages.size(); ++i) {
            QVERIFY2(f.messages.at(i).at <= now, qPrintable(f.id));
            QVERIFY(!f.messages.at(i).text.isEmpty());
            if (i > 0)
                QVERIFY(f.messages.at(i - 1).at <= f.messages.at(i).at);
        }
        if (c.decision) {
            QVERIFY(c.decision->decidedAt > f.openedAt && c.decision->decidedAt <= now);
            QVERIFY(!c.decision->agent.isEmpty());
            if (c.decision->outcome != Outcome::None)
                QVERIFY(!c.decision->note.isEmpty());
            if (!f.events.isEmpty())
                QVERIFY(c.decision->decidedAt > f.events.last().at);
            QVERIFY(c.decision->decidedAt > f.messages.last().at);
        }
    }
}

// Issue 14, item 11: the undecided cases are dated around now against the 24-hour SLA, a mix of not yet due,
// due within hours and overdue, none weeks old in bulk; the decided ones carry the weeks behind.
void TestDemoGenerator::queueIsADaysWork()
{
    const QDateTime now = DemoGenerator::defaultReferenceNow();
    int undecided = 0, notDue = 0, dueSoon = 0, overdue = 0, overdueByDays = 0, decidedOld = 0, old = 0;
    for (const DemoCase& c : std::as_const(m_cases)) {
        const qint64 age = c.facts.openedAt.secsTo(now);
        QVERIFY2(age >= 0 && age <= 30LL * 86400, qPrintable(c.facts.id));
        if (age > 2 * 86400) {
            ++old;
            decidedOld += bool(c.decision);
        }
        if (c.decision)
            continue;
        ++undecided;
        if (age < 18 * 3600)
            ++notDue;
        else if (age < 24 * 3600)
            ++dueSoon;
        else
            ++overdue;
        overdueByDays += age > 2 * 86400;
    }
    QVERIFY(undecided > Sample / 2);
    QVERIFY2(notDue >= undecided / 4, qPrintable(QString::number(notDue)));
    QVERIFY2(dueSoon >= undecided / 8, qPrintable(QString::number(dueSoon)));
    QVERIFY2(overdue >= undecided / 8, qPrintable(QString::number(overdue)));
    QVERIFY2(overdueByDays <= undecided / 5, qPrintable(QString::number(overdueByDays)));
    QVERIFY2(decidedOld >= old / 2, qPrintable(QStringLiteral("%1 of %2").arg(decidedOld).arg(old)));
    // Another "now" dates the same cases around it.
    const QDateTime later = now.addDays(200);
    const DemoGenerator moved(7, later);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(moved.generate(i).facts.openedAt.secsTo(later), m_cases.at(i).facts.openedAt.secsTo(now));
}

void TestDemoGenerator::coversTheVocabulary()
{
    QSet<QString> stories, kinds, languages, fiats, methods, grounds, eventTypes, assets;
    int markup = 0, long_ = 0, modest = 0, chatty = 0, splits = 0, anomalies = 0, decided = 0, overrides = 0,
        histories = 0;
    bool realtime = false, nonInstant = false, cyrillic = false, thai = false, swedish = false;
    for (const DemoCase& c : std::as_const(m_cases)) {
        const CaseFacts& f = c.facts;
        stories.insert(c.story);
        kinds.insert(PolicyIds::toId(f.kind));
        languages.insert(f.language);
        if (f.kind == CaseKind::LiveChatSuspensionAppeal)
            grounds.insert(f.reason);
        if (f.order) {
            fiats.insert(f.order->fiat);
            methods.insert(f.order->paymentMethod.name);
            assets.insert(f.order->sideAsset);
            (f.order->paymentMethod.realtime ? realtime : nonInstant) = true;
            if (f.order->marketPrice && f.order->price.percentOf(*f.order->marketPrice) <= Decimal::fromInt(90))
                ++anomalies;
        }
        splits += f.payments.size() > 1;
        for (const CaseEvent& e : f.events)
            eventTypes.insert(PolicyIds::toId(e.type));
        for (const Message& m : f.messages)
            markup += looksLikeMarkup(m.text);
        for (const Party& p : f.parties) {
            cyrillic |= p.kycName.contains(QRegularExpression(QStringLiteral("\\p{Cyrillic}")));
            thai |= p.kycName.contains(QRegularExpression(QStringLiteral("\\p{Thai}")));
            swedish |= p.kycName.contains(QRegularExpression(QStringLiteral("[åäöÅÄÖ]")));
        }
        long_ += f.messages.size() >= 500;
        modest += f.messages.size() >= 3 && f.messages.size() <= 30;
        chatty += f.messages.size() >= 15 && f.messages.size() <= 30;
        histories += !f.history.isEmpty();
        decided += bool(c.decision);
        overrides += c.decision && c.decision->outcome != Outcome::None;
    }
    const QStringList allStories = { QStringLiteral("G0"), QStringLiteral("B1"), QStringLiteral("B2"),
        QStringLiteral("B3"), QStringLiteral("B4"), QStringLiteral("B5"), QStringLiteral("B6"), QStringLiteral("S1"),
        QStringLiteral("S2a"), QStringLiteral("S2b"), QStringLiteral("S2c"), QStringLiteral("S2d"),
        QStringLiteral("S3"), QStringLiteral("S4"), QStringLiteral("LC1"), QStringLiteral("LC2") };
    QCOMPARE(stories, QSet<QString>(allStories.cbegin(), allStories.cend()));
    QCOMPARE(kinds.size(), 3);
    QCOMPARE(languages,
        (QSet<QString> { QStringLiteral("en"), QStringLiteral("sv"), QStringLiteral("bg"), QStringLiteral("th") }));
    QCOMPARE(grounds.size(), 4);
    for (const char* fiat : { "SEK", "BGN", "THB", "EUR", "USD", "CNY" })
        QVERIFY2(fiats.contains(QString::fromLatin1(fiat)), fiat);
    for (const char* method : { "Swish", "Revolut", "PromptPay", "SEPA Instant", "SEPA", "Bank transfer" })
        QVERIFY2(methods.contains(QString::fromLatin1(method)), method);
    for (const char* type : { "marked_paid", "seller_contacted", "party_unresponsive", "remainder_requested",
             "remainder_paid", "buyer_refused_remainder", "abuse_confirmed", "impersonation_confirmed", "cancelled",
             "seller_reported_not_received", "seller_confirmed_receipt", "released" })
        QVERIFY2(eventTypes.contains(QString::fromLatin1(type)), type);
    QVERIFY(assets.contains(QStringLiteral("BTC")));
    QVERIFY(realtime && nonInstant && cyrillic && thai && swedish);
    QVERIFY(markup >= 10);
    QVERIFY(long_ >= 1);
    QVERIFY(modest >= Sample * 95 / 100);
    QVERIFY(chatty >= 50);
    QVERIFY(splits >= 20);
    QVERIFY(anomalies >= 5);
    QVERIFY(histories >= 50);
    QVERIFY(decided >= Sample / 10);
    QVERIFY(overrides >= 5);
    QVERIFY(m_cases.at(137).facts.messages.size() >= 500);
}

void TestDemoGenerator::usersReappearWithTheSameIdentity()
{
    QHash<QString, QString> identity;
    QHash<QString, int> cases;
    for (const DemoCase& c : std::as_const(m_cases)) {
        for (const Party& p : c.facts.parties) {
            const QString who = p.nickname + QLatin1Char('/') + p.kycName;
            QCOMPARE(identity.value(p.userId, who), who);
            identity.insert(p.userId, who);
            ++cases[p.userId];
        }
    }
    int repeat = 0, heavy = 0;
    for (int n : std::as_const(cases)) {
        repeat += n >= 2;
        heavy += n >= 8;
    }
    QVERIFY(repeat >= 30);
    QVERIFY(heavy >= 3);
}

void TestDemoGenerator::everyClauseIsSuggested()
{
    const PolicyEngine engine;
    const QDateTime now = DemoGenerator::defaultReferenceNow();
    QSet<QString> clauses;
    QSet<QString> flags;
    QSet<Outcome> outcomes;
    for (const DemoCase& c : std::as_const(m_cases)) {
        const Suggestion s = engine.suggest(c.facts, now);
        for (const QString& clause : s.clauses)
            clauses.insert(clause);
        for (const QString& flag : s.flags)
            flags.insert(flag);
        outcomes.insert(s.outcome);
    }
    for (const char* clause :
        { "G0", "B1", "B2", "B3", "B4", "B5", "B6", "S1", "S2a", "S2b", "S2c", "S2d", "S3", "S4", "LC1", "LC2" })
        QVERIFY2(clauses.contains(QString::fromLatin1(clause)), clause);
    for (const char* flag : { "price_anomaly", "sensitive_remark", "abuse_suspected" })
        QVERIFY2(flags.contains(QString::fromLatin1(flag)), flag);
    QCOMPARE(outcomes.size(), 7);
}

// The shipped demo-phrases.json has every list the stories draw from.
void TestDemoGenerator::phrasesFileIsComplete()
{
    QFile file(QStringLiteral(":/demo/demo-phrases.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    QCOMPARE(demo::DemoPhrases::check(file.readAll()), QString());
}

void TestDemoGenerator::brokenPhrasesFileIsNamed_data()
{
    QTest::addColumn<QString>("path"); // "phrases/greeting/th", "names/last_bg", "markup", ...
    QTest::addColumn<QString>("expected");
    QTest::newRow("a language missing") << "phrases/greeting/th"
                                        << "phrases.greeting.th";
    QTest::newRow("a name list missing") << "names/last_bg"
                                         << "names.last_bg";
    QTest::newRow("markup missing") << "markup"
                                    << "markup";
    QTest::newRow("nicknames of one language missing") << "nicknames/sv"
                                                       << "nicknames.sv";
}

void TestDemoGenerator::brokenPhrasesFileIsNamed()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    QFile file(QStringLiteral(":/demo/demo-phrases.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QStringList keys = path.split(QLatin1Char('/'));
    if (keys.size() == 1) {
        root.remove(keys.at(0));
    } else if (keys.size() == 2) {
        QJsonObject inner = root.value(keys.at(0)).toObject();
        inner.remove(keys.at(1));
        root.insert(keys.at(0), inner);
    } else {
        QJsonObject outer = root.value(keys.at(0)).toObject();
        QJsonObject inner = outer.value(keys.at(1)).toObject();
        inner.remove(keys.at(2));
        outer.insert(keys.at(1), inner);
        root.insert(keys.at(0), outer);
    }
    const QString error = demo::DemoPhrases::check(QJsonDocument(root).toJson());
    QVERIFY2(error.contains(expected), qPrintable(error));

    // Unequal lists across languages would give a language fewer variants, so they are refused too.
    QJsonObject whole = QJsonDocument::fromJson([] {
        QFile f(QStringLiteral(":/demo/demo-phrases.json"));
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }())
                            .object();
    QJsonObject phrases = whole.value(QLatin1String("phrases")).toObject();
    QJsonObject greeting = phrases.value(QLatin1String("greeting")).toObject();
    QJsonArray bg = greeting.value(QLatin1String("bg")).toArray();
    bg.removeLast();
    greeting.insert(QStringLiteral("bg"), bg);
    phrases.insert(QStringLiteral("greeting"), greeting);
    whole.insert(QStringLiteral("phrases"), phrases);
    QVERIFY(demo::DemoPhrases::check(QJsonDocument(whole).toJson()).contains(QLatin1String("as many entries")));
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
