#include "DecisionDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

Q_DECLARE_METATYPE(CaseKind)
Q_DECLARE_METATYPE(Outcome)

class TestDecisionDialog : public QObject
{
    Q_OBJECT

private:
    static CaseFacts facts()
    {
        CaseFacts f;
        f.id = QStringLiteral("AP-1");
        f.parties = { Party { Role::Buyer, QStringLiteral("U-1"), QStringLiteral("nordic_bear"), QString() } };
        return f;
    }

    static Suggestion suggestion(Outcome outcome)
    {
        Suggestion s;
        s.caseId = QStringLiteral("AP-1");
        s.revision = QStringLiteral("p2p-2021-04-07");
        s.clauses = { QStringLiteral("S2a") };
        s.outcome = outcome;
        s.strikes
            = { SuggestedStrike { QStringLiteral("U-1"), StrikeKind::WrongAccountPayment, QStringLiteral("S2a") } };
        s.sanctions = { SuggestedSanction {
            QStringLiteral("U-1"), Role::Buyer, SanctionScope::Account, 30, QStringLiteral("S2a") } };
        return s;
    }

    static QPushButton* ok(DecisionDialog& dialog)
    {
        return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    }

    const QDateTime m_at { QDate(2026, 11, 20), QTime(10, 0), Qt::UTC };

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void acceptRecordsTheSuggestion()
    {
        DecisionDialog dialog(
            DecisionDialog::AcceptSuggestion, suggestion(Outcome::Cancel), facts(), QStringLiteral("anna"), m_at);
        QVERIFY(ok(dialog)->isEnabled());
        const DecisionRecord d = dialog.decision();
        QCOMPARE(d.caseId, QStringLiteral("AP-1"));
        QCOMPARE(d.outcome, Outcome::Cancel);
        QVERIFY(!d.isOverride);
        QCOMPARE(d.agent, QStringLiteral("anna"));
        QCOMPARE(d.decidedAt, m_at);
        QCOMPARE(d.revision, QStringLiteral("p2p-2021-04-07"));
        QCOMPARE(d.strikes.size(), 1);
        QCOMPARE(d.strikes.first().caseId, QStringLiteral("AP-1"));
        QCOMPARE(d.sanctions.size(), 1);
        QCOMPARE(d.sanctions.first().startsAt, m_at);
        QCOMPARE(*d.sanctions.first().endsAt, m_at.addDays(30));
        const QString summary = dialog.summaryText();
        QVERIFY(summary.contains(QStringLiteral("Decision: Cancel")));
        QVERIFY(summary.contains(QStringLiteral("Wrong account payment")));
        QVERIFY(summary.contains(QStringLiteral("Whole account")));
        QVERIFY(summary.contains(QStringLiteral("30 day")));
        QVERIFY(summary.contains(QStringLiteral("nordic_bear")));
    }

    void nothingToAcceptWithoutAnOutcome()
    {
        DecisionDialog dialog(
            DecisionDialog::AcceptSuggestion, suggestion(Outcome::None), facts(), QStringLiteral("anna"), m_at);
        QVERIFY(!dialog.canAccept());
        QVERIFY(!ok(dialog)->isEnabled());
    }

    void overrideNeedsANoteAndAnotherOutcome()
    {
        DecisionDialog dialog(
            DecisionDialog::OverrideSuggestion, suggestion(Outcome::Cancel), facts(), QStringLiteral("bo"), m_at);
        QCOMPARE(dialog.outcomeBox()->findData(int(Outcome::Cancel)), -1); // the suggested outcome is not offered
        QVERIFY(!ok(dialog)->isEnabled());
        dialog.noteEdit()->setPlainText(QStringLiteral(" \n\t "));
        QVERIFY(!ok(dialog)->isEnabled());
        dialog.outcomeBox()->setCurrentIndex(dialog.outcomeBox()->findData(int(Outcome::Refund)));
        dialog.noteEdit()->setPlainText(QStringLiteral("  bank statement shows the money went back  "));
        QVERIFY(ok(dialog)->isEnabled());
        const DecisionRecord d = dialog.decision();
        QCOMPARE(d.outcome, Outcome::Refund);
        QCOMPARE(d.suggestedOutcome, Outcome::Cancel);
        QVERIFY(d.isOverride);
        QCOMPARE(d.note, QStringLiteral("bank statement shows the money went back"));
        const QString summary = dialog.summaryText();
        QVERIFY(summary.contains(QStringLiteral("Decision: Refund")));
        QVERIFY(summary.contains(QStringLiteral("Overrides the suggestion: Cancel")));
        QVERIFY(summary.contains(QStringLiteral("Note: \u2068bank statement shows the money went back\u2069")));
        QVERIFY(summary.contains(QStringLiteral("Recorded by \u2068bo\u2069 at 20/11/2026")));
    }

