#include "PdfCellLayout.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

namespace {
constexpr int kCachedCellLength = 40;
constexpr int kCacheSize = 8192;
constexpr char16_t kEllipsis = 0x2026;
constexpr char16_t kTableEnd = 0x2500; // the per-character table covers the code units below

// Characters whose glyphs can be put side by side as they are: no marks to attach, no shaping, left to
// right. Control pictures (U+2400…) are how ReportText::visible() shows control characters.
bool isSimple(char16_t u)
{
    return (u >= 0x20 && u < 0x7F) || (u >= 0xA0 && u < 0x300) || (u >= 0x370 && u < 0x483) || (u >= 0x48A && u < 0x530)
        || (u >= 0x2010 && u < 0x2028) || (u >= 0x2030 && u < 0x205F) || (u >= 0x20A0 && u < 0x20C0)
        || (u >= 0x2400 && u < 0x2427);
}

// Right to left, or a bidi control: the whole cell goes through QTextLayout's bidi algorithm.
bool needsBidi(char16_t u)
{
    return (u >= 0x590 && u < 0x900) || (u >= 0xFB1D && u < 0xFE00) || (u >= 0xFE70 && u < 0xFF00)
        || (u >= 0x200E && u <= 0x200F) || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069)
        || QChar::isHighSurrogate(u);
}

QTextOption cellOption(QTextOption::WrapMode wrap)
{
    QTextOption option;
    option.setWrapMode(wrap);
    // Widths as the PDF viewer will draw them, not as hinted for a screen.
    option.setUseDesignMetrics(true);
    return option;
}
} // namespace

PdfCellLayout::PdfCellLayout(const QFont& font, QPaintDevice* device, int maxLines)
    : m_font(font)
    , m_device(device)
    , m_maxLines(maxLines)
    , m_glyphs(kTableEnd)
{
    const QFontMetricsF metrics(font, device);
    m_lineHeight = metrics.height();
    m_ascent = metrics.ascent();
}

int PdfCellLayout::fontIndex(const QRawFont& font)
{
    for (size_t i = 0; i < m_fonts.size(); ++i)
        if (m_fonts[i] == font)
            return int(i);
    m_fonts.push_back(font);
    return int(m_fonts.size() - 1);
}

// One character shaped alone, once: its glyph, the font that has it, its advance.
const PdfCellLayout::Glyph& PdfCellLayout::glyph(char16_t c)
{
    Glyph& g = m_glyphs[c];
    if (g.font >= 0)
        return g;
    g.font = 0;
    QTextLayout layout(QString(QChar(c)), m_font, m_device);
    layout.setTextOption(cellOption(QTextOption::NoWrap));
    layout.beginLayout();
    QTextLine line = layout.createLine();
    layout.endLayout();
    const QList<QGlyphRun> runs = layout.glyphRuns();
    if (!runs.isEmpty() && runs.first().glyphIndexes().size() == 1) {
        g.font = fontIndex(runs.first().rawFont());
        g.index = runs.first().glyphIndexes().first();
    } else if (m_fonts.empty()) {
        m_fonts.push_back(QRawFont());
    }
    g.advance = line.isValid() ? line.horizontalAdvance() : 0; // a space's too
    return g;
}

bool PdfCellLayout::isComplex(const QString& text) const
{
    for (const QChar c : text)
        if (needsBidi(c.unicode()))
            return true;
    return false;
}

PdfCellLayout::Word PdfCellLayout::simpleWord(QStringView text)
{
    Word word;
    Piece* piece = nullptr;
    for (const QChar c : text) {
        const Glyph& g = glyph(c.unicode());
        if (!piece || piece->font != g.font) {
            word.pieces.append(Piece { g.font, {}, {} });
            piece = &word.pieces.last();
        }
        piece->glyphs.append(g.index);
        piece->positions.append(QPointF(word.width, 0));
        word.width += g.advance;
        piece->end = word.width;
    }
    return word;
}

