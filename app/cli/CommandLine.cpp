#include "CommandLine.h"

#include "AuditCommand.h"
#include "BackupCommand.h"
#include "ClaimCommand.h"
#include "EventCommand.h"
#include "Command.h"
#include "CommandContext.h"
#include "DecideCommand.h"
#include "DemoCommand.h"
#include "ImportCommand.h"
#include "ListCommand.h"
#include "MigrateCommand.h"
#include "PurgeCommand.h"
#include "ReopenCommand.h"
#include "ReviewCommand.h"
#include "SetupRolesCommand.h"
#include "SettingsCommand.h"
#include "ReportCommand.h"
#include "StrikesCommand.h"
#include "SuggestCommand.h"
#include "WhatIfCommand.h"
#include "Translator.h"

#include <QCommandLineParser>
#include <QGuiApplication>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace {

// Options that take a value and may come before the subcommand.
const char* const LeadingValueOptions[] = { "--db", "--lang", "--open", "-db", "-lang", "-open" };

QStringList argumentsOf(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

// Columns a text takes in a terminal: combining marks (Thai vowels and tones) take none.
int displayWidth(const QString& text)
{
    int width = 0;
    for (const QChar c : text) {
        const QChar::Category category = c.category();
        if (category != QChar::Mark_NonSpacing && category != QChar::Mark_Enclosing && !c.isLowSurrogate())
            ++width;
    }
    return width;
}

} // namespace

std::vector<std::unique_ptr<Command>> CommandLine::commands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<DemoCommand>());
    commands.push_back(std::make_unique<SuggestCommand>());
    commands.push_back(std::make_unique<DecideCommand>());
    commands.push_back(std::make_unique<ListCommand>());
    commands.push_back(std::make_unique<StrikesCommand>());
    commands.push_back(std::make_unique<ReportCommand>());
    commands.push_back(std::make_unique<AuditCommand>());
    commands.push_back(std::make_unique<ClaimCommand>());
    commands.push_back(std::make_unique<EventCommand>());
    commands.push_back(std::make_unique<BackupCommand>());
    commands.push_back(std::make_unique<MigrateCommand>());
    commands.push_back(std::make_unique<PurgeCommand>());
    commands.push_back(std::make_unique<SetupRolesCommand>());
    commands.push_back(std::make_unique<SettingsCommand>());
    commands.push_back(std::make_unique<WhatIfCommand>());
    commands.push_back(std::make_unique<ReopenCommand>());
    commands.push_back(std::make_unique<ReviewCommand>());
    return commands;
}

QList<QCommandLineOption> CommandLine::windowOptions()
{
    // The context stays "GuiStartup", where the window's other options are.
    return { { QStringLiteral("open"), QCoreApplication::translate("GuiStartup", "Open the window on this case."),
                 QStringLiteral("id") },
        { QStringLiteral("measure-startup"),
            QCoreApplication::translate("GuiStartup", "Print the start-up time in milliseconds and quit.") } };
}

namespace {

Command* find(const std::vector<std::unique_ptr<Command>>& commands, const QString& name)
{
    for (const auto& command : commands)
        if (!name.isEmpty() && command->name() == name)
            return command.get();
    return nullptr;
}

} // namespace

QString CommandLine::subcommandOf(const QStringList& arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (arg == QLatin1String("--"))
            return QString();
        if (std::any_of(std::begin(LeadingValueOptions), std::end(LeadingValueOptions),
                [&](const char* o) { return arg == QLatin1String(o); })) {
            ++i;
            continue;
        }
        if (arg.startsWith(QLatin1Char('-')))
            continue;
        return find(commands(), arg) ? arg : QString();
    }
    return QString();
}

bool CommandLine::isHeadless(int argc, char** argv)
{
    const QStringList arguments = argumentsOf(argc, argv);
    if (!subcommandOf(arguments).isEmpty())
        return true;
    for (const QString& arg : arguments.mid(1))
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h") || arg == QLatin1String("--version")
            || arg == QLatin1String("-v"))
            return true;
    return false;
}

