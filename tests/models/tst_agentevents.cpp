#include "AgentEvents.h"
#include "CaseFacts.h"
#include "Suggestion.h"

#include <QTest>

Q_DECLARE_METATYPE(CaseFacts)
Q_DECLARE_METATYPE(Suggestion)
Q_DECLARE_METATYPE(std::optional<EventType>)
Q_DECLARE_METATYPE(std::optional<Outcome>)

// Issue 14, item 7: the Record event dialog offers first the event the suggestion's steps wait for.
class tst_AgentEvents : public QObject
{
    Q_OBJECT

private slots:
    void awaited_data();
    void awaited();
};

namespace {

const QDateTime At = QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);

CaseFacts facts(CaseKind kind, const QList<EventType>& events, const QString& reason = QString())
{
    CaseFacts f;
    f.id = QStringLiteral("AP-2026-0000001");
    f.kind = kind;
    f.reason = reason;
    f.openedAt = At.addSecs(-3600);
    for (EventType type : events) {
        CaseEvent e;
        e.at = At.addSecs(-60);
        e.type = type;
        e.by = AgentEvents::actor(type);
        f.events << e;
    }
    return f;
}

Suggestion suggestion(const QString& clause, Outcome outcome, bool pending = false, bool review = false)
{
    Suggestion s;
    s.clauses << clause;
    s.outcome = outcome;
    s.needsReview = review;
    if (pending)
        s.pendingUntil = At.addSecs(600);
    return s;
}

} // namespace

void tst_AgentEvents::awaited_data()
{
    QTest::addColumn<CaseFacts>("facts");
    QTest::addColumn<Suggestion>("suggestion");
    QTest::addColumn<std::optional<Outcome>>("decided");
    QTest::addColumn<std::optional<EventType>>("expected");
    const std::optional<Outcome> open;
    const std::optional<EventType> nothing;
    using E = EventType;
    const CaseKind p2p = CaseKind::P2pAppeal;

    QTest::newRow("LC1 without a confirmed abuse")
        << facts(CaseKind::LiveChatAbuse, {}) << suggestion(QStringLiteral("LC1"), Outcome::None) << open
        << std::optional<E>(E::AbuseConfirmed);
    QTest::newRow("LC1 confirmed") << facts(CaseKind::LiveChatAbuse, { E::AbuseConfirmed })
                                   << suggestion(QStringLiteral("LC1"), Outcome::Suspend) << open << nothing;
    QTest::newRow("LC2 impersonation, running")
        << facts(CaseKind::LiveChatSuspensionAppeal, {}, QStringLiteral("impersonation"))
        << suggestion(QStringLiteral("LC2"), Outcome::None, false, true) << open
        << std::optional<E>(E::ImpersonationConfirmed);
    CaseFacts ended = facts(CaseKind::LiveChatSuspensionAppeal, {}, QStringLiteral("impersonation"));
    ended.suspension = Suspension { QStringLiteral("U-1"), At.addDays(-10), 7 };
    QTest::newRow("LC2 against an ended suspension")
        << ended << suggestion(QStringLiteral("LC2"), Outcome::None) << open << nothing;
    QTest::newRow("S2c, no request") << facts(p2p, {}) << suggestion(QStringLiteral("S2c"), Outcome::None) << open
                                     << std::optional<E>(E::RemainderRequested);
    QTest::newRow("S2c, requested") << facts(p2p, { E::RemainderRequested })
                                    << suggestion(QStringLiteral("S2c"), Outcome::None, true) << open
                                    << std::optional<E>(E::RemainderPaid);
    QTest::newRow("S2c, refused") << facts(p2p, { E::RemainderRequested, E::BuyerRefusedRemainder })
                                  << suggestion(QStringLiteral("S2c"), Outcome::Refund) << open << nothing;
    QTest::newRow("S3") << facts(p2p, {}) << suggestion(QStringLiteral("S3"), Outcome::None, false, true) << open
                        << std::optional<E>(E::SellerReportedNotReceived);
    QTest::newRow("seller's deadline") << facts(p2p, {}) << suggestion(QStringLiteral("S1"), Outcome::None, true)
                                       << open << std::optional<E>(E::SellerContacted);
    QTest::newRow("seller's deadline, contacted")
        << facts(p2p, { E::SellerContacted }) << suggestion(QStringLiteral("S1"), Outcome::None, true) << open
        << std::optional<E>(E::SellerConfirmedReceipt);
    QTest::newRow("B1 refund, undecided")
        << facts(p2p, {}) << suggestion(QStringLiteral("B1"), Outcome::Refund) << open << nothing;
    QTest::newRow("decided refund") << facts(p2p, {}) << suggestion(QStringLiteral("B1"), Outcome::Refund)
                                    << std::optional<Outcome>(Outcome::Refund) << std::optional<E>(E::RefundProof);
    QTest::newRow("decided refund, proof")
        << facts(p2p, { E::RefundProof }) << suggestion(QStringLiteral("B1"), Outcome::Refund)
        << std::optional<Outcome>(Outcome::Refund) << std::optional<E>(E::RefundConfirmed);
    QTest::newRow("decided refund, done")
        << facts(p2p, { E::RefundProof, E::RefundConfirmed }) << suggestion(QStringLiteral("B1"), Outcome::Refund)
        << std::optional<Outcome>(Outcome::Refund) << nothing;
    QTest::newRow("decided release with an excess to refund")
        << facts(p2p, {}) << suggestion(QStringLiteral("B2"), Outcome::Release)
        << std::optional<Outcome>(Outcome::Release) << std::optional<E>(E::RefundProof);
    QTest::newRow("decided release") << facts(p2p, {}) << suggestion(QStringLiteral("B3"), Outcome::Release)
                                     << std::optional<Outcome>(Outcome::Release) << nothing;
    QTest::newRow("decided live chat") << facts(CaseKind::LiveChatAbuse, {})
                                       << suggestion(QStringLiteral("LC1"), Outcome::None)
                                       << std::optional<Outcome>(Outcome::None) << nothing;
}

void tst_AgentEvents::awaited()
{
    QFETCH(CaseFacts, facts);
    QFETCH(Suggestion, suggestion);
    QFETCH(std::optional<Outcome>, decided);
    QFETCH(std::optional<EventType>, expected);
    const std::optional<EventType> next = AgentEvents::awaited(facts, suggestion, decided);
    QCOMPARE(next.has_value(), expected.has_value());
    if (expected) {
        QCOMPARE(int(*next), int(*expected));
        // Always one the dialog offers on such a case.
        QVERIFY(AgentEvents::isRecordable(facts.kind, *next, decided.has_value()));
    }
}

QTEST_GUILESS_MAIN(tst_AgentEvents)
#include "tst_agentevents.moc"
