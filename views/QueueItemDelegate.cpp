#include "QueueItemDelegate.h"

#include "QueueModel.h"

void QueueItemDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == QueueModel::SlaColumn && index.data(QueueModel::OverdueRole).toBool()) {
        const QColor red(0xc0, 0x1c, 0x28);
        option->palette.setColor(QPalette::Text, red);
        option->font.setBold(true);
    }
    if (index.column() == QueueModel::AgentColumn && index.data(QueueModel::ClaimExpiredRole).toBool()) {
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
        option->font.setItalic(true);
    }
}
