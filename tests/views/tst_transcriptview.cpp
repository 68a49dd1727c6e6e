#include "TranscriptModel.h"
#include "TranscriptView.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QTreeView>

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

private slots:
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
