#include "QueueModel.h"

#include "DateText.h"
#include "PolicyLabels.h"

#include "Clock.h"
#include "QueueCounter.h"
#include "TranscriptModel.h"
#include "UntrustedText.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QLocale>
#include <QTimer>

#include <limits>

// Paging: rows are read a page at a time with keyset pagination (QueueQuery),
//   WHERE (k1, k2, id) > (anchor) ORDER BY k1, k2, id LIMIT PageSize
// where every sort key is the leading part of an index (Migrations), so a
// page costs one index range read whatever the number of cases.
//
// Keyset pagination cannot jump to row N, so the model keeps anchors: the
// sort key of the first and last row of every page it has read. A page is
// read from the nearest anchor on either side: forwards from an anchor above
// it, or backwards (reversed order) from an anchor below it, where the start
// and the end of the list are anchors too; only the rows between the anchor
// and the page are skipped with OFFSET, and skipping rows of an index costs
// no table reads. Scrolling reads neighbouring pages (no OFFSET), jumping to
// the end reads backwards from the end (no OFFSET), and dragging the scroll
// bar into the middle of a million rows skips at most half of them once.

namespace {

constexpr int kMaxAnchors = 20000;

// "3 d 4 h", "2 h 15 min", "7 min" for a non-negative number of minutes.
QString durationText(qint64 minutes)
{
    if (minutes >= 24 * 60)
        return QueueModel::tr("%1 d %2 h").arg(minutes / (24 * 60)).arg((minutes / 60) % 24);
    if (minutes >= 60)
        return QueueModel::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    return QueueModel::tr("%1 min").arg(minutes);
}

QString amountText(const QString& amount)
{
    bool ok = false;
    const double value = amount.toDouble(&ok);
    if (!ok)
        return amount;
    const qsizetype dot = amount.indexOf(QLatin1Char('.'));
    const int decimals = dot < 0 ? 0 : int(amount.size() - dot - 1);
    return QLocale().toString(value, 'f', decimals);
}

} // namespace

QueueModel::QueueModel(const QString& databasePath, const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_databasePath(databasePath)
    , m_query(databasePath)
    , m_clock(clock)
{
    m_query.setSort(QueueField(m_sortColumn), m_sortOrder == Qt::AscendingOrder);
}

QueueModel::~QueueModel() = default;

bool QueueModel::open()
{
    if (!m_query.open()) {
        m_error = m_query.lastError();
        return false;
    }
    beginResetModel();
    m_query.setAsOf(m_clock.now());
    recount();
    endResetModel();
    return m_error.isEmpty();
}

void QueueModel::setFilter(const QueueFilter& filter)
{
    if (filter == m_query.filter())
        return;
    if (!m_query.isOpen()) {
        m_query.setFilter(filter);
        return;
    }
    beginResetModel();
    m_query.setFilter(filter);
    recount();
    endResetModel();
}

void QueueModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || (column == m_sortColumn && order == m_sortOrder))
        return;
    beginResetModel();
    m_sortColumn = column;
    m_sortOrder = order;
    m_query.setSort(QueueField(column), order == Qt::AscendingOrder);
    clearCache();
    endResetModel();
}

void QueueModel::refresh()
{
    if (!m_query.isOpen())
        return;
    beginResetModel();
    m_query.clearCountCache();
    m_query.setAsOf(m_clock.now());
    recount();
    endResetModel();
}

void QueueModel::clockTicked()
{
    // Age, SLA and, with the claims running out, Agent.
    if (m_count > 0) {
        emit dataChanged(index(0, AgeColumn), index(m_count - 1, AgentColumn),
            { Qt::DisplayRole, Qt::ToolTipRole, OverdueRole, ClaimExpiredRole });
    }
}

bool QueueModel::claimExpired(const QueueRow& row) const
{
    // As DecisionStore::claim sees it: a claim holds only while claimed_until lies ahead.
    return !row.agent.isEmpty() && row.status != CaseStatus::Decided
        && row.claimedUntil <= m_clock.now().toMSecsSinceEpoch();
}

void QueueModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_count > 0)
        emit dataChanged(index(0, 0), index(m_count - 1, ColumnCount - 1), { Qt::DisplayRole, Qt::ToolTipRole });
}

