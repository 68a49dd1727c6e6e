#pragma once

#include "Command.h"

// `appealdesk report --from DATE --to DATE --format csv|pdf|html -o FILE ...`: the team lead's
// report. It parses the words after `report` itself and paints PDF pages, so the process makes a
// QGuiApplication (offscreen). Prints one summary line on success. Exit 0 written, 1 failed, 2 usage.
class ReportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    QString name() const override { return QStringLiteral("report"); }
    QString synopsis() const override { return QStringLiteral("report ..."); }
    QString description() const override;
    bool parsesOwnArguments() const override { return true; }
    bool needsGuiApplication() const override { return true; }
    int run(const QCommandLineParser& options, CommandContext& context) override;
};
