#pragma once

#include "Command.h"

// `appealdesk decide --case ID --outcome O --agent NAME [--note TEXT] [--expect O] [--keep-sanctions]
// [--keep K]...`: records the decision through CaseService at the real clock's now; the stored decision as
// one JSON line. Exit 1 when refused or stale (then both outcomes are printed).
class DecideCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    QString name() const override { return QStringLiteral("decide"); }
    QString synopsis() const override { return QStringLiteral("decide --case ID ..."); }
    QString description() const override;
    void addOptions(QCommandLineParser& parser) const override;
    bool usesRealClock() const override { return true; }
    int run(const QCommandLineParser& options, CommandContext& context) override;
};
