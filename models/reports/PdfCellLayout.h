#pragma once

#include <QFont>
#include <QGlyphRun>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QRawFont>
#include <QSet>
#include <QString>

#include <vector>

class QPaintDevice;
class QPainter;

// Issue 16: the cells of the PDF's per-case table, laid out without a QTextLayout per cell. A text is cut
// into words at spaces; a word of simple letters (Latin, Greek, Cyrillic, punctuation) is put together from
// glyphs kept per character, any other word (Thai, marks) is shaped once and kept; lines are filled from the
// kept widths, the last one cut with "…", and drawn as glyph runs. Short texts that repeat from row to row
// (kinds, outcomes, agents) are kept whole from their second time on. Right-to-left text, and a word too wide
// for its line that is not simple, go through QTextLayout as before.
class PdfCellLayout
{
public:
    struct Cell
    {
        QList<QGlyphRun> runs; // positions from the cell's top left
        int lines = 0;
    };

    PdfCellLayout(const QFont& font, QPaintDevice* device, int maxLines);

    // `text` (one line: no line breaks) in at most maxLines lines of `width`; the last one ends in "…"
    // when the text does not fit.
    const Cell& layout(const QString& text, qreal width);
    qreal lineHeight() const { return m_lineHeight; }
    // The cells of a table row, each at its top left: one glyph run per font for the whole row, at whole
    // device units, so the PDF gets one text object per font and short numbers for its glyph positions.
    static void drawRow(QPainter* painter, const QList<Cell>& cells, const QList<QPointF>& topLefts);

private:
    struct Piece // glyphs of one font, x from the start of the word, y from the baseline
    {
        int font = 0;
        QList<quint32> glyphs;
        QList<QPointF> positions;
        qreal end = 0; // where the piece ends, from the start of the word
    };
    struct Word
    {
        QList<Piece> pieces;
        qreal width = 0;
    };
    struct Glyph
    {
        int font = -1;
        quint32 index = 0;
        qreal advance = 0;
    };
    struct Placed // a glyph on a line
    {
        int font = 0;
        quint32 glyph = 0;
        QPointF position; // from the line's start, y from the baseline
        qreal end = 0; // where it ends (a shaped word's glyph: where the word ends)
        qreal wordStart = 0;
        bool cuttable = true; // false: a shaped word, cut off whole
    };

    bool isComplex(const QString& text) const;
    const Glyph& glyph(char16_t c);
    const Word& complexWord(const QString& word);
    int fontIndex(const QRawFont& font);
    bool layoutWords(const QString& text, qreal width, Cell* cell);
    void layoutWithTextLayout(const QString& text, qreal width, Cell* cell) const;

    QFont m_font;
    QPaintDevice* m_device;
    int m_maxLines;
    qreal m_lineHeight = 0;
    qreal m_ascent = 0;
    std::vector<QRawFont> m_fonts;
    std::vector<Glyph> m_glyphs; // by UTF-16 code unit, for the simple ranges
    QHash<QString, Word> m_words; // complex words, bounded
    QHash<QString, Cell> m_cells; // short texts by width and text, bounded
    QSet<size_t> m_seen; // hashes of the short texts laid out once, bounded
    Cell m_cell; // the last text not kept
    std::vector<Placed> m_placed; // the glyphs of the cell being laid out, reused
    std::vector<size_t> m_lineStarts; // where each of its lines starts in m_placed
};
