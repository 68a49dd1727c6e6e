#pragma once

#include <QCommandLineParser>
#include <QDateTime>
#include <QStringList>
#include <QTextStream>

#include <memory>

class AppContext;
class CaseService;
class CaseStore;
class Clock;
class Database;

// The headless side of `appealdesk` (cli.md): import, demo, suggest, decide,
// strikes and report run without a display and exit with cli.md's codes.
class CommandLine
{
public:
    enum ExitCode
    {
        Ok = 0,
        Failed = 1,
        Usage = 2
    };

    // True when the process should run headless: the first positional
    // argument is a subcommand, or only --help / --version was asked.
    static bool isHeadless(int argc, char** argv);
    // Creates the (Core or, for report, Gui) application and runs the subcommand.
    static int run(int& argc, char** argv);

    CommandLine(const QStringList& arguments, const Clock& clock, QTextStream& out, QTextStream& err);
    ~CommandLine();
    int exec();

private:
    static QString subcommandOf(const QStringList& arguments);
    QString earlyValue(const QString& name) const;
    void addCommonOptions();
    int usageError(const QString& message);
    bool openDatabase(QString path); // empty: the default path
    bool parseAt(QDateTime* at);
    int runImport();
    int runDemo();
    int runSuggest();
    int runDecide();
    int runStrikes();
    int runReport();
    int runAudit();
    int runClaim();
    int runBackup();
    int runPurge();

    QStringList m_arguments;
    const Clock& m_clock;
    QTextStream& m_out;
    QTextStream& m_err;
    QString m_command;
    QCommandLineParser m_parser;
    std::unique_ptr<AppContext> m_context;
    Database* m_db = nullptr; // m_context's, once opened
    CaseStore* m_store = nullptr;
    CaseService* m_service = nullptr;
};
