#include "ConversationDelegate.h"

#include "ConversationModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace {
QColor bubbleColour(int side, int kind)
{
    switch (kind) {
    case ConversationModel::PaymentEntry:
        return QColor(226, 239, 218);
    case ConversationModel::DeadlineEntry:
        return QColor(255, 236, 179);
    case ConversationModel::EventEntry:
        return QColor(236, 236, 240);
    default:
        break;
    }
    switch (side) {
    case ConversationModel::StartSide:
        return QColor(221, 235, 250); // the buyer (or the user)
    case ConversationModel::EndSide:
        return QColor(222, 244, 222); // the other party
    default:
        return QColor(244, 238, 250); // the desk's own
    }
}

// The highlight of a flagged span, by its category; the footer says the category in words.
QColor spanColour(const QString& category)
{
    if (category == QLatin1String("threat"))
        return QColor(255, 168, 168);
    if (category == QLatin1String("sensitive"))
        return QColor(255, 226, 120);
    return QColor(255, 196, 140); // abuse, and anything else flagged
}

QFont smallFont(const QFont& font)
{
    QFont small = font;
    if (small.pointSizeF() > 0)
        small.setPointSizeF(small.pointSizeF() * 0.88);
    else
        small.setPixelSize(qMax(8, small.pixelSize() * 88 / 100));
    return small;
}
} // namespace

ConversationDelegate::ConversationDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

void ConversationDelegate::setFindText(const QString& text)
{
    m_findText = text;
}

int ConversationDelegate::viewWidth(const QStyleOptionViewItem& option)
{
    if (const auto* view = qobject_cast<const QAbstractItemView*>(option.widget))
        return view->viewport()->width();
    return option.rect.width();
}

