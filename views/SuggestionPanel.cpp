#include "SuggestionPanel.h"

#include "AgentEvents.h"

#include "Clock.h"
#include "ConversationModel.h"
#include "DateText.h"
#include "DecisionSummary.h"
#include "PolicyEngine.h"
#include "PolicyLabels.h"
#include "SuggestionText.h"
#include "TimelineModel.h"
#include "UntrustedText.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>

SuggestionPanel::SuggestionPanel(const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_form(new QFormLayout(this))
    , m_timer(new QTimer(this))
{
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, [this] { updateCountdown(true); });
}

void SuggestionPanel::clear()
{
    m_timer->stop();
    m_pendingUntil.reset();
    m_countdown = nullptr;
    m_outcome = nullptr;
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
}

QLabel* SuggestionPanel::addRow(const QString& caption, const QString& value)
{
    auto* field = new QLabel(this);
    field->setTextFormat(Qt::PlainText);
    field->setWordWrap(true);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    field->setText(value);
    auto* label = new QLabel(this);
    label->setTextFormat(Qt::PlainText);
    label->setText(caption);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    m_form->addRow(label, field);
    return field;
}

static QString bulleted(const QStringList& lines)
{
    QStringList out;
    for (const QString& line : lines)
        out << QStringLiteral("• ") + line;
    return out.join(QLatin1Char('\n'));
}

QString SuggestionPanel::numbered(const QStringList& steps)
{
    QStringList lines;
    for (int i = 0; i < steps.size(); ++i)
        lines << tr("%1. %2").arg(QString::number(i + 1), steps.at(i));
    return lines.join(QLatin1Char('\n'));
}

// Settled reading 14: a refund is done when the seller has shown proof and the buyer has confirmed it;
// until both are recorded the steps stay on the decided case.
void SuggestionPanel::addRefundFollowUp(const Suggestion& suggestion, const CaseFacts& facts)
{
    const auto recorded = [&](EventType type) -> const CaseEvent* {
        for (const CaseEvent& e : facts.events)
            if (e.type == type)
                return &e;
        return nullptr;
    };
    const CaseEvent* proof = recorded(EventType::RefundProof);
    const CaseEvent* confirmed = recorded(EventType::RefundConfirmed);
    const auto when = [](const CaseEvent* e) { return DateText::dateTime(e->at.toLocalTime()); };
    QStringList lines;
    lines << (proof ? tr("The seller's proof of the refund: recorded on %1").arg(when(proof))
                    : tr("The seller's proof of the refund: not recorded yet"));
    lines << (confirmed ? tr("The buyer's confirmation of the refund: recorded on %1").arg(when(confirmed))
                        : tr("The buyer's confirmation of the refund: not recorded yet"));
    addRow(tr("Follow-up:"), bulleted(lines));
    if ((!proof || !confirmed) && !suggestion.steps.isEmpty()) {
        addRow(tr("Steps:"), numbered(SuggestionText::steps(suggestion)));
    }
}

