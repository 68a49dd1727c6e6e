#pragma once

#include "Command.h"

// `appealdesk backup FILE`: a checked copy of the database in a new file (never overwritten).
class BackupCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    QString name() const override { return QStringLiteral("backup"); }
    QString synopsis() const override;
    QString description() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int maxArguments() const override { return 1; }
    int run(const QCommandLineParser& options, CommandContext& context) override;
};
