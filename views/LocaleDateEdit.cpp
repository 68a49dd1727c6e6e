#include "LocaleDateEdit.h"

#include "DateText.h"

#include <QEvent>
#include <QLocale>

LocaleDateEdit::LocaleDateEdit(const QDate& date, QWidget* parent)
    : QDateEdit(date, parent)
{
    setCalendarPopup(true);
    setDisplayFormat(displayFormatFor(QLocale()));
}

QString LocaleDateEdit::displayFormatFor(const QLocale& locale)
{
    return DateText::dateFormat(locale);
}

void LocaleDateEdit::changeEvent(QEvent* event)
{
    // The default locale changes with the language (Translator::install) before this event arrives.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        setDisplayFormat(displayFormatFor(QLocale()));
    QDateEdit::changeEvent(event);
}
