#include "StrikeHistoryModel.h"

#include "DateText.h"
#include "PolicyLabels.h"

#include <QLocale>

StrikeHistoryModel::StrikeHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void StrikeHistoryModel::setStrikes(const QList<StrikeRecord>& strikes)
{
    beginResetModel();
    m_strikes = strikes;
    endResetModel();
}

int StrikeHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_strikes.size());
}

int StrikeHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StrikeHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StrikeRecord& s = m_strikes.at(index.row());
    if (role == VoidedRole)
        return s.voided;
    if (role == StrikeIdRole)
        return s.id;
    const bool display = role == Qt::DisplayRole;
    const bool raw = role == RawValueRole;
    switch (index.column()) {
    case KindColumn:
        if (display)
            return PolicyLabels::strikeKind(s.kind);
        if (raw)
            return PolicyIds::toId(s.kind);
        break;
    case CaseColumn:
        if (display || raw)
            return s.caseId;
        break;
    case ClauseColumn:
        if (display || raw)
            return s.clause;
        break;
    case DateColumn:
        if (display)
            return DateText::date(s.at.toLocalTime().date());
        if (raw)
            return s.at;
        break;
    case StatusColumn:
        if (display) {
            if (!s.voided)
                return tr("Counts");
            return tr("Voided by %1 on %2: %3")
                .arg(s.voidedBy, DateText::date(s.voidedAt.toLocalTime().date()),
                    s.voidReason);
        }
        if (raw)
            return s.voided;
        break;
    default:
        break;
    }
    return {};
}

QVariant StrikeHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Strike");
    case CaseColumn:
        return tr("Case");
    case ClauseColumn:
        return tr("Clause");
    case DateColumn:
        return tr("Date");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}
