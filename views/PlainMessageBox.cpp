#include "PlainMessageBox.h"

PlainMessageBox::PlainMessageBox(
    Icon icon, const QString& title, const QString& text, StandardButtons buttons, QWidget* parent)
    : QMessageBox(parent)
{
    setIcon(icon);
    setWindowTitle(title);
    setTextFormat(Qt::PlainText);
    setText(text);
    setStandardButtons(buttons);
}

void PlainMessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    PlainMessageBox box(Warning, title, text, Ok, parent);
    box.exec();
}
