#include "DateText.h"

#include <QRegularExpression>

namespace DateText {

QString withFullYear(QString format)
{
    // "yy" alone, not the "yyyy" of a format that already has it.
    static const QRegularExpression shortYear(QStringLiteral("(?<!y)yy(?!y)"));
    format.replace(shortYear, QStringLiteral("yyyy"));
    return format;
}

QString dateFormat(const QLocale& locale)
{
    return withFullYear(locale.dateFormat(QLocale::ShortFormat));
}

QString dateTimeFormat(const QLocale& locale)
{
    return dateFormat(locale) + QLatin1Char(' ') + locale.timeFormat(QLocale::ShortFormat);
}

QString date(QDate date, const QLocale& locale)
{
    return locale.toString(date, dateFormat(locale));
}

QString time(QTime time, const QLocale& locale)
{
    return locale.toString(time, QLocale::ShortFormat);
}

QString dateTime(const QDateTime& at, const QLocale& locale)
{
    return locale.toString(at, dateTimeFormat(locale));
}

} // namespace DateText
