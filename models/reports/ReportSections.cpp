#include "ReportSections.h"

#include "ReportConsistency.h"
#include "ReportContext.h"
#include "ReportReviews.h"
#include "ReportRow.h"
#include "ReportSummary.h"
#include "ReportText.h"

#include <QCoreApplication>

namespace {
QString clauseLabel(const QString& clause)
{
    return clause.isEmpty() ? QCoreApplication::translate("Report", "(no clause)") : clause;
}

QString agentLabel(const QString& agent)
{
    return agent.isEmpty() ? QCoreApplication::translate("Report", "(no agent)") : agent;
}

QStringList groupRow(const QLocale& locale, const QString& label, const ReportSummary::Group& g)
{
    return { label, locale.toString(g.cases), locale.toString(g.overrides),
        ReportText::percent(locale, g.overrideRate()), ReportText::duration(locale, g.medianSecs),
        ReportText::duration(locale, g.p90Secs), locale.toString(g.late) };
}

QStringList groupHeaders(const QString& first)
{
    return { first, QCoreApplication::translate("Report", "Cases"), QCoreApplication::translate("Report", "Overrides"),
        QCoreApplication::translate("Report", "Override rate"),
        QCoreApplication::translate("Report", "Median time to decision"),
        QCoreApplication::translate("Report", "90th percentile"),
        QCoreApplication::translate("Report", "Decided late") };
}

QList<QStringList> countRows(
    const QLocale& locale, const QMap<QString, int>& counts, QString (*name)(const QString&), int total)
{
    QList<QStringList> rows;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        rows.append({ name(it.key()), it.key(), locale.toString(it.value()),
            ReportText::percent(locale, total ? 100.0 * it.value() / total : 0.0) });
    return rows;
}

QStringList countHeaders(const QString& first)
{
    return { first, QCoreApplication::translate("Report", "Code"), QCoreApplication::translate("Report", "Count"),
        QCoreApplication::translate("Report", "Share") };
}
} // namespace

