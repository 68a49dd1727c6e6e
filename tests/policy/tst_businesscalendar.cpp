#include "BusinessCalendar.h"

#include <QTest>

class TestBusinessCalendar : public QObject
{
    Q_OBJECT

private slots:
    void zoneForCurrency_data();
    void zoneForCurrency();
    void addBusinessDays_data();
    void addBusinessDays();
    void isBusinessDay();
};

void TestBusinessCalendar::zoneForCurrency_data()
{
    QTest::addColumn<QString>("fiat");
    QTest::addColumn<QByteArray>("zone");
    QTest::newRow("SEK") << "SEK" << QByteArray("Europe/Stockholm");
    QTest::newRow("BGN") << "BGN" << QByteArray("Europe/Sofia");
    QTest::newRow("THB") << "THB" << QByteArray("Asia/Bangkok");
    QTest::newRow("EUR") << "EUR" << QByteArray("Europe/Brussels");
    QTest::newRow("lower case") << "sek" << QByteArray("Europe/Stockholm");
    QTest::newRow("USD") << "USD" << QByteArray("UTC");
    QTest::newRow("empty") << "" << QByteArray("UTC");
}

void TestBusinessCalendar::zoneForCurrency()
{
    QFETCH(QString, fiat);
    QFETCH(QByteArray, zone);
    const QTimeZone z = BusinessCalendar::zoneForCurrency(fiat);
    QVERIFY(z.isValid());
    if (zone == "UTC")
        QCOMPARE(z.offsetFromUtc(QDateTime(QDate(2026, 7, 1), QTime(12, 0), Qt::UTC)), 0);
    else
        QCOMPARE(z.id(), zone);
}

void TestBusinessCalendar::addBusinessDays_data()
{
    QTest::addColumn<QString>("fiat");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<int>("days");
    QTest::addColumn<QList<QDate>>("holidays");
    QTest::addColumn<QDateTime>("expected");

    const QList<QDate> none;
    auto utc = [](int y, int mo, int d, int h, int mi) { return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC); };

    // Friday 2026-11-20 15:00 Stockholm (UTC+1) -> Tuesday 15:00 Stockholm.
    QTest::newRow("friday afternoon") << "SEK" << utc(2026, 11, 20, 14, 0) << 2 << none << utc(2026, 11, 24, 14, 0);
    QTest::newRow("monday") << "SEK" << utc(2026, 11, 16, 9, 0) << 2 << none << utc(2026, 11, 18, 9, 0);
    QTest::newRow("wednesday over weekend") << "SEK" << utc(2026, 11, 18, 9, 0) << 3 << none << utc(2026, 11, 23, 9, 0);
    QTest::newRow("saturday start") << "SEK" << utc(2026, 11, 21, 10, 0) << 2 << none << utc(2026, 11, 24, 10, 0);
    // Friday 2026-03-27 15:00 CET (14:00Z); DST starts Sunday 29th; Tuesday 15:00 CEST is 13:00Z.
    QTest::newRow("DST spring Stockholm") << "SEK" << utc(2026, 3, 27, 14, 0) << 2 << none << utc(2026, 3, 31, 13, 0);
    // Friday 2026-10-23 15:00 CEST (13:00Z); DST ends Sunday 25th; Tuesday 15:00 CET is 14:00Z.
    QTest::newRow("DST autumn Stockholm") << "SEK" << utc(2026, 10, 23, 13, 0) << 2 << none << utc(2026, 10, 27, 14, 0);
    QTest::newRow("DST autumn Sofia") << "BGN" << utc(2026, 10, 23, 12, 0) << 2 << none << utc(2026, 10, 27, 13, 0);
    // Thursday 23:30 UTC is already Friday 06:30 in Bangkok: Friday + 2 = Tuesday 06:30 Bangkok.
    QTest::newRow("Bangkok local date") << "THB" << utc(2026, 11, 19, 23, 30) << 2 << none << utc(2026, 11, 23, 23, 30);
    QTest::newRow("holiday skipped") << "SEK" << utc(2026, 12, 23, 10, 0) << 2
                                     << QList<QDate> { QDate(2026, 12, 24), QDate(2026, 12, 25) }
                                     << utc(2026, 12, 29, 10, 0);
    QTest::newRow("UTC market") << "USD" << utc(2026, 11, 20, 23, 59) << 2 << none << utc(2026, 11, 24, 23, 59);
    QTest::newRow("zero days") << "EUR" << utc(2026, 11, 20, 10, 0) << 0 << none << utc(2026, 11, 20, 10, 0);
}

void TestBusinessCalendar::addBusinessDays()
{
    QFETCH(QString, fiat);
    QFETCH(QDateTime, start);
    QFETCH(int, days);
    QFETCH(QList<QDate>, holidays);
    QFETCH(QDateTime, expected);
    const BusinessCalendar calendar(holidays);
    const QDateTime result = calendar.addBusinessDays(start, days, BusinessCalendar::zoneForCurrency(fiat));
    QCOMPARE(result, expected);
    QCOMPARE(result.timeSpec(), Qt::UTC);
}

void TestBusinessCalendar::isBusinessDay()
{
    const BusinessCalendar calendar({ QDate(2026, 12, 24) });
    QVERIFY(calendar.isBusinessDay(QDate(2026, 11, 20)));
    QVERIFY(!calendar.isBusinessDay(QDate(2026, 11, 21)));
    QVERIFY(!calendar.isBusinessDay(QDate(2026, 11, 22)));
    QVERIFY(!calendar.isBusinessDay(QDate(2026, 12, 24)));
}

QTEST_GUILESS_MAIN(TestBusinessCalendar)
#include "tst_businesscalendar.moc"
