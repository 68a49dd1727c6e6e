#include "PdfReportWriter.h"

#include "PdfCellLayout.h"
#include "PdfDeflateScope.h"
#include "PdfHeapScope.h"

#include "ReportFonts.h"
#include "ReportSections.h"
#include "ReportSpool.h"
#include "ReportSummary.h"
#include "ReportText.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <numeric>

namespace {
constexpr int kResolution = 300;
constexpr int kMaxCellLines = 4;
constexpr qreal kPad = 6;

// A table cell is one run of text: control characters as their symbols, line breaks and tabs as spaces.
QString cellText(const QString& text)
{
    return ReportText::visible(text)
        .replace(QLatin1Char('\n'), QLatin1Char(' '))
        .replace(QLatin1Char('\t'), QLatin1Char(' '));
}
} // namespace

PdfReportWriter::PdfReportWriter() = default;
PdfReportWriter::~PdfReportWriter() = default;

bool PdfReportWriter::begin(QIODevice* device, const ReportContext& context)
{
    m_heap = std::make_unique<PdfHeapScope>();
    m_deflate = std::make_unique<PdfDeflateScope>();
    m_context = context;
    m_writer = std::make_unique<QPdfWriter>(device);
    m_writer->setResolution(kResolution);
    m_writer->setCreator(QStringLiteral("AppealDesk"));
    m_writer->setTitle(ReportSections::title());
    m_writer->setPageLayout(QPageLayout(QPageSize(context.options.letterPaper ? QPageSize::Letter : QPageSize::A4),
        QPageLayout::Landscape, QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    m_painter = std::make_unique<QPainter>();
    if (!m_painter->begin(m_writer.get())) {
        m_error = QCoreApplication::translate("Report", "Cannot start the PDF document.");
        return false;
    }
    const QRect page = m_writer->pageLayout().paintRectPixels(kResolution);
    m_width = page.width();
    m_bodyFont = ReportFonts::font(ReportFonts::Body, 9);
    m_tableFont = ReportFonts::font(ReportFonts::Table, 7);
    m_cells = std::make_unique<PdfCellLayout>(m_tableFont, m_writer.get(), kMaxCellLines);
    QFont bold = m_tableFont;
    bold.setBold(true);
    m_headerCells = std::make_unique<PdfCellLayout>(bold, m_writer.get(), kMaxCellLines);
    m_painter->setFont(m_bodyFont);
    m_line = QFontMetricsF(m_bodyFont, m_writer.get()).height();
    m_bottom = page.height() - m_line * 2;
    m_y = 0;

    drawHeading(ReportSections::title(), 16);
    drawFields();
    const bool empty = !context.summary || context.summary->cases() == 0;
    if (empty) {
        m_y += m_line;
        drawHeading(ReportSections::emptyPeriodText(), 12);
        return true;
    }
    drawHeading(QCoreApplication::translate("Report", "Summary"), 13);
    for (const ReportSections::Table& table : ReportSections::summaryTables(context)) {
        Columns columns { table.headers, {} };
        const qreal w = std::min(m_width / table.headers.size(), m_width * 0.16);
        for (int i = 0; i < table.headers.size(); ++i)
            columns.widths << (i == 0 ? w * 1.6 : w);
        drawTable(table.title, columns, table.rows);
    }
    drawCharts();

    newPage();
    drawHeading(QCoreApplication::translate("Report", "Cases"), 13);
    if (context.options.summaryOnly) {
        drawParagraph(ReportSections::summaryOnlyText(context));
        return true;
    }
    m_rowColumns.headers = ReportSections::rowHeaders();
    for (int percent : ReportSections::rowColumnWidths())
        m_rowColumns.widths << m_width * percent / 100.0;
    beginTable(m_rowColumns);
    return true;
}

void PdfReportWriter::drawFooter()
{
    // In the table's font, so laid out by its cell layout: the same text on every page is laid out once.
    if (m_footerText.isEmpty())
        m_footerText = ReportText::visible(
            ReportSections::title() + QStringLiteral(" · ") + ReportText::period(m_context.locale, m_context.options));
    const QString page = QCoreApplication::translate("Report", "Page %1").arg(m_context.locale.toString(m_page));
    const qreal top = m_bottom + m_line * 0.8 + (m_line - m_cells->lineHeight()) / 2;
    const qreal pageWidth = QFontMetricsF(m_tableFont, m_writer.get()).horizontalAdvance(page);
    m_footerCells.resize(2);
    m_footerCells[0] = m_cells->layout(m_footerText, m_width);
    m_footerCells[1] = m_cells->layout(page, m_width);
    m_painter->save();
    m_painter->setPen(Qt::darkGray);
    PdfCellLayout::drawRow(m_painter.get(), m_footerCells, { QPointF(0, top), QPointF(m_width - pageWidth, top) });
    m_painter->restore();
}

// The lines under the rows of the page, drawn together: one change of pen a page, not two a row.
void PdfReportWriter::drawRules()
{
    if (m_rules.isEmpty())
        return;
    m_painter->save();
    m_painter->setPen(QColor(0xbb, 0xbb, 0xbb));
    m_painter->drawLines(m_rules);
    m_painter->restore();
    m_rules.clear();
}

void PdfReportWriter::newPage()
{
    drawRules();
    drawFooter();
    m_writer->newPage();
    ++m_page;
    m_y = 0;
    if (m_openTable)
        drawTableRow(m_openTable->headers, m_openTable->widths, true);
}

void PdfReportWriter::ensureSpace(qreal height)
{
    if (m_y + height > m_bottom && m_y > 0)
        newPage();
}

void PdfReportWriter::drawHeading(const QString& text, qreal pointSize)
{
    QFont font = m_bodyFont;
    font.setPointSizeF(pointSize);
    font.setBold(true);
    m_painter->setFont(font);
    const QRectF bounds = m_painter->boundingRect(QRectF(0, 0, m_width, 1e6), Qt::TextWordWrap, text);
    ensureSpace(bounds.height() + m_line);
    m_y += m_line * 0.4;
    m_painter->drawText(QRectF(0, m_y, m_width, bounds.height()), Qt::TextWordWrap, text);
    m_y += bounds.height() + m_line * 0.3;
    m_painter->setFont(m_bodyFont);
}

void PdfReportWriter::drawParagraph(const QString& text)
{
    m_painter->setFont(m_bodyFont);
    const QRectF bounds = m_painter->boundingRect(QRectF(0, 0, m_width, 1e6), Qt::TextWordWrap, text);
    ensureSpace(bounds.height());
    m_painter->drawText(QRectF(0, m_y, m_width, bounds.height()), Qt::TextWordWrap, text);
    m_y += bounds.height() + m_line * 0.3;
}

void PdfReportWriter::drawFields()
{
    const qreal labelWidth = m_width * 0.18;
    QFont bold = m_bodyFont;
    bold.setBold(true);
    for (auto field : ReportSections::headerFields(m_context)) {
        field.second = ReportText::visible(field.second);
        m_painter->setFont(m_bodyFont);
        const QRectF bounds
            = m_painter->boundingRect(QRectF(0, 0, m_width - labelWidth, 1e6), Qt::TextWordWrap, field.second);
        ensureSpace(bounds.height());
        m_painter->drawText(
            QRectF(labelWidth, m_y, m_width - labelWidth, bounds.height()), Qt::TextWordWrap, field.second);
        m_painter->setFont(bold);
        m_painter->drawText(QRectF(0, m_y, labelWidth, m_line), Qt::AlignLeft, field.first);
        m_y += bounds.height() + m_line * 0.2;
    }
    m_painter->setFont(m_bodyFont);
}

void PdfReportWriter::drawTableRow(const QStringList& cells, const QList<qreal>& widths, bool header)
{
    PdfCellLayout& layout = header ? *m_headerCells : *m_cells;
    // Laid out once, for measuring and drawing. The header's own (a new page draws it before this row) apart.
    QList<PdfCellLayout::Cell>& laidOut = header ? m_headerRowCells : m_rowCells;
    laidOut.resize(cells.size());
    int lines = 1;
    for (int i = 0; i < cells.size() && i < widths.size(); ++i) {
        laidOut[i]
            = cells.at(i).isEmpty() ? PdfCellLayout::Cell() : layout.layout(cells.at(i), widths.at(i) - 2 * kPad);
        lines = std::max(lines, laidOut[i].lines);
    }
    const qreal height = lines * layout.lineHeight() + 2 * kPad;
    if (!header)
        ensureSpace(height); // a new page starts with the header row again

    if (header)
        m_painter->fillRect(
            QRectF(0, m_y, std::accumulate(widths.cbegin(), widths.cend(), 0.0), height), QColor(0xe8, 0xee, 0xf6));
    m_painter->setPen(Qt::black);
    qreal x = 0;
    m_topLefts.resize(widths.size());
    for (int i = 0; i < widths.size(); ++i) {
        m_topLefts[i] = QPointF(x + kPad, m_y + kPad);
        x += widths.at(i);
    }
    PdfCellLayout::drawRow(m_painter.get(), laidOut, m_topLefts);
    m_rules.append(QLineF(0, m_y + height, x, m_y + height));
    m_y += height;
}

void PdfReportWriter::beginTable(const Columns& columns)
{
    ensureSpace(QFontMetricsF(m_tableFont, m_writer.get()).height() * 8);
    m_openTable = &columns;
    drawTableRow(columns.headers, columns.widths, true);
}

void PdfReportWriter::drawTable(const QString& title, const Columns& columns, const QList<QStringList>& rows)
{
    m_painter->setFont(m_bodyFont);
    ensureSpace(m_line * 4);
    drawHeading(title, 10);
    beginTable(columns);
    for (QStringList row : rows) {
        for (QString& text : row)
            text = cellText(text);
        drawTableRow(row, columns.widths, false);
    }
    m_openTable = nullptr;
    m_y += m_line * 0.5;
}

void PdfReportWriter::drawCharts()
{
    const QList<ReportChart> charts = ReportSections::charts(m_context);
    if (charts.isEmpty())
        return;
    drawHeading(QCoreApplication::translate("Report", "Charts"), 13);
    m_painter->setFont(m_bodyFont);
    const qreal gap = m_line;
    const qreal chartWidth = (m_width - gap) / 2;
    for (int i = 0; i < charts.size(); i += 2) {
        qreal height = ReportChart::height(m_line, int(charts.at(i).bars().size()));
        if (i + 1 < charts.size())
            height = std::max(height, ReportChart::height(m_line, int(charts.at(i + 1).bars().size())));
        ensureSpace(height);
        charts.at(i).paint(m_painter.get(), QRectF(0, m_y, chartWidth, height));
        if (i + 1 < charts.size())
            charts.at(i + 1).paint(m_painter.get(), QRectF(chartWidth + gap, m_y, chartWidth, height));
        m_y += height + m_line;
    }
}

bool PdfReportWriter::writeRow(const ReportRow& row)
{
    return writeEncoded(encodeRow(m_context, row));
}

QByteArray PdfReportWriter::encodeRow(const ReportContext& context, const ReportRow& row)
{
    QStringList cells = ReportSections::rowCells(context, row);
    for (QString& text : cells)
        text = cellText(text);
    return ReportSpool::encode(cells);
}

bool PdfReportWriter::writeEncoded(const QByteArray& record)
{
    // Long notes are cut to the lines a table row allows (PdfCellLayout); the CSV and HTML carry them whole.
    drawTableRow(ReportSpool::decode(record), m_rowColumns.widths, false);
    return true;
}

bool PdfReportWriter::finish()
{
    m_openTable = nullptr;
    drawRules();
    drawFooter();
    const bool ended = m_painter->end();
    m_writer.reset();
    m_heap.reset();
    m_deflate.reset();
    if (!ended) {
        m_error = QCoreApplication::translate("Report", "Cannot finish the PDF document.");
        return false;
    }
    return true;
}
