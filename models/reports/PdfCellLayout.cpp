#include "PdfCellLayout.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

namespace {
constexpr int kCachedCellLength = 40;
constexpr int kCacheSize = 8192;
constexpr int kSeenSize = 65536;
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
    // Glyphs go straight onto the lines (m_placed, each line from its m_lineStarts entry): no word or piece
    // objects for simple words, whose widths come from the kept advances.
    m_placed.clear();
    m_lineStarts.clear();
    m_lineStarts.push_back(0);
    qreal x = 0;
    bool cut = false;
    const qreal space = glyph(u' ').advance;
    const auto newLine = [&]() {
        if (qsizetype(m_lineStarts.size()) == m_maxLines) {
            cut = true;
            return false;
        }
        m_lineStarts.push_back(m_placed.size());
        x = 0;
        return true;
    };

    const char16_t* chars = reinterpret_cast<const char16_t*>(text.constData());
    const qsizetype size = text.size();
    for (qsizetype from = 0; from < size && !cut;) {
        if (chars[from] == u' ') {
            ++from;
            continue;
        }
        qsizetype to = from;
        bool simple = true;
        qreal wordWidth = 0;
        for (; to < size && chars[to] != u' '; ++to) {
            const char16_t c = chars[to];
            simple = simple && c < kTableEnd && isSimple(c);
            if (simple)
                wordWidth += glyph(c).advance;
        }
        const QStringView view(chars + from, to - from);
        from = to;
        const Word* shaped = simple ? nullptr : &complexWord(view.toString());
        if (shaped)
            wordWidth = shaped->width;
        if (x > 0 && x + space + wordWidth > width && !newLine())
            break;
        const qreal start = x > 0 ? x + space : 0;
        if (start + wordWidth <= width) {
            if (shaped) {
                for (const Piece& piece : shaped->pieces)
                    for (qsizetype i = 0; i < piece.glyphs.size(); ++i)
                        m_placed.push_back({ piece.font, piece.glyphs.at(i),
                            QPointF(start + piece.positions.at(i).x(), piece.positions.at(i).y()), start + piece.end,
                            start, false });
            } else {
                qreal at = start;
                for (const QChar c : view) {
                    const Glyph& g = glyph(c.unicode());
                    m_placed.push_back({ g.font, g.index, QPointF(at, 0), at + g.advance, start, true });
                    at += g.advance;
                }
            }
            x = start + wordWidth;
            continue;
        }
        if (shaped)
            return false; // too wide to stand on a line of its own: QTextLayout breaks it
        // A simple word wider than the line: cut between characters.
        for (const QChar c : view) {
            const Glyph& g = glyph(c.unicode());
            if (x > 0 && x + g.advance > width && !newLine())
                break;
            m_placed.push_back({ g.font, g.index, QPointF(x, 0), x + g.advance, x, true });
            x += g.advance;
        }
    }

    if (cut) {
        // The last line ends in "…": glyphs (or whole shaped words) come off its end until it fits.
        const size_t lastStart = m_lineStarts.back();
        const auto lineEnd = [&]() { return m_placed.size() > lastStart ? m_placed.back().end : 0.0; };
        const Glyph& ellipsis = glyph(kEllipsis);
        while (m_placed.size() > lastStart && lineEnd() + ellipsis.advance > width) {
            if (m_placed.back().cuttable) {
                m_placed.pop_back();
                continue;
            }
            const qreal start = m_placed.back().wordStart;
            while (m_placed.size() > lastStart && !m_placed.back().cuttable && m_placed.back().wordStart == start)
                m_placed.pop_back();
        }
        const qreal end = lineEnd();
        m_placed.push_back({ ellipsis.font, ellipsis.index, QPointF(end, 0), end + ellipsis.advance, end, true });
    }

    // One glyph run per line and font, positions from the cell's top left.
    cell->runs.clear();
    cell->lines = int(m_lineStarts.size());
    for (size_t line = 0; line < m_lineStarts.size(); ++line) {
        const qreal baseline = m_ascent + qreal(line) * m_lineHeight;
        const size_t end = line + 1 < m_lineStarts.size() ? m_lineStarts[line + 1] : m_placed.size();
        for (size_t i = m_lineStarts[line]; i < end;) {
            const int font = m_placed[i].font;
            size_t j = i;
            while (j < end && m_placed[j].font == font)
                ++j;
            QList<quint32> glyphs;
            QList<QPointF> positions;
            glyphs.reserve(qsizetype(j - i));
            positions.reserve(qsizetype(j - i));
            for (; i < j; ++i) {
                glyphs.append(m_placed[i].glyph);
                positions.append(QPointF(m_placed[i].position.x(), m_placed[i].position.y() + baseline));
            }
            QGlyphRun run;
            run.setRawFont(m_fonts[size_t(font)]);
            run.setGlyphIndexes(glyphs);
            run.setPositions(positions);
            cell->runs.append(run);
        }
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
    bool cached = text.size() <= kCachedCellLength;
    QString key;
    if (cached) {
        // One entry per text and column width (device units at 300 dpi, about a tenth of a millimetre).
        key.reserve(text.size() + 1);
        key += QChar(char16_t(qBound(0, qRound(width), 0xD7FF)));
        key += text;
        auto found = m_cells.constFind(key);
        if (found != m_cells.cend())
            return *found;
        // Kept from its second time on: texts that never repeat (case ids, times, amounts) do not push out
        // the ones that do (kinds, outcomes, agents).
        const size_t hash = qHash(key);
        if (!m_seen.contains(hash)) {
            if (m_seen.size() >= kSeenSize)
                m_seen.clear();
            m_seen.insert(hash);
            cached = false;
        } else if (m_cells.size() >= kCacheSize) {
            m_cells.clear();
        }
    }
    Cell& cell = cached ? m_cells[key] : m_cell;
    if (isComplex(text) || !layoutWords(text, width, &cell))
        layoutWithTextLayout(text, width, &cell);
    return cell;
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
