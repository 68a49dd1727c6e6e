#include "ConversationDelegate.h"
#include "ConversationModel.h"
#include "TimelineModel.h"
#include "TranscriptModel.h"
#include "TranscriptView.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTest>

class TestTranscriptView : public QObject
{
    Q_OBJECT

private:
    static QList<Message> messages(int count)
    {
        QList<Message> list;
        const QDateTime start(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
        for (int i = 0; i < count; ++i)
            list.append(Message { start.addSecs(i * 20), i % 3 ? Channel::OrderChat : Channel::LiveChat,
                i % 2 ? Role::Seller : Role::Buyer,
                QStringLiteral("Meddelande %1: har du skickat pengarna? ผมโอนเงินแล้วครับ").arg(i) });
        return list;
    }

    static QDateTime at(int minute)
    {
        return QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC).addSecs(minute * 60);
    }

    // The option the list gives its delegate for `row`.
    static QStyleOptionViewItem optionFor(const TranscriptView& view, int row)
    {
        QStyleOptionViewItem option;
        option.initFrom(view.listView()->viewport());
        option.font = view.listView()->font();
        option.fontMetrics = QFontMetrics(option.font);
        option.widget = view.listView();
        option.rect = view.listView()->visualRect(view.conversationModel()->index(row));
        return option;
    }

private slots:
    // Issue 14, item 5: a message is read in full where it is, wrapped to the view's width; no click needed.
    void messagesWrapInFullToTheViewsWidth()
    {
        QString longText;
        for (int i = 0; i < 40; ++i)
            longText += QStringLiteral("word%1 ").arg(i);
        longText += QStringLiteral("THE-END");
        TranscriptView view;
        view.resize(420, 600);
        view.setTranscript(
            { Message { at(0), Channel::OrderChat, Role::Buyer, QStringLiteral("Hi") },
                Message { at(1), Channel::OrderChat, Role::Seller, longText },
                Message { at(2), Channel::OrderChat, Role::Seller, QStringLiteral("line one\nline two") },
                Message { at(3), Channel::OrderChat, Role::Seller, QStringLiteral("line one line two") } },
            {}, QTimeZone::utc());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QListView* list = view.listView();
        const int lineHeight = list->fontMetrics().height();
        const int viewport = list->viewport()->width();
        const QRect shortRow = list->visualRect(view.conversationModel()->index(0));
        const QRect longRow = list->visualRect(view.conversationModel()->index(1));
        // 40 words in 420 px: several lines, all of them in the row, and no horizontal scrolling.
        QVERIFY2(longRow.height() >= 4 * lineHeight, qPrintable(QString::number(longRow.height())));
        QVERIFY(longRow.height() > shortRow.height() + 2 * lineHeight);
        QVERIFY(!list->horizontalScrollBar()->isVisible());
        for (int row = 0; row < 4; ++row) {
            const QRect bubble
                = view.delegate()->bubbleRect(optionFor(view, row), view.conversationModel()->index(row));
            QVERIFY2(bubble.left() >= 0 && bubble.right() < viewport, qPrintable(QString::number(row)));
        }
        // A line break in a message is one in its bubble: two lines, not one.
        const QRect twoLines = list->visualRect(view.conversationModel()->index(2));
        const QRect oneLine = list->visualRect(view.conversationModel()->index(3));
        QVERIFY2(twoLines.height() >= oneLine.height() + lineHeight * 3 / 4,
            qPrintable(QStringLiteral("%1 %2").arg(twoLines.height()).arg(oneLine.height())));
        // Narrower: the rows grow, still inside the view.
        const int before = longRow.height();
        view.resize(300, 600);
        QTRY_VERIFY(list->visualRect(view.conversationModel()->index(1)).height() > before);
        QVERIFY(!list->horizontalScrollBar()->isVisible());
        // The long-text pane is not needed for messages that fit their bubble.
        view.selectMessage(1);
        QVERIFY(!view.fullTextView()->isVisible());
        QCOMPARE(view.fullTextView()->toPlainText(), longText);
        if (qEnvironmentVariableIsSet("APPEALDESK_GRAB"))
            view.grab().save(qEnvironmentVariable("APPEALDESK_GRAB"));
    }

