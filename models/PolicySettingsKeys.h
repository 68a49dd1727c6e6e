#pragma once

#include "PolicySettings.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// The policy settings as key=value text: the keys of the `settings` table, of `appealdesk settings --list` and
// `--set`, and of `appealdesk whatif --set`. Every key, its member of PolicySettings and its allowed range are in
// one table (PolicySettingsKeys.cpp), the same ranges the settings dialog's fields have.
class PolicySettingsKeys
{
    Q_DECLARE_TR_FUNCTIONS(PolicySettingsKeys)

public:
    static QStringList keys();
    // Every key with its value, in keys() order ("" for a partial sanction length left to the team).
    static QList<QPair<QString, QString>> toRows(const PolicySettings& settings);
    // Sets one key; false and a translated reason for an unknown key or a value out of range (nothing changes).
    static bool apply(PolicySettings* settings, const QString& key, const QString& value, QString* error);
    // "KEY=VALUE" as given on the command line.
    static bool applyAssignment(PolicySettings* settings, const QString& assignment, QString* error);
};
