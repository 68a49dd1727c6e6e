#include "StoreFixtures.h"
#include "TestBackend.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QtTest>

using namespace StoreFixtures;

// StrikeLedger: strikes and sanctions recorded by decisions, and the counts derived from them.
class tst_StrikeLedger : public QObject, protected StoreTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void strikesDerivedAndVoidedNotCounted();
    void historyTakesTheLargestCount();
};

void tst_StrikeLedger::initTestCase()
{
    TESTBACKEND_REQUIRE_SERVER();
    QStandardPaths::setTestModeEnabled(true);
}

void tst_StrikeLedger::init()
{
    QString error;
    QVERIFY2(openStore(&error), qPrintable(error));
}

void tst_StrikeLedger::cleanup()
{
    closeStore();
}

void tst_StrikeLedger::strikesDerivedAndVoidedNotCounted()
{
    const QString user = QStringLiteral("U-48213");
    for (const char* id : { "AP-1", "AP-2", "AP-3" }) {
        const CaseFacts f = p2pCase(QString::fromLatin1(id));
        QVERIFY(insert(f));
        Suggestion s = suggestionFor(f, Outcome::Cancel, QStringLiteral("S1"));
        s.strikes = { SuggestedStrike { user, StrikeKind::NonPaymentCancellation, QStringLiteral("S1") } };
        DecisionRecord d = decisionOf(f.id, Outcome::Cancel);
        QVERIFY2(m_store->decisions().decide(recorded(d, s), s), qPrintable(m_store->decisions().lastError()));
    }
    QCOMPARE(m_store->strikes().strikeCounts(user).value(user).value(StrikeKind::NonPaymentCancellation), 3);
    QCOMPARE(m_store->strikes()
                 .recordedStrikes({ user }, QStringLiteral("AP-3"))
                 .value(user)
                 .value(StrikeKind::NonPaymentCancellation),
        2);
    const QList<StrikeRecord> strikes = m_store->strikes().strikesOf(user);
    QCOMPARE(strikes.size(), 3);
    QVERIFY(m_store->strikes().voidStrike(
        strikes.at(0).id, QStringLiteral("lead.li"), QStringLiteral("bank delay"), utc("2026-11-22T08:00:00Z")));
    QVERIFY(!m_store->strikes().voidStrike(
        strikes.at(0).id, QStringLiteral("lead.li"), QStringLiteral("again"), utc("2026-11-22T08:00:00Z")));
    QCOMPARE(m_store->strikes().strikeCounts(user).value(user).value(StrikeKind::NonPaymentCancellation), 2);
    QCOMPARE(m_store->strikes().recordedStrikes({ user }).value(user).value(StrikeKind::NonPaymentCancellation), 2);
    QVERIFY(m_store->strikes().strikesOf(user).at(0).voided);
    QCOMPARE(m_store->strikes().strikesOf(user).at(0).voidReason, QStringLiteral("bank delay"));
    QVERIFY(m_store->strikes().strikeCounts(QStringLiteral("U-nobody")).isEmpty());
}

void tst_StrikeLedger::historyTakesTheLargestCount()
{
    const QString seller = QStringLiteral("U-99120");
    CaseFacts a = p2pCase(QStringLiteral("AP-1"));
    a.history[seller][StrikeKind::AbusiveLanguage] = 2;
    CaseFacts b = p2pCase(QStringLiteral("AP-2"));
    b.history[seller][StrikeKind::AbusiveLanguage] = 3;
    CaseFacts c = p2pCase(QStringLiteral("AP-3"));
    c.history[seller][StrikeKind::AbusiveLanguage] = 1;
    QVERIFY(insert(a) && insert(b) && insert(c));
    QCOMPARE(m_store->strikes().strikeCounts(seller).value(seller).value(StrikeKind::AbusiveLanguage), 3);

    Suggestion s = suggestionFor(a, Outcome::Release, QStringLiteral("S4"));
    s.strikes = { SuggestedStrike { seller, StrikeKind::AbusiveLanguage, QStringLiteral("S4") } };
    DecisionRecord d = decisionOf(a.id, Outcome::Release);
    QVERIFY(m_store->decisions().decide(recorded(d, s), s));
    // History (known from before the desk) plus the desk's own strikes.
    QCOMPARE(m_store->strikes().strikeCounts().value(seller).value(StrikeKind::AbusiveLanguage), 4);
    QCOMPARE(m_store->strikes().strikeCounts().value(seller).size(), 1);
}

QTEST_GUILESS_MAIN(tst_StrikeLedger)
#include "tst_strikeledger.moc"
