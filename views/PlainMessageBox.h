#pragma once

#include <QMessageBox>

// A message box whose text is always shown as plain text: store errors can
// quote user data (case ids, notes), which must never render as markup.
class PlainMessageBox : public QMessageBox
{
    Q_OBJECT

public:
    PlainMessageBox(
        Icon icon, const QString& title, const QString& text, StandardButtons buttons = Ok, QWidget* parent = nullptr);

    static void warning(QWidget* parent, const QString& title, const QString& text);
};
