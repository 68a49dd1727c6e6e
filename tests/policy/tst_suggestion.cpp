#include "Suggestion.h"
#include "SuggestionText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

class TestSuggestion : public QObject
{
    Q_OBJECT

private slots:
    void jsonLineFormat();
    void emptySuggestion();
    void escaping();
    void jsonObjectMatchesLine();
    void deterministic();
    void recordLineHasNoTexts();
    void decidesSameAs();
};

static Suggestion sample()
{
    Suggestion s;
    s.caseId = QStringLiteral("AP-2026-000123");
    s.revision = QStringLiteral("p2p-2021-04-07");
    s.clauses = { QStringLiteral("S2b") };
    s.outcome = Outcome::Refund;
    s.sanctions << SuggestedSanction { QStringLiteral("U-48213"), Role::Buyer, SanctionScope::P2p, 15,
        QStringLiteral("S2b") };
    s.strikes << SuggestedStrike { QStringLiteral("U-48213"), StrikeKind::KycNameMismatch, QStringLiteral("S2b") };
    Decimal amount;
    Decimal::parse(QStringLiteral("1575.00"), &amount);
    s.steps << Reason(ReasonId::S2bAskRefundWithProof).arg(ReasonArg::money(amount, QStringLiteral("SEK")));
    s.notes << Reason(ReasonId::S2bRefundFeesOnBuyer);
    return s;
}

void TestSuggestion::jsonLineFormat()
{
    const QByteArray expected
        = "{\"case\":\"AP-2026-000123\",\"revision\":\"p2p-2021-04-07\",\"clauses\":[\"S2b\"],"
          "\"outcome\":\"refund\",\"needs_review\":false,\"pending_until\":null,"
          "\"sanctions\":[{\"user\":\"U-48213\",\"role\":\"buyer\",\"scope\":\"p2p\",\"days\":15,"
          "\"clause\":\"S2b\"}],"
          "\"strikes\":[{\"user\":\"U-48213\",\"kind\":\"kyc_name_mismatch\",\"clause\":\"S2b\"}],"
          "\"steps\":[\"Ask the seller to refund 1575.00 SEK to the buyer and upload proof\"],"
          "\"flags\":[],\"notes\":[\"Fees of the refund are borne by the buyer\"]}";
    QCOMPARE(sample().toJsonLine(), expected);
}

void TestSuggestion::emptySuggestion()
{
    Suggestion s;
    s.caseId = QStringLiteral("X");
    s.revision = QStringLiteral("live-chat-2021-07-06");
    s.needsReview = true;
    s.pendingUntil = QDateTime(QDate(2026, 11, 20), QTime(16, 22), QTimeZone(7 * 3600));
    s.sanctions << SuggestedSanction { QStringLiteral("U-1"), Role::User, SanctionScope::Partial, std::nullopt,
        QStringLiteral("B6") };
    QCOMPARE(s.toJsonLine(),
        QByteArray("{\"case\":\"X\",\"revision\":\"live-chat-2021-07-06\",\"clauses\":[],\"outcome\":\"none\","
                   "\"needs_review\":true,\"pending_until\":\"2026-11-20T09:22:00Z\",\"sanctions\":[{\"user\":\"U-1\","
                   "\"role\":\"user\",\"scope\":\"partial\",\"days\":null,\"clause\":\"B6\"}],\"strikes\":[],"
                   "\"steps\":[],\"flags\":[],\"notes\":[]}"));
}

