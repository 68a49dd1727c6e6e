#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// What `appealdesk --help` and `appealdesk COMMAND --help` say, read back into values, for the man page
// and the shell completion (ManPageWriter, BashCompletionWriter). collect() runs the command line in this
// process, in English, exactly as the program does for --help, so the generated files list the same
// commands and options as --help and cannot disagree with it: a new command in CommandLine::commands()
// or a new option in a Command's addOptions() appears in both at the next build.
class CommandReference
{
public:
    struct Option
    {
        QStringList names; // "-o", "--output": as --help prints them, dashes included
        QString valueName; // "FILE", or empty for a switch
        QString description;
    };

    struct Argument
    {
        QString name;
        QString description;
    };

    struct Usage
    {
        QString synopsis; // "import FILE..."
        QString description;
    };

    struct Subcommand
    {
        QString name;
        QList<Usage> usages; // its lines in the top-level --help
        QList<Option> options; // every option its --help lists, the common ones too
        QList<Argument> arguments; // its positional arguments, without "command"
    };

    // The program's description (paragraphs of the top-level --help, before the list of commands).
    QStringList description;
    // The options of the top-level --help: the common ones and the window's.
    QList<Option> options;
    QList<Subcommand> commands;

    // Runs `appealdesk --help` and `appealdesk COMMAND --help` for every registered command in this process.
    // The user's home folder in a description (the default database) is written as "~". Needs a
    // QCoreApplication.
    static CommandReference collect();
    // The options and positional arguments of one --help text (QCommandLineParser's layout).
    static void parseHelp(const QString& help, QList<Option>* options, QList<Argument>* arguments);

    // An option of `command` that is not one of the top-level options with the same description.
    bool isOwnOption(const Option& option) const;
};
