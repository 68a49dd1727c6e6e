#pragma once

#include "Command.h"

// `appealdesk import FILE... [--replace] [--skip-invalid] [--progress]`: stores case bundles;
// counts on stdout, each error as file:line:col on stderr. Exit 0 all imported, 1 any rejected.
class ImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString synopsis() const override;
    QString description() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int maxArguments() const override { return -1; }
    bool usesRealClock() const override { return true; }
    int run(const QCommandLineParser& options, CommandContext& context) override;
};
