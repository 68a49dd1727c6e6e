#include "ConversationModel.h"

#include "DateText.h"
#include "PolicyLabels.h"
#include "TimelineModel.h"
#include "UntrustedText.h"

#include <QLocale>

ConversationModel::ConversationModel(TranscriptModel* messages, QObject* parent)
    : QAbstractListModel(parent)
    , m_messages(messages)
{
    connect(messages, &QAbstractItemModel::modelReset, this, &ConversationModel::rebuild);
    connect(messages, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& from, const QModelIndex& to) {
        for (int message = from.row(); message <= to.row(); ++message) {
            const int row = rowOfMessage(message);
            if (row >= 0)
                emit dataChanged(index(row), index(row));
        }
    });
    rebuild();
}

void ConversationModel::setTimeline(TimelineModel* timeline)
{
    if (m_timeline)
        disconnect(m_timeline, nullptr, this, nullptr);
    m_timeline = timeline;
    if (timeline)
        connect(timeline, &QAbstractItemModel::modelReset, this, &ConversationModel::rebuild);
    rebuild();
}

void ConversationModel::setInstant(const QDateTime& instant)
{
    m_instant = instant;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1), { AfterInstantRole });
}

QDateTime ConversationModel::atOf(const Entry& e) const
{
    if (e.kind == MessageEntry)
        return m_messages->message(e.source).at;
    return m_timeline->index(e.source, TimelineModel::MarketTimeColumn).data(TimelineModel::RawValueRole).toDateTime();
}

void ConversationModel::rebuild()
{
    beginResetModel();
    m_entries.clear();
    m_rowOfMessage.clear();
    const int messageCount = m_messages ? m_messages->messageCount() : 0;
    bool sellerWrites = false;
    for (int i = 0; i < messageCount; ++i)
        sellerWrites = sellerWrites || m_messages->message(i).from == Role::Seller;

    // Messages keep their order (a row is a message index elsewhere); each timeline entry goes before the
    // first message stamped after it. The timeline is sorted by time already.
    const int timelineRows = m_timeline ? m_timeline->rowCount() : 0;
    int nextEntry = 0;
    const auto kindOfTimelineRow = [this](int row) {
        switch (m_timeline->index(row, 0).data(TimelineModel::KindRole).toInt()) {
        case TimelineModel::PaymentEntry:
            return PaymentEntry;
        case TimelineModel::DeadlineEntry:
            return DeadlineEntry;
        default:
            return EventEntry;
        }
    };
    const auto timelineAt = [this](int row) {
        return m_timeline->index(row, TimelineModel::MarketTimeColumn).data(TimelineModel::RawValueRole).toDateTime();
    };
    const Message* previous = nullptr;
    for (int i = 0; i < messageCount; ++i) {
        const Message& m = m_messages->message(i);
        bool interrupted = false;
        while (m.at.isValid() && nextEntry < timelineRows && timelineAt(nextEntry) < m.at) {
            m_entries.append(Entry { kindOfTimelineRow(nextEntry), nextEntry, CentreSide, false });
            ++nextEntry;
            interrupted = true;
        }
        Entry entry { MessageEntry, i, CentreSide, true };
        switch (m.from) {
        case Role::Buyer:
        case Role::User:
            entry.side = StartSide;
            break;
        case Role::Seller:
            entry.side = EndSide;
            break;
        case Role::Agent:
            entry.side = sellerWrites ? CentreSide : EndSide;
            break;
        default:
            entry.side = CentreSide;
            break;
        }
        entry.groupStart = interrupted || !previous || previous->from != m.from || previous->channel != m.channel
            || !previous->at.isValid() || !m.at.isValid() || previous->at.secsTo(m.at) > GroupPauseSecs;
        m_rowOfMessage.insert(i, int(m_entries.size()));
        m_entries.append(entry);
        previous = &m;
    }
    for (; nextEntry < timelineRows; ++nextEntry)
        m_entries.append(Entry { kindOfTimelineRow(nextEntry), nextEntry, CentreSide, false });
    endResetModel();
}

int ConversationModel::rowOfMessage(int message) const
{
    return m_rowOfMessage.value(message, -1);
}

int ConversationModel::messageAt(int row) const
{
    if (row < 0 || row >= m_entries.size() || m_entries.at(row).kind != MessageEntry)
        return -1;
    return m_entries.at(row).source;
}

QList<TranscriptModel::Span> ConversationModel::spansOf(int row) const
{
    if (row < 0 || row >= m_entries.size())
        return {};
    const Entry& e = m_entries.at(row);
    if (e.kind == MessageEntry)
        return m_messages->spansOf(e.source);
    return m_timeline->highlightsOf(e.source);
}

