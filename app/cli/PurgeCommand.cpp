#include "PurgeCommand.h"

#include "CaseService.h"
#include "Clock.h"
#include "CommandContext.h"

#include <QCommandLineParser>

QString PurgeCommand::synopsis() const
{
    //: Top-level --help: "purge --before" stays as it is.
    return tr("purge --before DATE");
}

QString PurgeCommand::description() const
{
    return tr("remove transcripts and personal data of old decided cases");
}

void PurgeCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({ QStringLiteral("before"),
        tr("Decided cases opened before this date (YYYY-MM-DD, UTC) or time (ISO 8601 with a zone)."),
        QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("agent"), tr("Who purges (default: the system user)."), QStringLiteral("NAME") });
}

int PurgeCommand::run(const QCommandLineParser& options, CommandContext& context)
{
    const QString text = options.value(QStringLiteral("before"));
    if (text.isEmpty())
        return context.usageError(tr("--before is required"));
    QDateTime before;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10) {
        before = QDateTime(date, QTime(0, 0), Qt::UTC);
    } else {
        before = QDateTime::fromString(text, Qt::ISODate);
        if (!before.isValid() || before.timeSpec() == Qt::LocalTime)
            return context.usageError(
                tr("--before: \"%1\" is not a date (YYYY-MM-DD) or an ISO 8601 time with a zone").arg(text));
    }
    const QString agent = agentName(options);
    AppContext* app = context.openDatabase(options.value(QStringLiteral("db")), CommandContext::Write);
    if (!app)
        return Failed;
    const qint64 purged = app->service().purge(before.toUTC(), agent);
    if (purged < 0) {
        context.err() << app->service().lastError() << Qt::endl;
        return Failed;
    }
    context.out() << tr("purge: %n decided case(s) opened before %1 purged", nullptr, int(purged)).arg(isoTime(before))
                  << Qt::endl;
    return Ok;
}
