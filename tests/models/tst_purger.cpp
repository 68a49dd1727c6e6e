#include "StoreFixtures.h"
#include "TestBackend.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QtTest>

using namespace StoreFixtures;

// Purger: the personal data of old decided cases goes; decisions, strikes and the audit chain stay.
class tst_Purger : public QObject, protected StoreTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void purgesOnlyOldDecidedCases();
    void namesStayWhileAnotherCaseHasThem();
    void refusedWithoutItsArgumentsOrInsideATransaction();

private:
    // Decides `f` as suggested, with one strike for its buyer.
    bool decide(const CaseFacts& f)
    {
        Suggestion s = suggestionFor(f, Outcome::Cancel, QStringLiteral("S1"));
        s.strikes
            = { SuggestedStrike { f.parties.at(0).userId, StrikeKind::NonPaymentCancellation, QStringLiteral("S1") } };
        return m_store->decisions().decide(recorded(decisionOf(f.id, Outcome::Cancel), s), s);
    }
};

void tst_Purger::initTestCase()
{
    TESTBACKEND_REQUIRE_SERVER();
    QStandardPaths::setTestModeEnabled(true);
}

void tst_Purger::init()
{
    QString error;
    QVERIFY2(openStore(&error), qPrintable(error));
}

void tst_Purger::cleanup()
{
    closeStore();
}

void tst_Purger::purgesOnlyOldDecidedCases()
{
    const CaseFacts decided = p2pCase(QStringLiteral("AP-1"));
    const CaseFacts open = p2pCase(QStringLiteral("AP-2"));
    CaseFacts recent = p2pCase(QStringLiteral("AP-3"));
    recent.openedAt = utc("2026-12-15T09:00:00Z");
    QVERIFY(insert(decided) && insert(open) && insert(recent));
    QVERIFY2(decide(decided), qPrintable(m_store->decisions().lastError()));
    QVERIFY(decide(recent));

    Purger& purger = m_store->purger();
    QCOMPARE(purger.purge(utc("2026-12-01T00:00:00Z"), QStringLiteral("lead.li"), utc("2026-12-20T00:00:00Z")), 1);

    const std::optional<CaseFacts> purged = m_store->cases().load(decided.id);
    QVERIFY2(purged, qPrintable(m_store->cases().lastError()));
    QVERIFY(purged->messages.isEmpty());
    QCOMPARE(purged->parties.size(), decided.parties.size());
    for (const Party& p : purged->parties)
        QVERIFY(p.nickname.isEmpty() && p.kycName.isEmpty());
    for (const Payment& p : purged->payments)
        QVERIFY(p.payerName.isEmpty() && p.remark.isEmpty());
    QVERIFY(purged->order->sellerAccount.isEmpty());
    QCOMPARE(purged->order->number, decided.order->number);
    for (const CaseEvent& e : purged->events)
        QVERIFY(e.note.isEmpty());
    // What was decided stays.
    const std::optional<DecisionRecord> decision = m_store->decisions().decision(decided.id);
    QVERIFY(decision);
    QCOMPARE(decision->strikes.size(), 1);

    // The undecided case and the decided case opened after the date keep everything.
    for (const CaseFacts& kept : { open, recent }) {
        const std::optional<CaseFacts> loaded = m_store->cases().load(kept.id);
        QVERIFY(loaded);
        QVERIFY2(difference(kept, *loaded).isEmpty(), qPrintable(difference(kept, *loaded)));
    }
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM case_search")), QStringLiteral("2"));
    QCOMPARE(scalar(QStringLiteral("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1")), QStringLiteral("purge"));
    QVERIFY(m_store->audit().verifyChain());
}

void tst_Purger::namesStayWhileAnotherCaseHasThem()
{
    const CaseFacts old = p2pCase(QStringLiteral("AP-1"), QStringLiteral("only_here"));
    CaseFacts other = p2pCase(QStringLiteral("AP-2"), QStringLiteral("only_here"));
    other.parties.removeFirst(); // the buyer is in AP-1 only; the seller in both
    QVERIFY(insert(old) && insert(other));
    QVERIFY(decide(old));
    QCOMPARE(
        m_store->purger().purge(utc("2026-12-01T00:00:00Z"), QStringLiteral("lead.li"), utc("2026-12-20T00:00:00Z")),
        1);
    QCOMPARE(scalar(QStringLiteral("SELECT nickname || kyc_name FROM users WHERE user_id = 'U-48213'")), QString());
    QCOMPARE(
        scalar(QStringLiteral("SELECT nickname FROM users WHERE user_id = 'U-99120'")), QStringLiteral("fastusdt"));
}

void tst_Purger::refusedWithoutItsArgumentsOrInsideATransaction()
{
    Purger& purger = m_store->purger();
    const QDateTime at = utc("2026-12-20T00:00:00Z");
    QCOMPARE(purger.purge(QDateTime(), QStringLiteral("lead.li"), at), -1);
    QCOMPARE(purger.purge(at, QStringLiteral("  "), at), -1);
    QVERIFY(!purger.lastError().isEmpty());
    QVERIFY(m_db->beginWrite());
    QCOMPARE(purger.purge(at, QStringLiteral("lead.li"), at), -1);
    QVERIFY(purger.lastError().contains(QLatin1String("transaction")));
    m_db->rollback();
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")), QStringLiteral("0"));
    QCOMPARE(purger.purge(at, QStringLiteral("lead.li"), at), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")), QStringLiteral("1"));
}

QTEST_GUILESS_MAIN(tst_Purger)
#include "tst_purger.moc"
