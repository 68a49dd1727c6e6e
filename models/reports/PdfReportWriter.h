#pragma once

#include "PdfCellLayout.h"
#include "ReportWriter.h"

#include <QFont>
#include <QLineF>
#include <QList>
#include <QStringList>

#include <memory>

class PdfHeapScope;
class PdfDeflateScope;
class QPainter;
class QPdfWriter;

// A paged PDF drawn with QPainter on QPdfWriter (landscape A4 or Letter):
// header, summary tables, charts, then the per-case table streamed row by
// row with its header repeated on every page and a page number in the footer.
// Fonts are named per script by ReportFonts.
class PdfReportWriter : public ReportWriter
{
public:
    PdfReportWriter();
    ~PdfReportWriter() override;

    bool begin(QIODevice* device, const ReportContext& context) override;
    bool writeRow(const ReportRow& row) override;
    bool finish() override;
    QByteArray encodeRow(const ReportContext& context, const ReportRow& row) override;
    bool writeEncoded(const QByteArray& record) override;

private:
    struct Columns
    {
        QStringList headers;
        QList<qreal> widths;
    };

    void newPage();
    void drawFooter();
    void drawRules();
    void ensureSpace(qreal height);
    void drawHeading(const QString& text, qreal pointSize);
    void drawParagraph(const QString& text);
    void drawFields();
    void drawTable(const QString& title, const Columns& columns, const QList<QStringList>& rows);
    void drawCharts();
    // Cells wrap (at most a few lines); a row that does not fit starts a new page.
    void drawTableRow(const QStringList& cells, const QList<qreal>& widths, bool header);
    void beginTable(const Columns& columns);

    std::unique_ptr<PdfHeapScope> m_heap; // from begin() until the file is finished
    std::unique_ptr<PdfDeflateScope> m_deflate; // the same
    std::unique_ptr<QPdfWriter> m_writer;
    std::unique_ptr<QPainter> m_painter;
    ReportContext m_context;
    QFont m_bodyFont;
    QFont m_tableFont;
    qreal m_width = 0;
    qreal m_bottom = 0;
    qreal m_y = 0;
    qreal m_line = 0;
    int m_page = 1;
    const Columns* m_openTable = nullptr; // repeated at the top of each new page
    Columns m_rowColumns;
    std::unique_ptr<PdfCellLayout> m_cells;
    std::unique_ptr<PdfCellLayout> m_headerCells;
    QList<PdfCellLayout::Cell> m_rowCells; // reused for every row
    QList<PdfCellLayout::Cell> m_headerRowCells;
    QList<QPointF> m_topLefts;
    QList<QLineF> m_rules; // under the rows of this page, drawn at its end
    QString m_footerText; // the same on every page
    QList<PdfCellLayout::Cell> m_footerCells;
};
