#pragma once

#include "Command.h"

// `appealdesk list [--status open|waiting|decided|all] [--kind K] [--clause C] [--agent A] [--search TEXT]
// [--limit N] [--format json|tsv] [--at TIME]` (cli.md, second edition): the queue as the window shows it at
// that instant, one line per case, read through the window's own QueueQuery (same filter, order and
// derived status: a waiting case whose deadline has passed is open).
class ListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    QString name() const override { return QStringLiteral("list"); }
    QString synopsis() const override { return QStringLiteral("list [--status S] ..."); }
    QString description() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& options, CommandContext& context) override;
};
