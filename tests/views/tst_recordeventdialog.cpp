#include "RecordEventDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

class TestRecordEventDialog : public QObject
{
    Q_OBJECT

private:
    static CaseFacts facts()
    {
        CaseFacts f;
        f.id = QStringLiteral("AP-1");
        f.parties = { Party { Role::Buyer, QStringLiteral("U-1"), QStringLiteral("nordic_bear"), QString() },
            Party { Role::Seller, QStringLiteral("U-2"), QStringLiteral("fastusdt"), QString() } };
        f.messages = { Message { QDateTime(), Channel::OrderChat, Role::Buyer, QStringLiteral("hello") },
            Message { QDateTime(), Channel::OrderChat, Role::Seller, QStringLiteral("<b>idiot</b>") } };
        return f;
    }

    static QPushButton* ok(RecordEventDialog& dialog)
    {
        return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    }

private slots:
    void eventsAndTheirAuthors_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("by");
        QTest::newRow("seller contacted") << int(EventType::SellerContacted) << int(Role::Agent);
        QTest::newRow("buyer contacted") << int(EventType::BuyerContacted) << int(Role::Agent);
        QTest::newRow("not received") << int(EventType::SellerReportedNotReceived) << int(Role::Seller);
        QTest::newRow("receipt") << int(EventType::SellerConfirmedReceipt) << int(Role::Seller);
        QTest::newRow("remainder requested") << int(EventType::RemainderRequested) << int(Role::Agent);
        QTest::newRow("remainder paid") << int(EventType::RemainderPaid) << int(Role::Buyer);
        QTest::newRow("refused") << int(EventType::BuyerRefusedRemainder) << int(Role::Buyer);
    }

    void eventsAndTheirAuthors()
    {
        QFETCH(int, type);
        QFETCH(int, by);
        const CaseFacts f = facts();
        RecordEventDialog dialog(f, -1);
        dialog.setEventType(EventType(type));
        QCOMPARE(dialog.eventType(), EventType(type));
        QVERIFY(dialog.canAccept());
        QVERIFY(ok(dialog)->isEnabled());
        const QDateTime at(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC);
        const CaseEvent e = dialog.event(at, QStringLiteral("anna"));
        QCOMPARE(e.type, EventType(type));
        QCOMPARE(e.by, Role(by));
        QCOMPARE(e.at, at);
        QCOMPARE(e.agent, QStringLiteral("anna"));
        QCOMPARE(e.party, Role::None);
        QCOMPARE(e.messageIndex, -1);
    }

    void typesFollowTheCaseKind()
    {
        CaseFacts f = facts();
        RecordEventDialog p2p(f, -1);
        p2p.setEventType(EventType::ImpersonationConfirmed); // not offered: stays on the first type
        QCOMPARE(p2p.eventType(), EventType::SellerContacted);
        QVERIFY(!RecordEventDialog::recordableTypes(CaseKind::P2pAppeal).contains(EventType::ImpersonationConfirmed));

        f.kind = CaseKind::LiveChatSuspensionAppeal;
        f.parties = { Party { Role::User, QStringLiteral("U-3"), QStringLiteral("someone"), QString() } };
        RecordEventDialog appeal(f, -1);
        appeal.setEventType(EventType::ImpersonationConfirmed);
        QCOMPARE(appeal.eventType(), EventType::ImpersonationConfirmed);
        QCOMPARE(appeal.event(QDateTime::currentDateTimeUtc(), QString()).by, Role::Agent);
        QCOMPARE(RecordEventDialog::recordableTypes(CaseKind::LiveChatSuspensionAppeal),
            QList<EventType>({ EventType::ImpersonationConfirmed, EventType::Note }));
        QVERIFY(RecordEventDialog::recordableTypes(CaseKind::LiveChatAbuse).contains(EventType::AbuseConfirmed));
    }

    void abuseNeedsASelectedMessage()
    {
        const CaseFacts f = facts();
        RecordEventDialog none(f, -1);
        none.setEventType(EventType::AbuseConfirmed);
        QVERIFY(!none.canAccept());
        QVERIFY(!ok(none)->isEnabled());

        RecordEventDialog outOfRange(f, 7);
        outOfRange.setEventType(EventType::AbuseConfirmed);
        QVERIFY(!outOfRange.canAccept());

        RecordEventDialog selected(f, 1);
        selected.setEventType(EventType::AbuseConfirmed);
        QVERIFY(selected.canAccept());
        const CaseEvent e = selected.event(QDateTime::currentDateTimeUtc(), QStringLiteral("anna"));
        QCOMPARE(e.messageIndex, 1);
        QCOMPARE(e.party, Role::Seller); // the author of the message
    }

    void unresponsivePartyIsChosen()
    {
        const CaseFacts f = facts();
        RecordEventDialog dialog(f, -1);
        dialog.setEventType(EventType::PartyUnresponsive);
        QVERIFY(dialog.partyBox()->isEnabled());
        dialog.partyBox()->setCurrentIndex(dialog.partyBox()->findData(int(Role::Buyer)));
        QCOMPARE(dialog.event(QDateTime::currentDateTimeUtc(), QString()).party, Role::Buyer);
        dialog.setEventType(EventType::SellerContacted);
        QVERIFY(!dialog.partyBox()->isEnabled());
    }

    void noteNeedsText()
    {
        const CaseFacts f = facts();
        RecordEventDialog dialog(f, -1);
        dialog.setEventType(EventType::Note);
        QVERIFY(!dialog.canAccept());
        dialog.noteEdit()->setPlainText(QStringLiteral("   "));
        QVERIFY(!ok(dialog)->isEnabled());
        dialog.noteEdit()->setPlainText(QStringLiteral("  called the bank <b>twice</b> "));
        QVERIFY(ok(dialog)->isEnabled());
        QCOMPARE(dialog.event(QDateTime::currentDateTimeUtc(), QString()).note,
            QStringLiteral("called the bank <b>twice</b>"));
    }
};

QTEST_MAIN(TestRecordEventDialog)
#include "tst_recordeventdialog.moc"
