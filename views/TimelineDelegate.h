#pragma once

#include <QStyledItemDelegate>

// Timeline rows: the policy's deadline stands out from the events and payments,
// and flagged words of a payment remark are highlighted in the details.
class TimelineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};
