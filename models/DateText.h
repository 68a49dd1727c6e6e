#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTime>

// One style of dates and times per language, everywhere the window shows one (issue 14, item 14): the
// locale's short format with a four-digit year, so the queue, the panes, the dialogs and the date fields
// never put "9/3/26 1:25 PM" next to "2026-09-03". The caller converts to the zone it shows (the agent's
// local time, or the case's market); these only format. Reports keep their own UTC forms (ReportText).
namespace DateText {

// The locale's short date format, "yy" widened to "yyyy" (a date field shows the same).
QString dateFormat(const QLocale& locale = QLocale());
QString dateTimeFormat(const QLocale& locale = QLocale());
// `format` with a two-digit year made four digits; other formats unchanged.
QString withFullYear(QString format);

QString date(QDate date, const QLocale& locale = QLocale());
QString time(QTime time, const QLocale& locale = QLocale());
QString dateTime(const QDateTime& at, const QLocale& locale = QLocale());

} // namespace DateText
