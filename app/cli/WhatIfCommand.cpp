#include "WhatIfCommand.h"

#include "CaseService.h"
#include "CommandContext.h"
#include "PolicySettingsKeys.h"
#include "WhatIfAnalysis.h"

#include <QCommandLineParser>
#include <QJsonDocument>

QString WhatIfCommand::synopsis() const
{
    //: Top-level --help: "whatif --set" stays as it is.
    return tr("whatif --set K=V ...");
}

QString WhatIfCommand::description() const
{
    return tr("what changed policy settings would suggest, before saving them");
}

void WhatIfCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({ QStringLiteral("set"), tr("A proposed setting (repeatable; see settings --list)."),
        QStringLiteral("KEY=VALUE") });
    parser.addOption({ QStringLiteral("from"),
        tr("First day of the past decisions to judge again (YYYY-MM-DD, UTC; default: 30 days before --to)."),
        QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("to"), tr("Last day of those decisions, inclusive (default: today, UTC)."),
        QStringLiteral("DATE") });
    parser.addOption(
        { QStringLiteral("at"), tr("Judge the open cases at this instant (default: now)."), QStringLiteral("TIME") });
}

int WhatIfCommand::run(const QCommandLineParser& options, CommandContext& context)
{
    const QStringList assignments = options.values(QStringLiteral("set"));
    if (assignments.isEmpty())
        return context.usageError(tr("give at least one --set KEY=VALUE"));
    QDateTime at;
    if (!parseAt(options, context, &at))
        return Failed;
    QDate from;
    QDate to;
    if (const QString error = parsePeriod(options, at.toUTC().date(), 30, &from, &to); !error.isEmpty())
        return context.usageError(error);
    PolicySettings check;
    for (const QString& assignment : assignments) {
        QString error;
        if (!PolicySettingsKeys::applyAssignment(&check, assignment, &error))
            return context.usageError(error);
    }

    AppContext* app = context.openDatabase(options.value(QStringLiteral("db")));
    if (!app)
        return Failed;
    PolicySettings proposed = app->service().settings();
    for (const QString& assignment : assignments) {
        QString error;
        PolicySettingsKeys::applyAssignment(&proposed, assignment, &error);
    }
    WhatIfAnalysis analysis(app->service());
    if (!analysis.run(proposed, at, from, to)) {
        context.err() << QStringLiteral("whatif: ") << analysis.error() << Qt::endl;
        return Failed;
    }
    context.out() << jsonText(QJsonDocument(analysis.result().toJson()).toJson(QJsonDocument::Compact)) << Qt::endl;
    return Ok;
}