void SuggestionPanel::setSuggestion(
    const Suggestion& suggestion, const CaseFacts& facts, const std::optional<DecisionRecord>& decision)
{
    clear();
    QString outcome = decision ? tr("Decided: %1").arg(PolicyLabels::outcome(decision->outcome))
                               : tr("Suggested: %1").arg(PolicyLabels::outcome(suggestion.outcome));
    if (!decision && suggestion.needsReview)
        outcome += QStringLiteral(" — ") + tr("needs review");
    m_outcome = new QLabel(this);
    m_outcome->setTextFormat(Qt::PlainText);
    m_outcome->setWordWrap(true);
    QFont big = m_outcome->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_outcome->setFont(big);
    m_outcome->setText(outcome);
    m_form->addRow(m_outcome);

    if (decision) {
        addRow(tr("Decided by:"),
            tr("%1 on %2")
                .arg(UntrustedText::inlined(decision->agent),
                    DateText::dateTime(decision->decidedAt.toLocalTime())));
        addRow(tr("Recorded:"), bulleted(DecisionSummary::recorded(*decision, facts)));
        // A refund, or a release with an excess to pay back (issue 14, item 7): its steps stay until done.
        if (AgentEvents::hasRefundFollowUp(suggestion, decision->outcome))
            addRefundFollowUp(suggestion, facts);
        return;
    }

    if (suggestion.pendingUntil) {
        m_pendingUntil = suggestion.pendingUntil;
        m_countdown = addRow(tr("Decidable:"), QString());
        updateCountdown(false);
        if (m_clock.now() < *m_pendingUntil)
            m_timer->start();
    }
    if (suggestion.needsReview && suggestion.outcome == Outcome::None && !suggestion.notes.isEmpty())
        addRow(tr("Needs review because:"), bulleted(SuggestionText::notes(suggestion)));

    QStringList clauses;
    for (const QString& id : suggestion.clauses) {
        const QString summary = PolicyEngine::clauseSummary(id);
        clauses << (summary.isEmpty() ? id : tr("%1 — %2").arg(id, summary));
    }
    if (!clauses.isEmpty())
        addRow(tr("Clauses:"), bulleted(clauses));
    if (!suggestion.revision.isEmpty())
        addRow(tr("Rules revision:"), suggestion.revision);
    if (!suggestion.facts.isEmpty())
        addRow(tr("Decided by these facts:"), bulleted(SuggestionText::facts(suggestion)));
    if (!suggestion.statedReasonNote.isNull())
        addRow(tr("Stated reason:"), SuggestionText::statedReasonNote(suggestion));
    if (!suggestion.steps.isEmpty())
        addRow(tr("Steps:"), numbered(SuggestionText::steps(suggestion)));
    QStringList records;
    for (const SuggestedStrike& s : suggestion.strikes)
        records << DecisionSummary::strike(facts, s.userId, s.kind, s.clause);
    for (const SuggestedSanction& s : suggestion.sanctions)
        records << DecisionSummary::sanction(facts, s.userId, s.scope, s.days, s.clause);
    addRow(tr("Would record:"), records.isEmpty() ? tr("No strikes and no sanctions.") : bulleted(records));
    if (!suggestion.flags.isEmpty()) {
        QStringList flags;
        for (const QString& id : suggestion.flags)
            flags << DecisionSummary::flag(id);
        addRow(tr("Flags:"), bulleted(flags));
    }
    // Why each flag was raised, with its category in words (issue 18, item 6: a threat is flagged
    // abuse_suspected like abuse, and the agent sees that it is a threat).
    QStringList flagged;
    for (const FlaggedSpan& span : suggestion.spans) {
        const bool inMessage = span.source == FlaggedSpan::MessageText;
        QString source;
        if (inMessage && span.index >= 0 && span.index < facts.messages.size())
            source = facts.messages.at(span.index).text;
        else if (!inMessage && span.index >= 0 && span.index < facts.payments.size())
            source = facts.payments.at(span.index).remark;
        const QString words = source.mid(qMax(0, span.start), qMin(span.length, 80));
        const QString where = inMessage
            ? tr("message %1 from %2")
                  .arg(span.index + 1)
                  .arg(span.index < facts.messages.size() ? PolicyLabels::role(facts.messages.at(span.index).from)
                                                          : QString())
            : tr("remark of payment %1").arg(span.index + 1);
        flagged << tr("%1: “%2” in %3")
                       .arg(ConversationModel::categoryLabel(span.category.isEmpty() ? span.flag : span.category),
                           UntrustedText::inlined(words.isEmpty() ? span.term : words), where);
    }
    flagged.removeDuplicates();
    if (!flagged.isEmpty())
        addRow(tr("Flagged words:"), bulleted(flagged));
    if (!(suggestion.needsReview && suggestion.outcome == Outcome::None) && !suggestion.notes.isEmpty())
        addRow(tr("Notes:"), bulleted(SuggestionText::notes(suggestion)));
}

QString SuggestionPanel::outcomeText() const
{
    return m_outcome ? m_outcome->text() : QString();
}

QString SuggestionPanel::countdownText() const
{
    return m_countdown ? m_countdown->text() : QString();
}

void SuggestionPanel::updateCountdown(bool tick)
{
    if (!m_pendingUntil || !m_countdown)
        return;
    const qint64 secs = m_clock.now().secsTo(*m_pendingUntil);
    const QString at = DateText::dateTime(m_pendingUntil->toLocalTime());
    if (secs > 0) {
        const QString remaining = secs < 3600 ? tr("%1:%2").arg(secs / 60).arg(secs % 60, 2, 10, QLatin1Char('0'))
                                              : TimelineModel::formatDuration(secs);
        m_countdown->setText(tr("in %1 (at %2)").arg(remaining, at));
        return;
    }
    m_countdown->setText(tr("now (deadline %1 passed)").arg(at));
    m_timer->stop();
    // Only a tick reports it: a suggestion shown already past its deadline must not
    // make the case view recompute and show it again in a loop.
    if (tick)
        emit pendingElapsed();
}
