#pragma once

#include "Command.h"

// `appealdesk settings --list` prints the policy settings as KEY=VALUE lines; `appealdesk settings --set KEY=VALUE
// [--set ...] [--agent NAME]` changes them as a team lead, all at once and audited (CaseService::saveSettings).
class SettingsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    QString name() const override { return QStringLiteral("settings"); }
    QString synopsis() const override;
    QString description() const override;
    void addOptions(QCommandLineParser& parser) const override;
    bool usesRealClock() const override { return true; }
    int run(const QCommandLineParser& options, CommandContext& context) override;
};
