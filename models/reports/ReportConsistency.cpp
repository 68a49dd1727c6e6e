#include "ReportConsistency.h"

#include "ReportContext.h"
#include "ReportQuery.h"
#include "ReportSummary.h"
#include "ReportText.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

bool ReportConsistency::Line::isOutlier() const
{
    return cases >= MinCases && std::abs(z) >= OutlierZ;
}

QString ReportConsistency::Line::mainDirection() const
{
    QString best;
    int most = 0;
    for (auto it = directions.cbegin(); it != directions.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    }
    return best;
}

void ReportConsistency::add(const ReportRow& row)
{
    if (row.isLate())
        ++m_lateByDay[row.decidedAt.toUTC().date()];
    Line& line = m_groups[{ row.clauses.value(0), row.agent }];
    line.clause = row.clauses.value(0);
    line.agent = row.agent;
    ++line.cases;
    if (line.allCases.size() < MaxCases)
        line.allCases << row.caseId;
    if (row.isOverride) {
        ++line.overrides;
        ++line.directions[row.suggestedOutcome + QStringLiteral(" → ") + row.outcome];
        if (line.overrideCases.size() < MaxCases)
            line.overrideCases << row.caseId;
    }
}

void ReportConsistency::finish()
{
    QHash<QString, std::pair<int, int>> clauseTotals; // cases, overrides
    for (const Line& line : std::as_const(m_groups)) {
        auto& total = clauseTotals[line.clause];
        total.first += line.cases;
        total.second += line.overrides;
    }
    m_lines.clear();
    for (Line line : std::as_const(m_groups)) {
        const auto total = clauseTotals.value(line.clause);
        line.teamCases = total.first - line.cases;
        line.teamOverrides = total.second - line.overrides;
        // Two proportions: the agent's against the others' on the same clause, with the pooled rate's
        // standard error; no others (one agent on a clause): nothing to compare with.
        if (line.teamCases > 0) {
            const double pooled = double(total.second) / total.first;
            const double se = std::sqrt(pooled * (1 - pooled) * (1.0 / line.cases + 1.0 / line.teamCases));
            line.z = se > 0 ? (line.rate() - line.teamRate()) / se : 0.0;
        }
        m_lines.append(line);
    }
    std::sort(m_lines.begin(), m_lines.end(), [](const Line& a, const Line& b) {
        if (a.isOutlier() != b.isOutlier())
            return a.isOutlier();
        if (std::abs(a.z) != std::abs(b.z))
            return std::abs(a.z) > std::abs(b.z);
        if (a.clause != b.clause)
            return a.clause < b.clause;
        return a.agent < b.agent;
    });
}

QStringList ReportConsistency::headers()
{
    return { QCoreApplication::translate("Report", "Clause"), QCoreApplication::translate("Report", "Agent"),
        QCoreApplication::translate("Report", "Cases"), QCoreApplication::translate("Report", "Overrides"),
        QCoreApplication::translate("Report", "Override rate"), QCoreApplication::translate("Report", "Team's rate"),
        QCoreApplication::translate("Report", "Most overridden to"),
        QCoreApplication::translate("Report", "Far from the team") };
}

QStringList ReportConsistency::cells(const QLocale& locale, const Line& line)
{
    QString direction;
    const QString main = line.mainDirection();
    if (!main.isEmpty()) {
        const QStringList parts = main.split(QStringLiteral(" → "));
        direction = ReportText::outcomeName(parts.value(0)) + QStringLiteral(" → ")
            + ReportText::outcomeName(parts.value(1)) + QStringLiteral(" (")
            + locale.toString(line.directions.value(main)) + QLatin1Char(')');
    }
    return { line.clause.isEmpty() ? QCoreApplication::translate("Report", "(no clause)") : line.clause,
        line.agent.isEmpty() ? QCoreApplication::translate("Report", "(no agent)") : line.agent,
        locale.toString(line.cases), locale.toString(line.overrides), ReportText::percent(locale, 100.0 * line.rate()),
        line.teamCases ? ReportText::percent(locale, 100.0 * line.teamRate()) : QStringLiteral("–"), direction,
        line.isOutlier() ? (line.z > 0 ? QCoreApplication::translate("Report", "overrides more")
                                       : QCoreApplication::translate("Report", "overrides less"))
                         : QString() };
}

bool ReportConsistency::load(const QSqlDatabase& db, const ReportOptions& options, ReportSummary* summary,
    ReportConsistency* consistency, QString* error)
{
    ReportQuery query(db, options);
    if (!query.exec()) {
        *error = query.error();
        return false;
    }
    ReportRow row;
    while (query.next(&row)) {
        summary->add(row);
        consistency->add(row);
    }
    if (!query.error().isEmpty()) {
        *error = query.error();
        return false;
    }
    summary->finish();
    consistency->finish();
    return true;
}

QList<ReportChart> ReportConsistency::charts(const ReportContext& context)
{
    QList<ReportChart> list;
    if (!context.consistency)
        return list;
    const QLocale& locale = context.locale;
    // The overrides of each agent on each clause, most first (at most 15 bars: the chart stays readable).
    QList<Line> lines = context.consistency->lines();
    std::stable_sort(
        lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.overrides > b.overrides; });
    QList<ReportChart::Bar> overrides;
    for (const Line& line : std::as_const(lines)) {
        if (line.overrides == 0 || overrides.size() == 15)
            break;
        overrides.append({ line.clause + QStringLiteral(" · ") + line.agent, double(line.overrides),
            locale.toString(line.overrides) });
    }
    if (!overrides.isEmpty())
        list.append(ReportChart(QCoreApplication::translate("Report", "Overrides by clause and agent"), overrides));
    QList<ReportChart::Bar> late;
    const QMap<QDate, int> byDay = context.consistency->lateByDay();
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it)
        late.append({ ReportText::longDate(locale, it.key()), double(it.value()), locale.toString(it.value()) });
    if (!late.isEmpty())
        list.append(ReportChart(QCoreApplication::translate("Report", "SLA breaches per day"), late));
    return list;
}
