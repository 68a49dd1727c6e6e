#include "TranscriptDelegate.h"

#include "TranscriptModel.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

TranscriptDelegate::TranscriptDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

QSize TranscriptDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    Q_UNUSED(index);
    const int margin = option.widget ? option.widget->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) : 2;
    return QSize(option.fontMetrics.averageCharWidth() * 40, option.fontMetrics.height() + 2 * margin + 2);
}

void TranscriptDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const auto* model = qobject_cast<const TranscriptModel*>(index.model());
    if (index.column() != TranscriptModel::TextColumn || !model) {
        QStyleOptionViewItem opt = option;
        if (index.data(TranscriptModel::ConfirmedAbuseRole).toBool())
            opt.font.setBold(true);
        QStyledItemDelegate::paint(painter, opt, index);
        return;
    }

    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (index.data(TranscriptModel::ConfirmedAbuseRole).toBool() && !(opt.state & QStyle::State_Selected))
        opt.backgroundBrush = QColor(255, 205, 205);
    drawHighlighted(painter, opt, model->spansOf(index.row()), m_findText);
}

void TranscriptDelegate::drawHighlighted(
    QPainter* painter, QStyleOptionViewItem opt, const QList<TranscriptModel::Span>& spans, const QString& findText)
{
    const QString text = opt.text;
    opt.text.clear();
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -2, 0);
    QList<QTextLayout::FormatRange> formats;
    const QColor flagged(255, 214, 102);
    for (const TranscriptModel::Span& span : spans) {
        if (span.start >= text.size())
            continue;
        QTextLayout::FormatRange range;
        range.start = span.start;
        range.length = int(qMin<qsizetype>(span.length, text.size() - span.start));
        range.format.setBackground(flagged);
        range.format.setForeground(Qt::black);
        range.format.setFontWeight(QFont::Bold);
        formats.append(range);
    }
    if (!findText.isEmpty()) {
        qsizetype from = 0;
        while ((from = text.indexOf(findText, from, Qt::CaseInsensitive)) >= 0) {
            QTextLayout::FormatRange range;
            range.start = int(from);
            range.length = int(findText.size());
            range.format.setBackground(QColor(120, 200, 255));
            range.format.setForeground(Qt::black);
            formats.append(range);
            from += findText.size();
        }
    }

    // Plain characters only: QTextLayout never parses markup.
    QTextLayout layout(text, opt.font);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::NoWrap);
    textOption.setTextDirection(opt.direction);
    layout.setTextOption(textOption);
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid())
        line.setLineWidth(textRect.width());
    layout.endLayout();

    painter->save();
    painter->setClipRect(textRect);
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    painter->setPen(
        opt.palette.color(group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    const qreal y = textRect.top() + (textRect.height() - (line.isValid() ? line.height() : 0)) / 2;
    layout.draw(painter, QPointF(textRect.left(), y));
    painter->restore();
}
