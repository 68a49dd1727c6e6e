#include "TimelineModel.h"

#include "BusinessCalendar.h"
#include "DateText.h"
#include "PolicyLabels.h"
#include "TranscriptModel.h"
#include "UntrustedText.h"

#include <QLocale>

#include <algorithm>

TimelineModel::TimelineModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_marketZone(QTimeZone::utc())
    , m_localZone(QTimeZone::utc())
{ }

void TimelineModel::setCase(const CaseFacts& facts, const std::optional<QDateTime>& pendingUntil,
    const QTimeZone& localZone, const QList<FlaggedSpan>& spans)
{
    beginResetModel();
    m_entries.clear();
    m_marketZone = BusinessCalendar::zoneForCurrency(facts.order ? facts.order->fiat : QString());
    m_localZone = localZone.isValid() ? localZone : QTimeZone::utc();
    m_anchor = QDateTime();
    m_anchorName.clear();

    for (const CaseEvent& e : facts.events) {
        Entry entry { e.at, EventEntry, PolicyIds::toId(e.type), PolicyLabels::eventType(e.type), QString(), {} };
        QStringList parts;
        if (e.by != Role::None)
            parts << tr("by %1").arg(PolicyLabels::role(e.by));
        if (e.party != Role::None)
            parts << tr("party: %1").arg(PolicyLabels::role(e.party));
        if (e.type == EventType::Cancelled && e.cause != CancelCause::None)
            parts << tr("cause: %1").arg(PolicyIds::toId(e.cause));
        if (e.messageIndex >= 0)
            parts << tr("message #%1").arg(e.messageIndex + 1);
        if (!e.agent.isEmpty())
            parts << tr("agent: %1").arg(UntrustedText::inlined(e.agent));
        if (!e.note.isEmpty())
            parts << UntrustedText::inlined(e.note);
        entry.detail = parts.join(QStringLiteral(" · "));
        m_entries.append(entry);
        if (e.type == EventType::MarkedPaid && !m_anchor.isValid()) {
            m_anchor = e.at;
            m_anchorName = tr("marked paid");
        }
    }
    const QString fiat = facts.order ? facts.order->fiat : QString();
    for (int i = 0; i < facts.payments.size(); ++i) {
        const Payment& p = facts.payments.at(i);
        QStringList parts;
        parts << PolicyLabels::amount(p.amount) + QLatin1Char(' ') + fiat;
        if (!p.payerName.isEmpty())
            parts << tr("from %1").arg(UntrustedText::inlined(p.payerName));
        parts << (p.toListedAccount ? tr("to the listed account") : tr("to another account"));
        Entry entry { p.at, PaymentEntry, QStringLiteral("payment"), tr("Payment"), QString(), {} };
        if (!p.remark.isEmpty()) {
            // The remark comes last, so a span's offset in the details is the remark's plus its own.
            const QString pattern = tr("remark: %1");
            const int placeholder = int(qMax<qsizetype>(0, pattern.indexOf(QLatin1String("%1"))));
            parts << pattern.left(placeholder) + UntrustedText::inlined(p.remark) + pattern.mid(placeholder + 2);
            entry.detail = parts.join(QStringLiteral(" · "));
            // + 1: the isolate's U+2068 before the remark.
            const int remarkStart = int(entry.detail.size() - parts.last().size()) + placeholder + 1;
            for (const FlaggedSpan& span : spans) {
                if (span.source != FlaggedSpan::PaymentRemark || span.index != i)
                    continue;
                const int start = qBound(0, span.start, int(p.remark.size()));
                const int length = qBound(0, span.length, int(p.remark.size()) - start);
                if (length > 0)
                    entry.highlights.append(
                        TranscriptModel::Span { remarkStart + start, length, span.flag, span.category });
            }
        } else {
            entry.detail = parts.join(QStringLiteral(" · "));
        }
        m_entries.append(entry);
    }
    if (pendingUntil && pendingUntil->isValid())
        m_entries.append(Entry { *pendingUntil, DeadlineEntry, QStringLiteral("pending_until"), tr("Policy deadline"),
            tr("the case becomes decidable"), {} });

    std::stable_sort(m_entries.begin(), m_entries.end(), [](const Entry& a, const Entry& b) { return a.at < b.at; });

    if (!m_anchor.isValid() && facts.order && facts.order->createdAt.isValid()) {
        m_anchor = facts.order->createdAt;
        m_anchorName = tr("order created");
    }
    if (!m_anchor.isValid() && facts.openedAt.isValid()) {
        m_anchor = facts.openedAt;
        m_anchorName = tr("appeal opened");
    }
    endResetModel();
}

