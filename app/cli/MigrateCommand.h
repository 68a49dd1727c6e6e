#pragma once

#include "Command.h"

// `appealdesk migrate --to postgresql://... [--from FILE]`: a local desk copied onto an empty desk on a
// PostgreSQL server (issue 15, item 6), every row with its id and the audit chain, checked afterwards.
class MigrateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    QString name() const override { return QStringLiteral("migrate"); }
    QString synopsis() const override;
    QString description() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& options, CommandContext& context) override;
};
