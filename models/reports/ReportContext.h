#pragma once

#include "ReportOptions.h"

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QPair>
#include <QString>

class ReportConsistency;
class ReportReviews;
class ReportSummary;

// Everything a writer prints besides the rows: the request, when it was
// made, what was in force, and (for PDF/HTML) the summary of the rows.
struct ReportContext
{
    ReportOptions options;
    QLocale locale;
    QDateTime generatedAt;
    QList<QPair<QString, QString>> settings; // the settings table, by key
    QString auditHead; // hash of the last audit_log entry
    const ReportSummary* summary = nullptr;
    const ReportConsistency* consistency = nullptr; // issue 17, item 3
    const ReportReviews* reviews = nullptr; // issue 17, item 2
    qint64 rowsLeftOut = 0; // a PDF over the row limit: the per-case table is left out
};
