#pragma once

#include <QPair>
#include <QString>
#include <QVector>

// The form the term scanners search (settled reading 8, issue 13 item 13): compatibility forms
// folded (NFKC, so fullwidth "ｂｉｔｃｏｉｎ" is "bitcoin"), Unicode case folding, invisible and
// format characters removed (zero-width space, soft hyphen, bidi controls such as RLO), combining
// marks outside Thai removed when they do not compose, and look-alike letters of another script
// inside a word mapped to the word's own script (a Cyrillic "і" in "bіtcoin", a Latin "o" in
// "идиoт"). Text inside a right-to-left override (U+202E) is taken in the order it is displayed, so
// "\u202Enioctib" is read as the "bitcoin" the reader sees. Each unit of the normalised text remembers the span of the
// original it came from, so a match is highlighted in the text the user wrote.
class TextNormalizer
{
public:
    struct Result
    {
        QString text;
        // Original code unit span of normalised unit i: [origStart(i), origEnd(i)).
        int origStart(int i) const { return m_start.isEmpty() ? i : m_start.at(i); }
        int origEnd(int i) const { return m_end.isEmpty() ? i + 1 : m_end.at(i); }
        // The original span that normalised units [from, to) came from (an override can reverse them).
        QPair<int, int> originalSpan(int from, int to) const;

    private:
        friend class TextNormalizer;
        QVector<int> m_start; // empty while the map is the identity
        QVector<int> m_end;
    };

    static Result normalize(const QString& text);
    // The same without the offset map, for the terms.
    static QString normalized(const QString& text) { return normalize(text).text; }
    // Latin letters with their diacritics removed ("köp" -> "kop"), for the forms people type
    // without them; other scripts unchanged.
    static QString withoutLatinDiacritics(const QString& normalized);

    // A letter, digit or mark of a space-separated script: part of a word. Thai is not (its words
    // are found by dictionary break).
    static bool isWordChar(QChar c);
    static bool isThai(QChar c) { return c.unicode() >= 0x0E00 && c.unicode() <= 0x0E7F; }

    // For a scanner's fast path over text that needs nothing but a per-unit mapping: the mapped
    // unit of each BMP code unit, or Special when it maps to none or several, or is the start of a
    // letter outside the BMP that folds (mathematical alphanumerics, enclosed letters).
    static constexpr char16_t Special = 0xFFFF;
    static const char16_t* unitMap();
    // Script of a mapped unit: 1 Latin, 2 Cyrillic, 4 Greek, 0 other.
    static quint8 scriptOf(char16_t mapped);

private:
    static Result normalizeLogical(const QString& text);
};
