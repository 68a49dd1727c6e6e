#include "CountSpinBox.h"

#include <QEvent>

namespace {
// The digits of `text` in order (any script's decimal digits), and how many of them lie before `pos`.
QString digitsOf(const QString& text, int pos = -1, int* before = nullptr)
{
    QString digits;
    if (before)
        *before = 0;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i).digitValue() < 0)
            continue;
        digits += QChar(u'0' + text.at(i).digitValue());
        if (before && i < pos)
            ++*before;
    }
    return digits;
}

// Where the cursor goes in `text` after its `count`-th digit (before the first digit for 0).
int positionAfterDigits(const QString& text, int count)
{
    int seen = 0;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i).digitValue() < 0)
            continue;
        if (seen == count)
            return i;
        ++seen;
    }
    for (int i = text.size() - 1; i >= 0; --i) {
        if (text.at(i).digitValue() >= 0)
            return i + 1;
    }
    return text.size();
}
} // namespace

CountSpinBox::CountSpinBox(Unit unit, QWidget* parent)
    : QSpinBox(parent)
    , m_unit(unit)
{ }

QString CountSpinBox::countText(Unit unit, int value)
{
    QString text;
    switch (unit) {
    case Unit::Minutes:
        text = tr("%n minute(s)", "a duration in a spin box", value);
        break;
    case Unit::Hours:
        text = tr("%n hour(s)", "a duration in a spin box", value);
        break;
    case Unit::Days:
        text = tr("%n day(s)", "a duration in a spin box", value);
        break;
    case Unit::BusinessDays:
        text = tr("%n business day(s)", "a duration in a spin box", value);
        break;
    }
    return text;
}

QString CountSpinBox::textFromValue(int value) const
{
    return countText(m_unit, value);
}

int CountSpinBox::valueFromText(const QString& text) const
{
    const QString digits = digitsOf(text);
    bool ok = false;
    const int parsed = digits.size() <= 9 ? digits.toInt(&ok) : 0;
    return ok ? parsed : value();
}

// Only the number is typed: whatever the edit holds is rebuilt as the count text of its digits,
// with the cursor kept after the same digit. No digits (the agent cleared the box) is left empty.
QValidator::State CountSpinBox::validate(QString& input, int& pos) const
{
    int before = 0;
    const QString digits = digitsOf(input, pos, &before);
    if (digits.isEmpty()) {
        input.clear();
        pos = 0;
        return QValidator::Intermediate;
    }
    bool ok = false;
    const int parsed = digits.size() <= 9 ? digits.toInt(&ok) : 0;
    if (!ok || parsed > maximum())
        return QValidator::Invalid;
    input = textFromValue(parsed);
    // Leading zeros vanish from the text: the cursor counts only the digits that remain.
    const int dropped = digits.size() - QString::number(parsed).size();
    pos = positionAfterDigits(input, qMax(0, before - dropped));
    return parsed >= minimum() ? QValidator::Acceptable : QValidator::Intermediate;
}

void CountSpinBox::fixup(QString& input) const
{
    if (digitsOf(input).isEmpty())
        input = textFromValue(value());
}

void CountSpinBox::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        // The public call that makes QAbstractSpinBox rebuild its text and size hint.
        setSpecialValueText(specialValueText());
    }
    QSpinBox::changeEvent(event);
}