void TestSuggestion::escaping()
{
    Suggestion s;
    s.caseId = QStringLiteral("q\"b\\n\nt\tc\x01");
    s.notes << Reason(ReasonId::StatedUnknown).arg(QStringLiteral("Betalning från 'Åsa' — ยืนยัน"));
    const QByteArray line = s.toJsonLine();
    QVERIFY(line.contains("\"case\":\"q\\\"b\\\\n\\nt\\tc\\u0001\""));
    QVERIFY(!line.contains('\n'));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.object().value(QStringLiteral("case")).toString(), s.caseId);
    QCOMPARE(doc.object().value(QStringLiteral("notes")).toArray().first().toString(),
        QStringLiteral("The stated reason 'Betalning från 'Åsa' — ยืนยัน' is not a clause of the P2P rules"));

    // Issue 13, item 11: C1 controls (here CSI, U+009B, and NEL, U+0085) and DEL are escaped, never raw;
    // the letters around them in U+0080..U+00FF ("é", U+00E9) stay as they are.
    const QString c1Text
        = QString(QChar(0x9B)) + QStringLiteral("31m") + QChar(0x85) + QChar(0x7F) + QStringLiteral("café");
    s.notes = { Reason(ReasonId::StatedUnknown).arg(c1Text) };
    const QByteArray c1 = s.toJsonLine();
    QVERIFY2(c1.contains("\\u009b31m\\u0085\\u007fcaf\xc3\xa9"), c1.constData());
    QVERIFY(!c1.contains("\xc2\x9b"));
    QCOMPARE(QJsonDocument::fromJson(c1).object().value(QStringLiteral("notes")).toArray().first().toString(),
        SuggestionText::text(s.notes.first()));
}

void TestSuggestion::jsonObjectMatchesLine()
{
    Suggestion s = sample();
    s.pendingUntil = QDateTime(QDate(2026, 11, 20), QTime(9, 22), Qt::UTC);
    s.flags << QStringLiteral("price_anomaly");
    const QJsonObject fromLine = QJsonDocument::fromJson(s.toJsonLine()).object();
    QCOMPARE(fromLine, s.toJson());
    QCOMPARE(s.toJson().value(QStringLiteral("pending_until")).toString(), QStringLiteral("2026-11-20T09:22:00Z"));
}

void TestSuggestion::deterministic()
{
    QCOMPARE(sample().toJsonLine(), sample().toJsonLine());
}

// What a decision stores: ids and values, never the texts of the steps and notes.
void TestSuggestion::recordLineHasNoTexts()
{
    Suggestion english = sample();
    Suggestion other = sample();
    other.notes << Reason(ReasonId::FeesOnBuyer);
    QCOMPARE(english.toRecordJsonLine(), other.toRecordJsonLine());
    QCOMPARE(english.toRecordJsonLine(),
        QByteArray("{\"case\":\"AP-2026-000123\",\"revision\":\"p2p-2021-04-07\",\"clauses\":[\"S2b\"],"
                   "\"outcome\":\"refund\",\"needs_review\":false,\"pending_until\":null,"
                   "\"sanctions\":[{\"user\":\"U-48213\",\"role\":\"buyer\",\"scope\":\"p2p\",\"days\":15,"
                   "\"clause\":\"S2b\"}],"
                   "\"strikes\":[{\"user\":\"U-48213\",\"kind\":\"kyc_name_mismatch\",\"clause\":\"S2b\"}],"
                   "\"flags\":[]}"));
    QVERIFY(english.toJsonLine() != other.toJsonLine());
}

void TestSuggestion::decidesSameAs()
{
    const Suggestion a = sample();
    QVERIFY(a.decidesSameAs(sample()));
    Suggestion b = sample();
    b.notes << Reason(ReasonId::FeesOnBuyer);
    QVERIFY(a.decidesSameAs(b)); // notes explain, they do not decide
    b = sample();
    b.sanctions[0].days = 30; // the next step of the ladder
    QVERIFY(!a.decidesSameAs(b));
    b = sample();
    b.steps[0]
        = Reason(ReasonId::S2bAskRefundWithProof).arg(ReasonArg::money(Decimal::fromInt(1000), QStringLiteral("SEK")));
    QVERIFY(!a.decidesSameAs(b)); // a refund's amount is in its step
    b = sample();
    b.steps[0]
        = Reason(ReasonId::S2bAskRefundWithProof).arg(ReasonArg::money(Decimal::fromInt(1575), QStringLiteral("SEK")));
    QVERIFY(a.decidesSameAs(b)); // 1575 and 1575.00 are one amount
    b = sample();
    b.strikes.clear();
    QVERIFY(!a.decidesSameAs(b));
    b = sample();
    b.flags << QStringLiteral("price_anomaly");
    QVERIFY(!a.decidesSameAs(b));
}

QTEST_GUILESS_MAIN(TestSuggestion)
#include "tst_suggestion.moc"
