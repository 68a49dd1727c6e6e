#pragma once

#include "CaseFacts.h"
#include "Suggestion.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QTimeZone>

// A case's messages, one row per message in CaseFacts order (row = message
// index, as CaseEvent::messageIndex uses it). Text is plain text, never markup.
class TranscriptModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        ChannelColumn,
        AuthorColumn,
        TextColumn,
        ColumnCount
    };
    enum DataRole
    {
        RawValueRole = Qt::UserRole + 1, // QDateTime (UTC), Channel/Role id, or the full text
        FlaggedRole, // bool: the message has a flagged span
        ConfirmedAbuseRole, // bool: an agent confirmed this message as abusive (abuse_confirmed)
    };

    struct Span
    {
        int start = 0;
        int length = 0;
        QString flag;
        QString category; // FlaggedSpan::category: "abuse", "threat", "sensitive"
    };

    // Longest part of a message shown in a row or a tooltip; the full text is shown elsewhere.
    static constexpr int DisplayLimit = 400;

    explicit TranscriptModel(QObject* parent = nullptr);

    // `nicknames`: shown next to the author's role (buyer, seller, user).
    void setTranscript(const QList<Message>& messages, const QList<FlaggedSpan>& spans, const QTimeZone& zone,
        const QHash<Role, QString>& nicknames = {});
    void clear();
    // The messages an agent confirmed as abusive (CaseEvent::messageIndex); others are ignored.
    void setConfirmedAbuse(const QList<int>& messageIndexes);

    const Message& message(int row) const { return m_messages.at(row); }
    int messageCount() const { return int(m_messages.size()); }
    QList<Span> spansOf(int row) const { return m_spans.value(row); }
    bool isConfirmedAbuse(int row) const { return m_confirmed.contains(row); }
    QTimeZone zone() const { return m_zone; }
    QString nicknameOf(Role role) const { return m_nicknames.value(role); }
    // "Buyer · nickname": the role, and the nickname isolated (UntrustedText::inlined).
    QString authorText(Role role) const;

    // A row's text on one line, cut at DisplayLimit: line breaks become spaces so
    // offsets still match the full text.
    static QString displayText(const QString& text);
    // A rich-text tooltip that shows `text` literally (escaped, whitespace kept).
    static QString toolTipFor(const QString& text);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Message> m_messages;
    QHash<int, QList<Span>> m_spans;
    QTimeZone m_zone;
    QHash<Role, QString> m_nicknames;
    QSet<int> m_confirmed;
};
