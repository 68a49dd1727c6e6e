#include "ReopenDialog.h"

#include "DateText.h"
#include "PolicyLabels.h"

#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>

ReopenDialog::ReopenDialog(const DecisionRecord& decision, QWidget* parent)
    : ReasonDialog(parent)
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
    build({ was, voids }, tr("Reopen case"));
    reasonEdit()->setFocus();
    resize(460, 260);
}
