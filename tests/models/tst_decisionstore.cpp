#include "StoreFixtures.h"
#include "TestBackend.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QtTest>

using namespace StoreFixtures;

// DecisionStore: a decision with its strikes, sanctions and audit entry, once.
class tst_DecisionStore : public QObject, protected StoreTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void decideOnlyOnce();
    void decideRefusesUnknownCaseAndOverrideWithoutNote();
    void decisionFailsWhenItsStrikesCannotBeRead();
};

void tst_DecisionStore::initTestCase()
{
    TESTBACKEND_REQUIRE_SERVER();
    QStandardPaths::setTestModeEnabled(true);
}

void tst_DecisionStore::init()
{
    QString error;
    QVERIFY2(openStore(&error), qPrintable(error));
}

void tst_DecisionStore::cleanup()
{
    closeStore();
}

void tst_DecisionStore::decideOnlyOnce()
{
    const CaseFacts f = p2pCase(QStringLiteral("AP-D"));
    QVERIFY(insert(f));
    Suggestion s = suggestionFor(f, Outcome::Refund, QStringLiteral("S2b"));
    s.strikes = { SuggestedStrike { QStringLiteral("U-48213"), StrikeKind::KycNameMismatch, QStringLiteral("S2b") } };
    s.sanctions
        = { SuggestedSanction { QStringLiteral("U-48213"), Role::Buyer, SanctionScope::P2p, 15, QStringLiteral("S2b") },
              SuggestedSanction { QStringLiteral("U-48213"), Role::Buyer, SanctionScope::Partial, std::nullopt,
                  QStringLiteral("B6") } };
    DecisionRecord d;
    d.caseId = f.id;
    d.outcome = Outcome::Refund;
    d.agent = QStringLiteral("agent.anna");
    d.decidedAt = utc("2026-11-21T12:00:00Z");
    QVERIFY2(m_store->decisions().decide(recorded(d, s), s), qPrintable(m_store->decisions().lastError()));
    QVERIFY(m_store->cases().isDecided(f.id));
    QVERIFY(!m_store->decisions().decide(recorded(d, s), s));
    QVERIFY(m_store->decisions().lastError().contains(QLatin1String("already decided")));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM decisions")), QStringLiteral("1"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM strikes")), QStringLiteral("1"));
    QCOMPARE(scalar(QStringLiteral("SELECT version FROM cases")), QStringLiteral("2"));

    const std::optional<DecisionRecord> stored = m_store->decisions().decision(f.id);
    QVERIFY(stored);
    QCOMPARE(stored->outcome, Outcome::Refund);
    QCOMPARE(stored->suggestedOutcome, Outcome::Refund);
    QVERIFY(!stored->isOverride);
    QCOMPARE(stored->agent, QStringLiteral("agent.anna"));
    QCOMPARE(stored->decidedAt, d.decidedAt);
    QCOMPARE(stored->clauses, QStringList { QStringLiteral("S2b") });
    QCOMPARE(stored->revision, QStringLiteral("p2p-2021-04-07"));
    QCOMPARE(stored->strikes.size(), 1);
    QCOMPARE(stored->strikes.at(0).kind, StrikeKind::KycNameMismatch);
    QCOMPARE(stored->sanctions.size(), 2);
    QCOMPARE(stored->sanctions.at(0).endsAt, std::optional<QDateTime>(utc("2026-12-06T12:00:00Z")));
    QVERIFY(!stored->sanctions.at(1).endsAt);
    QVERIFY(!stored->sanctions.at(1).days);
    // Ids and values only, never the translated steps and notes.
    QCOMPARE(scalar(QStringLiteral("SELECT suggestion_json FROM decisions")), QString::fromUtf8(s.toRecordJsonLine()));
    QCOMPARE(m_store->strikes().activeSanctions(utc("2026-12-01T00:00:00Z")).size(), 2);
    QCOMPARE(m_store->strikes().activeSanctions(utc("2026-12-07T00:00:00Z")).size(), 1); // the open-ended one
    QCOMPARE(m_store->strikes().activeSanctions(utc("2026-11-21T11:00:00Z")).size(), 0);
    QVERIFY(stored->toJsonLine().contains("\"decided_at\":\"2026-11-21T12:00:00Z\""));
    QCOMPARE(scalar(QStringLiteral("SELECT action FROM audit_log")), QStringLiteral("decide"));
}

void tst_DecisionStore::decideRefusesUnknownCaseAndOverrideWithoutNote()
{
    const CaseFacts f = p2pCase(QStringLiteral("AP-O"));
    QVERIFY(insert(f));
    const Suggestion s = suggestionFor(f, Outcome::Refund, QStringLiteral("B3"));
    DecisionRecord d;
    d.caseId = QStringLiteral("AP-unknown");
    d.outcome = Outcome::Refund;
    d.agent = QStringLiteral("agent.bo");
    d.decidedAt = utc("2026-11-21T12:00:00Z");
    QVERIFY(!m_store->decisions().decide(recorded(d, s), s));
    d.caseId = f.id;
    d.outcome = Outcome::Release;
    QVERIFY(!m_store->decisions().decide(recorded(d, s), s)); // override without a note
    QVERIFY(!m_store->cases().isDecided(f.id));
    d.note = QStringLiteral("seller confirmed receipt by phone");
    QVERIFY2(m_store->decisions().decide(recorded(d, s), s), qPrintable(m_store->decisions().lastError()));
    QVERIFY(m_store->decisions().decision(f.id)->isOverride);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM decisions")), QStringLiteral("1"));
}

// A decision read without its strikes would show (and count) none: it fails instead.
void tst_DecisionStore::decisionFailsWhenItsStrikesCannotBeRead()
{
    const CaseFacts f = p2pCase(QStringLiteral("AP-F"));
    QVERIFY(insert(f));
    Suggestion s = suggestionFor(f, Outcome::Cancel, QStringLiteral("S1"));
    s.strikes
        = { SuggestedStrike { QStringLiteral("U-48213"), StrikeKind::NonPaymentCancellation, QStringLiteral("S1") } };
    QVERIFY(m_store->decisions().decide(recorded(decisionOf(f.id, Outcome::Cancel), s), s));
    QCOMPARE(m_store->decisions().decision(f.id)->strikes.size(), 1);
    QVERIFY(m_db->exec(QStringLiteral("ALTER TABLE strikes RENAME TO strikes_gone")));
    QVERIFY(!m_store->decisions().decision(f.id));
    QVERIFY2(m_store->decisions().lastError().contains(QLatin1String("strikes")),
        qPrintable(m_store->decisions().lastError()));
}

QTEST_GUILESS_MAIN(tst_DecisionStore)
#include "tst_decisionstore.moc"
