#include "TimelineDelegate.h"

#include "TimelineModel.h"
#include "TranscriptDelegate.h"

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
    // Greyed: after the suggestion's instant, so the policy did not use it (policy.md, settled reading 1).
    if (index.data(TimelineModel::AfterInstantRole).toBool()) {
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
        option->font.setItalic(true);
    }
}

void TimelineDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const auto* model = qobject_cast<const TimelineModel*>(index.model());
    if (index.column() != TimelineModel::DetailColumn || !model || model->highlightsOf(index.row()).isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    TranscriptDelegate::drawHighlighted(painter, opt, model->highlightsOf(index.row()), QString());
}
