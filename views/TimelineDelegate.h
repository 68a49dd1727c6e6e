#pragma once

#include <QStyledItemDelegate>

// Timeline rows: the policy's deadline stands out from the events and payments.
class TimelineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};
