#include "TranscriptModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

class TestTranscriptModel : public QObject
{
    Q_OBJECT

private:
    static QList<Message> messages(int count)
    {
        QList<Message> list;
        const QDateTime start(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
        for (int i = 0; i < count; ++i)
            list.append(Message { start.addSecs(i * 30), Channel::OrderChat, i % 2 ? Role::Seller : Role::Buyer,
                QStringLiteral("message %1").arg(i) });
        return list;
    }

private slots:
    void passesModelTester()
    {
        TranscriptModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTranscript(messages(50), {}, QTimeZone("Europe/Stockholm"));
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(model.columnCount(), int(TranscriptModel::ColumnCount));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void rawValues()
    {
        TranscriptModel model;
        model.setTranscript(messages(3), {}, QTimeZone::utc());
        QCOMPARE(model.index(1, TranscriptModel::AuthorColumn).data(TranscriptModel::RawValueRole).toString(),
            QStringLiteral("seller"));
        QCOMPARE(model.index(0, TranscriptModel::ChannelColumn).data(TranscriptModel::RawValueRole).toString(),
            QStringLiteral("order_chat"));
        QCOMPARE(model.index(2, TranscriptModel::TimeColumn).data(TranscriptModel::RawValueRole).toDateTime(),
            QDateTime(QDate(2026, 11, 20), QTime(9, 1), Qt::UTC));
    }

    void confirmedAbuse()
    {
        TranscriptModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTranscript(messages(3), {}, QTimeZone::utc());
        QSignalSpy changed(&model, &TranscriptModel::dataChanged);
        model.setConfirmedAbuse({ 1, 7, -1 });
        QCOMPARE(changed.count(), 1);
        QVERIFY(model.index(1, TranscriptModel::TextColumn).data(TranscriptModel::ConfirmedAbuseRole).toBool());
        QVERIFY(!model.index(0, TranscriptModel::TextColumn).data(TranscriptModel::ConfirmedAbuseRole).toBool());
        model.setConfirmedAbuse({ 2 });
        QCOMPARE(changed.count(), 3);
        QVERIFY(!model.index(1, 0).data(TranscriptModel::ConfirmedAbuseRole).toBool());
        model.setTranscript(messages(3), {}, QTimeZone::utc());
        QVERIFY(!model.index(2, 0).data(TranscriptModel::ConfirmedAbuseRole).toBool());
    }

    void authorsWithNicknames()
    {
        TranscriptModel model;
        model.setTranscript(messages(2), {}, QTimeZone::utc(), { { Role::Seller, QStringLiteral("<b>fast</b>") } });
        QCOMPARE(model.index(0, TranscriptModel::AuthorColumn).data().toString(), QStringLiteral("Buyer"));
        // The nickname isolated (issue 13, item 11): its direction cannot reorder the role before it.
        QCOMPARE(model.index(1, TranscriptModel::AuthorColumn).data().toString(),
            QStringLiteral("Seller · \u2068<b>fast</b>\u2069"));
    }

    void spansAreClippedToTheText_data()
    {
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("length");
        QTest::addColumn<int>("source");
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("expectedStart");
        QTest::addColumn<int>("expectedLength");
        // "message 1" has 9 code units
        QTest::newRow("inside") << 0 << 7 << int(FlaggedSpan::MessageText) << 1 << 0 << 7;
        QTest::newRow("past the end") << 8 << 50 << int(FlaggedSpan::MessageText) << 1 << 8 << 1;
        QTest::newRow("negative start") << -5 << 3 << int(FlaggedSpan::MessageText) << 1 << 0 << 3;
        QTest::newRow("outside") << 20 << 3 << int(FlaggedSpan::MessageText) << 1 << -1 << 0;
        QTest::newRow("unknown message") << 0 << 3 << int(FlaggedSpan::MessageText) << 7 << -1 << 0;
        QTest::newRow("payment remark") << 0 << 3 << int(FlaggedSpan::PaymentRemark) << 1 << -1 << 0;
    }

    void spansAreClippedToTheText()
    {
        QFETCH(int, start);
        QFETCH(int, length);
        QFETCH(int, source);
        QFETCH(int, index);
        QFETCH(int, expectedStart);
        QFETCH(int, expectedLength);
        FlaggedSpan span;
        span.source = FlaggedSpan::Source(source);
        span.index = index;
        span.start = start;
        span.length = length;
        span.flag = QStringLiteral("abuse_suspected");
        TranscriptModel model;
        model.setTranscript(messages(3), { span }, QTimeZone::utc());
        const QList<TranscriptModel::Span> spans = model.spansOf(1);
        if (expectedStart < 0) {
            QVERIFY(spans.isEmpty());
            QVERIFY(!model.index(1, 0).data(TranscriptModel::FlaggedRole).toBool());
            return;
        }
        QCOMPARE(spans.size(), 1);
        QCOMPARE(spans.first().start, expectedStart);
        QCOMPARE(spans.first().length, expectedLength);
        QVERIFY(model.index(1, 0).data(TranscriptModel::FlaggedRole).toBool());
        QVERIFY(!model.index(0, 0).data(TranscriptModel::FlaggedRole).toBool());
    }

    void displayTextKeepsOffsetsOnOneLine()
    {
        const QString text = QStringLiteral("a\nb\r\nc\td") + QString(1000, QLatin1Char('x'));
        const QString shown = TranscriptModel::displayText(text);
        QCOMPARE(shown.size(), qsizetype(TranscriptModel::DisplayLimit));
        QVERIFY(shown.startsWith(QStringLiteral("a b  c d")));
        QVERIFY(!shown.contains(QLatin1Char('\n')));
    }

    void toolTipIsEscaped()
    {
        const QString tip = TranscriptModel::toolTipFor(QStringLiteral("<b>x</b> &amp;"));
        QVERIFY(tip.startsWith(QStringLiteral("<qt>")));
        QVERIFY(tip.contains(QStringLiteral("&lt;b&gt;x&lt;/b&gt; &amp;amp;")));
        QVERIFY(!tip.contains(QStringLiteral("<b>")));
    }

    void twoThousandMessagesAreQuick()
    {
        const QList<Message> list = messages(2000);
        TranscriptModel model;
        QElapsedTimer timer;
        timer.start();
        model.setTranscript(list, {}, QTimeZone::utc());
        for (int row = 0; row < model.rowCount(); ++row)
            model.index(row, TranscriptModel::TextColumn).data();
        QVERIFY2(timer.elapsed() < 100, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestTranscriptModel)
#include "tst_transcriptmodel.moc"