QString ConversationModel::categoryLabel(const QString& category)
{
    if (category == QLatin1String("threat"))
        return tr("Threat");
    if (category == QLatin1String("abuse"))
        return tr("Abusive language");
    if (category == QLatin1String("sensitive"))
        return tr("Sensitive word");
    return category;
}

int ConversationModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QString ConversationModel::timeText(int row) const
{
    const QDateTime at = atOf(m_entries.at(row));
    if (!at.isValid())
        return QString();
    const QTimeZone zone = m_messages->zone();
    const QDateTime local = at.toTimeZone(zone);
    // A time alone when the row before it was on the same day: the date is said once.
    for (int before = row - 1; before >= 0; --before) {
        const QDateTime earlier = atOf(m_entries.at(before));
        if (!earlier.isValid())
            continue;
        if (earlier.toTimeZone(zone).date() == local.date())
            return DateText::time(local.time());
        break;
    }
    return DateText::dateTime(local);
}

QString ConversationModel::accessibleText(int row) const
{
    const Entry& e = m_entries.at(row);
    QStringList parts;
    if (e.kind == MessageEntry) {
        const Message& m = m_messages->message(e.source);
        parts << m_messages->authorText(m.from) << PolicyLabels::channel(m.channel) << timeText(row)
              << UntrustedText::visible(m.text.left(TranscriptModel::DisplayLimit));
        for (const QString& category : data(index(row), CategoriesRole).toStringList())
            parts << tr("flagged: %1").arg(categoryLabel(category));
        if (m_messages->isConfirmedAbuse(e.source))
            parts << tr("abuse confirmed");
    } else {
        parts << m_timeline->index(e.source, TimelineModel::WhatColumn).data().toString() << timeText(row)
              << m_timeline->index(e.source, TimelineModel::DetailColumn).data().toString();
    }
    if (data(index(row), AfterInstantRole).toBool())
        parts << tr("after the suggestion's instant");
    parts.removeAll(QString());
    return parts.join(QStringLiteral(", "));
}

QVariant ConversationModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const Entry& e = m_entries.at(row);
    switch (role) {
    case KindRole:
        return int(e.kind);
    case MessageRole:
        return e.kind == MessageEntry ? e.source : -1;
    case TimelineRowRole:
        return e.kind == MessageEntry ? -1 : e.source;
    case SideRole:
        return int(e.side);
    case GroupStartRole:
        return e.groupStart;
    case AtRole:
        return atOf(e);
    case TimeRole:
        return timeText(row);
    case ConfirmedAbuseRole:
        return e.kind == MessageEntry && m_messages->isConfirmedAbuse(e.source);
    case AfterInstantRole: {
        // The deadline is the policy's own answer, not a fact it read.
        const QDateTime at = atOf(e);
        return e.kind != DeadlineEntry && m_instant.isValid() && at.isValid() && at > m_instant;
    }
    case CategoriesRole: {
        QStringList categories;
        for (const TranscriptModel::Span& span : spansOf(row)) {
            const QString category = span.category.isEmpty() ? span.flag : span.category;
            if (!categories.contains(category))
                categories << category;
        }
        return categories;
    }
    case HeaderRole:
        if (e.kind != MessageEntry)
            return m_timeline->index(e.source, TimelineModel::WhatColumn).data();
        return tr("%1 · %2").arg(m_messages->authorText(m_messages->message(e.source).from),
            PolicyLabels::channel(m_messages->message(e.source).channel));
    case BodyRole:
        if (e.kind != MessageEntry)
            return UntrustedText::visible(
                m_timeline->index(e.source, TimelineModel::DetailColumn).data(TimelineModel::RawValueRole).toString());
        return UntrustedText::visible(m_messages->message(e.source).text, true);
    case Qt::DisplayRole:
        return data(index, BodyRole);
    case Qt::AccessibleTextRole:
        return accessibleText(row);
    case Qt::ToolTipRole: {
        // What each highlighted span is, on hover: the words and their category.
        QStringList lines;
        const QString text = data(index, BodyRole).toString();
        for (const TranscriptModel::Span& span : spansOf(row))
            lines << tr("“%1”: %2")
                         .arg(UntrustedText::inlined(text.mid(span.start, qMin(span.length, 80))),
                             categoryLabel(span.category.isEmpty() ? span.flag : span.category));
        if (data(index, AfterInstantRole).toBool())
            lines << tr("After the suggestion's instant: the policy did not use it.");
        if (lines.isEmpty())
            return {};
        return TranscriptModel::toolTipFor(lines.join(QLatin1Char('\n')));
    }
    default:
        return {};
    }
}
