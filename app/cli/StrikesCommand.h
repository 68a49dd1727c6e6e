#pragma once

#include "Command.h"

// `appealdesk strikes [--user ID] [--at TIME]`: strike counts and the sanctions active at an instant,
// derived from the recorded strikes; one JSON object.
class StrikesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    QString name() const override { return QStringLiteral("strikes"); }
    QString synopsis() const override { return QStringLiteral("strikes [--user ID]"); }
    QString description() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& options, CommandContext& context) override;
};
