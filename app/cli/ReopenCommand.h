#pragma once

#include "Command.h"

// `appealdesk reopen CASE --reason TEXT [--agent NAME]` (issue 14, item 8): a team lead reopens a decided
// case through CaseService::reopen, at the real clock's now. Prints the reopened decision as one JSON line.
class ReopenCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    QString name() const override { return QStringLiteral("reopen"); }
    QString synopsis() const override;
    QString description() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int maxArguments() const override { return 1; }
    bool usesRealClock() const override { return true; }
    int run(const QCommandLineParser& options, CommandContext& context) override;
};
