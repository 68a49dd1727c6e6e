#include "EventCommand.h"

#include "AgentEvents.h"
#include "AppSettings.h"
#include "CaseService.h"
#include "CaseStore.h"
#include "CommandContext.h"

#include <QCommandLineParser>

QString EventCommand::description() const
{
    return tr("record an event on a case (a payment or refund proof, a contact)");
}

void EventCommand::addOptions(QCommandLineParser& parser) const
{
    QStringList types;
    for (EventType type : AgentEvents::recordable(CaseKind::P2pAppeal))
        types << PolicyIds::toId(type);
    parser.addOption({ QStringLiteral("case"), tr("The case."), QStringLiteral("ID") });
    parser.addOption(
        { QStringLiteral("type"), tr("The event: %1.").arg(types.join(QStringLiteral(", "))), QStringLiteral("T") });
    parser.addOption({ QStringLiteral("note"), tr("What was seen (required for a note)."), QStringLiteral("TEXT") });
    parser.addOption(
        { QStringLiteral("agent"), tr("Who records it (default: the system user)."), QStringLiteral("NAME") });
}

int EventCommand::run(const QCommandLineParser& options, CommandContext& context)
{
    const QString caseId = options.value(QStringLiteral("case"));
    const QString typeId = options.value(QStringLiteral("type"));
    if (caseId.isEmpty() || typeId.isEmpty())
        return context.usageError(tr("--case and --type are required"));
    CaseEvent event;
    if (!PolicyIds::fromId(typeId, &event.type))
        return context.usageError(tr("unknown event type \"%1\"").arg(typeId));
    event.note = options.value(QStringLiteral("note")).trimmed();
    event.agent = options.value(QStringLiteral("agent")).trimmed();
    if (event.agent.isEmpty())
        event.agent = AppSettings::systemUserName();
    event.by = AgentEvents::actor(event.type);
    if (AgentEvents::needsParty(event.type))
        return context.usageError(tr("%1 names a party or a message: record it in the window").arg(typeId));
    if (event.type == EventType::Note && event.note.isEmpty())
        return context.usageError(tr("a note needs --note"));
    AppContext* app = context.openDatabase(options.value(QStringLiteral("db")), CommandContext::Write);
    if (!app)
        return Failed;
    CaseService& service = app->service();
    if (!service.recordEvent(caseId, event)) {
        context.err() << service.lastError() << Qt::endl;
        return Failed;
    }
    context.out() << tr("case %1: %2 recorded by %3").arg(caseId, typeId, event.agent) << Qt::endl;
    return Ok;
}