    void partiesAreGroupedAndApart()
    {
        TranscriptView view;
        view.resize(600, 500);
        view.setTranscript({ Message { at(0), Channel::OrderChat, Role::Buyer, QStringLiteral("one") },
                               Message { at(1), Channel::OrderChat, Role::Buyer, QStringLiteral("two") },
                               Message { at(2), Channel::OrderChat, Role::Seller, QStringLiteral("three") },
                               Message { at(30), Channel::OrderChat, Role::Seller, QStringLiteral("after a pause") },
                               Message { at(31), Channel::LiveChat, Role::Agent, QStringLiteral("desk") } },
            {}, QTimeZone::utc(), { { Role::Buyer, QStringLiteral("anna") }, { Role::Seller, QStringLiteral("bo") } });
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const ConversationModel* model = view.conversationModel();
        QCOMPARE(model->rowCount(), 5);
        const QList<bool> starts { true, false, true, true, true };
        for (int row = 0; row < 5; ++row)
            QCOMPARE(model->index(row).data(ConversationModel::GroupStartRole).toBool(), starts.at(row));
        QVERIFY(model->index(0).data(ConversationModel::HeaderRole).toString().contains(QStringLiteral("anna")));
        const int middle = view.listView()->viewport()->width() / 2;
        const auto bubble
            = [&](int row) { return view.delegate()->bubbleRect(optionFor(view, row), model->index(row)); };
        QVERIFY(bubble(0).center().x() < middle); // the buyer on one side
        QVERIFY(bubble(2).center().x() > middle); // the seller on the other
        QVERIFY(qAbs(bubble(4).center().x() - middle) <= 2); // the desk in between
        // A group's first message has its header above it, the next none: the second row is lower.
        QVERIFY(view.listView()->visualRect(model->index(1)).height()
            < view.listView()->visualRect(model->index(0)).height());
    }

    void timelineEntriesAreMergedByTime()
    {
        CaseFacts facts;
        facts.events = { CaseEvent { at(5), EventType::MarkedPaid, Role::Buyer } };
        Payment payment;
        payment.at = at(3);
        facts.payments = { payment };
        TimelineModel timeline;
        timeline.setCase(facts, at(60), QTimeZone::utc());
        TranscriptView view;
        view.setTimeline(&timeline);
        view.setTranscript({ Message { at(0), Channel::OrderChat, Role::Buyer, QStringLiteral("paying now") },
                               Message { at(10), Channel::OrderChat, Role::Seller, QStringLiteral("not received") } },
            {}, QTimeZone::utc());
        const ConversationModel* model = view.conversationModel();
        QCOMPARE(model->rowCount(), 5);
        const QList<int> kinds { ConversationModel::MessageEntry, ConversationModel::PaymentEntry,
            ConversationModel::EventEntry, ConversationModel::MessageEntry, ConversationModel::DeadlineEntry };
        for (int row = 0; row < 5; ++row)
            QCOMPARE(model->index(row).data(ConversationModel::KindRole).toInt(), kinds.at(row));
        // Messages keep their indexes: selection and the confirm-abuse action speak of message 1.
        view.selectMessage(1);
        QCOMPARE(view.listView()->currentIndex().row(), 3);
        QCOMPARE(view.selectedMessage(), 1);
        view.listView()->setCurrentIndex(model->index(2));
        QCOMPARE(view.selectedMessage(), -1);

        // Settled reading 1: what happened after the suggestion's instant is marked, the deadline is not.
        view.setInstant(at(4));
        const QList<bool> after { false, false, true, true, false };
        for (int row = 0; row < 5; ++row)
            QCOMPARE(model->index(row).data(ConversationModel::AfterInstantRole).toBool(), after.at(row));
        QVERIFY(model->index(3).data(Qt::ToolTipRole).toString().contains(QStringLiteral("instant")));
    }

