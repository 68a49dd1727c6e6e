#include "ReopenDialog.h"

#include "DateText.h"
#include "PolicyLabels.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ReopenDialog::ReopenDialog(const DecisionRecord& decision, QWidget* parent)
    : QDialog(parent)
    , m_reason(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Reopen case %1").arg(decision.caseId));
    // The agent's name and note are typed text: plain labels only.
    auto* was = new QLabel(this);
    was->setTextFormat(Qt::PlainText);
    was->setWordWrap(true);
    was->setText(tr("Decided %1 by %2 on %3.")
                     .arg(PolicyLabels::outcome(decision.outcome), decision.agent,
                         DateText::dateTime(decision.decidedAt.toLocalTime())));
    auto* voids = new QLabel(this);
    voids->setWordWrap(true);
    voids->setText(tr("Reopening voids the %n strike(s) this decision recorded.", nullptr, int(decision.strikes.size()))
        + QLatin1Char(' ') + tr("It also voids its %n sanction(s).", nullptr, int(decision.sanctions.size()))
        + QLatin1Char(' ')
        + tr("The case goes back to the queue and is decided again. The decision stays in the case's history, "
             "and the reopen in the audit log."));
    m_reason->setPlaceholderText(tr("Reason (required)"));
    m_reason->setTabChangesFocus(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Reopen case"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(was);
    layout->addWidget(voids);
    layout->addWidget(m_reason, 1);
    layout->addWidget(m_buttons);
    connect(m_reason, &QPlainTextEdit::textChanged, this,
        [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!reason().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_reason->setFocus();
    resize(460, 260);
}

QString ReopenDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}