void TimelineModel::clear()
{
    beginResetModel();
    m_entries.clear();
    m_anchor = QDateTime();
    m_anchorName.clear();
    endResetModel();
}

void TimelineModel::setInstant(const QDateTime& instant)
{
    m_instant = instant;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString TimelineModel::formatDuration(qint64 secs)
{
    const qint64 minutes = qAbs(secs) / 60;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    if (minutes < 48 * 60)
        return minutes % 60 ? tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60) : tr("%1 h").arg(minutes / 60);
    const qint64 hours = minutes / 60;
    return hours % 24 ? tr("%1 d %2 h").arg(hours / 24).arg(hours % 24) : tr("%1 d").arg(hours / 24);
}

QString TimelineModel::relativeText(const QDateTime& at) const
{
    if (!m_anchor.isValid() || !at.isValid())
        return QString();
    const qint64 secs = m_anchor.secsTo(at);
    if (qAbs(secs) < 60)
        return tr("at %1").arg(m_anchorName);
    if (secs > 0)
        return tr("%1 after %2").arg(formatDuration(secs), m_anchorName);
    return tr("%1 before %2").arg(formatDuration(secs), m_anchorName);
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& e = m_entries.at(index.row());
    if (role == KindRole)
        return int(e.kind);
    // The deadline is the policy's answer, not a fact it read.
    const bool after = e.kind != DeadlineEntry && m_instant.isValid() && e.at.isValid() && e.at > m_instant;
    if (role == AfterInstantRole)
        return after;
    if (role == Qt::ToolTipRole && after && index.column() != DetailColumn)
        return tr("After the suggestion's instant: the policy did not use it.");
    switch (index.column()) {
    case MarketTimeColumn:
    case LocalTimeColumn:
        if (role == Qt::DisplayRole) {
            const QTimeZone& zone = index.column() == MarketTimeColumn ? m_marketZone : m_localZone;
            return DateText::dateTime(e.at.toTimeZone(zone));
        }
        if (role == RawValueRole)
            return e.at;
        break;
    case RelativeColumn:
        if (role == Qt::DisplayRole)
            return relativeText(e.at);
        if (role == RawValueRole)
            return m_anchor.isValid() ? QVariant(m_anchor.secsTo(e.at)) : QVariant();
        break;
    case WhatColumn:
        if (role == Qt::DisplayRole)
            return e.what;
        if (role == RawValueRole)
            return e.id;
        break;
    case DetailColumn:
        if (role == Qt::DisplayRole)
            return TranscriptModel::displayText(e.detail);
        if (role == RawValueRole)
            return e.detail;
        if (role == Qt::ToolTipRole && !e.detail.isEmpty())
            return TranscriptModel::toolTipFor(e.detail);
        break;
    default:
        break;
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MarketTimeColumn:
        return tr("Market time (%1)").arg(QString::fromUtf8(m_marketZone.id()));
    case LocalTimeColumn:
        return tr("Your time (%1)").arg(QString::fromUtf8(m_localZone.id()));
    case RelativeColumn:
        return tr("Relative");
    case WhatColumn:
        return tr("What");
    case DetailColumn:
        return tr("Details");
    default:
        return {};
    }
}
