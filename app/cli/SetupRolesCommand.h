#pragma once

#include "Command.h"

// `appealdesk setup-roles --db postgresql://… [--agent LOGIN]… [--team-lead LOGIN]…` (issue 15, item 5):
// creates the group roles appealdesk_agent and appealdesk_team_lead on the server, grants them what
// each does on the desk's tables (TeamRoles::setupStatements) and makes the given logins members.
// Run by the owner of the desk's tables (who ran the first `appealdesk` on it); again after an upgrade.
class SetupRolesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    QString name() const override { return QStringLiteral("setup-roles"); }
    QString synopsis() const override;
    QString description() const override;
    void addOptions(QCommandLineParser& parser) const override;
    bool usesRealClock() const override { return true; }
    int run(const QCommandLineParser& options, CommandContext& context) override;
};
