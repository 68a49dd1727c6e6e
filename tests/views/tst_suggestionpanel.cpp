#include "SuggestionPanel.h"

#include "Clock.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>

class TestSuggestionPanel : public QObject
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

    static bool hasLabel(const QWidget& root, const QString& part)
    {
        for (const QLabel* label : root.findChildren<QLabel*>()) {
            if (label->text().contains(part))
                return true;
        }
        return false;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void countsDownAndReportsTheDeadline()
    {
        FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 10), Qt::UTC));
        SuggestionPanel panel(clock);
        QSignalSpy elapsed(&panel, &SuggestionPanel::pendingElapsed);
        Suggestion s;
        s.caseId = QStringLiteral("AP-1");
        s.clauses = { QStringLiteral("B3") };
        s.pendingUntil = clock.now().addSecs(90);
        panel.setSuggestion(s, facts());
        QVERIFY(panel.countdownText().startsWith(QStringLiteral("in 1:30")));
        QVERIFY(panel.outcomeText().contains(QStringLiteral("No decision yet")));
        clock.advanceSecs(60);
        QTRY_VERIFY_WITH_TIMEOUT(panel.countdownText().startsWith(QStringLiteral("in 0:30")), 3000);
        QCOMPARE(elapsed.count(), 0);
        clock.advanceSecs(30);
        QTRY_COMPARE_WITH_TIMEOUT(elapsed.count(), 1, 3000);
        QVERIFY(panel.countdownText().startsWith(QStringLiteral("now")));
    }

    void alreadyPastIsShownWithoutReporting()
    {
        FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 10), Qt::UTC));
        SuggestionPanel panel(clock);
        QSignalSpy elapsed(&panel, &SuggestionPanel::pendingElapsed);
        Suggestion s;
        s.pendingUntil = clock.now().addSecs(-5);
        panel.setSuggestion(s, facts());
        QVERIFY(panel.countdownText().startsWith(QStringLiteral("now")));
        QTest::qWait(1200);
        QCOMPARE(elapsed.count(), 0);
    }

    void showsWhatItWouldRecord()
    {
        FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 10), Qt::UTC));
        SuggestionPanel panel(clock);
        Suggestion s;
        s.outcome = Outcome::Cancel;
        s.clauses = { QStringLiteral("S2a") };
        s.strikes
            = { SuggestedStrike { QStringLiteral("U-1"), StrikeKind::WrongAccountPayment, QStringLiteral("S2a") } };
        s.sanctions = { SuggestedSanction {
            QStringLiteral("U-1"), Role::Buyer, SanctionScope::Account, 30, QStringLiteral("S2a") } };
        s.statedReasonNote = Reason(ReasonId::StatedFactsComeFirst).arg(QStringLiteral("S1"), QStringLiteral("S2a"));
        s.needsReview = false;
        panel.setSuggestion(s, facts());
        QCOMPARE(panel.outcomeText(), QStringLiteral("Suggested: Cancel"));
        QVERIFY(hasLabel(panel, QStringLiteral("Wrong account payment")));
        QVERIFY(hasLabel(panel, QStringLiteral("nordic_bear")));
        QVERIFY(hasLabel(panel, QStringLiteral("30 day")));
        QVERIFY(hasLabel(
            panel, QStringLiteral("The stated reason S1 was not applied: the facts match S2a, which comes first")));
        QVERIFY(hasLabel(panel, QStringLiteral("S2a — ")));
        QVERIFY(panel.countdownText().isEmpty());
    }

    // Issue 18, item 6: a threat is flagged abuse_suspected like abuse; the flag's detail says it is a threat,
    // with the words and where they are.
    void flagDetailNamesTheThreat()
    {
        FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 10), Qt::UTC));
        SuggestionPanel panel(clock);
        CaseFacts c = facts();
        c.messages = { Message { clock.now(), Channel::LiveChat, Role::Buyer,
            QStringLiteral("I know where your office is. Fix it or else.") } };
        Suggestion s;
        s.caseId = QStringLiteral("AP-1");
        s.flags = { QStringLiteral("abuse_suspected") };
        FlaggedSpan threat;
        threat.index = 0;
        threat.start = 0;
        threat.length = 27;
        threat.term = QStringLiteral("i know where");
        threat.flag = QStringLiteral("abuse_suspected");
        threat.category = QStringLiteral("threat");
        s.spans = { threat };
        panel.setSuggestion(s, c);
        QVERIFY(hasLabel(
            panel, QStringLiteral("Threat: “\u2068I know where your office is\u2069” in message 1 from Buyer")));
    }

    void showsTheDecisionOnceDecided()
    {
        FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(9, 10), Qt::UTC));
        SuggestionPanel panel(clock);
        Suggestion s;
        s.outcome = Outcome::Release;
        DecisionRecord d;
        d.outcome = Outcome::Refund;
        d.suggestedOutcome = Outcome::Release;
        d.isOverride = true;
        d.note = QStringLiteral("<i>seller proved non-arrival</i>");
        d.agent = QStringLiteral("anna");
        d.decidedAt = clock.now();
        panel.setSuggestion(s, facts(), d);
        QCOMPARE(panel.outcomeText(), QStringLiteral("Decided: Refund"));
        QVERIFY(hasLabel(panel, QStringLiteral("Note: \u2068<i>seller proved non-arrival</i>\u2069")));
        QVERIFY(hasLabel(panel, QStringLiteral("anna")));
    }
};

QTEST_MAIN(TestSuggestionPanel)
#include "tst_suggestionpanel.moc"
