#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class CommandContext;
class QCommandLineParser;

// One subcommand of `appealdesk` (cli.md): its name, its line in the top-level --help,
// the options and positional arguments it registers, and what it does. CommandLine
// keeps the registry, parses the common options and calls run().
//
// Messages keep the context "CommandLine" of the catalogues, whichever class says them:
// every command class declares Q_DECLARE_TR_FUNCTIONS(CommandLine).
class Command
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum ExitCode
    {
        Ok = 0,
        Failed = 1,
        Usage = 2
    };

    // A line of the top-level --help: "suggest FILE" and what it does.
    struct HelpLine
    {
        QString synopsis;
        QString description;
    };

    virtual ~Command() = default;

    // The word that selects the command ("import"); never translated.
    virtual QString name() const = 0;
    // For the top-level --help: the command with its main arguments, and one line on what it does.
    virtual QString synopsis() const { return name(); }
    virtual QString description() const = 0;
    // Its lines in the top-level --help; one unless a command has two forms.
    virtual QList<HelpLine> helpLines() const { return { { synopsis(), description() } }; }

    // Adds the command's options and positional arguments, after the common ones and "command".
    virtual void addOptions(QCommandLineParser& parser) const;
    // How many positional arguments may follow the command word; -1: any number.
    virtual int maxArguments() const { return 0; }
    // cli.md, second edition: a command that writes uses the real clock and refuses --at.
    virtual bool usesRealClock() const { return false; }
    // True when run() parses the words after the command itself (the common options are not parsed).
    virtual bool parsesOwnArguments() const { return false; }
    // True when the process needs a QGuiApplication (fonts for PDF pages); made offscreen.
    virtual bool needsGuiApplication() const { return false; }

    // Runs the command on the parsed options (unparsed when parsesOwnArguments()); returns the exit code.
    virtual int run(const QCommandLineParser& options, CommandContext& context) = 0;

protected:
    // The instant of --at (ISO 8601 with a zone), or the clock's now without it. False (and a message) for a bad one.
    static bool parseAt(const QCommandLineParser& options, CommandContext& context, QDateTime* at);
    // The days of --from and --to (YYYY-MM-DD, UTC, both in the period): without --to, `defaultTo`; without
    // --from, the `defaultDays` days that end on --to. Empty, or the usage message for a day that is not a
    // date or a --to before --from.
    static QString parsePeriod(
        const QCommandLineParser& options, const QDate& defaultTo, int defaultDays, QDate* from, QDate* to);
    // Who acts, for the audit log: --agent, or without it the login name ($USER, else "appealdesk").
    static QString agentName(const QCommandLineParser& options);
    // An instant as the JSON and messages print it: UTC, ISO 8601.
    static QString isoTime(const QDateTime& at);
    // A JSON text as a command prints it: C1 controls and DEL, which QJsonDocument writes raw, escaped like C0
    // (\u0085), so a terminal never acts on them (issue 13, item 11). They only occur inside JSON strings.
    static QString jsonText(const QByteArray& json);
};
