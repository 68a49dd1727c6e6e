#include "ReasonDialog.h"

#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ReasonDialog::ReasonDialog(QWidget* parent)
    : QDialog(parent)
    , m_reason(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{ }

void ReasonDialog::build(const QList<QWidget*>& above, const QString& action)
{
    m_reason->setPlaceholderText(tr("Reason (required)"));
    m_reason->setTabChangesFocus(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(action);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    for (QWidget* widget : above)
        layout->addWidget(widget);
    layout->addWidget(m_reason, 1);
    layout->addWidget(m_buttons);
    connect(m_reason, &QPlainTextEdit::textChanged, this,
        [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!reason().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString ReasonDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}
