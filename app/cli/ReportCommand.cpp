#include "ReportCommand.h"

#include "AppContext.h"
#include "AuditCheckpoint.h"
#include "AuditLog.h"
#include "CaseService.h"
#include "Clock.h"
#include "CommandContext.h"
#include "Database.h"
#include "OutputFile.h"
#include "PolicyEnums.h"
#include "ReportGenerator.h"
#include "Translator.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

#include <memory>

QString ReportCommand::description() const
{
    return QCoreApplication::translate("CommandLine", "the team lead's report (appealdesk report --help)");
}

int ReportCommand::run(const QCommandLineParser&, CommandContext& context)
{
    QTextStream& out = context.out();
    QTextStream& err = context.err();
    // The words after `report`. The database is opened before they are parsed, but help needs none
    // (an unopened one stands in, in case "--help" was only an option's value).
    const QStringList arguments = context.arguments().mid(context.arguments().indexOf(QStringLiteral("report")) + 1);
    std::unique_ptr<Database> unopened;
    Database* db = nullptr;
    AppContext* app = nullptr;
    if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
        unopened = std::make_unique<Database>(QString(), QStringLiteral("appealdesk-report-help"));
        db = unopened.get();
    } else {
        app = context.openDatabase(context.earlyValue(QStringLiteral("db")));
        if (!app)
            return Failed;
        db = &app->database();
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("The team lead's case report."));
    const QCommandLineOption help(QStringList { QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help."));
    const QCommandLineOption from(
        QStringLiteral("from"), tr("First day of the period (YYYY-MM-DD, UTC)."), QStringLiteral("DATE"));
    const QCommandLineOption to(
        QStringLiteral("to"), tr("Last day of the period (YYYY-MM-DD, UTC), inclusive."), QStringLiteral("DATE"));
    const QCommandLineOption format(QStringLiteral("format"), tr("csv, pdf or html."), QStringLiteral("FORMAT"));
    const QCommandLineOption output(QStringList { QStringLiteral("o"), QStringLiteral("output") },
        tr("The file to write."), QStringLiteral("FILE"));
    const QCommandLineOption agent(
        QStringLiteral("agent"), tr("Only decisions of this agent."), QStringLiteral("NAME"));
    const QCommandLineOption clause(
        QStringLiteral("clause"), tr("Only decisions under this clause (G0, B1 ... LC2)."), QStringLiteral("ID"));
    const QCommandLineOption kind(QStringLiteral("kind"),
        tr("Only cases of this kind (%1).").arg(PolicyIds::allCaseKinds().join(QStringLiteral(", "))),
        QStringLiteral("KIND"));
    const QCommandLineOption lang(
        QStringLiteral("lang"), tr("Report language: en, sv, bg or th."), QStringLiteral("CODE"));
    const QCommandLineOption noMask(
        QStringLiteral("no-mask"), tr("Do not mask verified names and account numbers (recorded in the audit log)."));
    const QCommandLineOption by(QStringLiteral("by"),
        tr("Who asks for the report, for the audit log (default: $USER)."), QStringLiteral("NAME"));
    const QCommandLineOption bom(QStringLiteral("bom"), tr("Start a CSV file with a BOM (Excel)."));
    const QCommandLineOption paper(QStringLiteral("paper"), tr("PDF paper: a4 (default) or letter."),
        QStringLiteral("SIZE"), QStringLiteral("a4"));
    const QCommandLineOption summaryOnly(
        QStringLiteral("summary-only"), tr("PDF/HTML: the summary and charts without the per-case table."));
    const QCommandLineOption pdfRows(QStringLiteral("pdf-max-rows"),
        tr("PDF: list the cases only up to this many (default: all); over it the PDF has the summary and charts."),
        QStringLiteral("N"));
    const QCommandLineOption dbPath(
        QStringLiteral("db"), tr("The database (opened by the caller)."), QStringLiteral("PATH"));
    const QCommandLineOption force(QStringLiteral("force"), tr("Replace the output file if it exists."));
    const QCommandLineOption checkpointKey(QStringLiteral("checkpoint-key"),
        tr("Also write FILE.checkpoint: the audit chain's head signed with this key (appealdesk audit keygen)."),
        QStringLiteral("KEYFILE"));
    parser.addOptions({ help, from, to, format, output, force, checkpointKey, agent, clause, kind, lang, noMask, by,
        bom, paper, summaryOnly, pdfRows, dbPath });

    const auto usage = [&](const QString& message) {
        err << QStringLiteral("report: ") << message << Qt::endl;
        err << tr("Try: appealdesk report --help") << Qt::endl;
        return int(Usage);
    };

    if (!parser.parse(QStringList { QStringLiteral("appealdesk report") } + arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        out << parser.helpText();
        out.flush();
        return Ok;
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(tr("unexpected argument %1").arg(parser.positionalArguments().first()));

    ReportOptions options;
    for (const QCommandLineOption* required : { &from, &to, &format, &output })
        if (!parser.isSet(*required))
            return usage(tr("--%1 is required").arg(required->names().constLast()));
    if (const QString error = parsePeriod(parser, QDate(), 0, &options.from, &options.to); !error.isEmpty())
        return usage(error);
    if (!ReportOptions::formatFromId(parser.value(format), &options.format))
        return usage(tr("--format must be csv, pdf or html, not %1").arg(parser.value(format)));
    const QString path = parser.value(output);
    if (path.isEmpty())
        return usage(tr("-o needs a file name"));
    options.agent = parser.value(agent);
    options.clause = parser.value(clause);
    options.kind = parser.value(kind);
    if (!options.kind.isEmpty() && !PolicyIds::allCaseKinds().contains(options.kind))
        return usage(tr("--kind must be one of %1").arg(PolicyIds::allCaseKinds().join(QStringLiteral(", "))));
    // The UI language when not given here: `appealdesk --lang th report ...` puts it before the command.
    options.language
        = parser.isSet(lang) ? Translator::resolveLanguage(parser.value(lang)) : Translator::currentLanguage();
    options.mask = !parser.isSet(noMask);
    // Issue 15, item 5: names and accounts unmasked are a team lead's report.
    if (!options.mask && app && !app->service().requireTeamLead(TeamRoles::LeadAction::UnmaskedReport)) {
        err << QStringLiteral("report: ") << app->service().lastError() << Qt::endl;
        return Failed;
    }
    options.actor = parser.isSet(by) ? parser.value(by) : qEnvironmentVariable("USER");
    options.csvBom = parser.isSet(bom);
    const QString paperSize = parser.value(paper).toLower();
    if (paperSize != QLatin1String("a4") && paperSize != QLatin1String("letter"))
        return usage(tr("--paper must be a4 or letter"));
    options.letterPaper = paperSize == QLatin1String("letter");
    options.summaryOnly = parser.isSet(summaryOnly);
    qint64 pdfRowLimit = ReportGenerator::NoPdfRowLimit;
    if (parser.isSet(pdfRows)) {
        bool ok = false;
        pdfRowLimit = parser.value(pdfRows).toLongLong(&ok);
        if (!ok || pdfRowLimit < 0)
            return usage(tr("--pdf-max-rows needs a whole number"));
    }

    // Issue 13, item 1: a checkpoint with the report, signed by the team lead's key (read before any work).
    std::optional<AuditCheckpoint::Key> key;
    if (parser.isSet(checkpointKey)) {
        QString error;
        key = AuditCheckpoint::readKey(parser.value(checkpointKey), &error);
        if (!key) {
            err << QStringLiteral("report: ") << error << Qt::endl;
            return Failed;
        }
    }

    QElapsedTimer timer;
    timer.start();
    ReportGenerator generator(db->connection(), options);
    generator.setPdfRowLimit(pdfRowLimit);
    generator.setOverwrite(parser.isSet(force));
    const bool written = generator.writeFile(path);
    for (const QString& warning : generator.warnings())
        err << QStringLiteral("report: ") << warning << Qt::endl;
    if (!written) {
        err << QStringLiteral("report: ") << generator.error() << Qt::endl;
        return Failed;
    }
    // key=value, stable in every language, for scripts.
    out << QStringLiteral("report: cases=%1 format=%2 from=%3 to=%4 masked=%5 table=%6 ms=%7 file=%8")
               .arg(QString::number(generator.rowCount()), parser.value(format), options.from.toString(Qt::ISODate),
                   options.to.toString(Qt::ISODate), options.mask ? QStringLiteral("yes") : QStringLiteral("no"),
                   options.format == ReportOptions::Csv || (!options.summaryOnly && !generator.tableLeftOut())
                       ? QStringLiteral("yes")
                       : QStringLiteral("no"),
                   QString::number(timer.elapsed()), path)
        << Qt::endl;
    if (generator.rowCount() == 0)
        out << tr("No cases were decided in this period with these filters.") << Qt::endl;
    if (key) {
        // After the report: an unmasked report's own audit entry is covered too.
        AuditLog audit(*db);
        const AuditVerification chain = audit.verify();
        if (!chain.ok) {
            err << QCoreApplication::translate("CommandLine", "audit: broken: %1").arg(chain.problem) << Qt::endl;
            return Failed;
        }
        const QString checkpointPath = path + QStringLiteral(".checkpoint");
        OutputFile file(checkpointPath);
        file.setOverwrite(parser.isSet(force));
        file.protectDatabase(db->path());
        const QByteArray text = AuditCheckpoint::sign(*key, chain.entries, chain.head, context.clock().now());
        if (!file.open() || file.device()->write(text) != text.size() || !file.commit()) {
            err << QStringLiteral("report: ") << file.errorString() << Qt::endl;
            return Failed;
        }
        out << QCoreApplication::translate(
            "CommandLine", "%1: checkpoint of %n entries, head %2, signed by %3", nullptr, int(chain.entries))
                   .arg(checkpointPath, chain.head, AuditCheckpoint::fingerprint(key->publicKey))
            << Qt::endl;
    }
    return Ok;
}
