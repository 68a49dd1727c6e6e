#pragma once

#include "PolicySettings.h"

#include <QDateTime>
#include <QString>

#include <optional>

class AuditLog;
class Database;

// The desk's policy settings as key/value rows (settings): every key, its type and its
// default in one table (PolicySettingsStore.cpp). Saving writes an audit entry with
// the settings before and after.
class PolicySettingsStore
{
public:
    PolicySettingsStore(Database& db, AuditLog& audit);
    PolicySettingsStore(const PolicySettingsStore&) = delete;
    PolicySettingsStore& operator=(const PolicySettingsStore&) = delete;

    QString lastError() const { return m_error; }

    // The stored settings over PolicySettings' defaults; the defaults + lastError() when they cannot be read.
    PolicySettings policySettings() const;
    bool save(const PolicySettings& settings, const QString& by, const QDateTime& at);

    // The SLA the queue's due times count from, read once and then kept by save():
    // every imported case asks. Empty + lastError() when the settings cannot be read.
    std::optional<int> slaHours() const;

private:
    bool read(PolicySettings* settings) const;

    Database& m_db;
    AuditLog& m_audit;
    mutable QString m_error;
    mutable std::optional<int> m_slaHours;
};
