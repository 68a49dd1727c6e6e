#pragma once

#include "AppContext.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <memory>

class Clock;

// What a Command runs with: the whole command line, the output and error streams, the clock,
// and the database, opened through AppContext when the command asks for it. CommandLine makes
// one per run; a test makes its own CommandLine with in-memory streams and a FixedClock.
class CommandContext
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // `defaults`: the clock (null: the real one), the settings file and the connection name of the
    // database, and its path when the command line gives no --db (empty: the user's default file).
    CommandContext(const QStringList& arguments, const QString& command, QTextStream& out, QTextStream& err,
        const AppContext::Options& defaults);
    ~CommandContext();
    CommandContext(const CommandContext&) = delete;
    CommandContext& operator=(const CommandContext&) = delete;

    // The process arguments, the program first.
    const QStringList& arguments() const { return m_arguments; }
    // The subcommand's name, or empty.
    QString command() const { return m_command; }
    QTextStream& out() const { return m_out; }
    QTextStream& err() const { return m_err; }
    const Clock& clock() const { return *m_clock; }
    // Progress lines are for a person: shown when stderr is a terminal (or when asked for).
    bool stderrIsTerminal() const { return m_stderrIsTerminal; }
    void setStderrIsTerminal(bool terminal) { m_stderrIsTerminal = terminal; }

    // The value of `--name VALUE` or `--name=VALUE` anywhere in the arguments, before any parsing (the last one).
    QString earlyValue(const QString& name) const;

    // What a command does with the database. Only import and demo create one (issue 13, item 6): every
    // other command refuses a missing file. A command that writes gets the full quick_check before its
    // first write even on a file too large for the check at opening (issue 13, item 8).
    enum Access
    {
        Read,
        Write,
        Create
    };
    // Opens (migrating, and with Create creating) the database at `path` (empty: the default); prints
    // AppContext's notice, if any, and that a new database was created on err. Null, with the error printed,
    // when it cannot be opened or a command that writes would write to a damaged file.
    AppContext* openDatabase(const QString& path, Access access = Read);
    // The database file a command means: `path`, else the default of this run.
    QString databasePath(const QString& path) const;

    // "appealdesk COMMAND: message" and where to look on err; returns Command::Usage.
    int usageError(const QString& message);

private:
    QStringList m_arguments;
    QString m_command;
    QTextStream& m_out;
    QTextStream& m_err;
    AppContext::Options m_defaults;
    std::unique_ptr<Clock> m_ownClock;
    const Clock* m_clock = nullptr;
    bool m_stderrIsTerminal = false;
    std::unique_ptr<AppContext> m_context;
};
