#pragma once

#include "Command.h"

// `appealdesk claim --case ID --agent NAME [--minutes M] [--release]`: marks a case as being worked by an
// agent (or ends the claim) through CaseService, at the real clock's now.
class ClaimCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    QString name() const override { return QStringLiteral("claim"); }
    QString synopsis() const override { return QStringLiteral("claim --case ID ..."); }
    QString description() const override;
    void addOptions(QCommandLineParser& parser) const override;
    bool usesRealClock() const override { return true; }
    int run(const QCommandLineParser& options, CommandContext& context) override;
};