void QueueModel::recount()
{
    clearCache();
    m_error.clear();
    m_countTicket = 0;
    const QueueFilter filter = m_query.filter();
    // A search narrowed by status runs once here; the matches of the other statuses are counted apart.
    const bool othersApart = m_countBound > 0 && !filter.text.trimmed().isEmpty() && filter.status.has_value();
    m_query.setCountsOtherStatuses(!othersApart);
    const int count = m_query.recount(m_countBound);
    if (count < 0)
        m_error = m_query.lastError();
    m_count = qMax(0, count);
    m_capped = m_query.isCountCapped();
    m_countExact = count < 0 || m_query.isCountExact();
    m_otherStatuses = m_query.otherStatusCount();
    const bool sameFilter = m_lastExactCount >= 0 && m_lastExactFilter == filter;
    if (!m_countExact && sameFilter && m_lastExactCount > m_count)
        m_count = m_lastExactCount; // a refresh: the rows stay as they were until the count says otherwise
    if (othersApart)
        m_otherStatuses = sameFilter ? m_lastOtherStatuses : 0;
    if (count >= 0 && (!m_countExact || othersApart)) {
        if (!m_counter) {
            m_counter = new QueueCounter(m_databasePath, this);
            connect(m_counter, &QueueCounter::counted, this, &QueueModel::counted);
        }
        m_countTicket = m_counter->request(filter, m_query.asOf());
    }
    if (m_countExact && count >= 0) {
        m_lastExactFilter = filter;
        m_lastExactCount = m_count;
        if (!othersApart)
            m_lastOtherStatuses = m_otherStatuses;
    }
    emit countChanged(m_count, m_capped, m_countExact);
}

void QueueModel::counted(quint64 ticket, int count, const QString& error)
{
    if (ticket == 0 || ticket != m_countTicket)
        return; // overtaken by a later filter or refresh
    m_countTicket = 0;
    if (count < 0) {
        // The rows shown stay; the count keeps saying it is a lower bound.
        m_error = error;
    } else if (!m_query.filter().text.trimmed().isEmpty()) {
        // The search's matches in every status, of which the rows shown are the filter's.
        m_otherStatuses = count > m_count ? count - m_count : 0;
        m_lastOtherStatuses = m_otherStatuses;
    } else {
        setRowCount(count);
        m_countExact = true;
        m_lastExactFilter = m_query.filter();
        m_lastExactCount = count;
    }
    emit countChanged(m_count, m_capped, m_countExact);
}

void QueueModel::setRowCount(int count)
{
    if (count > m_count) {
        beginInsertRows(QModelIndex(), m_count, count - 1);
        // The last page was read short, up to the old end.
        if (m_count > 0 && m_count % PageSize != 0) {
            m_pages.remove((m_count - 1) / PageSize);
            m_pageLru.removeOne((m_count - 1) / PageSize);
        }
        m_count = count;
        endInsertRows();
    } else if (count < m_count) {
        beginRemoveRows(QModelIndex(), count, m_count - 1);
        m_count = count;
        // Pages and anchors past the new end are forgotten.
        for (auto it = m_pages.begin(); it != m_pages.end();) {
            if (it.key() * PageSize >= count) {
                m_pageLru.removeOne(it.key());
                it = m_pages.erase(it);
            } else {
                ++it;
            }
        }
        m_anchors.erase(m_anchors.lowerBound(count), m_anchors.end());
        endRemoveRows();
    }
}

