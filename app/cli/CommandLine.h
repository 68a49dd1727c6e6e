#pragma once

#include "AppContext.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

class Command;
class QCommandLineParser;

// The headless side of `appealdesk` (cli.md): finds the subcommand in the arguments, installs
// the --lang language, parses the common options (--db, --lang, --help, --version) and the
// command's own, and runs it. The commands are classes (Command) listed in one registry,
// commands(); the top-level --help is made from it.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // Every subcommand, in the order of the top-level --help. A new command is added here.
    static std::vector<std::unique_ptr<Command>> commands();
    // The window's own options, which GuiStartup parses: --open ID and --measure-startup, in this order.
    // The top-level --help lists them (and so the man page and the shell completion made from it).
    enum WindowOption
    {
        OpenOption,
        MeasureStartupOption
    };
    static QList<QCommandLineOption> windowOptions();
    // The subcommand in `arguments` (the program first): the first positional argument, when it
    // names a command (options before it may take a value: --db PATH). Empty for none.
    static QString subcommandOf(const QStringList& arguments);
    // True when the process should run headless: the first positional argument is a subcommand,
    // or only --help / --version was asked.
    static bool isHeadless(int argc, char** argv);
    // Creates the (Core or, for a command that paints, offscreen Gui) application and runs the subcommand
    // on stdout and stderr with the real clock.
    static int run(int& argc, char** argv);

    // `defaults` (AppContext::Options): the clock, settings file and connection name of the database the
    // command opens, and the database when the arguments give no --db (empty: the user's default file).
    CommandLine(const QStringList& arguments, QTextStream& out, QTextStream& err,
        const AppContext::Options& defaults = AppContext::Options());
    ~CommandLine();
    // Commands show progress on stderr when it is a terminal; run() says whether it is.
    void setStderrIsTerminal(bool terminal) { m_stderrIsTerminal = terminal; }
    // Runs the command; the exit code (Command::ExitCode).
    int exec();

private:
    static QString helpDescription(const std::vector<std::unique_ptr<Command>>& commands);

    QStringList m_arguments;
    QTextStream& m_out;
    QTextStream& m_err;
    AppContext::Options m_defaults;
    bool m_stderrIsTerminal = false;
};
