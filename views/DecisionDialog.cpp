#include "DecisionDialog.h"

#include "DateText.h"
#include "DecisionSummary.h"
#include "PolicyLabels.h"
#include "UntrustedText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

DecisionDialog::DecisionDialog(Mode mode, const Suggestion& suggestion, const CaseFacts& facts, const QString& agent,
    const QDateTime& at, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_suggestion(suggestion)
    , m_facts(facts)
    , m_agent(agent)
    , m_at(at)
    , m_summary(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(mode == AcceptSuggestion ? tr("Accept the suggestion") : tr("Override the suggestion"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    intro->setText(tr("Case %1. This will be recorded:").arg(UntrustedText::inlined(facts.id)));
    if (mode == OverrideSuggestion) {
        auto* form = new QFormLayout;
        m_outcome = new QComboBox(this);
        m_outcome->setObjectName(QStringLiteral("outcomeBox"));
        for (Outcome o : overrideOutcomes(facts.kind, suggestion)) {
            m_outcome->addItem(
                o == Outcome::None ? tr("No action (close the case without an outcome)") : PolicyLabels::outcome(o),
                int(o));
        }
        m_note = new QPlainTextEdit(this);
        m_note->setTabChangesFocus(true);
        m_note->setPlaceholderText(tr("Why the suggestion does not fit this case (required)"));
        form->addRow(tr("O&utcome:"), m_outcome);
        form->addRow(tr("&Note:"), m_note);
        layout->addLayout(form);
        connect(m_outcome, &QComboBox::currentIndexChanged, this, &DecisionDialog::update);
        connect(m_note, &QPlainTextEdit::textChanged, this, &DecisionDialog::update);
        if (!suggestion.strikes.isEmpty() || !suggestion.sanctions.isEmpty()) {
            auto* keepGroup = new QGroupBox(tr("Keep from the suggestion"), this);
            auto* keepLayout = new QVBoxLayout(keepGroup);
            const auto addBox = [&](const QString& text, const QString& token) {
                auto* box = new QCheckBox(text, keepGroup); // QCheckBox shows its text plain
                keepLayout->addWidget(box);
                connect(box, &QCheckBox::toggled, this, &DecisionDialog::update);
                m_keepBoxes << box;
                m_keepTokens << token;
            };
            for (const SuggestedStrike& s : suggestion.strikes)
                addBox(DecisionSummary::strike(facts, s.userId, s.kind, s.clause),
                    DecisionRequest::keepToken(s.userId, PolicyIds::toId(s.kind)));
            for (const SuggestedSanction& s : suggestion.sanctions)
                addBox(DecisionSummary::sanction(facts, s.userId, s.scope, s.days, s.clause),
                    DecisionRequest::keepToken(s.userId, PolicyIds::toId(s.scope)));
            layout->addWidget(keepGroup);
        }
    }
    m_summary->setReadOnly(true);
    m_summary->setTabChangesFocus(true);
    layout->addWidget(intro);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Record decision"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canAccept())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Room for the summary under the outcome, the note and the strikes and sanctions to keep.
    resize(560, m_keepBoxes.isEmpty() ? 360 : 520);
    update();
    // The agent overrides to write why: the note takes the keyboard first.
    if (m_note)
        m_note->setFocus(Qt::OtherFocusReason);
}

QList<Outcome> DecisionDialog::overrideOutcomes(CaseKind kind, const Suggestion& suggestion)
{
    QList<Outcome> kindOutcomes;
    switch (kind) {
    case CaseKind::P2pAppeal:
        kindOutcomes = { Outcome::Release, Outcome::Refund, Outcome::Cancel };
        break;
    case CaseKind::LiveChatAbuse:
        kindOutcomes = { Outcome::Suspend };
        break;
    case CaseKind::LiveChatSuspensionAppeal:
        kindOutcomes = { Outcome::Lift, Outcome::Uphold };
        break;
    }
    // "none" closes the case without an outcome: a person's judgement, refused while the policy awaits
    // something (CaseService::decide).
    if (!suggestion.pendingUntil)
        kindOutcomes << Outcome::None;
    kindOutcomes.removeAll(suggestion.outcome);
    return kindOutcomes;
}

bool DecisionDialog::canAccept() const
{
    if (m_mode == AcceptSuggestion)
        return m_suggestion.outcome != Outcome::None;
    return m_outcome->currentIndex() >= 0 && !m_note->toPlainText().trimmed().isEmpty();
}

DecisionRequest DecisionDialog::request() const
{
    DecisionRequest r;
    r.caseId = m_facts.id;
    r.agent = m_agent;
    r.confirmed = m_suggestion;
    if (m_mode == AcceptSuggestion) {
        r.outcome = m_suggestion.outcome;
        return r;
    }
    r.outcome = Outcome(m_outcome->currentData().toInt());
    r.note = m_note->toPlainText().trimmed();
    for (int i = 0; i < m_keepBoxes.size(); ++i)
        if (m_keepBoxes.at(i)->isChecked())
            r.keep << m_keepTokens.at(i);
    return r;
}

DecisionRecord DecisionDialog::decision() const
{
    return CaseService::recordFor(m_suggestion, request(), m_at);
}

QString DecisionDialog::summaryText() const
{
    return m_summary->toPlainText();
}

void DecisionDialog::update()
{
    QStringList lines = DecisionSummary::recorded(decision(), m_facts);
    const DecisionRecord record = decision();
    if (record.outcome == Outcome::None)
        lines.prepend(tr("The case is closed with no action: no crypto or money moves on the exchange's side."));
    lines << tr("Recorded by %1 at %2, in the audit log.")
                 .arg(UntrustedText::inlined(m_agent), DateText::dateTime(m_at.toLocalTime()));
    m_summary->setPlainText(lines.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
}