// A word with marks or a complex script, shaped as a whole by QTextLayout, once.
const PdfCellLayout::Word& PdfCellLayout::complexWord(const QString& text)
{
    auto found = m_words.constFind(text);
    if (found != m_words.cend())
        return *found;
    if (m_words.size() >= kCacheSize)
        m_words.clear();
    Word word;
    QTextLayout layout(text, m_font, m_device);
    layout.setTextOption(cellOption(QTextOption::NoWrap));
    layout.beginLayout();
    QTextLine line = layout.createLine();
    layout.endLayout();
    if (line.isValid()) {
        word.width = line.naturalTextWidth();
        for (const QGlyphRun& run : layout.glyphRuns()) {
            Piece piece { fontIndex(run.rawFont()), run.glyphIndexes(), run.positions(), word.width };
            for (QPointF& p : piece.positions)
                p.ry() -= line.ascent();
            word.pieces.append(piece);
        }
    }
    return *m_words.insert(text, word);
}

bool PdfCellLayout::layoutWords(const QString& text, qreal width, Cell* cell)
{
    struct Placed
    {
        Piece piece; // positions from the line's start
        qreal start = 0; // of its word
        qreal end = 0; // of the piece
        bool cuttable = true;
    };
    QList<QList<Placed>> lines(1);
    qreal x = 0;
    bool cut = false;
    const qreal space = glyph(u' ').advance;
    const auto newLine = [&]() {
        if (lines.size() == m_maxLines) {
            cut = true;
            return false;
        }
        lines.append(QList<Placed>());
        x = 0;
        return true;
    };
    const auto place = [&](const Piece& piece, qreal start, bool cuttable) {
        Placed placed { piece, start, start + piece.end, cuttable };
        for (QPointF& p : placed.piece.positions)
            p.rx() += start;
        lines.last().append(placed);
    };

    for (QStringView view : QStringView(text).split(u' ', Qt::SkipEmptyParts)) {
        bool simple = true;
        for (const QChar c : view)
            simple = simple && c.unicode() < kTableEnd && isSimple(c.unicode());
        const Word word = simple ? simpleWord(view) : complexWord(view.toString());
        if (x > 0 && x + space + word.width > width && !newLine())
            break;
        const qreal start = x > 0 ? x + space : 0;
        if (start + word.width <= width) {
            for (const Piece& piece : word.pieces)
                place(piece, start, simple);
            x = start + word.width;
            continue;
        }
        if (!simple)
            return false; // too wide to stand on a line of its own: QTextLayout breaks it
        // A simple word wider than the line: cut between characters.
        for (const QChar c : view) {
            const Glyph& g = glyph(c.unicode());
            if (x > 0 && x + g.advance > width && !newLine())
                break;
            place(Piece { g.font, { g.index }, { QPointF(0, 0) }, g.advance }, x, true);
            x += g.advance;
        }
        if (cut)
            break;
    }

    if (cut) {
        // The last line ends in "…": glyphs (or whole shaped words) come off its end until it fits.
        QList<Placed>& last = lines.last();
        const auto lineEnd = [&last]() { return last.isEmpty() ? 0.0 : last.last().end; };
        const Glyph& ellipsis = glyph(kEllipsis);
        while (!last.isEmpty() && lineEnd() + ellipsis.advance > width) {
            Placed& p = last.last();
            if (p.cuttable) {
                p.end = p.piece.positions.last().x();
                p.piece.glyphs.removeLast();
                p.piece.positions.removeLast();
                if (p.piece.glyphs.isEmpty())
                    last.removeLast();
            } else {
                const qreal start = p.start;
                while (!last.isEmpty() && !last.last().cuttable && last.last().start == start)
                    last.removeLast();
            }
        }
        place(Piece { ellipsis.font, { ellipsis.index }, { QPointF(0, 0) }, ellipsis.advance }, lineEnd(), true);
    }

    // One glyph run per line and font, positions from the cell's top left.
    cell->runs.clear();
    cell->lines = int(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const qreal baseline = m_ascent + i * m_lineHeight;
        int font = -1;
        QList<quint32> glyphs;
        QList<QPointF> positions;
        const auto flush = [&]() {
            if (glyphs.isEmpty())
                return;
            QGlyphRun run;
            run.setRawFont(m_fonts[size_t(font)]);
            run.setGlyphIndexes(glyphs);
            run.setPositions(positions);
            cell->runs.append(run);
            glyphs.clear();
            positions.clear();
        };
        for (const Placed& placed : lines.at(i)) {
            if (placed.piece.font != font) {
                flush();
                font = placed.piece.font;
            }
            glyphs += placed.piece.glyphs;
            for (const QPointF& p : placed.piece.positions)
                positions.append(QPointF(p.x(), p.y() + baseline));
        }
        flush();
    }
    return true;
}

