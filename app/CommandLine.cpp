#include "CommandLine.h"

#include "AppContext.h"
#include "BundleReader.h"
#include "CaseService.h"
#include "CaseStore.h"
#include "Clock.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "DemoLoader.h"
#include "Importer.h"
#include "PolicyEngine.h"
#include "ReportCommand.h"
#include "Translator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("CommandLine", text, disambiguation, n);
}

const char* const Subcommands[]
    = { "import", "demo", "suggest", "decide", "strikes", "report", "audit", "claim", "backup", "purge" };
// Options that take a value and may come before the subcommand.
const char* const LeadingValueOptions[] = { "--db", "--lang", "--open", "-db", "-lang", "-open" };

QString isoTime(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

QStringList argumentsOf(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
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
        for (const char* command : Subcommands)
            if (arg == QLatin1String(command))
                return arg;
        return QString();
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
    const QString command = subcommandOf(argumentsOf(argc, argv));
    std::unique_ptr<QCoreApplication> app;
    if (command == QLatin1String("report")) {
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
    Clock clock;
    CommandLine commandLine(QCoreApplication::arguments(), clock, out, err);
    const int code = commandLine.exec();
    out.flush();
    err.flush();
    return code;
}

CommandLine::CommandLine(const QStringList& arguments, const Clock& clock, QTextStream& out, QTextStream& err)
    : m_arguments(arguments)
    , m_clock(clock)
    , m_out(out)
    , m_err(err)
{ }

CommandLine::~CommandLine() = default;

void CommandLine::addCommonOptions()
{
    m_parser.setApplicationDescription(
        tr("AppealDesk: appeals of a P2P crypto desk.\n"
           "Without a command it opens the window; with one it runs without a display.\n\n"
           "Commands:\n"
           "  import FILE...        import case bundles (.json, .jsonl)\n"
           "  demo --cases N        fill the database with demo cases\n"
           "  suggest FILE          the policy's suggestion for every case in FILE\n"
           "  suggest --case ID     the suggestion for a stored case\n"
           "  decide --case ID ...  record a decision\n"
           "  strikes [--user ID]   strike counts and active sanctions\n"
           "  report ...            the team lead's report (appealdesk report --help)\n"
           "  audit verify          check the audit trail's hash chain\n"
           "  claim --case ID ...   mark a case as being worked by an agent\n"
           "  backup FILE           write a checked copy of the database to a new file\n"
           "  purge --before DATE   remove transcripts and personal data of old decided cases"));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOption(
        { QStringLiteral("db"), tr("The database (default: %1).").arg(AppContext::defaultDatabasePath()), QStringLiteral("PATH") });
    m_parser.addOption({ QStringLiteral("lang"), tr("Language of messages: en, sv, bg or th (default: the system's)."),
        QStringLiteral("CODE") });
}

int CommandLine::usageError(const QString& message)
{
    m_err << QStringLiteral("appealdesk");
    if (!m_command.isEmpty())
        m_err << QLatin1Char(' ') << m_command;
    m_err << QStringLiteral(": ") << message << Qt::endl;
    m_err << tr("Try: appealdesk --help") << Qt::endl;
    return Usage;
}

// The value of `--name VALUE` or `--name=VALUE` anywhere in the arguments, before any parsing.
QString CommandLine::earlyValue(const QString& name) const
{
    const QString option = QStringLiteral("--") + name;
    QString value;
    for (int i = 1; i < m_arguments.size(); ++i) {
        const QString& arg = m_arguments.at(i);
        if (arg == option && i + 1 < m_arguments.size())
            value = m_arguments.at(i + 1);
        else if (arg.startsWith(option + QLatin1Char('=')))
            value = arg.mid(option.size() + 1);
    }
    return value;
}

int CommandLine::exec()
{
    m_command = subcommandOf(m_arguments);
    // Before any text is made, so --help and every message come in that language.
    Translator::install(Translator::resolveLanguage(earlyValue(QStringLiteral("lang"))));
    if (m_command == QLatin1String("report"))
        return runReport();

    addCommonOptions();
    m_parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run."));
    if (m_command == QLatin1String("import")) {
        m_parser.addPositionalArgument(
            QStringLiteral("FILE"), tr("Case bundles to import."), QStringLiteral("FILE..."));
        m_parser.addOption({ QStringLiteral("replace"), tr("Replace cases already stored (never a decided one).") });
        m_parser.addOption(
            { QStringLiteral("skip-invalid"), tr("Store the valid cases of a file with invalid ones.") });
        m_parser.addOption(
            { QStringLiteral("progress"), tr("Show progress on stderr even when it is not a terminal.") });
    } else if (m_command == QLatin1String("suggest") || m_command == QLatin1String("decide")) {
        if (m_command == QLatin1String("suggest")) {
            m_parser.addPositionalArgument(
                QStringLiteral("FILE"), tr("A case bundle (or use --case)."), QStringLiteral("[FILE]"));
            m_parser.addOption({ QStringLiteral("at"), tr("The instant (ISO 8601 with a zone; default: now)."),
                QStringLiteral("TIME") });
        }
        m_parser.addOption({ QStringLiteral("case"), tr("A stored case."), QStringLiteral("ID") });
        if (m_command == QLatin1String("decide")) {
            m_parser.addOption({ QStringLiteral("expect"),
                tr("The outcome the policy suggested when you looked: if it suggests another now, nothing is "
                   "recorded and both are printed."),
                QStringLiteral("O") });
            m_parser.addOption({ QStringLiteral("keep-sanctions"),
                tr("On an override, keep all of the policy's strikes and sanctions (default: none).") });
            m_parser.addOption({ QStringLiteral("keep"),
                tr("On an override, keep the policy's strikes of this kind or sanctions of this scope "
                   "(repeatable; USER:KIND_OR_SCOPE for one user's)."),
                QStringLiteral("KIND_OR_SCOPE") });
            m_parser.addOption({ QStringLiteral("outcome"),
                tr("The decision: %1.").arg(PolicyIds::allOutcomes().join(QStringLiteral(", "))),
                QStringLiteral("O") });
            m_parser.addOption({ QStringLiteral("agent"), tr("The deciding agent."), QStringLiteral("NAME") });
            m_parser.addOption({ QStringLiteral("note"),
                tr("Why (required when the outcome differs from the suggestion)."), QStringLiteral("TEXT") });
        }
    } else if (m_command == QLatin1String("strikes")) {
        m_parser.addOption({ QStringLiteral("user"), tr("Only this user."), QStringLiteral("ID") });
        m_parser.addOption(
            { QStringLiteral("at"), tr("Sanctions active at this instant (default: now)."), QStringLiteral("TIME") });
    } else if (m_command == QLatin1String("claim")) {
        m_parser.addOption({ QStringLiteral("case"), tr("The case to claim."), QStringLiteral("ID") });
        m_parser.addOption({ QStringLiteral("agent"), tr("The agent working on it."), QStringLiteral("NAME") });
        m_parser.addOption({ QStringLiteral("minutes"), tr("How long the claim holds (default 30)."),
            QStringLiteral("M"), QStringLiteral("30") });
        m_parser.addOption({ QStringLiteral("release"), tr("End the agent's claim instead.") });
    } else if (m_command == QLatin1String("backup")) {
        m_parser.addPositionalArgument(
            QStringLiteral("FILE"), tr("The new backup file (never overwritten)."), QStringLiteral("FILE"));
    } else if (m_command == QLatin1String("purge")) {
        m_parser.addOption({ QStringLiteral("before"),
            tr("Decided cases opened before this date (YYYY-MM-DD, UTC) or time (ISO 8601 with a zone)."),
            QStringLiteral("DATE") });
        m_parser.addOption(
            { QStringLiteral("agent"), tr("Who purges (default: the system user)."), QStringLiteral("NAME") });
    } else if (m_command == QLatin1String("audit")) {
        m_parser.addPositionalArgument(QStringLiteral("verify"), tr("Walk the audit trail's hash chain."));
    } else if (m_command == QLatin1String("demo")) {
        m_parser.addOption({ QStringLiteral("cases"), tr("How many cases."), QStringLiteral("N") });
        m_parser.addOption({ QStringLiteral("seed"), tr("Seed of the generator (default 1)."), QStringLiteral("S"),
            QStringLiteral("1") });
        m_parser.addOption({ QStringLiteral("at"),
            tr("The demo's \"now\" (ISO 8601 with a zone; default: a fixed instant, so a seed always gives the same "
               "cases)."),
            QStringLiteral("TIME") });
        m_parser.addOption({ QStringLiteral("out"), tr("Write the cases to this bundle file instead of the database."),
            QStringLiteral("FILE.jsonl") });
    }

    // cli.md, second edition: commands that write use the real clock.
    if ((m_command == QLatin1String("decide") || m_command == QLatin1String("claim")
            || m_command == QLatin1String("import"))
        && std::any_of(m_arguments.cbegin(), m_arguments.cend(), [](const QString& a) {
               return a == QLatin1String("--at") || a.startsWith(QLatin1String("--at="));
           }))
        return usageError(tr("%1 takes no --at: commands that write use the real clock").arg(m_command));
    if (!m_parser.parse(m_arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help")))
        m_parser.showHelp(Ok);
    if (m_parser.isSet(QStringLiteral("version")))
        m_parser.showVersion();
    const QStringList positional = m_parser.positionalArguments();
    const int maxPositional = m_command == QLatin1String("import") ? int(positional.size())
        : m_command == QLatin1String("suggest") || m_command == QLatin1String("audit")
            || m_command == QLatin1String("backup")
        ? 2
        : 1;
    if (positional.size() > maxPositional)
        return usageError(tr("unexpected argument %1").arg(positional.at(maxPositional)));

    if (m_command == QLatin1String("import"))
        return runImport();
    if (m_command == QLatin1String("suggest"))
        return runSuggest();
    if (m_command == QLatin1String("decide"))
        return runDecide();
    if (m_command == QLatin1String("strikes"))
        return runStrikes();
    if (m_command == QLatin1String("demo"))
        return runDemo();
    if (m_command == QLatin1String("audit"))
        return runAudit();
    if (m_command == QLatin1String("claim"))
        return runClaim();
    if (m_command == QLatin1String("backup"))
        return runBackup();
    if (m_command == QLatin1String("purge"))
        return runPurge();
    return usageError(tr("no command given"));
}

bool CommandLine::openDatabase(QString path)
{
    AppContext::Options options;
    options.databasePath = path;
    options.connectionName = QStringLiteral("appealdesk-cli");
    options.clock = &m_clock;
    m_context = std::make_unique<AppContext>(options);
    if (!m_context->open()) {
        m_err << m_context->error() << Qt::endl;
        return false;
    }
    if (!m_context->notice().isEmpty())
        m_err << m_context->notice() << Qt::endl;
    m_db = &m_context->database();
    m_store = &m_context->store();
    m_service = &m_context->service();
    return true;
}

// False (and a message) for a time that is not ISO 8601 with a zone.
bool CommandLine::parseAt(QDateTime* at)
{
    const QString text = m_parser.value(QStringLiteral("at"));
    if (text.isEmpty()) {
        *at = m_clock.now();
        return true;
    }
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!parsed.isValid() || parsed.timeSpec() == Qt::LocalTime) {
        m_err << tr("--at: \"%1\" is not an ISO 8601 time with a zone (e.g. 2026-11-20T09:15:00Z)").arg(text)
              << Qt::endl;
        return false;
    }
    *at = parsed.toUTC();
    return true;
}

int CommandLine::runImport()
{
    const QStringList files = m_parser.positionalArguments().mid(1);
    if (files.isEmpty())
        return usageError(tr("no file to import"));
    if (!openDatabase(m_parser.value(QStringLiteral("db"))))
        return Failed;

    ImportOptions options;
    options.replace = m_parser.isSet(QStringLiteral("replace"));
    options.skipInvalid = m_parser.isSet(QStringLiteral("skip-invalid"));
    const bool showProgress = m_parser.isSet(QStringLiteral("progress")) || ::isatty(STDERR_FILENO);

    Importer importer(*m_db, *m_store, m_clock);
    importer.setOptions(options);
    bool allImported = true;
    for (const QString& file : files) {
        QElapsedTimer sinceShown;
        sinceShown.start();
        bool shown = false;
        if (showProgress) {
            importer.setProgressCallback([&](qint64 done, qint64 total) {
                if (total <= 0 || (done < total && sinceShown.elapsed() < 250))
                    return;
                sinceShown.restart();
                shown = true;
                m_err << QStringLiteral("\r%1: %2%").arg(file).arg(done * 100 / total) << Qt::flush;
            });
        }
        const ImportReport report = importer.importFile(file);
        if (shown)
            m_err << QLatin1Char('\n');
        for (const QString& line : report.messages())
            m_err << line << QLatin1Char('\n');
        m_err.flush();
        m_out << tr("%1: imported %2, replaced %3, skipped %4, rejected %5")
                     .arg(file)
                     .arg(report.imported)
                     .arg(report.replaced)
                     .arg(report.skipped.size() + report.decidedNotReplaced.size())
                     .arg(report.errors.size())
              << Qt::endl;
        allImported = allImported && report.complete();
    }
    return allImported ? Ok : Failed;
}

int CommandLine::runSuggest()
{
    const QStringList files = m_parser.positionalArguments().mid(1);
    const QString caseId = m_parser.value(QStringLiteral("case"));
    if (files.size() + (caseId.isEmpty() ? 0 : 1) != 1)
        return usageError(tr("give one bundle file or --case ID"));
    QDateTime at;
    if (!parseAt(&at))
        return Failed;

    // A bundle is judged against the database's strikes and settings only when --db says which.
    if (!caseId.isEmpty() || m_parser.isSet(QStringLiteral("db"))) {
        if (!openDatabase(m_parser.value(QStringLiteral("db"))))
            return Failed;
    }
    const PolicyEngine engine(m_service ? m_service->settings() : PolicySettings());
    const auto suggest = [&](const CaseFacts& facts) {
        return m_service ? m_service->suggest(engine, facts, at) : engine.suggest(facts, at, StrikeHistory());
    };

    if (!caseId.isEmpty()) {
        const std::optional<CaseFacts> facts = m_store->cases().load(caseId);
        if (!facts) {
            m_err << tr("unknown case %1").arg(caseId) << Qt::endl;
            return Failed;
        }
        m_out << QString::fromUtf8(suggest(*facts).toJsonLine()) << '\n';
        return Ok;
    }

    BundleReader reader(files.first());
    if (!reader.open()) {
        m_err << reader.error().toString() << Qt::endl;
        return Failed;
    }
    bool valid = true;
    CaseFacts facts;
    for (;;) {
        const BundleReader::Result result = reader.next(&facts);
        if (result == BundleReader::EndOfFile)
            break;
        if (result != BundleReader::CaseRead) {
            m_err << reader.error().toString() << Qt::endl;
            valid = false;
            if (result == BundleReader::FatalError)
                break;
            continue;
        }
        m_out << QString::fromUtf8(suggest(facts).toJsonLine()) << '\n';
    }
    return valid ? Ok : Failed;
}

int CommandLine::runDecide()
{
    DecisionRequest request;
    request.caseId = m_parser.value(QStringLiteral("case"));
    request.agent = m_parser.value(QStringLiteral("agent")).trimmed();
    request.note = m_parser.value(QStringLiteral("note")).trimmed();
    const QString outcomeId = m_parser.value(QStringLiteral("outcome"));
    if (request.caseId.isEmpty() || outcomeId.isEmpty() || request.agent.isEmpty())
        return usageError(tr("--case, --outcome and --agent are required"));
    const auto outcomeOf = [&](const QString& id, Outcome* outcome) {
        if (PolicyIds::fromId(id, outcome))
            return true;
        m_err << tr("unknown outcome \"%1\" (one of: %2)").arg(id, PolicyIds::allOutcomes().join(QStringLiteral(", ")))
              << Qt::endl;
        return false;
    };
    if (!outcomeOf(outcomeId, &request.outcome))
        return Failed;
    if (m_parser.isSet(QStringLiteral("expect"))) {
        Outcome expected = Outcome::None;
        if (!outcomeOf(m_parser.value(QStringLiteral("expect")), &expected))
            return Failed;
        request.expectedOutcome = expected;
    }
    request.keepAll = m_parser.isSet(QStringLiteral("keep-sanctions"));
    request.keep = m_parser.values(QStringLiteral("keep"));
    if (!openDatabase(m_parser.value(QStringLiteral("db"))))
        return Failed;

    const DecisionResult result = m_service->decide(request);
    if (result.status == DecisionResult::Stale) {
        // Both: what the caller expected and what the policy says now.
        const QJsonObject stale { { QStringLiteral("case"), request.caseId }, { QStringLiteral("stale"), true },
            { QStringLiteral("expected"), PolicyIds::toId(*request.expectedOutcome) },
            { QStringLiteral("suggestion"), result.suggestion.toJson() } };
        m_out << QString::fromUtf8(QJsonDocument(stale).toJson(QJsonDocument::Compact)) << '\n';
        m_err << result.error << Qt::endl;
        return Failed;
    }
    if (result.refusal == DecisionResult::NoteRequired) {
        m_err << tr("the policy suggests %1 for case %2: deciding %3 is an override and needs --note")
                     .arg(PolicyIds::toId(result.suggestion.outcome), request.caseId, outcomeId)
              << Qt::endl;
        return Failed;
    }
    if (!result.stored()) {
        m_err << result.error << Qt::endl;
        return Failed;
    }
    m_out << QString::fromUtf8(result.decision.toJsonLine()) << '\n';
    return Ok;
}

int CommandLine::runStrikes()
{
    QDateTime at;
    if (!parseAt(&at) || !openDatabase(m_parser.value(QStringLiteral("db"))))
        return Failed;
    const QString user = m_parser.value(QStringLiteral("user"));
    const StrikeHistory counts = m_store->strikes().strikeCounts(user);
    const QList<SanctionRecord> sanctions = m_store->strikes().activeSanctions(at, user);

    QStringList users = counts.keys();
    for (const SanctionRecord& s : sanctions)
        users << s.userId;
    if (!user.isEmpty())
        users << user;
    users.sort();
    users.removeDuplicates();

    QJsonArray entries;
    for (const QString& id : users) {
        QJsonObject strikeCounts;
        const auto kinds = counts.value(id);
        for (auto it = kinds.cbegin(); it != kinds.cend(); ++it)
            strikeCounts.insert(PolicyIds::toId(it.key()), it.value());
        QJsonArray active;
        for (const SanctionRecord& s : sanctions) {
            if (s.userId != id)
                continue;
            active.append(QJsonObject { { QStringLiteral("scope"), PolicyIds::toId(s.scope) },
                { QStringLiteral("days"), s.days ? QJsonValue(*s.days) : QJsonValue() },
                { QStringLiteral("starts_at"), isoTime(s.startsAt) },
                { QStringLiteral("ends_at"), s.endsAt ? QJsonValue(isoTime(*s.endsAt)) : QJsonValue() },
                { QStringLiteral("clause"), s.clause }, { QStringLiteral("case"), s.caseId } });
        }
        entries.append(QJsonObject { { QStringLiteral("user"), id }, { QStringLiteral("strikes"), strikeCounts },
            { QStringLiteral("active_sanctions"), active } });
    }
    const QJsonObject result { { QStringLiteral("at"), isoTime(at) }, { QStringLiteral("users"), entries } };
    m_out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)) << '\n';
    return Ok;
}

int CommandLine::runDemo()
{
    bool ok = false;
    const qint64 count = m_parser.value(QStringLiteral("cases")).toLongLong(&ok);
    if (!ok || count < 1 || count > DemoGenerator::MaxCases)
        return usageError(tr("--cases needs a number from 1 to %1").arg(DemoGenerator::MaxCases));
    const quint64 seed = m_parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return usageError(tr("--seed needs a whole number"));
    QDateTime now = DemoGenerator::defaultReferenceNow();
    if (m_parser.isSet(QStringLiteral("at")) && !parseAt(&now))
        return Failed;

    const bool showProgress = ::isatty(STDERR_FILENO);
    QElapsedTimer sinceShown;
    sinceShown.start();
    bool shown = false;
    const auto progress = [&](int done) {
        if (!showProgress || sinceShown.elapsed() < 250)
            return;
        sinceShown.restart();
        shown = true;
        m_err << QStringLiteral("\r%1 / %2").arg(done).arg(count) << Qt::flush;
    };
    const auto endProgress = [&] {
        if (shown)
            m_err << QLatin1Char('\n') << Qt::flush;
    };

    const QString out = m_parser.value(QStringLiteral("out"));
    if (!out.isEmpty()) {
        QString error;
        const bool written = DemoLoader::writeBundle(out, int(count), seed, now, &error, progress);
        endProgress();
        if (!written) {
            m_err << error << Qt::endl;
            return Failed;
        }
        m_out << tr("%1: wrote %n demo case(s) (seed %2)", nullptr, int(count)).arg(out).arg(seed) << Qt::endl;
        return Ok;
    }
    if (!openDatabase(m_parser.value(QStringLiteral("db"))))
        return Failed;
    const DemoSummary summary = DemoLoader::fill(*m_db, *m_store, int(count), seed, now, progress);
    endProgress();
    m_out << summary.toString() << Qt::endl;
    if (!summary.ok()) {
        m_err << summary.error << Qt::endl;
        return Failed;
    }
    return Ok;
}

int CommandLine::runClaim()
{
    const QString caseId = m_parser.value(QStringLiteral("case"));
    const QString agent = m_parser.value(QStringLiteral("agent")).trimmed();
    if (caseId.isEmpty() || agent.isEmpty())
        return usageError(tr("--case and --agent are required"));
    bool ok = false;
    const int minutes = m_parser.value(QStringLiteral("minutes")).toInt(&ok);
    if (!ok || minutes < 1 || minutes > 24 * 60)
        return usageError(tr("--minutes needs a number from 1 to %1").arg(24 * 60));
    if (!openDatabase(m_parser.value(QStringLiteral("db"))))
        return Failed;
    if (m_parser.isSet(QStringLiteral("release"))) {
        if (!m_service->release(caseId, agent)) {
            m_err << m_service->lastError() << Qt::endl;
            return Failed;
        }
        m_out << tr("case %1 released by %2").arg(caseId, agent) << Qt::endl;
        return Ok;
    }
    QDateTime until;
    if (!m_service->claim(caseId, agent, minutes, &until)) {
        m_err << m_service->lastError() << Qt::endl;
        return Failed;
    }
    m_out << tr("case %1 claimed by %2 until %3").arg(caseId, agent, isoTime(until)) << Qt::endl;
    return Ok;
}

int CommandLine::runBackup()
{
    const QString file = m_parser.positionalArguments().value(1);
    if (file.isEmpty())
        return usageError(tr("no backup file given"));
    if (!openDatabase(m_parser.value(QStringLiteral("db"))))
        return Failed;
    if (!m_db->backupTo(file)) {
        m_err << m_db->error() << Qt::endl;
        return Failed;
    }
    m_out << tr("%1: backup written, integrity ok").arg(file) << Qt::endl;
    return Ok;
}

int CommandLine::runPurge()
{
    const QString text = m_parser.value(QStringLiteral("before"));
    if (text.isEmpty())
        return usageError(tr("--before is required"));
    QDateTime before;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10) {
        before = QDateTime(date, QTime(0, 0), Qt::UTC);
    } else {
        before = QDateTime::fromString(text, Qt::ISODate);
        if (!before.isValid() || before.timeSpec() == Qt::LocalTime)
            return usageError(
                tr("--before: \"%1\" is not a date (YYYY-MM-DD) or an ISO 8601 time with a zone").arg(text));
    }
    QString agent = m_parser.value(QStringLiteral("agent")).trimmed();
    if (agent.isEmpty())
        agent = qEnvironmentVariable("USER", QStringLiteral("appealdesk"));
    if (!openDatabase(m_parser.value(QStringLiteral("db"))))
        return Failed;
    const qint64 purged = m_store->purger().purge(before.toUTC(), agent, m_clock.now());
    if (purged < 0) {
        m_err << m_store->purger().lastError() << Qt::endl;
        return Failed;
    }
    m_out << tr("purge: %n decided case(s) opened before %1 purged", nullptr, int(purged)).arg(isoTime(before))
          << Qt::endl;
    return Ok;
}

int CommandLine::runAudit()
{
    if (m_parser.positionalArguments().value(1) != QLatin1String("verify"))
        return usageError(tr("the audit command is: audit verify"));
    if (!openDatabase(m_parser.value(QStringLiteral("db"))))
        return Failed;
    const AuditVerification result = m_store->audit().verify();
    if (!result.ok) {
        m_err << tr("audit: broken: %1").arg(result.problem) << Qt::endl;
        return Failed;
    }
    m_out << tr("audit: ok, %n entries, head %1", nullptr, int(result.entries)).arg(result.head) << Qt::endl;
    return Ok;
}

int CommandLine::runReport()
{
    // The report parses its own options; the database is opened here.
    const QStringList reportArguments = m_arguments.mid(m_arguments.indexOf(QStringLiteral("report")) + 1);
    if (reportArguments.contains(QStringLiteral("--help")) || reportArguments.contains(QStringLiteral("-h"))) {
        Database unopened(QString(), QStringLiteral("appealdesk-report-help")); // help needs no database
        return ReportCommand::run(unopened, reportArguments, m_out, m_err);
    }
    if (!openDatabase(earlyValue(QStringLiteral("db"))))
        return Failed;
    return ReportCommand::run(*m_db, reportArguments, m_out, m_err);
}
