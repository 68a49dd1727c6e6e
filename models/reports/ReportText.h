#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

struct ReportOptions;
struct ReportRow;

// The report's words and formats in the report language: names of codes,
// dates, durations and amounts by QLocale. Codes themselves never change.
namespace ReportText {
QString outcomeName(const QString& id);
QString kindName(const QString& id);
QString strikeKindName(const QString& id);
QString scopeName(const QString& id);
QString roleName(const QString& id);
QString yesNo(bool value);

// A table cell: the locale's short form, with four-digit years.
QString dateTime(const QLocale& locale, const QDateTime& at);
// The header's: the month by name ("20 พฤศจิกายน 2026"), unambiguous in every language.
QString longDate(const QLocale& locale, QDate date);
QString longDateTime(const QLocale& locale, const QDateTime& at);
QString duration(const QLocale& locale, qint64 secs);
QString percent(const QLocale& locale, double value);
// A decimal amount as imported ("1575.00") with the locale's separators; no double involved.
QString amount(const QLocale& locale, const QString& decimal);
QString period(const QLocale& locale, const ReportOptions& options);
QString filters(const ReportOptions& options);

// Row cells shared by PDF and HTML.
QString clauses(const ReportRow& row);
QString strikes(const ReportRow& row);
QString sanctions(const ReportRow& row);
QString parties(const ReportRow& row);
} // namespace ReportText
