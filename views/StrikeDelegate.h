#pragma once

#include <QStyledItemDelegate>

// Strike history rows: a voided strike is struck through and greyed.
class StrikeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};
