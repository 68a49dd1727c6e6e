#pragma once

#include "CaseFacts.h"
#include "CaseStore.h"
#include "Suggestion.h"

#include <QWidget>

#include <optional>

class Clock;
class QFormLayout;
class QLabel;
class QTimer;

// The policy's suggestion for the case shown: outcome, clauses with a
// one-line summary, the facts that decided it, steps, what it would record,
// a countdown to `pending_until`, and the stored decision once there is one.
class SuggestionPanel : public QWidget
{
    Q_OBJECT

public:
    SuggestionPanel(const Clock& clock, QWidget* parent = nullptr);

    void setSuggestion(const Suggestion& suggestion, const CaseFacts& facts,
        const std::optional<DecisionRecord>& decision = std::nullopt);
    void clear();

    QString outcomeText() const;
    QString countdownText() const;

signals:
    // `pending_until` has passed: the suggestion must be computed again.
    void pendingElapsed();

private:
    void updateCountdown(bool tick);
    QLabel* addRow(const QString& caption, const QString& value);
    void addRefundFollowUp(const Suggestion& suggestion, const CaseFacts& facts);
    static QString numbered(const QStringList& steps);

    const Clock& m_clock;
    QFormLayout* m_form;
    QLabel* m_outcome = nullptr;
    QLabel* m_countdown = nullptr;
    QTimer* m_timer;
    std::optional<QDateTime> m_pendingUntil;
};
