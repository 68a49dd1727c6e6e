#include "BackupCommand.h"

#include "CommandContext.h"
#include "Database.h"

#include <QCommandLineParser>

QString BackupCommand::synopsis() const
{
    //: Top-level --help: the command word stays "backup".
    return tr("backup FILE");
}

QString BackupCommand::description() const
{
    return tr("write a checked copy of the database to a new file");
}

void BackupCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("FILE"), tr("The new backup file (never overwritten)."), QStringLiteral("FILE"));
}

int BackupCommand::run(const QCommandLineParser& options, CommandContext& context)
{
    const QString file = options.positionalArguments().value(1);
    if (file.isEmpty())
        return context.usageError(tr("no backup file given"));
    AppContext* app = context.openDatabase(options.value(QStringLiteral("db")));
    if (!app)
        return Failed;
    if (!app->database().backupTo(file)) {
        context.err() << app->database().error() << Qt::endl;
        return Failed;
    }
    if (app->database().backupNote().isEmpty())
        context.out() << tr("%1: backup written, integrity ok").arg(file) << Qt::endl;
    else
        context.out() << tr("%1: backup written: %2").arg(file, app->database().backupNote()) << Qt::endl;
    return Ok;
}
