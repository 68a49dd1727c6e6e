#include "PolicyEngine.h"
#include "SuggestionText.h"

#include <QLocale>
#include <QScopeGuard>
#include <QTest>
#include <QTranslator>

// Issue 12, item 3: a suggestion holds reasons (ids and values); SuggestionText makes the sentences when
// they are shown, in the UI language of the moment.
class TestSuggestionText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void everyReasonHasAText()
    {
        for (int i = int(ReasonId::None) + 1; i <= int(ReasonId::CaseHasNoOrder); ++i)
            QVERIFY2(!SuggestionText::text(Reason(ReasonId(i), 1)).isEmpty(), qPrintable(QString::number(i)));
        QVERIFY(SuggestionText::text(Reason()).isEmpty());
    }

    void valuesOfEveryKind()
    {
        Decimal amount;
        QVERIFY(Decimal::parse(QStringLiteral("1575.5"), &amount));
        QCOMPARE(SuggestionText::text(
                     Reason(ReasonId::S2bAskRefundWithProof).arg(ReasonArg::money(amount, QStringLiteral("SEK")))),
            QStringLiteral("Ask the seller to refund 1575.50 SEK to the buyer and upload proof"));
        const QDateTime friday(QDate(2026, 11, 20), QTime(14, 0), Qt::UTC);
        QCOMPARE(SuggestionText::text(Reason(ReasonId::DeadlineSellerReportedNotArrived)
                                          .arg(ReasonArg::localTime(friday, QTimeZone("Europe/Stockholm")))),
            QStringLiteral(
                "The seller reported on 2026-11-20 15:00 Europe/Stockholm that the payment has not arrived"));
        QCOMPARE(SuggestionText::text(Reason(ReasonId::StrikeCountWithThisCase, 2)
                                          .arg(ReasonArg::role(Role::Buyer), QStringLiteral("U-1"),
                                              ReasonArg::strikeKind(StrikeKind::WrongAccountPayment))),
            QStringLiteral("The buyer U-1 now has 2 wrong-account payment strike(s), this case included"));
        QCOMPARE(SuggestionText::text(Reason(ReasonId::SuspendForDays, 1)
                                          .arg(QStringLiteral("U-1"), ReasonArg::role(Role::User),
                                              ReasonArg::scope(SanctionScope::LiveChat))),
            QStringLiteral("Suspend U-1 (user) from the live chat with human agents (the support bot stays available) "
                           "for 1 day(s)"));
        QCOMPARE(SuggestionText::text(Reason(ReasonId::S2cAskRemainderWithin).arg(ReasonArg::number(amount), 30)),
            QStringLiteral("Ask the buyer to pay the remaining 1575.50 within 30 minutes, and record the request"));
        // A reason inside a reason: why the stated reason does not apply.
        QCOMPARE(SuggestionText::text(
                     Reason(ReasonId::StatedDoesNotApply).arg(QStringLiteral("B1"), Reason(ReasonId::WhyNotNoPayment))),
            QStringLiteral("The stated reason B1 does not apply: no payment by the buyer is recorded"));
    }

    // A value is user data: a "%2" in a payer name is printed as it is, never filled in.
    void placeholdersInValuesStay()
    {
        const QString text = SuggestionText::text(
            Reason(ReasonId::S2bPayerDiffers).arg(QStringLiteral("Eva %2 %1 %n"), QStringLiteral("Eva Andersson")));
        QCOMPARE(text,
            QStringLiteral(
                "Payment from 'Eva %2 %1 %n' does not match the buyer's verified name 'Eva Andersson' → S2b"));
    }

    // The text follows the UI language when it is made, not when the suggestion was.
    void numbersInTheLanguageOfTheMoment()
    {
        Decimal amount;
        QVERIFY(Decimal::parse(QStringLiteral("1575"), &amount));
        const Reason step = Reason(ReasonId::B4AskSellerRefund).arg(ReasonArg::money(amount, QStringLiteral("SEK")));
        const QLocale saved;
        const auto restore = qScopeGuard([&saved] { QLocale::setDefault(saved); });
        QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
        QCOMPARE(SuggestionText::text(step), QStringLiteral("Ask the seller to refund 1575,00 SEK to the buyer"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(SuggestionText::text(step), QStringLiteral("Ask the seller to refund 1575.00 SEK to the buyer"));
    }

    // One suggestion, two languages: the JSON's texts change, the record does not, and the suggestion
    // decides the same as itself under either.
    void recordsDoNotDependOnTheLanguage()
    {
        CaseFacts facts;
        facts.id = QStringLiteral("LC-1");
        facts.kind = CaseKind::LiveChatAbuse;
        facts.parties << Party { Role::User, QStringLiteral("U-1"), QString(), QString() };
        const Suggestion s = PolicyEngine().suggest(facts, QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC));
        const QByteArray english = s.toJsonLine();
        const QByteArray record = s.toRecordJsonLine();

        // A catalogue of our own for the context: every "Suspend" step in capitals.
        class Shouting : public QTranslator
        {
        public:
            QString translate(const char* context, const char* source, const char*, int n) const override
            {
                if (qstrcmp(context, "SuggestionText") != 0)
                    return QString();
                QString text = QString::fromUtf8(source).toUpper();
                return n >= 0 ? text.replace(QLatin1String("%N"), QLatin1String("%n")) : text;
            }
            bool isEmpty() const override { return false; }
        } shouting;
        QCoreApplication::installTranslator(&shouting);
        const auto remove = qScopeGuard([&shouting] { QCoreApplication::removeTranslator(&shouting); });
        QVERIFY(s.toJsonLine() != english);
        QVERIFY2(s.toJsonLine().contains("SUSPEND U-1 (USER)"), s.toJsonLine().constData());
        QCOMPARE(s.toRecordJsonLine(), record);
        QVERIFY(s.decidesSameAs(PolicyEngine().suggest(facts, QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC))));
    }
};

QTEST_GUILESS_MAIN(TestSuggestionText)
#include "tst_suggestiontext.moc"
