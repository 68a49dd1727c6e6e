#include "SettingsCommand.h"

#include "CaseService.h"
#include "CommandContext.h"
#include "PolicySettingsKeys.h"

#include <QCommandLineParser>

QString SettingsCommand::synopsis() const
{
    //: Top-level --help: "settings --list" and "--set" stay as they are.
    return tr("settings --list | --set K=V");
}

QString SettingsCommand::description() const
{
    return tr("show or change the policy settings (a team lead's change is audited)");
}

void SettingsCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({ QStringLiteral("list"), tr("Print every policy setting as KEY=VALUE.") });
    parser.addOption({ QStringLiteral("set"),
        tr("Change one setting (repeatable); all are checked before any is saved."), QStringLiteral("KEY=VALUE") });
    parser.addOption(
        { QStringLiteral("agent"), tr("Who changes them (default: the system user)."), QStringLiteral("NAME") });
}

int SettingsCommand::run(const QCommandLineParser& options, CommandContext& context)
{
    const QStringList assignments = options.values(QStringLiteral("set"));
    if (assignments.isEmpty() == !options.isSet(QStringLiteral("list")))
        return context.usageError(tr("give either --list or one or more --set KEY=VALUE"));
    PolicySettings settings;
    if (!assignments.isEmpty()) {
        // Checked against the defaults first, so a typo is refused before the database is opened or created.
        for (const QString& assignment : assignments) {
            QString error;
            if (!PolicySettingsKeys::applyAssignment(&settings, assignment, &error))
                return context.usageError(error);
        }
    }
    AppContext* app = context.openDatabase(
        options.value(QStringLiteral("db")), assignments.isEmpty() ? CommandContext::Read : CommandContext::Write);
    if (!app)
        return Failed;
    settings = app->service().settings();
    if (assignments.isEmpty()) {
        for (const auto& [key, value] : PolicySettingsKeys::toRows(settings))
            context.out() << key << QLatin1Char('=') << value << Qt::endl;
        return Ok;
    }
    for (const QString& assignment : assignments) {
        QString error;
        PolicySettingsKeys::applyAssignment(&settings, assignment, &error);
    }
    const QString agent = agentName(options);
    if (!app->service().saveSettings(settings, agent)) {
        context.err() << app->service().lastError() << Qt::endl;
        return Failed;
    }
    context.out() << tr("settings: saved %n change(s)", nullptr, int(assignments.size())) << Qt::endl;
    return Ok;
}
