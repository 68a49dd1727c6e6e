#include "VoidStrikeDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

VoidStrikeDialog::VoidStrikeDialog(const QString& strikeDescription, QWidget* parent)
    : QDialog(parent)
    , m_reason(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Void strike"));
    auto* description = new QLabel(this);
    description->setTextFormat(Qt::PlainText);
    description->setWordWrap(true);
    description->setText(strikeDescription);
    auto* hint = new QLabel(tr("A voided strike no longer counts and stays visible in the history."), this);
    hint->setWordWrap(true);
    m_reason->setPlaceholderText(tr("Reason (required)"));
    m_reason->setTabChangesFocus(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Void strike"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(description);
    layout->addWidget(hint);
    layout->addWidget(m_reason, 1);
    layout->addWidget(m_buttons);
    connect(m_reason, &QPlainTextEdit::textChanged, this,
        [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!reason().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(420, 240);
}

QString VoidStrikeDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}
