#include "SuggestCommand.h"

#include "BundleReader.h"
#include "CaseService.h"
#include "CommandContext.h"
#include "PolicyEngine.h"

#include <QCommandLineParser>

QString SuggestCommand::synopsis() const
{
    //: Top-level --help: the command word stays "suggest".
    return tr("suggest FILE");
}

QString SuggestCommand::description() const
{
    return tr("the policy's suggestion for every case in FILE");
}

QList<Command::HelpLine> SuggestCommand::helpLines() const
{
    return { { synopsis(), description() },
        { QStringLiteral("suggest --case ID"), tr("the suggestion for a stored case") } };
}

void SuggestCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(
        QStringLiteral("FILE"), tr("A case bundle (or use --case)."), QStringLiteral("[FILE]"));
    parser.addOption(
        { QStringLiteral("at"), tr("The instant (ISO 8601 with a zone; default: now)."), QStringLiteral("TIME") });
    parser.addOption({ QStringLiteral("case"), tr("A stored case."), QStringLiteral("ID") });
}

int SuggestCommand::run(const QCommandLineParser& options, CommandContext& context)
{
    const QStringList files = options.positionalArguments().mid(1);
    const QString caseId = options.value(QStringLiteral("case"));
    if (files.size() + (caseId.isEmpty() ? 0 : 1) != 1)
        return context.usageError(tr("give one bundle file or --case ID"));
    QDateTime at;
    if (!parseAt(options, context, &at))
        return Failed;

    // A bundle is judged against the database's strikes and settings only when --db says which.
    CaseService* service = nullptr;
    if (!caseId.isEmpty() || options.isSet(QStringLiteral("db"))) {
        AppContext* app = context.openDatabase(options.value(QStringLiteral("db")));
        if (!app)
            return Failed;
        service = &app->service();
    }
    QTextStream& out = context.out();
    QTextStream& err = context.err();

    if (!caseId.isEmpty()) {
        const std::optional<Suggestion> suggestion = service->suggest(caseId, at);
        if (!suggestion) {
            err << tr("unknown case %1").arg(caseId) << Qt::endl;
            return Failed;
        }
        out << QString::fromUtf8(suggestion->toJsonLine()) << '\n';
        return Ok;
    }

    const PolicyEngine engine(service ? service->settings() : PolicySettings());
    BundleReader reader(files.first());
    if (!reader.open()) {
        err << reader.error().toString() << Qt::endl;
        return Failed;
    }
    bool valid = true;
    CaseFacts facts;
    for (;;) {
        const BundleReader::Result result = reader.next(&facts);
        if (result == BundleReader::EndOfFile)
            break;
        if (result != BundleReader::CaseRead) {
            err << reader.error().toString() << Qt::endl;
            valid = false;
            if (result == BundleReader::FatalError)
                break;
            continue;
        }
        const Suggestion suggestion
            = service ? service->suggest(engine, facts, at) : engine.suggest(facts, at, StrikeHistory());
        out << QString::fromUtf8(suggestion.toJsonLine()) << '\n';
    }
    return valid ? Ok : Failed;
}
