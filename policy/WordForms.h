#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

// The forms of a word, per language (settled reading 8): whether a word of a text is an inflected
// or compound form of a term's word. English and Swedish use the Snowball stemmers (libstemmer);
// Bulgarian, which Snowball lacks, a suffix set of its article, plural and vocative endings (also
// in Latin transliteration, as Bulgarians often type); Swedish compounds are checked against the
// Hunspell sv_SE dictionary; Thai word edges come from ICU's dictionary word break. All words are
// in TextNormalizer form.
class WordForms
{
public:
    enum Language
    {
        Exact,
        English,
        Swedish,
        Bulgarian,
        BulgarianLatin,
        Thai
    };

    // "en", "sv", "bg", "th"; anything else (or empty): Exact, the word as listed.
    static Language language(const QString& code);

    // The stem of a term's word: Snowball's for English and Swedish, the word without its final vowel
    // for Bulgarian (of the Cyrillic word: BulgarianLatin stems are its transliteration).
    static QString stem(Language language, const QString& word);
    // The part every form of a word starts with, which the scanner searches for: the common prefix of
    // the word and its stem, for Bulgarian without a final к/г that changes in the plural.
    static QString key(Language language, const QString& word, const QString& stem);
    // True when `textWord` is `termWord` or one of its inflected forms; `termStem` is stem() of it.
    static bool isFormOf(Language language, const QString& textWord, const QString& termWord, const QString& termStem);

    // Another spelling of the same word, not another form: text speak in English ("u", "ur"), the
    // canonical Latin spelling of Bulgarian.
    static bool isSpellingOf(Language language, const QString& textWord, const QString& termWord);

    // Swedish compounds: `word` is the term (a form of it) followed by another Swedish word
    // ("kryptohandel", "binanceköp"), or a Swedish word followed by the term ("storidiot"), and is
    // not itself a lexicalised word of the dictionary that only happens to contain it
    // ("kryptografi", "marsvin"). `split` is where the term ends, or starts.
    static bool isSwedishHeadCompound(const QString& word, int split);
    static bool isSwedishTailCompound(const QString& word, int split);
    // False when the Hunspell dictionary is not installed: no compounds are matched then.
    static bool hasSwedishDictionary();

    // Word boundaries of a run of Thai text by ICU's dictionary break: offsets from 0 to size.
    static QVector<int> thaiBoundaries(const QString& run);

    // Bulgarian in Latin letters, the way people type it, in one canonical spelling: the Streamlined
    // System with the informal variants folded together ("zh"/"j", "ts"/"c", "ya"/"ia"/"q", "a"/"u"
    // for "ъ", "y"/"i" for "й"). A Latin word of a text is compared in this form.
    static QString bulgarianLatin(const QString& text);
    // The Streamlined transliteration of the part of a Cyrillic word before its first letter people
    // spell in more than one way (ъ, ж, ц, я, ю, й, ь): the literal prefix every Latin spelling shares.
    static QString bulgarianLatinPrefix(const QString& cyrillic);
    // The Latin spellings people use for a Cyrillic word (Streamlined and informal letters), at most 8.
    static QStringList bulgarianLatinSpellings(const QString& cyrillic);
};
