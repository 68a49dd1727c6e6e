#pragma once

#include "Command.h"

// `appealdesk suggest FILE [--at TIME]` and `suggest --case ID [--at TIME]`: the policy's suggestion,
// one JSON line per case, without storing anything. Exit 1 for invalid input or an unknown case.
class SuggestCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    QString name() const override { return QStringLiteral("suggest"); }
    QString synopsis() const override;
    QString description() const override;
    QList<HelpLine> helpLines() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int maxArguments() const override { return 1; }
    int run(const QCommandLineParser& options, CommandContext& context) override;
};
