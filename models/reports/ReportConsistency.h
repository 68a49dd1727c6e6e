#pragma once

#include "ReportChart.h"
#include "ReportOptions.h"
#include "ReportRow.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QMap>
#include <QString>
#include <QStringList>

class QSqlDatabase;
struct ReportContext;
class ReportSummary;

// Issue 17, item 3: consistency across agents. Per clause, how often each agent overrides the suggestion
// and in which direction (suggested → decided), against the rest of the team on the same clause. Agents
// whose rate is far from the team's come first: ordered by a z-score of the difference (agent against
// the others' rate on that clause), so a difference seen on many cases ranks above one seen on two.
class ReportConsistency
{
public:
    // An agent is an outlier on a clause with |z| at least this, on at least MinCases of its cases.
    static constexpr double OutlierZ = 2.0;
    static constexpr int MinCases = 5;
    // Case ids kept per agent and clause for "the cases behind the number".
    static constexpr int MaxCases = 200;

    struct Line
    {
        QString clause;
        QString agent;
        int cases = 0;
        int overrides = 0;
        int teamCases = 0; // the other agents' cases on the clause
        int teamOverrides = 0;
        QMap<QString, int> directions; // "refund→release" → count, this agent's overrides
        QStringList overrideCases; // the case ids of those overrides (at most MaxCases)
        QStringList allCases; // every case of the line (at most MaxCases)
        double z = 0.0;

        double rate() const { return cases ? double(overrides) / cases : 0.0; }
        double teamRate() const { return teamCases ? double(teamOverrides) / teamCases : 0.0; }
        bool isOutlier() const;
        // The most frequent direction, "refund → release", or empty without overrides.
        QString mainDirection() const;
    };

    void add(const ReportRow& row);
    // Computes the team rates and the ordering; call once after the last row.
    void finish();
    // Outliers first, then by |z|, clause and agent.
    QList<Line> lines() const { return m_lines; }
    // Cases decided after their deadline, per day of decision (UTC): the charts' "SLA breaches per day".
    QMap<QDate, int> lateByDay() const { return m_lateByDay; }

    // The team lead's figures of a period for the window (the same rows as the report): runs the report's
    // query into `summary` and `consistency` and finishes both. False + `error` when it cannot be read.
    static bool load(const QSqlDatabase& db, const ReportOptions& options, ReportSummary* summary,
        ReportConsistency* consistency, QString* error);

    // The report's table ("Consistency across agents"), translated in the "Report" context.
    static QStringList headers();
    static QStringList cells(const QLocale& locale, const Line& line);
    // Issue 17, item 4: the charts a lead would rather look at (overrides by clause and agent, SLA breaches
    // per day), added to the report's charts and drawn in the window.
    static QList<ReportChart> charts(const ReportContext& context);

private:
    QMap<QPair<QString, QString>, Line> m_groups; // (clause, agent)
    QList<Line> m_lines;
    QMap<QDate, int> m_lateByDay;
};
