#pragma once

#include "ReportOptions.h"
#include "ReportRow.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

// Streams the decided cases of a report, one row at a time, in decision
// order (decided_at, case id). Nothing but the current row is held in memory.
class SqlDialect;

class ReportQuery
{
public:
    ReportQuery(const QSqlDatabase& db, const ReportOptions& options);

    bool exec();
    bool next(ReportRow* row);
    QString error() const { return m_error; }

    // The number of rows exec() will give (before the exact clause filter), for progress.
    qint64 countEstimate();

    // The row SQL with its filters in the backend's dialect, for running the same query elsewhere (benchmarks).
    static QString sql(const ReportOptions& options, const SqlDialect& dialect);
    static qint64 fromMs(const ReportOptions& options);
    static qint64 toMs(const ReportOptions& options); // exclusive
    // The filter choices: agents and clause ids that have decisions, sorted.
    static QStringList agents(const QSqlDatabase& db);
    static QStringList clauses(const QSqlDatabase& db);
    // Clause ids as stored in decisions.clauses (a JSON array or a separated list).
    static QStringList parseClauses(const QString& text);

private:
    void bind(QSqlQuery& query) const;
    static QString whereClause(const ReportOptions& options, const SqlDialect& dialect);

    QSqlDatabase m_db;
    ReportOptions m_options;
    QSqlQuery m_query;
    QString m_error;
};