    // Issue 14, item 10: the outcomes of the case's kind and "no action", never another kind's.
    void overrideOffersTheOutcomesOfTheKind_data()
    {
        QTest::addColumn<CaseKind>("kind");
        QTest::addColumn<Outcome>("suggested");
        QTest::addColumn<QList<Outcome>>("offered");
        QTest::newRow("p2p, cancel suggested") << CaseKind::P2pAppeal << Outcome::Cancel
                                               << QList<Outcome> { Outcome::Release, Outcome::Refund, Outcome::None };
        QTest::newRow("p2p, needs review") << CaseKind::P2pAppeal << Outcome::None
                                           << QList<Outcome> { Outcome::Release, Outcome::Refund, Outcome::Cancel };
        QTest::newRow("live chat abuse") << CaseKind::LiveChatAbuse << Outcome::Suspend
                                         << QList<Outcome> { Outcome::None };
        QTest::newRow("suspension appeal")
            << CaseKind::LiveChatSuspensionAppeal << Outcome::Uphold << QList<Outcome> { Outcome::Lift, Outcome::None };
    }

    void overrideOffersTheOutcomesOfTheKind()
    {
        QFETCH(CaseKind, kind);
        QFETCH(Outcome, suggested);
        QFETCH(QList<Outcome>, offered);
        CaseFacts f = facts();
        f.kind = kind;
        DecisionDialog dialog(DecisionDialog::OverrideSuggestion, suggestion(suggested), f, QStringLiteral("bo"), m_at);
        QList<Outcome> shown;
        for (int i = 0; i < dialog.outcomeBox()->count(); ++i)
            shown << Outcome(dialog.outcomeBox()->itemData(i).toInt());
        QCOMPARE(shown, offered);
    }

    // Issue 14, item 10: "no action" is offered in words, and said so in what will be recorded; the note
    // has the keyboard when the dialog opens.
    void noActionAndFocusInTheNote()
    {
        DecisionDialog dialog(
            DecisionDialog::OverrideSuggestion, suggestion(Outcome::Cancel), facts(), QStringLiteral("bo"), m_at);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(QApplication::focusWidget(), dialog.noteEdit());
        const int none = dialog.outcomeBox()->findData(int(Outcome::None));
        QVERIFY(none >= 0);
        QVERIFY(dialog.outcomeBox()->itemText(none).startsWith(QStringLiteral("No action")));
        dialog.outcomeBox()->setCurrentIndex(none);
        dialog.noteEdit()->setPlainText(QStringLiteral("the parties settled it between them"));
        QVERIFY(ok(dialog)->isEnabled());
        QCOMPARE(dialog.request().outcome, Outcome::None);
        QVERIFY(dialog.summaryText().startsWith(QStringLiteral("The case is closed with no action")));
        QVERIFY(dialog.summaryText().contains(QStringLiteral("Overrides the suggestion: Cancel")));
    }

    void noActionIsNotOfferedWhileThePolicyWaits()
    {
        Suggestion waiting = suggestion(Outcome::None);
        waiting.pendingUntil = m_at.addSecs(600);
        DecisionDialog dialog(DecisionDialog::OverrideSuggestion, waiting, facts(), QStringLiteral("bo"), m_at);
        QCOMPARE(dialog.outcomeBox()->findData(int(Outcome::None)), -1);
    }
};

QTEST_MAIN(TestDecisionDialog)
#include "tst_decisiondialog.moc"
