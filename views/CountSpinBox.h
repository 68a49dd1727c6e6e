#pragma once

#include <QSpinBox>

// A spin box for a count of a unit ("1 day", "2 days"): the unit follows the number's plural form in
// every language, which a fixed suffix cannot ("1 days", Swedish "1 dagar"). The unit is not
// editable: typing replaces the number only.
class CountSpinBox : public QSpinBox
{
    Q_OBJECT

public:
    enum class Unit
    {
        Minutes,
        Hours,
        Days,
        BusinessDays
    };

    explicit CountSpinBox(Unit unit, QWidget* parent = nullptr);

    Unit unit() const { return m_unit; }
    // "%n day(s)" for `value` in the current language.
    static QString countText(Unit unit, int value);

    QValidator::State validate(QString& input, int& pos) const override;

protected:
    QString textFromValue(int value) const override;
    int valueFromText(const QString& text) const override;
    void fixup(QString& input) const override;
    void changeEvent(QEvent* event) override;

private:
    Unit m_unit;
};
