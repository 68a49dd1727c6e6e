#include "ListCommand.h"

#include "CommandContext.h"
#include "Database.h"
#include "PolicyEnums.h"
#include "QueueQuery.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// The window's default order: the SLA clock, the most urgent first.
constexpr QueueField kSort = QueueField::Sla;
constexpr int kPage = 500;

QString msIso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

// A TSV field: user text (nicknames) cannot break the line or the columns.
QString tsvField(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        if (ch == QLatin1Char('\\'))
            out += QStringLiteral("\\\\");
        else if (ch == QLatin1Char('\t'))
            out += QStringLiteral("\\t");
        else if (ch == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (ch == QLatin1Char('\r'))
            out += QStringLiteral("\\r");
        else
            out += ch;
    }
    return out;
}

const QStringList& fieldNames()
{
    static const QStringList names = { QStringLiteral("case"), QStringLiteral("status"), QStringLiteral("kind"),
        QStringLiteral("clause"), QStringLiteral("appellant"), QStringLiteral("user"), QStringLiteral("nickname"),
        QStringLiteral("fiat"), QStringLiteral("amount"), QStringLiteral("language"), QStringLiteral("opened_at"),
        QStringLiteral("due_at"), QStringLiteral("overdue"), QStringLiteral("agent"), QStringLiteral("claimed_until") };
    return names;
}

QList<QJsonValue> values(const QueueRow& row, qint64 at)
{
    const bool undecided = row.status != CaseStatus::Decided;
    const QString appellant = row.appellant.isEmpty() ? QStringLiteral("user") : row.appellant;
    return { row.caseId, caseStatusId(row.status), row.kind, row.clause, appellant, row.appellantUserId,
        row.appellantNickname, row.fiat, row.amount, row.language, msIso(row.openedAt),
        row.hasDue && undecided ? QJsonValue(msIso(row.dueAt)) : QJsonValue(),
        undecided && row.hasDue && row.dueAt < at, row.agent,
        undecided && row.claimedUntil > 0 ? QJsonValue(msIso(row.claimedUntil)) : QJsonValue() };
}

QString tsvText(const QJsonValue& value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return tsvField(value.toString());
}

} // namespace

QString ListCommand::description() const
{
    return tr("the queue as the window shows it, one line per case");
}

void ListCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({ QStringLiteral("status"),
        tr("open (default; a waiting case past its deadline is open), waiting, decided or all."), QStringLiteral("S"),
        QStringLiteral("open") });
    parser.addOption({ QStringLiteral("kind"), tr("Only cases of this kind."), QStringLiteral("K") });
    parser.addOption(
        { QStringLiteral("clause"), tr("Only cases whose suggestion cites this clause."), QStringLiteral("C") });
    parser.addOption({ QStringLiteral("agent"), tr("Only cases assigned to this agent."), QStringLiteral("A") });
    parser.addOption({ QStringLiteral("search"),
        tr("Only cases whose id, order number, user, nickname or chat contains this text."), QStringLiteral("TEXT") });
    parser.addOption({ QStringLiteral("limit"), tr("At most N cases (default: all)."), QStringLiteral("N") });
    parser.addOption({ QStringLiteral("format"), tr("json (one object a line, default) or tsv."), QStringLiteral("F"),
        QStringLiteral("json") });
    parser.addOption(
        { QStringLiteral("at"), tr("The queue as it is at this instant (default: now)."), QStringLiteral("TIME") });
}

int ListCommand::run(const QCommandLineParser& options, CommandContext& context)
{
    QueueFilter filter;
    const QString status = options.value(QStringLiteral("status"));
    if (status != QLatin1String("all")) {
        CaseStatus wanted;
        if (!caseStatusFromId(status, &wanted))
            return context.usageError(tr("--status: \"%1\" is not open, waiting, decided or all").arg(status));
        filter.status = wanted;
    }
    filter.kind = options.value(QStringLiteral("kind"));
    CaseKind kind;
    if (!filter.kind.isEmpty() && !PolicyIds::fromId(filter.kind, &kind))
        return context.usageError(tr("--kind: \"%1\" is not a case kind").arg(filter.kind));
    filter.clause = options.value(QStringLiteral("clause"));
    filter.agent = options.value(QStringLiteral("agent"));
    filter.text = options.value(QStringLiteral("search"));
    int limit = 0;
    if (options.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = options.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return context.usageError(tr("--limit needs a positive number"));
    }
    const QString format = options.value(QStringLiteral("format"));
    if (format != QLatin1String("json") && format != QLatin1String("tsv"))
        return context.usageError(tr("--format: \"%1\" is not json or tsv").arg(format));
    QDateTime at;
    if (!parseAt(options, context, &at))
        return Failed;
    AppContext* app = context.openDatabase(options.value(QStringLiteral("db")));
    if (!app)
        return Failed;

    QueueQuery query(app->database().path());
    query.setFilter(filter);
    query.setSort(kSort, true);
    query.setAsOf(at);
    const int count = query.open() ? query.recount() : -1;
    if (count < 0) {
        context.err() << tr("The queue could not be read: %1").arg(query.lastError()) << Qt::endl;
        return Failed;
    }
    const bool tsv = format == QLatin1String("tsv");
    if (tsv)
        context.out() << fieldNames().join(QLatin1Char('\t')) << '\n';
    const int wanted = limit > 0 ? qMin(limit, count) : count;
    int written = 0;
    QVariantList anchor;
    while (written < wanted) {
        const QList<QueueRow> rows
            = query.rows(written == 0 ? nullptr : &anchor, false, qMin(kPage, wanted - written), 0);
        if (rows.isEmpty()) {
            if (!query.lastError().isEmpty()) {
                context.err() << tr("The queue could not be read: %1").arg(query.lastError()) << Qt::endl;
                return Failed;
            }
            break;
        }
        for (const QueueRow& row : rows) {
            const QList<QJsonValue> fields = values(row, at.toMSecsSinceEpoch());
            if (tsv) {
                QStringList texts;
                for (const QJsonValue& v : fields)
                    texts << tsvText(v);
                context.out() << texts.join(QLatin1Char('\t')) << '\n';
            } else {
                QJsonObject line;
                for (int i = 0; i < fields.size(); ++i)
                    line.insert(fieldNames().at(i), fields.at(i));
                context.out() << jsonText(QJsonDocument(line).toJson(QJsonDocument::Compact)) << '\n';
            }
        }
        written += int(rows.size());
        anchor = rows.last().key;
    }
    context.out().flush();
    return Ok;
}