ConversationDelegate::Geometry ConversationDelegate::layout(
    const QStyleOptionViewItem& option, const QModelIndex& index, int width) const
{
    Geometry g;
    const QFontMetrics fm(option.font);
    const QFont small = smallFont(option.font);
    const QFontMetrics smallFm(small);
    const int margin = qMax(6, fm.height() / 2);
    const int pad = qMax(4, fm.height() / 3);
    const auto* model = qobject_cast<const ConversationModel*>(index.model());
    const int kind = index.data(ConversationModel::KindRole).toInt();
    const bool message = kind == ConversationModel::MessageEntry;
    const bool groupStart = message && index.data(ConversationModel::GroupStartRole).toBool();

    QString text = index.data(ConversationModel::BodyRole).toString();
    QList<QTextLayout::FormatRange> formats;
    int offset = 0; // where the body starts in the laid out text
    if (!message) {
        // "Marked paid · by buyer": the entry's name in bold, then its details.
        const QString what = index.data(ConversationModel::HeaderRole).toString();
        offset = int(what.size()) + (text.isEmpty() ? 0 : 3);
        text = text.isEmpty() ? what : what + QStringLiteral(" · ") + text;
        QTextLayout::FormatRange bold;
        bold.start = 0;
        bold.length = int(what.size());
        bold.format.setFontWeight(QFont::Bold);
        formats << bold;
    }
    const qsizetype fullLength = text.size();
    if (text.size() > BubbleLimit) {
        text = text.left(BubbleLimit) + QChar(0x2026);
        g.truncated = true;
    }
    // A line break in a message is one in its bubble: QTextLayout breaks at U+2028, not at "\n".
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    for (const TranscriptModel::Span& span : model ? model->spansOf(index.row()) : QList<TranscriptModel::Span>()) {
        const int start = offset + span.start;
        if (start >= text.size())
            continue;
        QTextLayout::FormatRange range;
        range.start = start;
        range.length = int(qMin<qsizetype>(span.length, text.size() - start));
        range.format.setBackground(spanColour(span.category.isEmpty() ? span.flag : span.category));
        range.format.setForeground(Qt::black);
        range.format.setFontUnderline(true);
        formats << range;
    }
    if (!m_findText.isEmpty() && message) {
        qsizetype from = 0;
        while ((from = text.indexOf(m_findText, from, Qt::CaseInsensitive)) >= 0) {
            QTextLayout::FormatRange range;
            range.start = int(from);
            range.length = int(m_findText.size());
            range.format.setBackground(QColor(120, 200, 255));
            range.format.setForeground(Qt::black);
            formats << range;
            from += m_findText.size();
        }
    }

    // The footer: the time, and in words what the colours say.
    QStringList footer;
    footer << index.data(ConversationModel::TimeRole).toString();
    const QStringList categories = index.data(ConversationModel::CategoriesRole).toStringList();
    if (!categories.isEmpty()) {
        QStringList names;
        for (const QString& category : categories)
            names << ConversationModel::categoryLabel(category);
        footer << QStringLiteral("⚑ ") + names.join(QStringLiteral(", "));
    }
    if (index.data(ConversationModel::ConfirmedAbuseRole).toBool())
        footer << tr("abuse confirmed");
    if (index.data(ConversationModel::AfterInstantRole).toBool())
        footer << tr("after the suggestion's instant");
    if (g.truncated)
        footer << tr("%n more character(s): select to read all", nullptr, int(fullLength - BubbleLimit));
    footer.removeAll(QString());
    g.footerText = footer.join(QStringLiteral(" · "));

    const int usable = qMax(fm.averageCharWidth() * 10, width - 2 * margin);
    const int maxBubble = message ? qMax(qMin(usable, fm.averageCharWidth() * 16), usable * 4 / 5) : usable;
    const int textWidth = qMax(fm.averageCharWidth() * 6, maxBubble - 2 * pad);

    g.text = std::make_shared<QTextLayout>(text, option.font);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    textOption.setAlignment(message ? Qt::AlignLeading : Qt::AlignHCenter);
    // The bubble is its own paragraph: the text's direction cannot leak out of it, and its lines start
    // at the bubble's edge whatever script it is in.
    textOption.setTextDirection(option.direction);
    g.text->setTextOption(textOption);
    g.text->setFormats(formats);
    g.text->setCacheEnabled(true);
    qreal textHeight = 0;
    qreal natural = 0;
    g.text->beginLayout();
    for (QTextLine line = g.text->createLine(); line.isValid(); line = g.text->createLine()) {
        line.setLineWidth(textWidth);
        line.setPosition(QPointF(0, textHeight));
        textHeight += line.height();
        natural = qMax(natural, line.naturalTextWidth());
    }
    g.text->endLayout();

    const int footerWidth = qMin(smallFm.horizontalAdvance(g.footerText) + 4, textWidth);
    const int contentWidth = qMax(int(std::ceil(natural)), footerWidth);
    const int bubbleWidth = qMin(maxBubble, contentWidth + 2 * pad);

    int y = groupStart ? margin : (message ? 2 : margin / 2);
    if (groupStart) {
        g.header = QRect(0, y, usable, smallFm.height());
        y += smallFm.height() + 2;
    }
    const int bubbleHeight
        = pad + int(std::ceil(textHeight)) + (g.footerText.isEmpty() ? 0 : smallFm.height() + 2) + pad;
    int x = margin;
    const int side = index.data(ConversationModel::SideRole).toInt();
    const bool rightToLeft = option.direction == Qt::RightToLeft;
    if (side == ConversationModel::CentreSide)
        x = (width - bubbleWidth) / 2;
    else if ((side == ConversationModel::EndSide) != rightToLeft)
        x = width - margin - bubbleWidth;
    g.bubble = QRect(x, y, bubbleWidth, bubbleHeight);
    // The text is laid out in the full text width; it starts where its lines start inside the bubble.
    qreal textLeft = x + pad;
    if (!message)
        textLeft = x + pad - (textWidth - (bubbleWidth - 2 * pad)) / 2.0;
    else if (rightToLeft)
        textLeft = x + bubbleWidth - pad - textWidth;
    g.textOrigin = QPointF(textLeft, y + pad);
    g.footer = QRect(x + pad, y + pad + int(std::ceil(textHeight)) + 2, bubbleWidth - 2 * pad, smallFm.height());
    if (groupStart) {
        // The header over its bubble's side.
        const int headerWidth
            = qMin(usable, smallFm.horizontalAdvance(index.data(ConversationModel::HeaderRole).toString()) + 2);
        int hx = x;
        if (side == ConversationModel::CentreSide)
            hx = (width - headerWidth) / 2;
        else if ((side == ConversationModel::EndSide) != rightToLeft)
            hx = x + bubbleWidth - headerWidth;
        g.header = QRect(qMax(margin, hx), g.header.top(), headerWidth, g.header.height());
    }
    g.height = y + bubbleHeight + (message ? 2 : margin / 2);
    return g;
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const int width = viewWidth(option);
    const quint64 key = (quint64(quint32(index.row())) << 32) | quint32(width);
    auto cached = m_heights.constFind(key);
    if (cached == m_heights.constEnd())
        cached = m_heights.insert(key, layout(option, index, width).height);
    return QSize(width, *cached);
}

