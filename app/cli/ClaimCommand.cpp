#include "ClaimCommand.h"

#include "CaseService.h"
#include "CommandContext.h"

#include <QCommandLineParser>

QString ClaimCommand::description() const
{
    return tr("mark a case as being worked by an agent");
}

void ClaimCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({ QStringLiteral("case"), tr("The case to claim."), QStringLiteral("ID") });
    parser.addOption({ QStringLiteral("agent"), tr("The agent working on it."), QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("minutes"), tr("How long the claim holds (default 30)."), QStringLiteral("M"),
        QStringLiteral("30") });
    parser.addOption({ QStringLiteral("release"), tr("End the agent's claim instead.") });
    parser.addOption({ QStringLiteral("next"),
        tr("Claim the next open case nobody holds (deadline first), instead of --case; exit 1 when none is free.") });
}

int ClaimCommand::run(const QCommandLineParser& options, CommandContext& context)
{
    const QString caseId = options.value(QStringLiteral("case"));
    const QString agent = options.value(QStringLiteral("agent")).trimmed();
    const bool next = options.isSet(QStringLiteral("next"));
    if (next && (!caseId.isEmpty() || options.isSet(QStringLiteral("release"))))
        return context.usageError(tr("--next takes neither --case nor --release"));
    if ((caseId.isEmpty() && !next) || agent.isEmpty())
        return context.usageError(tr("--case (or --next) and --agent are required"));
    bool ok = false;
    const int minutes = options.value(QStringLiteral("minutes")).toInt(&ok);
    if (!ok || minutes < 1 || minutes > 24 * 60)
        return context.usageError(tr("--minutes needs a number from 1 to %1").arg(24 * 60));
    AppContext* app = context.openDatabase(options.value(QStringLiteral("db")), CommandContext::Write);
    if (!app)
        return Failed;
    CaseService& service = app->service();
    if (options.isSet(QStringLiteral("release"))) {
        if (!service.release(caseId, agent)) {
            context.err() << service.lastError() << Qt::endl;
            return Failed;
        }
        context.out() << tr("case %1 released by %2").arg(caseId, agent) << Qt::endl;
        return Ok;
    }
    QDateTime until;
    if (next) {
        const QString claimed = service.claimNext(agent, minutes, &until);
        if (claimed.isEmpty()) {
            context.err() << (service.lastError().isEmpty() ? tr("no open case is free to claim") : service.lastError())
                          << Qt::endl;
            return Failed;
        }
        context.out() << tr("case %1 claimed by %2 until %3").arg(claimed, agent, isoTime(until)) << Qt::endl;
        return Ok;
    }
    if (!service.claim(caseId, agent, minutes, &until)) {
        context.err() << service.lastError() << Qt::endl;
        return Failed;
    }
    context.out() << tr("case %1 claimed by %2 until %3").arg(caseId, agent, isoTime(until)) << Qt::endl;
    return Ok;
}
