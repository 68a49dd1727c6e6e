#include "VoidStrikeDialog.h"

#include <QLabel>

VoidStrikeDialog::VoidStrikeDialog(const QString& strikeDescription, QWidget* parent)
    : ReasonDialog(parent)
{
    setWindowTitle(tr("Void strike"));
    auto* description = new QLabel(this);
    description->setTextFormat(Qt::PlainText);
    description->setWordWrap(true);
    description->setText(strikeDescription);
    auto* hint = new QLabel(tr("A voided strike no longer counts and stays visible in the history."), this);
    hint->setWordWrap(true);
    build({ description, hint }, tr("Void strike"));
    resize(420, 240);
}
