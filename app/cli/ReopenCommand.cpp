#include "ReopenCommand.h"

#include "CaseService.h"
#include "CommandContext.h"
#include "DecisionStore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

QString ReopenCommand::synopsis() const
{
    //: Top-level --help: the command word stays "reopen".
    return tr("reopen CASE --reason TEXT");
}

QString ReopenCommand::description() const
{
    return tr("reopen a decided case as a team lead, voiding its strikes and sanctions");
}

void ReopenCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("CASE"), tr("The decided case to reopen."), QStringLiteral("CASE"));
    parser.addOption({ QStringLiteral("reason"), tr("Why it is reopened (required; kept in the audit log)."),
        QStringLiteral("TEXT") });
    parser.addOption({ QStringLiteral("agent"), tr("The team lead who reopens it (default: the system user)."),
        QStringLiteral("NAME") });
}

int ReopenCommand::run(const QCommandLineParser& options, CommandContext& context)
{
    const QStringList arguments = options.positionalArguments().mid(1);
    if (arguments.size() != 1 || arguments.first().trimmed().isEmpty())
        return context.usageError(tr("reopen needs the case: appealdesk reopen CASE --reason TEXT"));
    const QString caseId = arguments.first();
    const QString reason = options.value(QStringLiteral("reason")).trimmed();
    if (reason.isEmpty())
        return context.usageError(tr("--reason is required: say why the case is reopened"));
    const QString lead = agentName(options);
    AppContext* app = context.openDatabase(options.value(QStringLiteral("db")), CommandContext::Write);
    if (!app)
        return Failed;
    ReopenedDecision reopened;
    if (!app->service().reopen(caseId, lead, reason, &reopened)) {
        context.err() << app->service().lastError() << Qt::endl;
        return Failed;
    }
    QJsonArray strikes;
    for (const StrikeRecord& s : std::as_const(reopened.decision.strikes))
        strikes.append(s.id);
    QJsonArray sanctions;
    for (const SanctionRecord& s : std::as_const(reopened.decision.sanctions))
        sanctions.append(s.id);
    const QJsonObject line {
        { QStringLiteral("case"), caseId },
        { QStringLiteral("reopened_by"), reopened.reopenedBy },
        { QStringLiteral("reopened_at"), isoTime(reopened.reopenedAt) },
        { QStringLiteral("reason"), reopened.reason },
        { QStringLiteral("voided_strikes"), strikes },
        { QStringLiteral("voided_sanctions"), sanctions },
        { QStringLiteral("decision"), QJsonDocument::fromJson(reopened.decision.toJsonLine()).object() },
    };
    context.out() << jsonText(QJsonDocument(line).toJson(QJsonDocument::Compact)) << '\n';
    return Ok;
}