bool QueueModel::waitForCount(int msecs)
{
    const QDeadlineTimer deadline(msecs);
    while (m_countTicket != 0) {
        if (deadline.hasExpired())
            return false;
        QEventLoop loop;
        connect(m_counter, &QueueCounter::counted, &loop, &QEventLoop::quit, Qt::QueuedConnection);
        QTimer::singleShot(int(qBound(qint64(1), deadline.remainingTime(), qint64(msecs))), &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

void QueueModel::clearCache()
{
    m_pages.clear();
    m_pageLru.clear();
    m_anchors.clear();
}

const QueueRow* QueueModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / PageSize;
    if (!m_pages.contains(page))
        fetchPage(page);
    const auto it = m_pages.constFind(page);
    if (it == m_pages.constEnd())
        return nullptr;
    m_pageLru.removeOne(page);
    m_pageLru.append(page);
    const int inPage = row - page * PageSize;
    return inPage < it->size() ? &it->at(inPage) : nullptr;
}

void QueueModel::fetchPage(int page) const
{
    const int first = page * PageSize;
    const int last = qMin(m_count, first + PageSize) - 1;
    if (first > last)
        return;

    // The nearest anchors: the row before the page (or the start) and the row after it (or the end).
    int below = -1;
    const QVariantList* belowKey = nullptr;
    auto it = m_anchors.lowerBound(first);
    if (it != m_anchors.begin()) {
        --it;
        below = it.key();
        belowKey = &it.value();
    }
    // The end of the list is an anchor only when the count is known.
    int above = m_countExact ? m_count : std::numeric_limits<int>::max();
    const QVariantList* aboveKey = nullptr;
    const auto after = m_anchors.upperBound(last);
    if (after != m_anchors.end()) {
        above = after.key();
        aboveKey = &after.value();
    }
    const int forwardSkip = first - below - 1;
    const int backwardSkip = above - last - 1;
    const bool backward = backwardSkip < forwardSkip;
    const int limit = last - first + 1;
    m_error.clear();
    const QList<QueueRow> rows = backward ? m_query.rows(aboveKey, true, limit, backwardSkip)
                                          : m_query.rows(belowKey, false, limit, forwardSkip);
    if (rows.isEmpty() && !m_query.lastError().isEmpty()) {
        m_error = m_query.lastError();
        return;
    }
    if (m_anchors.size() > kMaxAnchors)
        m_anchors.clear();
    if (rows.size() == limit) {
        m_anchors.insert(first, rows.first().key);
        m_anchors.insert(last, rows.last().key);
    }
    while (m_pageLru.size() >= MaxCachedPages)
        m_pages.remove(m_pageLru.takeFirst());
    m_pages.insert(page, rows);
    m_pageLru.append(page);
}

QString QueueModel::caseIdAt(int row) const
{
    const QueueRow* r = rowAt(row);
    return r ? r->caseId : QString();
}

int QueueModel::rowOfCase(const QString& caseId, int searchLimit)
{
    if (m_countExact)
        return m_query.rowOfCase(caseId, m_count, searchLimit);
    // Its rank shows that there are at least that many rows.
    const int row = m_query.rowOfCase(caseId, std::numeric_limits<int>::max(), searchLimit);
    if (row >= m_count)
        setRowCount(row + 1);
    return row;
}

QStringList QueueModel::distinctValues(Column column) const
{
    return m_query.distinctValues(QueueField(column));
}

QStringList QueueModel::explainQueryPlans() const
{
    return m_query.explainQueryPlans();
}

int QueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int QueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString QueueModel::display(const QueueRow& row, int column) const
{
    switch (column) {
    case CaseIdColumn:
        return row.caseId;
    case KindColumn:
        return PolicyLabels::kindOfId(row.kind);
    case ClauseColumn:
        return row.clause;
    case AppellantColumn: {
        const QString who = row.appellantNickname.isEmpty() ? UntrustedText::inlined(row.appellantUserId)
                                                            : UntrustedText::inlined(row.appellantNickname)
                + QStringLiteral(" (") + UntrustedText::inlined(row.appellantUserId) + QLatin1Char(')');
        if (row.appellant == QLatin1String("buyer"))
            return tr("Buyer %1").arg(who).trimmed();
        if (row.appellant == QLatin1String("seller"))
            return tr("Seller %1").arg(who).trimmed();
        return who;
    }
    case FiatColumn:
        return row.fiat;
    case AmountColumn:
        return amountText(row.amount);
    case LanguageColumn:
        return row.language;
    case AgeColumn: {
        const qint64 minutes = (m_clock.now().toMSecsSinceEpoch() - row.openedAt) / 60000;
        return durationText(qMax<qint64>(0, minutes));
    }
    case SlaColumn: {
        if (!row.hasDue || row.status == CaseStatus::Decided)
            return QString();
        const qint64 minutes = (row.dueAt - m_clock.now().toMSecsSinceEpoch()) / 60000;
        // Overdue: a minus sign (the view paints it red); the tooltip names the deadline.
        return minutes < 0 ? QChar(0x2212) + durationText(-minutes) : durationText(minutes);
    }
    case StatusColumn:
        return PolicyLabels::status(row.status);
    case AgentColumn:
        return row.agent;
    }
    return QString();
}

QVariant QueueModel::rawValue(const QueueRow& row, int column) const
{
    switch (column) {
    case CaseIdColumn:
        return row.caseId;
    case KindColumn:
        return row.kind;
    case ClauseColumn:
        return row.clause;
    case AppellantColumn:
        return row.appellant;
    case FiatColumn:
        return row.fiat;
    case AmountColumn:
        return row.amount;
    case LanguageColumn:
        return row.language;
    case AgeColumn:
        return QDateTime::fromMSecsSinceEpoch(row.openedAt, Qt::UTC);
    case SlaColumn:
        return row.hasDue ? QVariant(QDateTime::fromMSecsSinceEpoch(row.dueAt, Qt::UTC)) : QVariant();
    case StatusColumn:
        return caseStatusId(row.status);
    case AgentColumn:
        return row.agent;
    }
    return QVariant();
}

QVariant QueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    switch (role) {
    case Qt::DisplayRole:
    case RawValueRole:
    case DueTimeRole:
    case CaseIdRole:
    case OverdueRole:
    case ClaimExpiredRole:
    case Qt::ToolTipRole:
        break;
    case Qt::TextAlignmentRole:
        return index.column() == AmountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return QVariant();
    }
    const QueueRow* row = rowAt(index.row());
    if (!row)
        return QVariant();
    const bool open = row->hasDue && row->status != CaseStatus::Decided;
    switch (role) {
    case Qt::DisplayRole:
        return display(*row, index.column());
    case RawValueRole:
        return rawValue(*row, index.column());
    case DueTimeRole:
        return open ? QVariant(QDateTime::fromMSecsSinceEpoch(row->dueAt, Qt::UTC)) : QVariant();
    case CaseIdRole:
        return row->caseId;
    case OverdueRole:
        return open && row->dueAt < m_clock.now().toMSecsSinceEpoch();
    case ClaimExpiredRole:
        return index.column() == AgentColumn && claimExpired(*row);
    case Qt::ToolTipRole: {
        // Rich text that shows its text literally: nicknames and agent names are user data.
        const QString tip = toolTip(*row, index.column());
        return tip.isEmpty() ? QVariant() : QVariant(TranscriptModel::toolTipFor(tip));
    }
    }
    return QVariant();
}

QString QueueModel::toolTip(const QueueRow& row, int column) const
{
    const bool open = row.hasDue && row.status != CaseStatus::Decided;
    // The Agent column of an undecided case names its last claimant, also after the claim ran out.
    if (column == AgentColumn && !row.agent.isEmpty() && row.status != CaseStatus::Decided) {
        if (row.claimedUntil == 0)
            return tr("%1 holds no claim on the case: anyone may take it").arg(UntrustedText::inlined(row.agent));
        const QString until = DateText::dateTime(QDateTime::fromMSecsSinceEpoch(row.claimedUntil, Qt::UTC).toLocalTime());
        return claimExpired(row)
            ? tr("%1's claim ran out %2: anyone may take the case").arg(UntrustedText::inlined(row.agent), until)
            : tr("Claimed by %1 until %2").arg(UntrustedText::inlined(row.agent), until);
    }
    if (column == SlaColumn && open) {
        const QString due = DateText::dateTime(QDateTime::fromMSecsSinceEpoch(row.dueAt, Qt::UTC).toLocalTime());
        return row.dueAt < m_clock.now().toMSecsSinceEpoch() ? tr("Overdue since %1").arg(due) : tr("Due %1").arg(due);
    }
    // Narrow columns: the whole text.
    if (column == KindColumn || column == AppellantColumn)
        return display(row, column);
    if (column == AgeColumn)
        return DateText::dateTime(QDateTime::fromMSecsSinceEpoch(row.openedAt, Qt::UTC).toLocalTime());
    return QString();
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CaseIdColumn:
        return tr("Case");
    case KindColumn:
        return tr("Kind");
    case ClauseColumn:
        return tr("Clause");
    case AppellantColumn:
        return tr("Appellant");
    case FiatColumn:
        return tr("Fiat");
    case AmountColumn:
        return tr("Amount");
    case LanguageColumn:
        return tr("Language");
    case AgeColumn:
        return tr("Age");
    case SlaColumn:
        return tr("SLA");
    case StatusColumn:
        return tr("Status");
    case AgentColumn:
        return tr("Agent");
    }
    return QVariant();
}

Qt::ItemFlags QueueModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}
