#pragma once

#include "TranscriptModel.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>

class TimelineModel;

// A case's chat read as a conversation (issue 14, item 5): the messages of a TranscriptModel in their order,
// with the entries of a TimelineModel (events, payments, the policy's deadline) merged in between them by
// time. Consecutive messages of one party on one channel form a group; each message has the side of the
// view it is shown on. Facts stamped after the suggestion's instant are marked (policy.md, settled reading 1:
// the policy ignored them). Text is plain text, never markup.
class ConversationModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum EntryKind
    {
        MessageEntry,
        EventEntry,
        PaymentEntry,
        DeadlineEntry
    };
    enum Side
    {
        StartSide, // the buyer, or the user of a live chat: left in a left-to-right layout
        EndSide, // the other party: the seller, or the agent when no seller writes
        CentreSide // the desk's own (agent, bot, system) between buyer and seller; timeline entries
    };
    enum DataRole
    {
        KindRole = Qt::UserRole + 1, // EntryKind
        MessageRole, // int: the message index (TranscriptModel row), -1 for a timeline entry
        TimelineRowRole, // int: the TimelineModel row, -1 for a message
        SideRole, // Side
        GroupStartRole, // bool: the first message of a group (another author, channel, or a pause)
        HeaderRole, // QString: "Buyer · nickname · Order chat" above a group (nickname isolated)
        TimeRole, // QString: the message's or entry's time in the market zone
        BodyRole, // QString: the text, control characters as symbols, line breaks kept (same offsets)
        CategoriesRole, // QStringList: the flag categories of the message's spans ("abuse", "threat", …)
        ConfirmedAbuseRole, // bool
        AfterInstantRole, // bool: stamped after the suggestion's instant, so the policy did not use it
        AtRole, // QDateTime (UTC)
    };

    // A group ends after this pause between two messages of one author.
    static constexpr int GroupPauseSecs = 10 * 60;

    ConversationModel(TranscriptModel* messages, QObject* parent = nullptr);

    // Events and payments shown between the messages; null: messages only.
    void setTimeline(TimelineModel* timeline);
    // Facts after `instant` are marked AfterInstantRole; an invalid instant marks none.
    void setInstant(const QDateTime& instant);
    QDateTime instant() const { return m_instant; }

    TranscriptModel* messages() const { return m_messages; }
    int rowOfMessage(int message) const; // -1: none
    int messageAt(int row) const; // -1: a timeline entry or no row
    // Flagged spans in BodyRole's text: a message's spans, or those of a payment's remark.
    QList<TranscriptModel::Span> spansOf(int row) const;

    // A flag category's name for the agent ("Threat"); an unknown one as it is.
    static QString categoryLabel(const QString& category);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        EntryKind kind = MessageEntry;
        int source = -1; // message index or timeline row
        Side side = CentreSide;
        bool groupStart = false;
    };

    void rebuild();
    QDateTime atOf(const Entry& e) const;
    QString timeText(int row) const;
    QString accessibleText(int row) const;

    QPointer<TranscriptModel> m_messages;
    QPointer<TimelineModel> m_timeline;
    QList<Entry> m_entries;
    QHash<int, int> m_rowOfMessage;
    QDateTime m_instant;
};
