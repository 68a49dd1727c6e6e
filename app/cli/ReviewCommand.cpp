#include "ReviewCommand.h"

#include "CaseService.h"
#include "CaseStore.h"
#include "Clock.h"
#include "CommandContext.h"
#include "ReviewSampler.h"
#include "ReviewStore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonArray agreementRows(const QList<AgreementRow>& rows, const QString& keyName)
{
    QJsonArray array;
    for (const AgreementRow& row : rows)
        array.append(QJsonObject { { keyName, row.key }, { QStringLiteral("reviewed"), row.reviewed },
            { QStringLiteral("agreed"), row.agreed },
            { QStringLiteral("agreement"), qRound(row.rate() * 10000) / 10000.0 } });
    return array;
}

} // namespace

QString ReviewCommand::synopsis() const
{
    return QStringLiteral("review --sample"); // nothing to translate: a command and its option
}

QString ReviewCommand::description() const
{
    return tr("the decisions a team lead reviews again: every override and needs_review, N more per agent and week");
}

QList<Command::HelpLine> ReviewCommand::helpLines() const
{
    return { { synopsis(), description() },
        { QStringLiteral("review --case ID --agree|--disagree"),
            tr("record a team lead's review of a decision; --reopen with --disagree reopens the case") },
        { QStringLiteral("review --list|--stats"), tr("the reviews made, or their agreement per agent and clause") } };
}

void ReviewCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({ QStringLiteral("sample"), tr("Print the decisions to review, one JSON line each.") });
    parser.addOption({ QStringLiteral("list"), tr("Print the reviews made, one JSON line each.") });
    parser.addOption({ QStringLiteral("stats"), tr("Print the agreement rate per agent and per clause.") });
    parser.addOption({ QStringLiteral("case"), tr("The decided case to review."), QStringLiteral("ID") });
    parser.addOption({ QStringLiteral("agree"), tr("The reviewer agrees with the decision.") });
    parser.addOption({ QStringLiteral("disagree"), tr("The reviewer disagrees (needs --note).") });
    parser.addOption({ QStringLiteral("note"), tr("The reviewer's note."), QStringLiteral("TEXT") });
    parser.addOption({ QStringLiteral("reopen"), tr("With --disagree: reopen the case, the note as the reason.") });
    parser.addOption(
        { QStringLiteral("agent"), tr("The reviewing team lead (default: the system user)."), QStringLiteral("NAME") });
    parser.addOption({ QStringLiteral("from"),
        tr("First day of the decisions or reviews (YYYY-MM-DD, UTC; default: 6 days before --to)."),
        QStringLiteral("DATE") });
    parser.addOption(
        { QStringLiteral("to"), tr("Last day, inclusive (default: today, UTC)."), QStringLiteral("DATE") });
    parser.addOption({ QStringLiteral("per-agent"), tr("Decisions drawn at random per agent and week (default 2)."),
        QStringLiteral("N"), QStringLiteral("2") });
    parser.addOption(
        { QStringLiteral("seed"), tr("The seed of the random draw (default 1): the same seed, the same sample."),
            QStringLiteral("S"), QStringLiteral("1") });
}

int ReviewCommand::run(const QCommandLineParser& options, CommandContext& context)
{
    const bool sample = options.isSet(QStringLiteral("sample"));
    const bool list = options.isSet(QStringLiteral("list"));
    const bool stats = options.isSet(QStringLiteral("stats"));
    const bool record = options.isSet(QStringLiteral("case"));
    if (int(sample) + int(list) + int(stats) + int(record) != 1)
        return context.usageError(tr("give one of --sample, --list, --stats or --case ID"));

    if (record) {
        const bool agree = options.isSet(QStringLiteral("agree"));
        if (agree == options.isSet(QStringLiteral("disagree")))
            return context.usageError(tr("--case needs either --agree or --disagree"));
        const QString note = options.value(QStringLiteral("note")).trimmed();
        if (!agree && note.isEmpty())
            return context.usageError(tr("--disagree needs --note saying why"));
        const bool reopen = options.isSet(QStringLiteral("reopen"));
        if (agree && reopen)
            return context.usageError(tr("--reopen goes with --disagree"));
        const QString lead = agentName(options);
        AppContext* app = context.openDatabase(options.value(QStringLiteral("db")), CommandContext::Write);
        if (!app)
            return Failed;
        ReviewRecord stored;
        if (!app->service().review(options.value(QStringLiteral("case")), agree, note, lead, reopen, &stored)) {
            context.err() << app->service().lastError() << Qt::endl;
            return Failed;
        }
        context.out() << jsonText(stored.toJsonLine()) << '\n';
        return Ok;
    }

    QDate from;
    QDate to;
    if (const QString error = parsePeriod(options, context.clock().now().toUTC().date(), 7, &from, &to);
        !error.isEmpty())
        return context.usageError(error);
    bool ok = false;
    const int perAgent = options.value(QStringLiteral("per-agent")).toInt(&ok);
    if (!ok || perAgent < 0 || perAgent > 1000)
        return context.usageError(tr("--per-agent needs a number from 0 to 1000"));
    const quint64 seed = options.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return context.usageError(tr("--seed needs a whole number"));
    const QDateTime start(from, QTime(0, 0), Qt::UTC);
    const QDateTime end(to.addDays(1), QTime(0, 0), Qt::UTC);

    AppContext* app = context.openDatabase(options.value(QStringLiteral("db")));
    if (!app)
        return Failed;
    if (sample) {
        const std::optional<QList<ReviewPick>> picks = app->service().reviewSample(start, end, perAgent, seed);
        if (!picks) {
            context.err() << app->service().lastError() << Qt::endl;
            return Failed;
        }
        for (const ReviewPick& p : *picks) {
            const QJsonObject line { { QStringLiteral("case"), p.decision.caseId },
                { QStringLiteral("agent"), p.decision.agent },
                { QStringLiteral("decided_at"), isoTime(p.decision.decidedAt) }, { QStringLiteral("week"), p.week },
                { QStringLiteral("clause"), p.decision.clause }, { QStringLiteral("override"), p.decision.isOverride },
                { QStringLiteral("needs_review"), p.decision.needsReview },
                { QStringLiteral("reasons"), QJsonArray::fromStringList(p.reasonIds()) } };
            context.out() << jsonText(QJsonDocument(line).toJson(QJsonDocument::Compact)) << '\n';
        }
        return Ok;
    }
    const std::optional<QList<ReviewRecord>> reviews = app->store().reviews().reviews(start, end);
    if (!reviews) {
        context.err() << app->store().reviews().lastError() << Qt::endl;
        return Failed;
    }
    if (list) {
        for (const ReviewRecord& r : *reviews)
            context.out() << jsonText(r.toJsonLine()) << '\n';
        return Ok;
    }
    const Agreement agreement = ReviewStore::agreement(*reviews);
    const QJsonObject o { { QStringLiteral("from"), from.toString(Qt::ISODate) },
        { QStringLiteral("to"), to.toString(Qt::ISODate) }, { QStringLiteral("reviewed"), agreement.reviewed },
        { QStringLiteral("agreed"), agreement.agreed },
        { QStringLiteral("by_agent"), agreementRows(agreement.byAgent, QStringLiteral("agent")) },
        { QStringLiteral("by_clause"), agreementRows(agreement.byClause, QStringLiteral("clause")) } };
    context.out() << jsonText(QJsonDocument(o).toJson(QJsonDocument::Compact)) << '\n';
    return Ok;
}
