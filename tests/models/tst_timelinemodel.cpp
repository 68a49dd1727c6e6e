#include "TimelineModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestTimelineModel : public QObject
{
    Q_OBJECT

private:
    static CaseFacts sekCase()
    {
        CaseFacts facts;
        facts.id = QStringLiteral("AP-1");
        facts.openedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 40), Qt::UTC);
        Order order;
        order.createdAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
        order.fiat = QStringLiteral("SEK");
        facts.order = order;
        CaseEvent created;
        created.at = order.createdAt;
        created.type = EventType::OrderCreated;
        CaseEvent paid;
        paid.at = QDateTime(QDate(2026, 11, 20), QTime(9, 7), Qt::UTC);
        paid.type = EventType::MarkedPaid;
        paid.by = Role::Buyer;
        CaseEvent opened;
        opened.at = facts.openedAt;
        opened.type = EventType::AppealOpened;
        // out of order on purpose: the model sorts
        facts.events = { opened, created, paid };
        Payment payment;
        payment.at = QDateTime(QDate(2026, 11, 20), QTime(9, 6), Qt::UTC);
        Decimal::parse(QStringLiteral("1575.00"), &payment.amount);
        payment.payerName = QStringLiteral("Eva Andersson");
        facts.payments = { payment };
        return facts;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    // Policy.md, settled reading 1 (issue 18, item 5): facts after the suggestion's instant are marked for
    // the view to grey; the policy's own deadline is not a fact and is never marked.
    void factsAfterTheInstantAreMarked()
    {
        const QDateTime t0(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
        CaseFacts facts;
        facts.events = { CaseEvent { t0, EventType::MarkedPaid, Role::Buyer },
            CaseEvent { t0.addSecs(3600), EventType::Note, Role::Seller } };
        TimelineModel model;
        model.setCase(facts, t0.addSecs(7200), QTimeZone::utc());
        QCOMPARE(model.rowCount(), 3);
        for (int row = 0; row < 3; ++row)
            QVERIFY(!model.index(row, 0).data(TimelineModel::AfterInstantRole).toBool());
        model.setInstant(t0.addSecs(60));
        QVERIFY(!model.index(0, 0).data(TimelineModel::AfterInstantRole).toBool());
        QVERIFY(model.index(1, 0).data(TimelineModel::AfterInstantRole).toBool());
        QVERIFY(model.index(1, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("instant")));
        QCOMPARE(model.index(2, 0).data(TimelineModel::KindRole).toInt(), int(TimelineModel::DeadlineEntry));
        QVERIFY(!model.index(2, 0).data(TimelineModel::AfterInstantRole).toBool());
    }

    void passesModelTester()
    {
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCase(sekCase(), QDateTime(QDate(2026, 11, 20), QTime(9, 22), Qt::UTC), QTimeZone::utc());
        QCOMPARE(model.rowCount(), 5);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void sortedOnOneAxis()
    {
        TimelineModel model;
        model.setCase(sekCase(), QDateTime(QDate(2026, 11, 20), QTime(9, 22), Qt::UTC), QTimeZone::utc());
        const QStringList expected = { QStringLiteral("order_created"), QStringLiteral("payment"),
            QStringLiteral("marked_paid"), QStringLiteral("pending_until"), QStringLiteral("appeal_opened") };
        QStringList ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids << model.index(row, TimelineModel::WhatColumn).data(TimelineModel::RawValueRole).toString();
        QCOMPARE(ids, expected);
        QCOMPARE(model.index(3, 0).data(TimelineModel::KindRole).toInt(), int(TimelineModel::DeadlineEntry));
        QCOMPARE(model.index(1, 0).data(TimelineModel::KindRole).toInt(), int(TimelineModel::PaymentEntry));
    }

    void relativeToMarkedPaid()
    {
        TimelineModel model;
        model.setCase(sekCase(), QDateTime(QDate(2026, 11, 20), QTime(9, 22), Qt::UTC), QTimeZone::utc());
        QCOMPARE(model.index(3, TimelineModel::RelativeColumn).data().toString(),
            QStringLiteral("15 min after marked paid"));
        QCOMPARE(model.index(0, TimelineModel::RelativeColumn).data().toString(),
            QStringLiteral("7 min before marked paid"));
        QCOMPARE(model.index(2, TimelineModel::RelativeColumn).data().toString(), QStringLiteral("at marked paid"));
        QCOMPARE(model.index(3, TimelineModel::RelativeColumn).data(TimelineModel::RawValueRole).toLongLong(), 900);
    }

    void relativeToOrderCreatedWithoutMarkedPaid()
    {
        CaseFacts facts = sekCase();
        facts.events.removeAt(2);
        TimelineModel model;
        model.setCase(facts, std::nullopt, QTimeZone::utc());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2, TimelineModel::RelativeColumn).data().toString(),
            QStringLiteral("40 min after order created"));
    }

    void marketAndLocalZones_data()
    {
        QTest::addColumn<QString>("fiat");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("marketTime"); // of 09:00 UTC on 2026-11-20
        QTest::newRow("SEK") << QStringLiteral("SEK") << QStringLiteral("Europe/Stockholm") << QStringLiteral("10:00");
        QTest::newRow("BGN") << QStringLiteral("BGN") << QStringLiteral("Europe/Sofia") << QStringLiteral("11:00");
        QTest::newRow("THB") << QStringLiteral("THB") << QStringLiteral("Asia/Bangkok") << QStringLiteral("16:00");
        QTest::newRow("EUR") << QStringLiteral("EUR") << QStringLiteral("Europe/Brussels") << QStringLiteral("10:00");
        QTest::newRow("USD") << QStringLiteral("USD") << QStringLiteral("UTC") << QStringLiteral("09:00");
    }

    void marketAndLocalZones()
    {
        QFETCH(QString, fiat);
        QFETCH(QString, zone);
        QFETCH(QString, marketTime);
        CaseFacts facts = sekCase();
        facts.order->fiat = fiat;
        TimelineModel model;
        model.setCase(facts, std::nullopt, QTimeZone("Asia/Bangkok"));
        QCOMPARE(QString::fromUtf8(model.marketZone().id()), zone);
        QVERIFY(model.index(0, TimelineModel::MarketTimeColumn).data().toString().contains(marketTime));
        QVERIFY(model.index(0, TimelineModel::LocalTimeColumn).data().toString().contains(QStringLiteral("16:00")));
        QVERIFY(model.headerData(TimelineModel::MarketTimeColumn, Qt::Horizontal).toString().contains(zone));
    }

    void formatsDurations_data()
    {
        QTest::addColumn<qint64>("secs");
        QTest::addColumn<QString>("text");
        QTest::newRow("minutes") << qint64(15 * 60) << QStringLiteral("15 min");
        QTest::newRow("negative") << qint64(-15 * 60) << QStringLiteral("15 min");
        QTest::newRow("hours") << qint64(2 * 3600 + 5 * 60) << QStringLiteral("2 h 5 min");
        QTest::newRow("whole hours") << qint64(3 * 3600) << QStringLiteral("3 h");
        QTest::newRow("days") << qint64(3 * 86400 + 4 * 3600) << QStringLiteral("3 d 4 h");
        QTest::newRow("whole days") << qint64(2 * 86400) << QStringLiteral("2 d");
    }

    void formatsDurations()
    {
        QFETCH(qint64, secs);
        QFETCH(QString, text);
        QCOMPARE(TimelineModel::formatDuration(secs), text);
    }

    void flaggedRemarkWordsAreHighlighted()
    {
        CaseFacts facts = sekCase();
        facts.payments.first().remark = QStringLiteral("for BTC ok");
        FlaggedSpan span;
        span.source = FlaggedSpan::PaymentRemark;
        span.index = 0;
        span.start = 4;
        span.length = 3;
        span.flag = QStringLiteral("sensitive_remark");
        FlaggedSpan message = span;
        message.source = FlaggedSpan::MessageText;
        FlaggedSpan outside = span;
        outside.start = 40;
        TimelineModel model;
        model.setCase(facts, std::nullopt, QTimeZone::utc(), { span, message, outside });
        const QList<TranscriptModel::Span> highlights = model.highlightsOf(1);
        QCOMPARE(highlights.size(), 1);
        const QString detail = model.index(1, TimelineModel::DetailColumn).data().toString();
        QCOMPARE(detail.mid(highlights.first().start, highlights.first().length), QStringLiteral("BTC"));
        QVERIFY(model.highlightsOf(0).isEmpty());
    }

    void paymentDetailIsPlainUserText()
    {
        CaseFacts facts = sekCase();
        facts.payments.first().remark = QStringLiteral("<b>bitcoin</b> &amp;");
        TimelineModel model;
        model.setCase(facts, std::nullopt, QTimeZone::utc());
        const QString detail = model.index(1, TimelineModel::DetailColumn).data().toString();
        QVERIFY(detail.contains(QStringLiteral("1,575.00 SEK")));
        QVERIFY(detail.contains(QStringLiteral("<b>bitcoin</b> &amp;")));
        QVERIFY(detail.contains(QStringLiteral("Eva Andersson")));
        const QString tip = model.index(1, TimelineModel::DetailColumn).data(Qt::ToolTipRole).toString();
        QVERIFY(tip.contains(QStringLiteral("&lt;b&gt;bitcoin&lt;/b&gt; &amp;amp;")));
        QVERIFY(!tip.contains(QStringLiteral("<b>")));
    }
};

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
