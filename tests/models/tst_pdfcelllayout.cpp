#include "PdfCellLayout.h"
#include "ReportFonts.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QPdfWriter>
#include <QTest>

// Issue 16: the PDF table's cells laid out from kept glyphs: wrapping at spaces, cutting a word too long
// for its line between letters, at most four lines with "…" at the end of the last, and the scripts that
// need shaping (Thai) or the bidi algorithm (Hebrew) still laid out.
class TestPdfCellLayout : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void shortTextIsOneLine();
    void wrapsAtSpaces();
    void longTextIsCutWithAnEllipsis();
    void longWordIsCutBetweenLetters();
    void thaiIsShaped();
    void rightToLeftText();
    void repeatedTextIsTheSame();

private:
    static qreal right(const PdfCellLayout::Cell& cell);
    static QList<qreal> baselines(const PdfCellLayout::Cell& cell);

    QByteArray m_bytes;
    QBuffer m_buffer;
    std::unique_ptr<QPdfWriter> m_writer;
    std::unique_ptr<PdfCellLayout> m_layout;
    const qreal m_width = 250; // device units at 300 dpi: about 21 mm
};

void TestPdfCellLayout::init()
{
    m_buffer.close();
    m_bytes.clear();
    m_buffer.setBuffer(&m_bytes);
    QVERIFY(m_buffer.open(QIODevice::WriteOnly));
    m_writer = std::make_unique<QPdfWriter>(&m_buffer);
    m_writer->setResolution(300);
    m_layout = std::make_unique<PdfCellLayout>(ReportFonts::font(ReportFonts::Table, 7), m_writer.get(), 4);
}

// The right edge of the farthest glyph's start: no glyph starts beyond the cell.
qreal TestPdfCellLayout::right(const PdfCellLayout::Cell& cell)
{
    qreal x = 0;
    for (const QGlyphRun& run : cell.runs)
        for (const QPointF& p : run.positions())
            x = std::max(x, p.x());
    return x;
}

QList<qreal> TestPdfCellLayout::baselines(const PdfCellLayout::Cell& cell)
{
    QList<qreal> ys;
    for (const QGlyphRun& run : cell.runs)
        for (const QPointF& p : run.positions())
            if (!ys.contains(p.y()))
                ys << p.y();
    std::sort(ys.begin(), ys.end());
    return ys;
}

void TestPdfCellLayout::shortTextIsOneLine()
{
    const PdfCellLayout::Cell& cell = m_layout->layout(QStringLiteral("Release"), m_width);
    QCOMPARE(cell.lines, 1);
    QCOMPARE(cell.runs.size(), 1);
    QCOMPARE(cell.runs.first().glyphIndexes().size(), 7);
    QVERIFY(m_layout->lineHeight() > 0);
}

void TestPdfCellLayout::wrapsAtSpaces()
{
    const PdfCellLayout::Cell cell = m_layout->layout(QStringLiteral("Buyer U-1042 (nordic_bear, E. A.)"), m_width);
    QCOMPARE(cell.lines, 2);
    QCOMPARE(baselines(cell).size(), 2);
    QVERIFY(right(cell) < m_width);
    int glyphs = 0;
    for (const QGlyphRun& run : cell.runs)
        glyphs += int(run.glyphIndexes().size());
    QCOMPARE(glyphs, 29); // every letter but the spaces: nothing is cut
}

void TestPdfCellLayout::longTextIsCutWithAnEllipsis()
{
    const QString text = QStringLiteral("Продавачът не отговори ").repeated(40);
    const PdfCellLayout::Cell cell = m_layout->layout(text, m_width);
    QCOMPARE(cell.lines, 4);
    QCOMPARE(baselines(cell).size(), 4);
    QVERIFY(right(cell) < m_width);
    const QGlyphRun& last = cell.runs.last();
    const QList<quint32> ellipsis = last.rawFont().glyphIndexesForString(QString(QChar(0x2026)));
    QCOMPARE(last.glyphIndexes().last(), ellipsis.first());
    QCOMPARE(last.positions().last().y(), baselines(cell).last());
}

void TestPdfCellLayout::longWordIsCutBetweenLetters()
{
    const PdfCellLayout::Cell cell
        = m_layout->layout(QStringLiteral("=HYPERLINK") + QStringLiteral("x").repeated(200), m_width);
    QCOMPARE(cell.lines, 4);
    QVERIFY(right(cell) < m_width);
    const PdfCellLayout::Cell two = m_layout->layout(QStringLiteral("y").repeated(20), m_width);
    QCOMPARE(two.lines, 2);
}

void TestPdfCellLayout::thaiIsShaped()
{
    if (!QFontDatabase::hasFamily(QStringLiteral("Noto Sans Thai")))
        QSKIP("Noto Sans Thai is not installed (fonts-noto-core)");
    const PdfCellLayout::Cell cell = m_layout->layout(QStringLiteral("Buyer ผู้ใช้ส่งข้อความหยาบคาย"), m_width);
    QVERIFY(cell.lines >= 1);
    QStringList families;
    for (const QGlyphRun& run : cell.runs)
        families << run.rawFont().familyName();
    QVERIFY2(families.contains(QStringLiteral("Noto Sans Thai")), qPrintable(families.join(u',')));
    QVERIFY(
        families.contains(QStringLiteral("DejaVu Sans Condensed")) || families.contains(QStringLiteral("DejaVu Sans")));
}

void TestPdfCellLayout::rightToLeftText()
{
    const PdfCellLayout::Cell cell = m_layout->layout(QStringLiteral("שלום עולם abc"), m_width);
    QCOMPARE(cell.lines, 1);
    QVERIFY(!cell.runs.isEmpty());
}

void TestPdfCellLayout::repeatedTextIsTheSame()
{
    const QString text = QStringLiteral("11/20/2026, 9:40 AM");
    const PdfCellLayout::Cell first = m_layout->layout(text, m_width);
    const PdfCellLayout::Cell again = m_layout->layout(text, m_width);
    QCOMPARE(again.lines, first.lines);
    QCOMPARE(again.runs, first.runs);
    const PdfCellLayout::Cell narrow = m_layout->layout(text, m_width / 3);
    QVERIFY(narrow.lines > first.lines);
}

QTEST_MAIN(TestPdfCellLayout)
#include "tst_pdfcelllayout.moc"
