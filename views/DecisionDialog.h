#pragma once

#include "CaseFacts.h"
#include "CaseStore.h"
#include "Suggestion.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QPlainTextEdit;

// Confirms a decision and shows exactly what will be recorded. Accepting the
// suggestion records its outcome; overriding picks another outcome and needs a note.
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

    DecisionRecord decision() const;
    QString summaryText() const;

    QComboBox* outcomeBox() const { return m_outcome; }
    QPlainTextEdit* noteEdit() const { return m_note; }
    bool canAccept() const;

private:
    void update();

    Mode m_mode;
    Suggestion m_suggestion;
    CaseFacts m_facts;
    QString m_agent;
    QDateTime m_at;
    QComboBox* m_outcome = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QPlainTextEdit* m_summary;
    QDialogButtonBox* m_buttons;
};
