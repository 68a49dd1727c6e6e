#include "TimelineDelegate.h"

#include "TimelineModel.h"

void TimelineDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const int kind = index.data(TimelineModel::KindRole).toInt();
    if (kind == TimelineModel::DeadlineEntry) {
        option->font.setBold(true);
        option->backgroundBrush = QColor(255, 236, 179);
    } else if (kind == TimelineModel::PaymentEntry) {
        option->backgroundBrush = QColor(226, 239, 218);
    }
}
