#include "BusinessCalendar.h"

BusinessCalendar::BusinessCalendar(const QList<QDate>& holidays, const QList<QDate>& marketHolidays)
    : m_holidays(holidays)
    , m_marketHolidays(marketHolidays)
{ }

QTimeZone BusinessCalendar::zoneForCurrency(const QString& fiat)
{
    // Built once: constructing a QTimeZone reads the zone database.
    static const QList<QPair<QString, QTimeZone>> markets = [] {
        QList<QPair<QString, QTimeZone>> list;
        const QPair<const char*, const char*> ids[] = {
            { "SEK", "Europe/Stockholm" },
            { "BGN", "Europe/Sofia" },
            { "THB", "Asia/Bangkok" },
            { "EUR", "Europe/Brussels" },
        };
        for (const auto& id : ids) {
            const QTimeZone zone(QByteArray(id.second));
            list << qMakePair(QString::fromLatin1(id.first), zone.isValid() ? zone : QTimeZone::utc());
        }
        return list;
    }();
    for (const auto& market : markets)
        if (fiat.compare(market.first, Qt::CaseInsensitive) == 0)
            return market.second;
    return QTimeZone::utc();
}

bool BusinessCalendar::isBusinessDay(const QDate& date) const
{
    return date.dayOfWeek() <= 5 && !m_holidays.contains(date) && !m_marketHolidays.contains(date);
}

QDateTime BusinessCalendar::addBusinessDays(const QDateTime& start, int days, const QTimeZone& zone) const
{
    const QDateTime local = start.toTimeZone(zone);
    QDate date = local.date();
    // Bounded so that a mistyped setting cannot stall the engine.
    const int wanted = qMin(days, 3660);
    for (int counted = 0; counted < wanted && date.isValid();) {
        date = date.addDays(1);
        if (isBusinessDay(date))
            ++counted;
    }
    // A clock time that does not exist that day (spring-forward gap) is moved on by Qt.
    return QDateTime(date, local.time(), zone).toUTC();
}
