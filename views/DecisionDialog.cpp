#include "DecisionDialog.h"

#include "DecisionSummary.h"
#include "PolicyLabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
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
    intro->setText(tr("Case %1. This will be recorded:").arg(facts.id));
    if (mode == OverrideSuggestion) {
        auto* form = new QFormLayout;
        m_outcome = new QComboBox(this);
        const Outcome outcomes[]
            = { Outcome::Release, Outcome::Refund, Outcome::Cancel, Outcome::Suspend, Outcome::Lift, Outcome::Uphold };
        for (Outcome o : outcomes) {
            if (o != suggestion.outcome)
                m_outcome->addItem(PolicyLabels::outcome(o), int(o));
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
    m_summary->setPlainText(DecisionSummary::recorded(decision(), m_facts).join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
}
