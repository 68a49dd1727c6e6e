#pragma once

#include "TextNormalizer.h"
#include "WordForms.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

// Finds many terms in a text in one pass (settled reading 8, issue 13 item 13). The text is first
// brought to TextNormalizer form (NFKC, case folding, invisible characters removed, look-alike
// letters mapped to the word's script); an Aho-Corasick automaton then finds the keys of the terms
// (the part all their forms share), and each candidate is checked as a word of the term's language:
// in space-separated scripts a term stands as a word or an inflected form of it ("btc" does not hit
// inside "abtcx"; "bitcoinen", "идиоте" do hit), Swedish terms also in compounds ("kryptohandel"),
// and a Thai term must start and end on a word boundary of ICU's dictionary break. Matches point
// into the original text.
class TermScanner
{
public:
    struct Term
    {
        QString text;
        QString language; // "en", "sv", "bg", "th"; empty: the word as listed, no other forms
        // What the term is evidence of, e.g. "abuse", "threat", "sensitive"; "allow": an innocent word
        // or phrase that contains a term, which cancels the matches it overlaps and is not reported.
        QString category;
    };

    struct Match
    {
        int start = 0; // in UTF-16 code units of the scanned (original) text
        int length = 0;
        int term = 0; // index into terms()
    };

    TermScanner() = default;
    explicit TermScanner(const QStringList& terms);
    explicit TermScanner(const QList<Term>& terms);

    // Terms of a list file: one per line, '#' starts a comment, blank lines skipped.
    static QStringList parseTermList(const QString& text);
    // Reads and parses a list file (also ":/..." resources); empty on error.
    static QStringList readTermFile(const QString& path);
    static QList<Term> readTermFile(const QString& path, const QString& language, const QString& category);

    const QStringList& terms() const { return m_terms; }
    const Term& term(int index) const { return m_termInfo.at(index); }
    bool isEmpty() const { return m_terms.isEmpty(); }

    // Matches ordered by start; overlapping ones are dropped in favour of the
    // earlier, then longer, match. A match covers the whole inflected or compound word.
    QList<Match> scan(const QString& text) const;
    // The distinct terms found, in order of first appearance.
    QStringList termsFound(const QString& text) const;

    struct TextView;

private:
    // One searchable spelling of a term: its words in normalised form, with the key of each.
    struct Pattern
    {
        int term = 0;
        WordForms::Language language = WordForms::Exact;
        QStringList words;
        QStringList stems;
        QStringList keys;
        int anchor = 0; // the word whose key the automaton finds
        bool thai = false; // matched by dictionary word boundaries instead of words
        bool exactWords = false; // each word as listed (or its Latin spelling), no other forms
        bool headCompounds = true; // Swedish: the term may begin a compound
    };
    struct Span
    {
        int start = -1;
        int end = -1;
    };
    struct ThaiCache;

    void addPatterns(int term, const Term& info);
    void addPattern(Pattern pattern);
    void build();
    static bool isForm(const Pattern& p, const QString& textWord, int word);
    Span verify(const Pattern& p, const TextView& text, int start, int end, ThaiCache& thai) const;
    // False when the fast path (a mapped view of the original) meets text it cannot handle.
    bool scanView(const TextView& text, const TextNormalizer::Result* normalized, QList<Match>* found) const;
    template <bool Fast>
    bool scanLanes(const TextView& text, const TextNormalizer::Result* normalized, QList<Match>* found) const;

    static constexpr quint32 ClassMask = 0xFFFF;
    static constexpr quint32 Word = 1u << 16;
    static constexpr quint32 Slow = 1u << 17;
    static constexpr int ScriptShift = 18;

    QStringList m_terms;
    QList<Term> m_termInfo;
    QList<Pattern> m_patterns;
    QVector<int> m_keyLength; // per pattern
    int m_maxKeyLength = 1;
    QVector<quint16> m_classOf; // normalised code unit -> alphabet class (0: not in any key)
    QVector<quint32> m_info; // code unit -> class of its mapped unit | Word | Slow | script << ScriptShift
    int m_classes = 1;
    QVector<qint32> m_next; // a complete DFA: row offset + class -> (next row offset << 1) | has outputs
    QVector<qint32> m_outputFirst; // state -> first index into m_outputs, or -1
    QVector<qint32> m_outputs; // (pattern, next output index or -1) pairs
};
