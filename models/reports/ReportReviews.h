#pragma once

#include "ReportOptions.h"
#include "ReportSections.h"

#include <QList>
#include <QLocale>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Issue 17, item 2: the second reviews in the report. How often the team lead's review agreed with the
// decision, per agent and per clause, for the reviews of decisions made in the report's period (and of
// its agent and clause, when the report is filtered).
class ReportReviews
{
public:
    struct Rate
    {
        QString key;
        int reviewed = 0;
        int agreed = 0;
        double percent() const { return reviewed ? 100.0 * agreed / reviewed : 0.0; }
    };

    // False (error()) when the reviews cannot be read.
    bool load(const QSqlDatabase& db, const ReportOptions& options);
    QString error() const { return m_error; }

    int reviewed() const { return m_total.reviewed; }
    QList<Rate> byAgent() const { return m_agents; }
    QList<Rate> byClause() const { return m_clauses; }

    // The report's two tables, translated in the "Report" context; none without reviews.
    QList<ReportSections::Table> tables(const QLocale& locale) const;

private:
    Rate m_total;
    QList<Rate> m_agents;
    QList<Rate> m_clauses;
    QString m_error;
};
