#include "PolicySettingsStore.h"

#include "AuditLog.h"
#include "Database.h"
#include "PolicySettingsKeys.h"
#include "StoreSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace StoreSupport;

namespace {

QString settingsJson(const PolicySettings& s)
{
    QJsonObject o;
    for (const auto& row : PolicySettingsKeys::toRows(s))
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
    while (q.next()) {
        // A value out of range (written by hand, or by an older version) keeps the default.
        QString ignored;
        PolicySettingsKeys::apply(
            &stored, field(q, SettingColumn::Key).toString(), field(q, SettingColumn::Value).toString(), &ignored);
    }
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
    for (const auto& row : PolicySettingsKeys::toRows(settings)) {
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