int CommandLine::run(int& argc, char** argv)
{
    const std::vector<std::unique_ptr<Command>> registry = commands();
    const Command* command = find(registry, subcommandOf(argumentsOf(argc, argv)));
    std::unique_ptr<QCoreApplication> app;
    if (command && command->needsGuiApplication()) {
        // PDF pages are painted with fonts: a Gui application, without a display.
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    AppContext::setApplicationNames();

    QTextStream out(stdout);
    QTextStream err(stderr);
    AppContext::Options defaults;
    defaults.connectionName = QStringLiteral("appealdesk-cli");
    CommandLine commandLine(QCoreApplication::arguments(), out, err, defaults);
    commandLine.setStderrIsTerminal(::isatty(STDERR_FILENO));
    const int code = commandLine.exec();
    out.flush();
    err.flush();
    return code;
}

CommandLine::CommandLine(
    const QStringList& arguments, QTextStream& out, QTextStream& err, const AppContext::Options& defaults)
    : m_arguments(arguments)
    , m_out(out)
    , m_err(err)
    , m_defaults(defaults)
{ }

CommandLine::~CommandLine() = default;

// The top-level --help: every command's lines from the registry, their descriptions in one column.
QString CommandLine::helpDescription(const std::vector<std::unique_ptr<Command>>& commands)
{
    QList<Command::HelpLine> lines;
    for (const auto& command : commands)
        lines += command->helpLines();
    int column = 0;
    for (const Command::HelpLine& line : lines)
        column = std::max(column, displayWidth(line.synopsis) + 2);
    QString text = tr("AppealDesk: appeals of a P2P crypto desk.\n"
                      "Without a command it opens the window; with one it runs without a display.\n\n"
                      "Commands:");
    for (const Command::HelpLine& line : lines)
        text += QStringLiteral("\n  ") + line.synopsis + QString(column - displayWidth(line.synopsis), QLatin1Char(' '))
            + line.description;
    return text;
}

int CommandLine::exec()
{
    const std::vector<std::unique_ptr<Command>> registry = commands();
    const QString name = subcommandOf(m_arguments);
    Command* command = find(registry, name);
    CommandContext context(m_arguments, name, m_out, m_err, m_defaults);
    context.setStderrIsTerminal(m_stderrIsTerminal);
    // Before any text is made, so --help and every message come in that language.
    Translator::install(Translator::resolveLanguage(context.earlyValue(QStringLiteral("lang"))));

    QCommandLineParser parser;
    if (command && command->parsesOwnArguments())
        return command->run(parser, context);

    parser.setApplicationDescription(helpDescription(registry));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({ QStringLiteral("db"), tr("The database (default: %1).").arg(AppContext::defaultDatabasePath()),
        QStringLiteral("PATH") });
    parser.addOption({ QStringLiteral("lang"), tr("Language of messages: en, sv, bg or th (default: the system's)."),
        QStringLiteral("CODE") });
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run."));
    if (command)
        command->addOptions(parser);
    else
        parser.addOptions(windowOptions());

    // cli.md, second edition: commands that write use the real clock.
    if (command && command->usesRealClock()
        && std::any_of(m_arguments.cbegin(), m_arguments.cend(),
            [](const QString& a) { return a == QLatin1String("--at") || a.startsWith(QLatin1String("--at=")); }))
        return context.usageError(tr("%1 takes no --at: commands that write use the real clock").arg(name));
    if (!parser.parse(m_arguments))
        return context.usageError(parser.errorText());
    // As QCommandLineParser::showHelp() and showVersion() print them, but on our streams and without exit().
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << parser.helpText();
        return Command::Ok;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        m_out << QCoreApplication::applicationName() << QLatin1Char(' ') << QCoreApplication::applicationVersion()
              << QLatin1Char('\n');
        return Command::Ok;
    }
    // The command word, then as many arguments as the command takes.
    const QStringList positional = parser.positionalArguments();
    int maxPositional = 1;
    if (command)
        maxPositional = command->maxArguments() < 0 ? int(positional.size()) : 1 + command->maxArguments();
    if (positional.size() > maxPositional)
        return context.usageError(tr("unexpected argument %1").arg(positional.at(maxPositional)));

    if (!command)
        return context.usageError(tr("no command given"));
    return command->run(parser, context);
}
