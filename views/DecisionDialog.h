#pragma once

#include "CaseFacts.h"
#include "CaseService.h"
#include "Suggestion.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QPlainTextEdit;

// Confirms a decision and shows exactly what will be recorded. Accepting the
// suggestion records its outcome with all its strikes and sanctions; overriding picks
// another outcome, needs a note, and records only the strikes and sanctions the agent
// ticks (none by default: policy.md, settled reading 10).
class DecisionDialog : public QDialog
{
    Q_OBJECT

public:
    enum Mode
    {
        AcceptSuggestion,
        OverrideSuggestion
    };

    DecisionDialog(Mode mode, const Suggestion& suggestion, const CaseFacts& facts, const QString& agent,
        const QDateTime& at, QWidget* parent = nullptr);

    // What CaseService::decide() is asked: the confirmed suggestion, outcome, note and what is kept.
    DecisionRequest request() const;
    // The record that request makes, as the dialog shows it.
    DecisionRecord decision() const;
    QString summaryText() const;
    // Override: one check box per strike and sanction the policy suggests, in the suggestion's order.
    QList<QCheckBox*> keepBoxes() const { return m_keepBoxes; }

    QComboBox* outcomeBox() const { return m_outcome; }
    QPlainTextEdit* noteEdit() const { return m_note; }
    bool canAccept() const;
    // What an override may record on a case of `kind`: the kind's outcomes and "none" (no action),
    // without the suggested outcome, and without "none" while the policy awaits something.
    static QList<Outcome> overrideOutcomes(CaseKind kind, const Suggestion& suggestion);

private:
    void update();

    Mode m_mode;
    Suggestion m_suggestion;
    CaseFacts m_facts;
    QString m_agent;
    QDateTime m_at;
    QComboBox* m_outcome = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QList<QCheckBox*> m_keepBoxes;
    QStringList m_keepTokens; // one per check box
    QPlainTextEdit* m_summary;
    QDialogButtonBox* m_buttons;
};
