#pragma once

#include "Command.h"

// `appealdesk whatif --set KEY=VALUE... [--from DATE --to DATE] [--at TIME]`: what the proposed policy settings
// would change, before anything is saved (WhatIfAnalysis), as one JSON object. Reads only.
class WhatIfCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    QString name() const override { return QStringLiteral("whatif"); }
    QString synopsis() const override;
    QString description() const override;
    void addOptions(QCommandLineParser& parser) const override;
    int run(const QCommandLineParser& options, CommandContext& context) override;
};
