#include "PolicySettingsKeys.h"

#include "MarketHolidays.h"

#include <QDate>

#include <algorithm>

namespace {

struct IntSetting
{
    const char* key;
    int PolicySettings::*member;
    int minimum;
    int maximum;
};
const IntSetting kIntSettings[] = {
    { "response_window_minutes", &PolicySettings::responseWindowMinutes, 1, 24 * 60 },
    { "realtime_release_minutes", &PolicySettings::realtimeReleaseMinutes, 1, 24 * 60 },
    { "non_instant_business_days", &PolicySettings::nonInstantBusinessDays, 1, 30 },
    { "price_anomaly_percent", &PolicySettings::priceAnomalyPercent, 1, 100 },
    { "non_payment_partial_threshold", &PolicySettings::nonPaymentPartialThreshold, 1, 100 },
    { "wrong_account_threshold", &PolicySettings::wrongAccountThreshold, 1, 100 },
    { "wrong_account_sanction_days", &PolicySettings::wrongAccountSanctionDays, 1, 3650 },
    { "kyc_mismatch_sanction_days", &PolicySettings::kycMismatchSanctionDays, 1, 3650 },
    { "abusive_language_threshold", &PolicySettings::abusiveLanguageThreshold, 1, 100 },
    { "sla_hours", &PolicySettings::slaHours, 1, 24 * 30 },
};
const char kPartialSanctionDays[] = "partial_sanction_days"; // empty: the team decides
const char kLiveChatLadderDays[] = "live_chat_ladder_days"; // comma-separated
const char kHolidays[] = "holidays"; // comma-separated ISO dates
// Settled reading 4: one list per market, "holidays_sek" and so on, comma-separated ISO dates.
const char kMarketHolidaysPrefix[] = "holidays_";
constexpr int kMaxSanctionDays = 3650;
constexpr int kMaxLadderSteps = 10;

// A whole number in [minimum, maximum], or a message.
bool parseInt(const QString& key, const QString& text, int minimum, int maximum, int* value, QString* error)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    if (!ok || v < minimum || v > maximum) {
        *error = PolicySettingsKeys::tr("%1: \"%2\" is not a whole number from %3 to %4")
                     .arg(key, text)
                     .arg(minimum)
                     .arg(maximum);
        return false;
    }
    *value = v;
    return true;
}

QString marketKey(const QString& market)
{
    return QLatin1String(kMarketHolidaysPrefix) + market.toLower();
}

// Comma-separated ISO dates from 2000 to 2099, sorted and without repeats, or a message.
bool parseDates(const QString& key, const QString& value, QList<QDate>* out, QString* error)
{
    QList<QDate> days;
    for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QDate d = QDate::fromString(part.trimmed(), Qt::ISODate);
        if (!d.isValid() || d.year() < 2000 || d.year() > 2099) {
            *error = PolicySettingsKeys::tr("%1: \"%2\" is not a date (YYYY-MM-DD, 2000 to 2099)").arg(key, part);
            return false;
        }
        if (!days.contains(d))
            days << d;
    }
    std::sort(days.begin(), days.end());
    *out = days;
    return true;
}

QString joinDates(const QList<QDate>& days)
{
    QStringList dates;
    for (const QDate& d : days)
        dates << d.toString(Qt::ISODate);
    return dates.join(QLatin1Char(','));
}

} // namespace

QStringList PolicySettingsKeys::keys()
{
    QStringList keys;
    for (const IntSetting& e : kIntSettings)
        keys << QString::fromLatin1(e.key);
    keys << QString::fromLatin1(kPartialSanctionDays) << QString::fromLatin1(kLiveChatLadderDays)
         << QString::fromLatin1(kHolidays);
    for (const QString& market : MarketHolidays::markets())
        keys << marketKey(market);
    return keys;
}

QList<QPair<QString, QString>> PolicySettingsKeys::toRows(const PolicySettings& s)
{
    QList<QPair<QString, QString>> rows;
    for (const IntSetting& e : kIntSettings)
        rows.append({ QString::fromLatin1(e.key), QString::number(s.*e.member) });
    rows.append({ QString::fromLatin1(kPartialSanctionDays),
        s.partialSanctionDays ? QString::number(*s.partialSanctionDays) : QString() });
    QStringList ladder;
    for (int days : s.liveChatLadderDays)
        ladder << QString::number(days);
    rows.append({ QString::fromLatin1(kLiveChatLadderDays), ladder.join(QLatin1Char(',')) });
    rows.append({ QString::fromLatin1(kHolidays), joinDates(s.holidays) });
    for (const QString& market : MarketHolidays::markets())
        rows.append({ marketKey(market), joinDates(s.marketHolidays.value(market)) });
    return rows;
}

bool PolicySettingsKeys::apply(PolicySettings* s, const QString& key, const QString& value, QString* error)
{
    for (const IntSetting& e : kIntSettings) {
        if (key == QLatin1String(e.key)) {
            int v = 0;
            if (!parseInt(key, value, e.minimum, e.maximum, &v, error))
                return false;
            s->*e.member = v;
            return true;
        }
    }
    if (key == QLatin1String(kPartialSanctionDays)) {
        if (value.trimmed().isEmpty()) {
            s->partialSanctionDays.reset();
            return true;
        }
        int v = 0;
        if (!parseInt(key, value, 1, kMaxSanctionDays, &v, error))
            return false;
        s->partialSanctionDays = v;
        return true;
    }
    if (key == QLatin1String(kLiveChatLadderDays)) {
        QList<int> ladder;
        for (const QString& part : value.split(QLatin1Char(','))) {
            int v = 0;
            if (!parseInt(key, part, 1, kMaxSanctionDays, &v, error))
                return false;
            ladder << v;
        }
        if (ladder.size() > kMaxLadderSteps) {
            *error = tr("%1: at most %2 steps").arg(key).arg(kMaxLadderSteps);
            return false;
        }
        s->liveChatLadderDays = ladder;
        return true;
    }
    if (key == QLatin1String(kHolidays))
        return parseDates(key, value, &s->holidays, error);
    for (const QString& market : MarketHolidays::markets()) {
        if (key == marketKey(market)) {
            QList<QDate> days;
            if (!parseDates(key, value, &days, error))
                return false;
            s->marketHolidays.insert(market, days);
            return true;
        }
    }
    *error = tr("Unknown setting \"%1\"; the settings are: %2").arg(key, keys().join(QStringLiteral(", ")));
    return false;
}

bool PolicySettingsKeys::applyAssignment(PolicySettings* settings, const QString& assignment, QString* error)
{
    const qsizetype equals = assignment.indexOf(QLatin1Char('='));
    if (equals <= 0) {
        *error = tr("\"%1\" is not KEY=VALUE").arg(assignment);
        return false;
    }
    return apply(settings, assignment.left(equals).trimmed(), assignment.mid(equals + 1), error);
}
