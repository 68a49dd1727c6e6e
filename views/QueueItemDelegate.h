#pragma once

#include <QStyledItemDelegate>

// Paints the queue's SLA clock red and bold once it has run out.
class QueueItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};
