#include "AuditCommand.h"

#include "CaseStore.h"
#include "CommandContext.h"

#include <QCommandLineParser>

QString AuditCommand::description() const
{
    return tr("check the audit trail's hash chain");
}

void AuditCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("verify"), tr("Walk the audit trail's hash chain."));
}

int AuditCommand::run(const QCommandLineParser& options, CommandContext& context)
{
    if (options.positionalArguments().value(1) != QLatin1String("verify"))
        return context.usageError(tr("the audit command is: audit verify"));
    AppContext* app = context.openDatabase(options.value(QStringLiteral("db")));
    if (!app)
        return Failed;
    const AuditVerification result = app->store().audit().verify();
    if (!result.ok) {
        context.err() << tr("audit: broken: %1").arg(result.problem) << Qt::endl;
        return Failed;
    }
    context.out() << tr("audit: ok, %n entries, head %1", nullptr, int(result.entries)).arg(result.head) << Qt::endl;
    return Ok;
}
