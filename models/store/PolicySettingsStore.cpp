#include "PolicySettingsStore.h"

#include "AuditLog.h"
#include "Database.h"
#include "StoreSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace StoreSupport;

namespace {

// The policy settings as key/value rows: every key, its type and its default
// (from PolicySettings) in this one place.
struct IntSetting
{
    const char* key;
    int PolicySettings::*member;
};
const IntSetting kIntSettings[] = {
    { "response_window_minutes", &PolicySettings::responseWindowMinutes },
    { "realtime_release_minutes", &PolicySettings::realtimeReleaseMinutes },
    { "non_instant_business_days", &PolicySettings::nonInstantBusinessDays },
    { "price_anomaly_percent", &PolicySettings::priceAnomalyPercent },
    { "non_payment_partial_threshold", &PolicySettings::nonPaymentPartialThreshold },
    { "wrong_account_threshold", &PolicySettings::wrongAccountThreshold },
    { "wrong_account_sanction_days", &PolicySettings::wrongAccountSanctionDays },
    { "kyc_mismatch_sanction_days", &PolicySettings::kycMismatchSanctionDays },
    { "abusive_language_threshold", &PolicySettings::abusiveLanguageThreshold },
    { "sla_hours", &PolicySettings::slaHours },
};
const char kPartialSanctionDays[] = "partial_sanction_days"; // empty: the team decides
const char kLiveChatLadderDays[] = "live_chat_ladder_days"; // comma-separated
const char kHolidays[] = "holidays"; // comma-separated ISO dates

QString joinInts(const QList<int>& values)
{
    QStringList parts;
    for (int v : values)
        parts << QString::number(v);
    return parts.join(QLatin1Char(','));
}

QList<QPair<QString, QString>> settingsToRows(const PolicySettings& s)
{
    QList<QPair<QString, QString>> rows;
    for (const IntSetting& e : kIntSettings)
        rows.append({ QString::fromLatin1(e.key), QString::number(s.*e.member) });
    rows.append({ QString::fromLatin1(kPartialSanctionDays),
        s.partialSanctionDays ? QString::number(*s.partialSanctionDays) : QString() });
    rows.append({ QString::fromLatin1(kLiveChatLadderDays), joinInts(s.liveChatLadderDays) });
    QStringList dates;
    for (const QDate& d : s.holidays)
        dates << d.toString(Qt::ISODate);
    rows.append({ QString::fromLatin1(kHolidays), dates.join(QLatin1Char(',')) });
    return rows;
}

void applySettingRow(PolicySettings* s, const QString& key, const QString& value)
{
    bool ok = false;
    for (const IntSetting& e : kIntSettings) {
        if (key == QLatin1String(e.key)) {
            const int v = value.toInt(&ok);
            if (ok)
                s->*e.member = v;
            return;
        }
    }
    if (key == QLatin1String(kPartialSanctionDays)) {
        const int v = value.toInt(&ok);
        s->partialSanctionDays = ok ? std::optional<int>(v) : std::nullopt;
    } else if (key == QLatin1String(kLiveChatLadderDays)) {
        QList<int> ladder;
        for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const int v = part.toInt(&ok);
            if (!ok)
                return;
            ladder << v;
        }
        if (!ladder.isEmpty())
            s->liveChatLadderDays = ladder;
    } else if (key == QLatin1String(kHolidays)) {
        QList<QDate> holidays;
        for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QDate d = QDate::fromString(part, Qt::ISODate);
            if (d.isValid())
                holidays << d;
        }
        s->holidays = holidays;
    }
}

QString settingsJson(const PolicySettings& s)
{
    QJsonObject o;
    for (const auto& row : settingsToRows(s))
        o.insert(row.first, row.second);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

enum class SettingColumn
{
    Key,
    Value
};
const char kSettings[] = "SELECT key, value FROM settings";

} // namespace

PolicySettingsStore::PolicySettingsStore(Database& db, AuditLog& audit)
    : m_db(db)
    , m_audit(audit)
{ }

bool PolicySettingsStore::read(PolicySettings* settings) const
{
    PolicySettings stored;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QLatin1String(kSettings)))
        return failQuery(&m_error, q);
    while (q.next())
        applySettingRow(&stored, field(q, SettingColumn::Key).toString(), field(q, SettingColumn::Value).toString());
    if (!reachedEnd(q))
        return failQuery(&m_error, q);
    *settings = stored;
    return true;
}

PolicySettings PolicySettingsStore::policySettings() const
{
    PolicySettings settings;
    read(&settings);
    return settings;
}

std::optional<int> PolicySettingsStore::slaHours() const
{
    if (!m_slaHours) {
        PolicySettings settings;
        if (!read(&settings))
            return std::nullopt;
        m_slaHours = settings.slaHours;
    }
    return m_slaHours;
}

bool PolicySettingsStore::save(const PolicySettings& settings, const QString& by, const QDateTime& at)
{
    WriteScope scope(m_db, &m_error, true);
    if (!scope.ok())
        return false;
    PolicySettings before;
    if (!read(&before))
        return false;
    QSqlQuery q(m_db.connection());
    if (!prepare(q,
            QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value)"
                           " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
            &m_error))
        return false;
    for (const auto& row : settingsToRows(settings)) {
        q.bindValue(QStringLiteral(":key"), str(row.first));
        q.bindValue(QStringLiteral(":value"), str(row.second));
        if (!q.exec())
            return failQuery(&m_error, q);
    }
    if (!m_audit.append(by, QStringLiteral("settings"), QString(), settingsJson(before), settingsJson(settings), at))
        return fail(&m_error, m_audit.lastError());
    if (!scope.commit())
        return false;
    m_slaHours = settings.slaHours;
    return true;
}