namespace ReportSections {

QString title()
{
    return QCoreApplication::translate("Report", "Case report");
}

QString emptyPeriodText()
{
    return QCoreApplication::translate("Report", "No cases were decided in this period with these filters.");
}

QString summaryOnlyText(const ReportContext& context)
{
    if (context.rowsLeftOut > 0)
        return QCoreApplication::translate("Report",
            "This period has %1 decided cases, too many to list in a PDF: the per-case table is left out. Export CSV "
            "or HTML for every case, or narrow the period or the filters.")
            .arg(context.locale.toString(context.rowsLeftOut));
    return QCoreApplication::translate("Report", "Summary only: the per-case table was left out of this report.");
}

QList<QPair<QString, QString>> headerFields(const ReportContext& context)
{
    const QLocale& locale = context.locale;
    QList<QPair<QString, QString>> fields;
    fields.append(
        { QCoreApplication::translate("Report", "Period (decided)"), ReportText::period(locale, context.options) });
    fields.append({ QCoreApplication::translate("Report", "Filters"), ReportText::filters(context.options) });
    QStringList revisions = context.summary ? context.summary->revisions() : QStringList();
    fields.append({ QCoreApplication::translate("Report", "Policy revisions"),
        revisions.isEmpty() ? QCoreApplication::translate("Report", "none") : revisions.join(QStringLiteral(", ")) });
    QStringList settings;
    for (const auto& setting : context.settings)
        settings << setting.first + QStringLiteral(" = ") + setting.second;
    fields.append({ QCoreApplication::translate("Report", "Settings in force"),
        settings.isEmpty() ? QCoreApplication::translate("Report", "defaults") : settings.join(QStringLiteral("; ")) });
    fields.append({ QCoreApplication::translate("Report", "Personal data"),
        context.options.mask ? QCoreApplication::translate("Report", "masked (initials, last 4 digits of accounts)")
                             : QCoreApplication::translate("Report", "not masked (recorded in the audit log)") });
    fields.append({ QCoreApplication::translate("Report", "Generated"),
        ReportText::longDateTime(locale, context.generatedAt) + QStringLiteral(" UTC") });
    fields.append({ QCoreApplication::translate("Report", "Audit chain head"),
        context.auditHead.isEmpty() ? QCoreApplication::translate("Report", "empty audit log") : context.auditHead });
    return fields;
}

QList<Table> summaryTables(const ReportContext& context)
{
    QList<Table> tables;
    if (!context.summary)
        return tables;
    const ReportSummary& s = *context.summary;
    const QLocale& locale = context.locale;
    const int total = s.cases();

    Table overall { QCoreApplication::translate("Report", "Overall"), groupHeaders(QString()), {} };
    overall.rows.append(groupRow(locale, QCoreApplication::translate("Report", "All cases"), s.overall()));
    tables.append(overall);

    tables.append({ QCoreApplication::translate("Report", "Cases by outcome"),
        countHeaders(QCoreApplication::translate("Report", "Outcome")),
        countRows(locale, s.byOutcome(), &ReportText::outcomeName, total) });
    tables.append({ QCoreApplication::translate("Report", "Cases by kind"),
        countHeaders(QCoreApplication::translate("Report", "Kind")),
        countRows(locale, s.byKind(), &ReportText::kindName, total) });

    Table clauses { QCoreApplication::translate("Report", "By clause (the clause that gave the suggestion)"),
        groupHeaders(QCoreApplication::translate("Report", "Clause")), {} };
    for (const ReportSummary::Group& g : s.byClause())
        clauses.rows.append(groupRow(locale, clauseLabel(g.key), g));
    tables.append(clauses);

    Table agents { QCoreApplication::translate("Report", "By agent"),
        groupHeaders(QCoreApplication::translate("Report", "Agent")), {} };
    for (const ReportSummary::Group& g : s.byAgent())
        agents.rows.append(groupRow(locale, agentLabel(g.key), g));
    tables.append(agents);

    const int late = s.overall().late;
    tables.append({ QCoreApplication::translate("Report", "Deadlines (SLA)"),
        { QCoreApplication::translate("Report", "Cases with a deadline"),
            QCoreApplication::translate("Report", "Decided after the deadline"),
            QCoreApplication::translate("Report", "Share") },
        { { locale.toString(s.withDeadline()), locale.toString(late),
            ReportText::percent(locale, s.withDeadline() ? 100.0 * late / s.withDeadline() : 0.0) } } });

    QList<QStringList> strikeRows;
    const QMap<QString, int> strikes = s.strikesByKind();
    for (auto it = strikes.cbegin(); it != strikes.cend(); ++it)
        strikeRows.append({ ReportText::strikeKindName(it.key()), it.key(), locale.toString(it.value()) });
    tables.append({ QCoreApplication::translate("Report", "Strikes issued by kind"),
        { QCoreApplication::translate("Report", "Kind"), QCoreApplication::translate("Report", "Code"),
            QCoreApplication::translate("Report", "Count") },
        strikeRows });

    QList<QStringList> sanctionRows;
    const QMap<QString, int> sanctions = s.sanctionsByScope();
    for (auto it = sanctions.cbegin(); it != sanctions.cend(); ++it)
        sanctionRows.append({ ReportText::scopeName(it.key()), it.key(), locale.toString(it.value()) });
    tables.append({ QCoreApplication::translate("Report", "Sanctions issued by scope"),
        { QCoreApplication::translate("Report", "Scope"), QCoreApplication::translate("Report", "Code"),
            QCoreApplication::translate("Report", "Count") },
        sanctionRows });

    QList<QStringList> userRows;
    for (const ReportSummary::UserStrikes& u : s.topStrikeUsers())
        userRows.append({ u.userId, u.nickname, u.verifiedName, locale.toString(u.strikes) });
    tables.append({ QCoreApplication::translate("Report", "Users with most strikes"),
        { QCoreApplication::translate("Report", "User"), QCoreApplication::translate("Report", "Nickname"),
            QCoreApplication::translate("Report", "Verified name"), QCoreApplication::translate("Report", "Strikes") },
        userRows });

    // Issue 17, item 3: per clause and agent against the rest of the team, those far from it first.
    if (context.consistency) {
        Table consistency { QCoreApplication::translate("Report", "Consistency across agents (outliers first)"),
            ReportConsistency::headers(), {} };
        for (const ReportConsistency::Line& line : context.consistency->lines())
            consistency.rows.append(ReportConsistency::cells(locale, line));
        tables.append(consistency);
    }
    if (context.reviews)
        tables.append(context.reviews->tables(locale));
    return tables;
}

QList<ReportChart> charts(const ReportContext& context)
{
    QList<ReportChart> list;
    if (!context.summary || context.summary->cases() == 0)
        return list;
    const ReportSummary& s = *context.summary;
    const QLocale& locale = context.locale;

    QList<ReportChart::Bar> outcomes;
    const QMap<QString, int> byOutcome = s.byOutcome();
    for (auto it = byOutcome.cbegin(); it != byOutcome.cend(); ++it)
        outcomes.append({ ReportText::outcomeName(it.key()), double(it.value()), locale.toString(it.value()) });
    list.append(ReportChart(QCoreApplication::translate("Report", "Cases by outcome"), outcomes));

    QList<ReportChart::Bar> clauseRates;
    for (const ReportSummary::Group& g : s.byClause())
        clauseRates.append({ clauseLabel(g.key), g.overrideRate(), ReportText::percent(locale, g.overrideRate()) });
    list.append(ReportChart(QCoreApplication::translate("Report", "Override rate by clause"), clauseRates));

    QList<ReportChart::Bar> agentRates;
    for (const ReportSummary::Group& g : s.byAgent())
        agentRates.append({ agentLabel(g.key), g.overrideRate(), ReportText::percent(locale, g.overrideRate()) });
    list.append(ReportChart(QCoreApplication::translate("Report", "Override rate by agent"), agentRates));

    QList<ReportChart::Bar> times;
    for (const ReportSummary::Group& g : s.byClause())
        times.append({ clauseLabel(g.key), double(g.medianSecs), ReportText::duration(locale, g.medianSecs) });
    list.append(ReportChart(QCoreApplication::translate("Report", "Median time to decision by clause"), times));
    if (context.consistency)
        list.append(ReportConsistency::charts(context));
    return list;
}

QStringList rowHeaders()
{
    return { QCoreApplication::translate("Report", "Case"), QCoreApplication::translate("Report", "Kind"),
        QCoreApplication::translate("Report", "Opened"), QCoreApplication::translate("Report", "Decided"),
        QCoreApplication::translate("Report", "Time to decision"), QCoreApplication::translate("Report", "Agent"),
        QCoreApplication::translate("Report", "Suggested outcome"),
        QCoreApplication::translate("Report", "Decided outcome"), QCoreApplication::translate("Report", "Override"),
        QCoreApplication::translate("Report", "Override note"), QCoreApplication::translate("Report", "Clauses"),
        QCoreApplication::translate("Report", "Strikes and sanctions"), QCoreApplication::translate("Report", "Amount"),
        QCoreApplication::translate("Report", "Language"), QCoreApplication::translate("Report", "Parties"),
        QCoreApplication::translate("Report", "Seller account") };
}

QList<int> rowColumnWidths()
{
    return { 8, 5, 6, 6, 5, 5, 6, 5, 5, 11, 4, 10, 6, 3, 10, 5 };
}

QStringList rowCells(const ReportContext& context, const ReportRow& row)
{
    const QLocale& locale = context.locale;
    QStringList strikesAndSanctions;
    if (!row.strikes.isEmpty())
        strikesAndSanctions << ReportText::strikes(row);
    if (!row.sanctions.isEmpty())
        strikesAndSanctions << ReportText::sanctions(row);
    QString time = ReportText::duration(locale, row.secondsToDecision());
    if (row.isLate())
        time += QStringLiteral(" (") + QCoreApplication::translate("Report", "late") + QLatin1Char(')');
    return { row.caseId, ReportText::kindName(row.kind), ReportText::dateTime(locale, row.openedAt),
        ReportText::dateTime(locale, row.decidedAt), time, row.agent, ReportText::outcomeName(row.suggestedOutcome),
        ReportText::outcomeName(row.outcome), ReportText::yesNo(row.isOverride), row.note, ReportText::clauses(row),
        strikesAndSanctions.join(QStringLiteral("; ")),
        row.amount.isEmpty() ? QString() : ReportText::amount(locale, row.amount) + QLatin1Char(' ') + row.fiat,
        row.language, ReportText::parties(row), row.sellerAccount };
}

} // namespace ReportSections
