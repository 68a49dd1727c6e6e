#pragma once

#include "ReportChart.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

struct ReportContext;
struct ReportRow;

// What the PDF and HTML reports show, independent of how each lays it out:
// the header fields, the summary tables, the charts and the per-case table.
namespace ReportSections {
struct Table
{
    QString title;
    QStringList headers;
    QList<QStringList> rows;
};

QString title();
QString emptyPeriodText();
QString summaryOnlyText(const ReportContext& context);
QList<QPair<QString, QString>> headerFields(const ReportContext& context);
QList<Table> summaryTables(const ReportContext& context);
QList<ReportChart> charts(const ReportContext& context);
QStringList rowHeaders();
QStringList rowCells(const ReportContext& context, const ReportRow& row);
// Relative widths of the row columns (sum 100), for paged layouts.
QList<int> rowColumnWidths();
} // namespace ReportSections