QRect ConversationDelegate::bubbleRect(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    return layout(option, index, option.rect.width()).bubble.translated(option.rect.topLeft());
}

void ConversationDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const Geometry g = layout(option, index, option.rect.width());
    const QPoint origin = option.rect.topLeft();
    const int kind = index.data(ConversationModel::KindRole).toInt();
    const int side = index.data(ConversationModel::SideRole).toInt();
    const bool selected = option.state & QStyle::State_Selected;
    const QFont small = smallFont(option.font);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (index.data(ConversationModel::AfterInstantRole).toBool())
        painter->setOpacity(0.45);

    if (!g.header.isEmpty()) {
        painter->setFont(small);
        painter->setPen(option.palette.color(QPalette::PlaceholderText));
        const QString header = index.data(ConversationModel::HeaderRole).toString();
        painter->drawText(g.header.translated(origin), Qt::AlignLeading | Qt::AlignVCenter,
            QFontMetrics(small).elidedText(header, Qt::ElideRight, g.header.width()));
    }

    const QRectF bubble = QRectF(g.bubble.translated(origin)).adjusted(0.5, 0.5, -0.5, -0.5);
    QColor fill = bubbleColour(side, kind);
    if (index.data(ConversationModel::ConfirmedAbuseRole).toBool())
        fill = QColor(255, 205, 205);
    const qreal radius = kind == ConversationModel::MessageEntry ? 8 : bubble.height() / 2.5;
    QPainterPath path;
    path.addRoundedRect(bubble, qMin<qreal>(radius, 10), qMin<qreal>(radius, 10));
    painter->fillPath(path, fill);
    if (selected || (option.state & QStyle::State_HasFocus)) {
        QPen pen(option.palette.color(QPalette::Highlight));
        pen.setWidthF(selected ? 2.5 : 1);
        painter->setPen(pen);
        painter->drawPath(path);
    }

    // The bubbles' colours are light in every palette: their text is dark.
    painter->setPen(QColor(20, 20, 20));
    painter->setClipRect(g.bubble.translated(origin));
    g.text->draw(painter, g.textOrigin + origin);
    if (!g.footerText.isEmpty()) {
        painter->setFont(small);
        painter->setPen(QColor(80, 80, 80));
        const QRect footer = g.footer.translated(origin);
        painter->drawText(footer,
            (kind == ConversationModel::MessageEntry ? Qt::AlignTrailing : Qt::AlignHCenter) | Qt::AlignVCenter,
            QFontMetrics(small).elidedText(g.footerText, Qt::ElideRight, footer.width()));
    }
    painter->restore();
}
