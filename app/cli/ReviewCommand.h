#pragma once

#include "Command.h"

// `appealdesk review` (issue 17, item 2): the team lead's second review of decisions.
//   review --sample [--from DATE] [--to DATE] [--per-agent N] [--seed S]   the decisions to review
//   review --case ID --agree|--disagree [--note TEXT] [--reopen] [--agent NAME]   records a review
//   review --list [--from DATE] [--to DATE]                                the reviews made
//   review --stats [--from DATE] [--to DATE]                               agreement per agent and clause
class ReviewCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    QString name() const override { return QStringLiteral("review"); }
    QString synopsis() const override;
    QString description() const override;
    QList<HelpLine> helpLines() const override;
    void addOptions(QCommandLineParser& parser) const override;
    bool usesRealClock() const override { return true; }
    int run(const QCommandLineParser& options, CommandContext& context) override;
};
