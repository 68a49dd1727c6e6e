#include "OrderFactsPanel.h"

#include <QLabel>
#include <QTest>

class TestOrderFactsPanel : public QObject
{
    Q_OBJECT

private:
    static Order order(const QString& price, const QString& market)
    {
        Order o;
        Decimal::parse(price, &o.price);
        if (!market.isEmpty()) {
            Decimal m;
            Decimal::parse(market, &m);
            o.marketPrice = m;
        }
        return o;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void priceAgainstMarket_data()
    {
        QTest::addColumn<QString>("price");
        QTest::addColumn<QString>("market");
        QTest::addColumn<QString>("text");
        QTest::newRow("below") << QStringLiteral("10.50") << QStringLiteral("10.62")
                               << QStringLiteral("10.50 against market 10.62 (-1.13%)");
        QTest::newRow("above") << QStringLiteral("36.00") << QStringLiteral("35.00")
                               << QStringLiteral("36.00 against market 35.00 (+2.86%)");
        QTest::newRow("equal") << QStringLiteral("1.00") << QStringLiteral("1.00")
                               << QStringLiteral("1.00 against market 1.00 (+0.00%)");
        QTest::newRow("anomaly") << QStringLiteral("9000") << QStringLiteral("10000")
                                 << QStringLiteral("9,000.00 against market 10,000.00 (-10.00%)");
        QTest::newRow("no market price") << QStringLiteral("10.50") << QString() << QString();
        QTest::newRow("zero market price") << QStringLiteral("10.50") << QStringLiteral("0") << QString();
    }

    void priceAgainstMarket()
    {
        QFETCH(QString, price);
        QFETCH(QString, market);
        QFETCH(QString, text);
        QCOMPARE(OrderFactsPanel::priceComparison(order(price, market)), text);
    }

    void oneOrTwoColumnsByWidth()
    {
        CaseFacts facts;
        facts.id = QStringLiteral("AP-1");
        facts.order = order(QStringLiteral("10.50"), QStringLiteral("10.62"));
        OrderFactsPanel panel;
        panel.setFacts(facts);
        panel.resize(panel.fontMetrics().averageCharWidth() * 40, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCOMPARE(panel.columnCount(), 1);
        panel.resize(panel.fontMetrics().averageCharWidth() * 160, 300);
        QTRY_COMPARE(panel.columnCount(), 2);
        panel.setFacts(facts); // a new case keeps the width's layout
        QCOMPARE(panel.columnCount(), 2);
        bool found = false;
        for (const QLabel* label : panel.findChildren<QLabel*>())
            found = found || label->text() == QStringLiteral("10.50 against market 10.62 (-1.13%)");
        QVERIFY(found);
    }

    // Issue 14, item 7: an appeal against a suspension that has already ended says so.
    void suspensionSaysWhetherItEnded()
    {
        const QDateTime since(QDate(2026, 11, 1), QTime(10, 0), Qt::UTC);
        CaseFacts facts;
        facts.id = QStringLiteral("AP-2");
        facts.kind = CaseKind::LiveChatSuspensionAppeal;
        facts.suspension = Suspension { QStringLiteral("U-1"), since, 7 };
        const auto text = [&](const QDateTime& now) {
            OrderFactsPanel panel;
            panel.setFacts(facts, now);
            QStringList texts;
            for (const QLabel* label : panel.findChildren<QLabel*>())
                texts << label->text();
            return texts.join(QLatin1Char('\n'));
        };
        const QString ends = QLocale().toString(since.addDays(7).toLocalTime(), QLocale::ShortFormat);
        QVERIFY2(
            text(since.addDays(3)).contains(QStringLiteral("Ends on ") + ends), qPrintable(text(since.addDays(3))));
        QVERIFY(!text(since.addDays(3)).contains(QStringLiteral("nothing to lift")));
        QVERIFY2(text(since.addDays(8)).contains(QStringLiteral("Ended on %1: there is nothing to lift").arg(ends)),
            qPrintable(text(since.addDays(8))));
    }
};

QTEST_MAIN(TestOrderFactsPanel)
#include "tst_orderfactspanel.moc"
