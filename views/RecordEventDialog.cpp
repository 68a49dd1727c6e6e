#include "RecordEventDialog.h"

#include "AgentEvents.h"
#include "PolicyLabels.h"
#include "TranscriptModel.h"
#include "UntrustedText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

RecordEventDialog::RecordEventDialog(const CaseFacts& facts, int selectedMessage, bool decided, QWidget* parent)
    : QDialog(parent)
    , m_message(selectedMessage >= 0 && selectedMessage < facts.messages.size() ? selectedMessage : -1)
    , m_type(new QComboBox(this))
    , m_party(new QComboBox(this))
    , m_messageLabel(new QLabel(this))
    , m_note(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Record event"));
    if (m_message >= 0)
        m_selected = facts.messages.at(m_message);
    for (EventType type : decided ? AgentEvents::followUps(facts.kind) : AgentEvents::recordable(facts.kind))
        m_type->addItem(PolicyLabels::eventType(type), int(type));
    for (const Party& p : facts.parties)
        m_party->addItem(p.nickname.isEmpty()
                ? PolicyLabels::role(p.role)
                : tr("%1 (%2)").arg(PolicyLabels::role(p.role), UntrustedText::inlined(p.nickname)),
            int(p.role));
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setWordWrap(true);
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("Optional note"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Event:"), m_type);
    form->addRow(tr("&Party:"), m_party);
    form->addRow(tr("Message:"), m_messageLabel);
    form->addRow(tr("&Note:"), m_note);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));

    connect(m_type, &QComboBox::currentIndexChanged, this, &RecordEventDialog::update);
    connect(m_party, &QComboBox::currentIndexChanged, this, &RecordEventDialog::update);
    connect(m_note, &QPlainTextEdit::textChanged, this, &RecordEventDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canAccept())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(480, 300);
    update();
}

QList<EventType> RecordEventDialog::recordableTypes(CaseKind kind)
{
    return AgentEvents::recordable(kind);
}

void RecordEventDialog::setEventType(EventType type)
{
    const int index = m_type->findData(int(type));
    if (index >= 0)
        m_type->setCurrentIndex(index);
}

EventType RecordEventDialog::eventType() const
{
    return EventType(m_type->currentData().toInt());
}

bool RecordEventDialog::canAccept() const
{
    const EventType type = eventType();
    if (AgentEvents::needsParty(type) && m_party->currentIndex() < 0)
        return false;
    if (type == EventType::AbuseConfirmed && m_message < 0)
        return false;
    if (type == EventType::Note && m_note->toPlainText().trimmed().isEmpty())
        return false;
    return true;
}

void RecordEventDialog::update()
{
    const EventType type = eventType();
    m_party->setEnabled(AgentEvents::needsParty(type));
    if (type == EventType::AbuseConfirmed) {
        if (m_message < 0) {
            m_messageLabel->setText(tr("Select the abusive message in the transcript first."));
        } else {
            const Message& m = m_selected;
            m_messageLabel->setText(tr("#%1 from %2: %3")
                                        .arg(QString::number(m_message + 1), PolicyLabels::role(m.from),
                                            UntrustedText::inlined(TranscriptModel::displayText(m.text))));
            // The author of the confirmed message is the party it is confirmed on, when that is a party.
            const int party = m_party->findData(int(m.from));
            if (party >= 0 && m_party->currentIndex() != party)
                m_party->setCurrentIndex(party);
        }
    } else {
        m_messageLabel->setText(tr("none"));
    }
    m_note->setPlaceholderText(type == EventType::Note ? tr("Note (required)") : tr("Optional note"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
}

CaseEvent RecordEventDialog::event(const QDateTime& at, const QString& agent) const
{
    CaseEvent e;
    e.at = at;
    e.type = eventType();
    e.agent = agent;
    e.note = m_note->toPlainText().trimmed();
    e.by = AgentEvents::actor(e.type);
    if (AgentEvents::needsParty(e.type))
        e.party = Role(m_party->currentData().toInt());
    if (e.type == EventType::AbuseConfirmed)
        e.messageIndex = m_message;
    return e;
}
