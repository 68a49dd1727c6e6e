#pragma once

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;

// A horizontal bar chart drawn with QPainter: on a PDF page directly, and as
// inline SVG for HTML through QSvgGenerator, so both formats show the same picture.
class ReportChart
{
public:
    struct Bar
    {
        QString label;
        double value = 0;
        QString valueText;
    };

    ReportChart(const QString& title, const QList<Bar>& bars);

    QString title() const { return m_title; }
    const QList<Bar>& bars() const { return m_bars; }

    // Height of a chart of `barCount` bars for a font of line height `lineHeight`.
    static qreal height(qreal lineHeight, int barCount);
    void paint(QPainter* painter, const QRectF& rect) const;
    // An <svg> element (no XML declaration) `width` pixels wide.
    QByteArray toSvg(int width) const;

private:
    QString m_title;
    QList<Bar> m_bars;
};
