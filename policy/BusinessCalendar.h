#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

// Business days of policy.md "Time": Monday to Friday in the market's time
// zone, minus the holidays of the policy settings: those of every market and the market's own list.
class BusinessCalendar
{
public:
    explicit BusinessCalendar(
        const QList<QDate>& holidays = QList<QDate>(), const QList<QDate>& marketHolidays = QList<QDate>());

    // The market's zone for a fiat currency: SEK Stockholm, BGN Sofia, THB Bangkok, EUR Brussels, else UTC.
    static QTimeZone zoneForCurrency(const QString& fiat);

    bool isBusinessDay(const QDate& date) const;

    // `start` plus `days` business days, keeping the local clock time of `start` in `zone`
    // (across weekends and DST changes). Returned in UTC.
    QDateTime addBusinessDays(const QDateTime& start, int days, const QTimeZone& zone) const;

private:
    QList<QDate> m_holidays;
    QList<QDate> m_marketHolidays;
};
