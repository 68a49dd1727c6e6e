#pragma once

#include "Command.h"

// `appealdesk purge --before DATE [--agent NAME]`: removes transcripts and personal data of decided cases
// opened before DATE; decisions, strikes, sanctions and the audit chain stay.
class PurgeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    QString name() const override { return QStringLiteral("purge"); }
    QString synopsis() const override;
    QString description() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& options, CommandContext& context) override;
};