// Right-to-left text, or a shaped word wider than its line: QTextLayout wraps it (at word boundaries, else
// anywhere) after the text is cut to about the room of the cell's lines.
void PdfCellLayout::layoutWithTextLayout(const QString& text, qreal width, Cell* cell) const
{
    const QFontMetricsF metrics(m_font, m_device);
    const qreal room = width * (m_maxLines - 0.6);
    QTextLayout layout(metrics.horizontalAdvance(text) > room ? metrics.elidedText(text, Qt::ElideRight, room) : text,
        m_font, m_device);
    layout.setTextOption(cellOption(QTextOption::WrapAtWordBoundaryOrAnywhere));
    layout.beginLayout();
    for (int count = 0; count < m_maxLines; ++count) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, count * m_lineHeight));
    }
    layout.endLayout();
    cell->runs = layout.glyphRuns();
    cell->lines = layout.lineCount();
}

const PdfCellLayout::Cell& PdfCellLayout::layout(const QString& text, qreal width)
{
    const bool cached = text.size() <= kCachedCellLength;
    QString key;
    if (cached) {
        // One entry per text and column width (device units at 300 dpi, about a tenth of a millimetre).
        key.reserve(text.size() + 1);
        key += QChar(char16_t(qBound(0, qRound(width), 0xD7FF)));
        key += text;
        auto found = m_cells.constFind(key);
        if (found != m_cells.cend())
            return *found;
        if (m_cells.size() >= kCacheSize)
            m_cells.clear();
    }
    Cell cell;
    if (isComplex(text) || !layoutWords(text, width, &cell))
        layoutWithTextLayout(text, width, &cell);
    if (cached)
        return *m_cells.insert(key, cell);
    m_cell = cell;
    return m_cell;
}

void PdfCellLayout::drawRow(QPainter* painter, const QList<Cell>& cells, const QList<QPointF>& topLefts)
{
    // Runs of the same font are merged only while they follow each other: the text keeps its order in the
    // file, for copying and searching (a Thai name stays where it is in its cell).
    QGlyphRun merged;
    QList<quint32> glyphs;
    QList<QPointF> positions;
    const auto flush = [&]() {
        if (glyphs.isEmpty())
            return;
        merged.setGlyphIndexes(glyphs);
        merged.setPositions(positions);
        painter->drawGlyphRun(QPointF(0, 0), merged);
        glyphs.clear();
        positions.clear();
    };
    for (qsizetype i = 0; i < cells.size() && i < topLefts.size(); ++i) {
        const QPointF origin(qRound(topLefts.at(i).x()), qRound(topLefts.at(i).y()));
        for (const QGlyphRun& run : cells.at(i).runs) {
            if (!glyphs.isEmpty() && !(run.rawFont() == merged.rawFont()))
                flush();
            if (glyphs.isEmpty())
                merged.setRawFont(run.rawFont());
            glyphs += run.glyphIndexes();
            for (const QPointF& p : run.positions())
                positions.append(QPointF(origin.x() + qRound(p.x()), origin.y() + qRound(p.y())));
        }
    }
    flush();
}
