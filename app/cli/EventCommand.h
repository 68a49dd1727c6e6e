#pragma once

#include "Command.h"

// `appealdesk event --case ID --type T [--note TEXT] [--agent NAME]`: records an event the agent
// witnessed (a payment or refund proof, a contact, a report) through CaseService, stamped with the
// real clock; payment and refund proofs also on a decided case (policy.md, settled reading 14).
class EventCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    QString name() const override { return QStringLiteral("event"); }
    QString synopsis() const override { return QStringLiteral("event --case ID --type T"); }
    QString description() const override;
    void addOptions(QCommandLineParser& parser) const override;
    bool usesRealClock() const override { return true; }
    int run(const QCommandLineParser& options, CommandContext& context) override;
};