    // Flagged spans: highlighted, and the category said in words in the tooltip and to assistive tools.
    void flaggedSpansSayTheirCategory()
    {
        TranscriptView view;
        const QString text = QStringLiteral("I know where your office is. Fix it or else, idiot.");
        FlaggedSpan threat;
        threat.index = 0;
        threat.start = 0;
        threat.length = 27;
        threat.flag = QStringLiteral("abuse_suspected");
        threat.category = QStringLiteral("threat");
        FlaggedSpan abuse = threat;
        abuse.start = int(text.indexOf(QStringLiteral("idiot")));
        abuse.length = 5;
        abuse.category = QStringLiteral("abuse");
        view.setTranscript(
            { Message { at(0), Channel::LiveChat, Role::User, text } }, { threat, abuse }, QTimeZone::utc());
        const QModelIndex row = view.conversationModel()->index(0);
        QCOMPARE(row.data(ConversationModel::CategoriesRole).toStringList(),
            QStringList({ QStringLiteral("threat"), QStringLiteral("abuse") }));
        const QString tip = row.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Threat")) && tip.contains(QStringLiteral("Abusive language")),
            qPrintable(tip));
        QVERIFY(tip.contains(QStringLiteral("idiot")));
        const QString spoken = row.data(Qt::AccessibleTextRole).toString();
        QVERIFY2(spoken.contains(QStringLiteral("flagged: Threat")), qPrintable(spoken));
    }

    void twoThousandMessagesOpenQuickly()
    {
        const QList<Message> list = messages(2000);
        TranscriptView view;
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.grab(); // first paint of an empty view: fonts and style loaded
        QElapsedTimer timer;
        timer.start();
        view.setTranscript(list, {}, QTimeZone("Asia/Bangkok"));
        view.grab();
        const qint64 ms = timer.elapsed();
        qInfo("2,000 messages set and painted in %lld ms", ms);
        QCOMPARE(view.model()->rowCount(), 2000);
        // Speed is measured by bench_queue; a timed assertion here fails on a loaded machine.

        timer.restart();
        view.listView()->scrollToBottom();
        view.grab();
        qInfo("scrolled to the bottom and painted in %lld ms", timer.elapsed());
    }

    void ctrlFOpensTheFindBarInsideTheTranscript()
    {
        TranscriptView view;
        view.setTranscript(messages(30), {}, QTimeZone::utc());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto* findEdit = view.findChild<QLineEdit*>();
        QVERIFY(findEdit);
        QVERIFY(!findEdit->isVisible());
        view.listView()->setFocus();
        QTest::keyClick(view.listView(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(findEdit->isVisible());
        QTRY_VERIFY(findEdit->hasFocus());
        QTest::keyClicks(findEdit, QStringLiteral("meddelande 1"));
        // "Meddelande 1", "Meddelande 10".."19": 11 matches, case-insensitive
        QCOMPARE(view.matchCount(), 11);
        QTest::keyClick(findEdit, Qt::Key_Return);
        QCOMPARE(view.currentMatch(), 0);
        QCOMPARE(view.selectedMessage(), 1);
        QTest::keyClick(findEdit, Qt::Key_F3);
        QCOMPARE(view.selectedMessage(), 10);
        QTest::keyClick(findEdit, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(view.selectedMessage(), 1);
        QVERIFY(view.fullTextView()->toPlainText().startsWith(QStringLiteral("Meddelande 1:")));
        QTest::keyClick(findEdit, Qt::Key_Escape);
        QVERIFY(!findEdit->isVisible());
        QCOMPARE(view.matchCount(), 0);
    }

    void noMatchesAndWrapAround()
    {
        TranscriptView view;
        view.setTranscript(messages(5), {}, QTimeZone::utc());
        view.setFindText(QStringLiteral("nothing like this"));
        QCOMPARE(view.matchCount(), 0);
        view.findNext(); // no match: nothing selected, nothing breaks
        QCOMPARE(view.selectedMessage(), -1);
        view.setFindText(QStringLiteral("ครับ"));
        QCOMPARE(view.matchCount(), 5);
        view.findPrevious(); // wraps to the last match
        QCOMPARE(view.selectedMessage(), 4);
        view.findNext();
        QCOMPARE(view.selectedMessage(), 0);
    }

    void selectionSurvivesAnUpdate()
    {
        TranscriptView view;
        view.setTranscript(messages(10), {}, QTimeZone::utc());
        view.selectMessage(7);
        view.setTranscript(messages(12), {}, QTimeZone::utc());
        QCOMPARE(view.selectedMessage(), 7);
        view.setTranscript(messages(3), {}, QTimeZone::utc());
        QCOMPARE(view.selectedMessage(), -1);
        QVERIFY(view.fullTextView()->toPlainText().isEmpty());
    }
};

QTEST_MAIN(TestTranscriptView)
#include "tst_transcriptview.moc"
