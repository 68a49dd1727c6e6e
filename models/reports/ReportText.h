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

// Issue 13, item 11: untrusted text as a report shows it: C0 controls other than line breaks and tabs
// as their visible symbols (U+241B for ESC), DEL as U+2421, C1 controls as U+FFFD. No ESC, BEL or CSI
// reaches a terminal that prints the file or a viewer that interprets it.
QString visible(const QString& text);

// Row cells shared by PDF and HTML.
QString clauses(const ReportRow& row);
QString strikes(const ReportRow& row);
QString sanctions(const ReportRow& row);
QString parties(const ReportRow& row);
} // namespace ReportText
