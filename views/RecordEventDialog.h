#pragma once

#include "CaseFacts.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

// Records one timeline event the policy asks for: contacts, reports by the
// seller, the remainder, abuse confirmed on the selected message, impersonation, a note.
class RecordEventDialog : public QDialog
{
    Q_OBJECT

public:
    // `selectedMessage`: the transcript message selected in the case view, -1 for none.
    // On a decided case only the follow-ups (payment and refund proofs) are offered.
    RecordEventDialog(const CaseFacts& facts, int selectedMessage, bool decided = false, QWidget* parent = nullptr);

    // The event types an agent can record on a case of this kind, in the order offered.
    static QList<EventType> recordableTypes(CaseKind kind);

    void setEventType(EventType type);
    EventType eventType() const;
    bool canAccept() const;
    // The event as it will be stored, at `at` by `agent`.
    CaseEvent event(const QDateTime& at, const QString& agent) const;

    QComboBox* partyBox() const { return m_party; }
    QPlainTextEdit* noteEdit() const { return m_note; }

private:
    void update();

    int m_message;
    Message m_selected;
    QComboBox* m_type;
    QComboBox* m_party;
    QLabel* m_messageLabel;
    QPlainTextEdit* m_note;
    QDialogButtonBox* m_buttons;
};
