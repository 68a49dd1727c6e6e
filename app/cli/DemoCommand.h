#pragma once

#include "Command.h"

// `appealdesk demo --cases N [--seed S] [--at TIME] [--out FILE.jsonl]`: realistic demo cases, reproducible
// from the seed, into the database (or a bundle file); a summary line.
class DemoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    QString name() const override { return QStringLiteral("demo"); }
    QString synopsis() const override { return QStringLiteral("demo --cases N"); }
    QString description() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& options, CommandContext& context) override;
};
