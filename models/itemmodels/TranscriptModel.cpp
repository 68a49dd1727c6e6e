#include "TranscriptModel.h"

#include "DateText.h"
#include "PolicyLabels.h"
#include "UntrustedText.h"

#include <QLocale>

TranscriptModel::TranscriptModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_zone(QTimeZone::utc())
{ }

void TranscriptModel::setTranscript(const QList<Message>& messages, const QList<FlaggedSpan>& spans,
    const QTimeZone& zone, const QHash<Role, QString>& nicknames)
{
    beginResetModel();
    m_messages = messages;
    m_nicknames = nicknames;
    m_confirmed.clear();
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    m_spans.clear();
    for (const FlaggedSpan& s : spans) {
        if (s.source != FlaggedSpan::MessageText || s.index < 0 || s.index >= m_messages.size())
            continue;
        const int textLength = int(m_messages.at(s.index).text.size());
        // A span from a scanner that disagrees with the text is clipped, never trusted.
        const int start = qBound(0, s.start, textLength);
        const int length = qBound(0, s.length, textLength - start);
        if (length > 0)
            m_spans[s.index].append(Span { start, length, s.flag, s.category });
    }
    endResetModel();
}

void TranscriptModel::clear()
{
    setTranscript({}, {}, QTimeZone::utc());
}

void TranscriptModel::setConfirmedAbuse(const QList<int>& messageIndexes)
{
    QSet<int> confirmed;
    for (int index : messageIndexes) {
        if (index >= 0 && index < m_messages.size())
            confirmed.insert(index);
    }
    const QSet<int> changed = (confirmed - m_confirmed) + (m_confirmed - confirmed);
    m_confirmed = confirmed;
    for (int row : changed)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString TranscriptModel::displayText(const QString& text)
{
    QString shown = text.left(DisplayLimit);
    for (QChar& c : shown) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t') || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    }
    return shown;
}

QString TranscriptModel::toolTipFor(const QString& text)
{
    QString shown = text.left(DisplayLimit);
    if (text.size() > DisplayLimit)
        shown += QChar(0x2026);
    return QStringLiteral("<qt><p style=\"white-space:pre-wrap\">") + shown.toHtmlEscaped()
        + QStringLiteral("</p></qt>");
}

QString TranscriptModel::authorText(Role role) const
{
    const QString nickname = m_nicknames.value(role);
    return nickname.isEmpty() ? PolicyLabels::role(role)
                              : tr("%1 · %2").arg(PolicyLabels::role(role), UntrustedText::inlined(nickname));
}

int TranscriptModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

int TranscriptModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TranscriptModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Message& m = m_messages.at(index.row());
    if (role == FlaggedRole)
        return m_spans.contains(index.row());
    if (role == ConfirmedAbuseRole)
        return m_confirmed.contains(index.row());
    switch (index.column()) {
    case TimeColumn:
        if (role == Qt::DisplayRole)
            return DateText::dateTime(m.at.toTimeZone(m_zone));
        if (role == RawValueRole)
            return m.at;
        break;
    case ChannelColumn:
        if (role == Qt::DisplayRole)
            return PolicyLabels::channel(m.channel);
        if (role == RawValueRole)
            return PolicyIds::toId(m.channel);
        break;
    case AuthorColumn:
        if (role == Qt::DisplayRole)
            return authorText(m.from);
        if (role == RawValueRole)
            return PolicyIds::toId(m.from);
        break;
    case TextColumn:
        if (role == Qt::DisplayRole)
            return displayText(m.text);
        if (role == Qt::ToolTipRole)
            return toolTipFor(m.text);
        if (role == RawValueRole)
            return m.text;
        break;
    default:
        break;
    }
    return {};
}

QVariant TranscriptModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ChannelColumn:
        return tr("Channel");
    case AuthorColumn:
        return tr("From");
    case TextColumn:
        return tr("Message");
    default:
        return {};
    }
}
