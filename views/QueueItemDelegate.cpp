#include "QueueItemDelegate.h"

#include "QueueModel.h"
#include "UntrustedText.h"

void QueueItemDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    // Ids, codes and agent names come from bundles and agents: each shown isolated, control characters
    // as symbols (issue 13, item 11). The model keeps them as they are, for copying and for the tests.
    switch (index.column()) {
    case QueueModel::CaseIdColumn:
    case QueueModel::ClauseColumn:
    case QueueModel::FiatColumn:
    case QueueModel::LanguageColumn:
    case QueueModel::AgentColumn:
        option->text = UntrustedText::inlined(option->text);
        break;
    default:
        break;
    }
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
