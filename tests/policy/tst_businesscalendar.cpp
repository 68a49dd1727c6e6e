#include "BusinessCalendar.h"
#include "MarketHolidays.h"
#include "PolicySettings.h"

#include <QTest>

#include <algorithm>

class TestBusinessCalendar : public QObject
{
    Q_OBJECT

private slots:
    void zoneForCurrency_data();
    void zoneForCurrency();
    void addBusinessDays_data();
    void addBusinessDays();
    void isBusinessDay();
    void shippedLists();
    void holidayWeekends_data();
    void holidayWeekends();
    void marketListOnlyInItsMarket();
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

// Settled reading 4: one list per market, shipped for 2020-2035, every year present and sorted.
void TestBusinessCalendar::shippedLists()
{
    QCOMPARE(MarketHolidays::markets().join(QLatin1Char(',')), QStringLiteral("SEK,BGN,THB,EUR"));
    for (const QString& market : MarketHolidays::markets()) {
        const QList<QDate> days = MarketHolidays::shipped(market);
        QVERIFY2(std::is_sorted(days.begin(), days.end()), qPrintable(market));
        for (int year = 2020; year <= 2035; ++year) {
            const int inYear
                = int(std::count_if(days.begin(), days.end(), [year](const QDate& d) { return d.year() == year; }));
            QVERIFY2(inYear >= 3, qPrintable(market + QLatin1Char(' ') + QString::number(year)));
        }
        for (const QDate& d : days)
            QVERIFY2(d.dayOfWeek() <= 5, qPrintable(market + QLatin1Char(' ') + d.toString(Qt::ISODate)));
    }
    QVERIFY(MarketHolidays::shipped(QStringLiteral("USD")).isEmpty());
    QCOMPARE(MarketHolidays::shipped(QStringLiteral("sek")), MarketHolidays::shipped(QStringLiteral("SEK")));
    // What a default PolicySettings holds: the shipped lists.
    QCOMPARE(PolicySettings().marketHolidays, MarketHolidays::shippedAll());

    QList<QDate> parsed;
    int line = 0;
    QVERIFY(MarketHolidays::parse(
        QStringLiteral("# a comment\n2026-12-25 Christmas Day\n\n2026-01-01\n2026-01-01 again\n"), &parsed));
    QCOMPARE(parsed, QList<QDate>({ QDate(2026, 1, 1), QDate(2026, 12, 25) }));
    QVERIFY(!MarketHolidays::parse(QStringLiteral("2026-01-01\n2026-13-01 no such month\n"), &parsed, &line));
    QCOMPARE(line, 2);
    QVERIFY(!MarketHolidays::parse(QStringLiteral("2026-01-01x\n"), &parsed, &line));
}

// A test per market across a holiday weekend, with the shipped lists (settled reading 4): the count of
// 2 business days skips the market's own holidays, and only those.
void TestBusinessCalendar::holidayWeekends_data()
{
    QTest::addColumn<QString>("fiat");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("expected");
    auto utc = [](int y, int mo, int d, int h, int mi) { return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC); };

    // Maundy Thursday 2026-04-02 10:00 Stockholm (CEST, 08:00Z); Good Friday and Easter Monday are bank holidays.
    QTest::newRow("SEK Easter 2026") << "SEK" << utc(2026, 4, 2, 8, 0) << utc(2026, 4, 8, 8, 0);
    // Thursday before Midsummer Eve (Friday 2026-06-19): Monday and Tuesday count.
    QTest::newRow("SEK Midsummer 2026") << "SEK" << utc(2026, 6, 18, 10, 0) << utc(2026, 6, 23, 10, 0);
    // Christmas 2025: Christmas Eve (Wednesday), Christmas Day and Boxing Day are bank holidays.
    QTest::newRow("SEK Christmas 2025") << "SEK" << utc(2025, 12, 23, 9, 0) << utc(2025, 12, 30, 9, 0);
    // Orthodox Easter 2026 is 12 April: Good Friday the 10th and Easter Monday the 13th (Sofia, EEST).
    QTest::newRow("BGN Orthodox Easter 2026") << "BGN" << utc(2026, 4, 9, 7, 0) << utc(2026, 4, 15, 7, 0);
    // 24 May 2026 is a Sunday: Monday the 25th is off (Labour Code art. 154(2)).
    QTest::newRow("BGN moved weekend holiday 2026") << "BGN" << utc(2026, 5, 22, 7, 0) << utc(2026, 5, 27, 7, 0);
    // Christmas 2022: 24th Saturday, 25th Sunday, 26th Monday; the 27th and 28th are off too.
    QTest::newRow("BGN Christmas 2022") << "BGN" << utc(2022, 12, 23, 8, 0) << utc(2022, 12, 30, 8, 0);
    // Songkran 2026: Monday 13 to Wednesday 15 April (Bangkok, UTC+7).
    QTest::newRow("THB Songkran 2026") << "THB" << utc(2026, 4, 10, 3, 0) << utc(2026, 4, 17, 3, 0);
    // Visakha Bucha 2026 is Sunday 31 May: Monday 1 June substitutes; 3 June is the Queen's birthday.
    QTest::newRow("THB Visakha Bucha 2026") << "THB" << utc(2026, 5, 29, 3, 0) << utc(2026, 6, 4, 3, 0);
    // TARGET2 closes on Good Friday and Easter Monday (Brussels, CEST).
    QTest::newRow("EUR Easter 2026") << "EUR" << utc(2026, 4, 2, 8, 0) << utc(2026, 4, 8, 8, 0);
    // 24 December is no TARGET2 closing day, 25 is; 26 is a Saturday in 2026.
    QTest::newRow("EUR Christmas 2026") << "EUR" << utc(2026, 12, 24, 9, 0) << utc(2026, 12, 29, 9, 0);
    // A currency without a list: weekends only.
    QTest::newRow("USD Easter 2026") << "USD" << utc(2026, 4, 2, 8, 0) << utc(2026, 4, 6, 8, 0);
}

void TestBusinessCalendar::holidayWeekends()
{
    QFETCH(QString, fiat);
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, expected);
    const PolicySettings settings;
    const BusinessCalendar calendar(settings.holidays, settings.marketHolidays.value(fiat));
    QCOMPARE(calendar.addBusinessDays(start, 2, BusinessCalendar::zoneForCurrency(fiat)), expected);
}

// Sweden's Epiphany is no holiday in Bulgaria; the every-market list applies to all.
void TestBusinessCalendar::marketListOnlyInItsMarket()
{
    const PolicySettings settings;
    const QDate epiphany(2026, 1, 6);
    QVERIFY(!BusinessCalendar(settings.holidays, settings.marketHolidays.value(QStringLiteral("SEK")))
                 .isBusinessDay(epiphany));
    QVERIFY(BusinessCalendar(settings.holidays, settings.marketHolidays.value(QStringLiteral("BGN")))
                .isBusinessDay(epiphany));
    QVERIFY(
        !BusinessCalendar({ epiphany }, settings.marketHolidays.value(QStringLiteral("BGN"))).isBusinessDay(epiphany));
}

QTEST_GUILESS_MAIN(TestBusinessCalendar)
#include "tst_businesscalendar.moc"
