#pragma once

#include <QDateEdit>

// A date edit in the UI language's short date format, always with a four-digit
// year (Qt's short formats for en_US and th have two), following language changes.
class LocaleDateEdit : public QDateEdit
{
    Q_OBJECT

public:
    explicit LocaleDateEdit(const QDate& date, QWidget* parent = nullptr);

    static QString displayFormatFor(const QLocale& locale);

protected:
    void changeEvent(QEvent* event) override;
};
