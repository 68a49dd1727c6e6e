#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

// Finds many terms in a text in one pass (an Aho-Corasick automaton over
// case-folded UTF-16 code units). In space-separated scripts a term must stand
// as a word ("btc" does not hit inside "abtcx"); a term edge in Thai, which has
// no spaces between words, matches anywhere.
class TermScanner
{
public:
    struct Match
    {
        int start = 0; // in UTF-16 code units of the scanned text
        int length = 0;
        int term = 0; // index into terms()
    };

    TermScanner() = default;
    explicit TermScanner(const QStringList& terms);

    // Terms of a list file: one per line, '#' starts a comment, blank lines skipped.
    static QStringList parseTermList(const QString& text);
    // Reads and parses a list file (also ":/..." resources); empty on error.
    static QStringList readTermFile(const QString& path);

    const QStringList& terms() const { return m_terms; }
    bool isEmpty() const { return m_terms.isEmpty(); }

    // Matches ordered by start; overlapping ones are dropped in favour of the
    // earlier, then longer, match.
    QList<Match> scan(const QString& text) const;
    // The distinct terms found, in order of first appearance.
    QStringList termsFound(const QString& text) const;

private:
    QStringList m_terms;
    QVector<int> m_termLength;
    QVector<bool> m_boundaryStart; // the term starts / ends in a space-separated script
    QVector<bool> m_boundaryEnd;
    QVector<quint16> m_classOf; // code unit -> alphabet class of its case folding (0: not in any term)
    int m_classes = 1;
    QVector<qint32> m_next; // a complete DFA: row offset + class -> (next row offset << 1) | has outputs
    QVector<qint32> m_outputFirst; // state -> first index into m_outputs, or -1
    QVector<qint32> m_outputs; // (term, next output index or -1) pairs
};
