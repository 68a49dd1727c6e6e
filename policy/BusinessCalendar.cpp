#include "BusinessCalendar.h"

BusinessCalendar::BusinessCalendar(const QList<QDate>& holidays)
    : m_holidays(holidays)
{ }

QTimeZone BusinessCalendar::zoneForCurrency(const QString& fiat)
{
    static const struct
    {
        const char* fiat;
        const char* zone;
    } markets[] = {
        { "SEK", "Europe/Stockholm" },
        { "BGN", "Europe/Sofia" },
        { "THB", "Asia/Bangkok" },
        { "EUR", "Europe/Brussels" },
    };
    for (const auto& m : markets) {
        if (fiat.compare(QLatin1String(m.fiat), Qt::CaseInsensitive) == 0) {
            const QTimeZone zone(QByteArray(m.zone));
            if (zone.isValid())
                return zone;
        }
    }
    return QTimeZone::utc();
}

bool BusinessCalendar::isBusinessDay(const QDate& date) const
{
    return date.dayOfWeek() <= 5 && !m_holidays.contains(date);
}

QDateTime BusinessCalendar::addBusinessDays(const QDateTime& start, int days, const QTimeZone& zone) const
{
    const QDateTime local = start.toTimeZone(zone);
    QDate date = local.date();
    for (int counted = 0; counted < days;) {
        date = date.addDays(1);
        if (isBusinessDay(date))
            ++counted;
    }
    // A clock time that does not exist that day (spring-forward gap) is moved on by Qt.
    return QDateTime(date, local.time(), zone).toUTC();
}
