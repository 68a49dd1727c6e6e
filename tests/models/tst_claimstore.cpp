#include "StoreFixtures.h"
#include "TestBackend.h"

#include <QStandardPaths>
#include <QtTest>

using namespace StoreFixtures;

// ClaimStore: a claim holds until it ends or is released, and stops another agent's claim and decision.
class tst_ClaimStore : public QObject, protected StoreTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void claimsHoldUntilTheyEnd();
};

void tst_ClaimStore::initTestCase()
{
    TESTBACKEND_REQUIRE_SERVER();
    QStandardPaths::setTestModeEnabled(true);
}

void tst_ClaimStore::init()
{
    QString error;
    QVERIFY2(openStore(&error), qPrintable(error));
}

void tst_ClaimStore::cleanup()
{
    closeStore();
}

void tst_ClaimStore::claimsHoldUntilTheyEnd()
{
    const CaseFacts f = p2pCase(QStringLiteral("AP-C"));
    QVERIFY(insert(f));
    ClaimStore& claims = m_store->claims();
    DecisionStore& decisions = m_store->decisions();
    const QDateTime now = utc("2026-11-21T10:00:00Z");
    const QDateTime until = now.addSecs(30 * 60);
    const QString anna = QStringLiteral("agent.anna");
    const QString bo = QStringLiteral("agent.bo");

    QVERIFY(!claims.claim(f.id, anna, now, now)); // must end in the future
    QVERIFY(!claims.claim(QStringLiteral("AP-unknown"), anna, until, now));
    QVERIFY(claims.lastError().contains(QLatin1String("AP-unknown")));
    QVERIFY2(claims.claim(f.id, anna, until, now), qPrintable(claims.lastError()));
    QCOMPARE(claims.holder(f.id, now), anna);
    QCOMPARE(claims.holder(f.id, until), QString()); // run out

    QVERIFY(!claims.claim(f.id, bo, until.addSecs(60), now.addSecs(60)));
    QVERIFY2(claims.lastError().contains(anna), qPrintable(claims.lastError()));
    QVERIFY(!claims.release(f.id, bo, now.addSecs(60)));
    const Suggestion s = suggestionFor(f, Outcome::Refund, QStringLiteral("B3"));
    DecisionRecord d = decisionOf(f.id, Outcome::Refund);
    d.agent = bo;
    d.decidedAt = now.addSecs(60);
    QVERIFY(!decisions.decide(recorded(d, s), s));
    QVERIFY2(decisions.lastError().contains(anna), qPrintable(decisions.lastError())); // why: anna holds it
    QVERIFY(!m_store->cases().isDecided(f.id));

    QVERIFY2(claims.release(f.id, anna, now.addSecs(120)), qPrintable(claims.lastError()));
    QCOMPARE(claims.holder(f.id, now.addSecs(120)), QString());
    d.decidedAt = now.addSecs(180);
    QVERIFY2(decisions.decide(recorded(d, s), s), qPrintable(decisions.lastError()));
    QVERIFY(!claims.claim(f.id, anna, until.addSecs(3600), now.addSecs(240))); // decided
    QVERIFY(claims.lastError().contains(QLatin1String("already decided")));
}

QTEST_GUILESS_MAIN(tst_ClaimStore)
#include "tst_claimstore.moc"
