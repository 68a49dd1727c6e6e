#include "ReportChart.h"

#include "ReportFonts.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPainter>
#include <QSvgGenerator>

#include <algorithm>

ReportChart::ReportChart(const QString& title, const QList<Bar>& bars)
    : m_title(title)
    , m_bars(bars)
{ }

qreal ReportChart::height(qreal lineHeight, int barCount)
{
    return lineHeight * (2.0 + 1.4 * std::max(barCount, 1));
}

void ReportChart::paint(QPainter* painter, const QRectF& rect) const
{
    painter->save();
    const QFontMetricsF fm(painter->font(), painter->device());
    const qreal line = fm.height();
    const QFont normal = painter->font();
    QFont bold = normal;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(Qt::black);
    painter->drawText(
        QRectF(rect.left(), rect.top(), rect.width(), line * 1.5), Qt::AlignLeft | Qt::AlignVCenter, m_title);
    painter->setFont(normal);

    double max = 0;
    for (const Bar& bar : m_bars)
        max = std::max(max, bar.value);
    const qreal labelWidth = rect.width() * 0.32;
    const qreal valueWidth = rect.width() * 0.14;
    const qreal barArea = rect.width() - labelWidth - valueWidth - line;
    qreal y = rect.top() + line * 1.8;
    for (const Bar& bar : m_bars) {
        const QRectF labelRect(rect.left(), y, labelWidth - line * 0.5, line * 1.2);
        painter->setPen(Qt::black);
        painter->drawText(
            labelRect, Qt::AlignRight | Qt::AlignVCenter, fm.elidedText(bar.label, Qt::ElideRight, labelRect.width()));
        const qreal length = max > 0 ? barArea * bar.value / max : 0;
        const QRectF barRect(rect.left() + labelWidth, y + line * 0.15, std::max<qreal>(length, 1), line * 0.9);
        painter->fillRect(barRect, QColor(0x2f, 0x6f, 0xb3));
        painter->drawText(QRectF(barRect.right() + line * 0.4, y, valueWidth + line, line * 1.2),
            Qt::AlignLeft | Qt::AlignVCenter, bar.valueText);
        y += line * 1.4;
    }
    painter->restore();
}

QByteArray ReportChart::toSvg(int width) const
{
    const QFont font = ReportFonts::font(ReportFonts::Body, 0, 12);
    const qreal line = QFontMetricsF(font).height();
    const int h = int(height(line, int(m_bars.size())) + 0.5);

    QByteArray bytes;
    QBuffer buffer(&bytes);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(QSize(width, h));
    generator.setViewBox(QRect(0, 0, width, h));
    generator.setResolution(96);
    generator.setTitle(m_title);
    {
        QPainter painter(&generator);
        painter.setFont(font);
        paint(&painter, QRectF(0, 0, width, h));
    }
    const int start = int(bytes.indexOf("<svg"));
    return start < 0 ? QByteArray() : bytes.mid(start);
}
