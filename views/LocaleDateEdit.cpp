#include "LocaleDateEdit.h"

#include <QEvent>
#include <QLocale>
#include <QRegularExpression>

LocaleDateEdit::LocaleDateEdit(const QDate& date, QWidget* parent)
    : QDateEdit(date, parent)
{
    setCalendarPopup(true);
    setDisplayFormat(displayFormatFor(QLocale()));
}

QString LocaleDateEdit::displayFormatFor(const QLocale& locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    static const QRegularExpression shortYear(QStringLiteral("(?<!y)yy(?!y)"));
    format.replace(shortYear, QStringLiteral("yyyy"));
    return format;
}

void LocaleDateEdit::changeEvent(QEvent* event)
{
    // The default locale changes with the language (Translator::install) before this event arrives.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        setDisplayFormat(displayFormatFor(QLocale()));
    QDateEdit::changeEvent(event);
}
