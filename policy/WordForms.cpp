#include "WordForms.h"

#include <QFile>
#include <QHash>
#include <QMutex>

#include <hunspell/hunspell.hxx>
#include <libstemmer.h>
#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <memory>

namespace {

// Snowball stemmers keep a buffer: one per thread and language.
QString snowball(const char* algorithm, const QString& word)
{
    struct Stemmer
    {
        sb_stemmer* stemmer = nullptr;
        ~Stemmer() { sb_stemmer_delete(stemmer); }
    };
    thread_local QHash<QByteArray, std::shared_ptr<Stemmer>> stemmers;
    std::shared_ptr<Stemmer>& s = stemmers[QByteArray(algorithm)];
    if (!s) {
        s = std::make_shared<Stemmer>();
        s->stemmer = sb_stemmer_new(algorithm, "UTF_8");
    }
    if (!s->stemmer)
        return word;
    const QByteArray utf8 = word.toUtf8();
    const sb_symbol* stem
        = sb_stemmer_stem(s->stemmer, reinterpret_cast<const sb_symbol*>(utf8.constData()), int(utf8.size()));
    if (!stem)
        return word;
    return QString::fromUtf8(reinterpret_cast<const char*>(stem), sb_stemmer_length(s->stemmer));
}

// Bulgarian nouns and adjectives inflect by endings: the postposed article (-ът/-ят, -а/-я, -та,
// -то, -те), plurals (-и, -ове, -ета, -ища, -а), their definite forms and the vocative (-е, -о,
// -ю); adjectives add -а/-о/-и and -ия(т), -ата, -ото, -ите. A word is a form of a term when it is
// the term's stem (without its final vowel) plus one of these.
const QStringList& bulgarianSuffixes()
{
    static const QStringList suffixes = {
        QString(),
        QStringLiteral("а"),
        QStringLiteral("я"),
        QStringLiteral("о"),
        QStringLiteral("е"),
        QStringLiteral("и"),
        QStringLiteral("ю"),
        QStringLiteral("ът"),
        QStringLiteral("ят"),
        QStringLiteral("та"),
        QStringLiteral("то"),
        QStringLiteral("те"),
        QStringLiteral("ия"),
        QStringLiteral("ият"),
        QStringLiteral("ите"),
        QStringLiteral("ата"),
        QStringLiteral("ото"),
        QStringLiteral("ове"),
        QStringLiteral("овете"),
        QStringLiteral("еве"),
        QStringLiteral("евете"),
        QStringLiteral("ета"),
        QStringLiteral("етата"),
        QStringLiteral("ища"),
        QStringLiteral("ищата"),
    };
    return suffixes;
}

const QStringList& bulgarianLatinSuffixes()
{
    static const QStringList suffixes = [] {
        QStringList s;
        for (const QString& cyrillic : bulgarianSuffixes())
            for (const QString& latin : WordForms::bulgarianInLatin(cyrillic))
                if (!s.contains(latin))
                    s << latin;
        // Common informal spellings of -я/-ия: "ia", "iq" ("q" for "я" on phone keyboards).
        s << QStringLiteral("ia") << QStringLiteral("iq") << QStringLiteral("q");
        return s;
    }();
    return suffixes;
}

bool isVowel(QChar c)
{
    return QStringLiteral("аяоеиюъ").contains(c);
}

// Bulgarian stems: the word without a final vowel, kept at least three letters long.
QString bulgarianStem(const QString& word)
{
    if (word.size() >= 4 && isVowel(word.back()))
        return word.chopped(1);
    return word;
}

bool hasSuffixForm(const QString& textWord, const QString& stem, const QStringList& suffixes)
{
    if (!textWord.startsWith(stem))
        return false;
    return suffixes.contains(textWord.mid(stem.size()));
}

// Plurals with a mutated final consonant: глупак -> глупаци, боклук -> боклуци.
bool hasMutatedPlural(const QString& textWord, const QString& stem, bool latin)
{
    if (stem.size() < 3)
        return false;
    const QChar last = stem.back();
    QStringList bases;
    if (!latin && last == QChar(0x043A)) // к
        bases << stem.chopped(1) + QChar(0x0446); // ц
    else if (!latin && last == QChar(0x0433)) // г
        bases << stem.chopped(1) + QChar(0x0437); // з
    else if (latin && last == QLatin1Char('k'))
        bases << stem.chopped(1) + QStringLiteral("ts") << stem.chopped(1) + QStringLiteral("c");
    for (const QString& base : std::as_const(bases)) {
        const QString rest = textWord.startsWith(base) ? textWord.mid(base.size()) : QStringLiteral("-");
        if (rest == QStringLiteral("и") || rest == QStringLiteral("ите") || rest == QStringLiteral("i")
            || rest == QStringLiteral("ite"))
            return true;
    }
    return false;
}

class SwedishDictionary
{
public:
    static SwedishDictionary& instance()
    {
        static SwedishDictionary dictionary;
        return dictionary;
    }
    bool isLoaded() const { return bool(m_hunspell); }
    bool spell(const QString& word)
    {
        if (!m_hunspell || word.isEmpty())
            return false;
        QMutexLocker lock(&m_mutex);
        return m_hunspell->spell(word.toStdString());
    }
    QStringList stems(const QString& word)
    {
        QStringList result;
        if (!m_hunspell)
            return result;
        QMutexLocker lock(&m_mutex);
        for (const std::string& s : m_hunspell->stem(word.toStdString()))
            result << QString::fromStdString(s).toCaseFolded();
        return result;
    }

private:
    SwedishDictionary()
    {
        // Debian's hunspell-sv. Without it, Swedish compounds are not matched (inflections still are).
        const QString aff = QStringLiteral("/usr/share/hunspell/sv_SE.aff");
        const QString dic = QStringLiteral("/usr/share/hunspell/sv_SE.dic");
        if (QFile::exists(aff) && QFile::exists(dic))
            m_hunspell = std::make_unique<Hunspell>(aff.toLocal8Bit().constData(), dic.toLocal8Bit().constData());
    }
    std::unique_ptr<Hunspell> m_hunspell;
    QMutex m_mutex; // Hunspell keeps state between calls
};

// The other part of a compound: a dictionary word of at least two letters, also after the
// linking -s- ("betalningsbitcoin").
// A word as typed without its å, ä, ö ("kop" for "köp"): the spellings with them, at most a few.
QStringList withSwedishLetters(const QString& word)
{
    QStringList spellings { word };
    int vowels = 0;
    for (int i = 0; i < word.size(); ++i) {
        const QChar c = word.at(i);
        if (c != QLatin1Char('a') && c != QLatin1Char('o'))
            continue;
        if (++vowels > 3)
            break;
        const QStringList replacements = c == QLatin1Char('a')
            ? QStringList { QStringLiteral("ä"), QStringLiteral("å") }
            : QStringList { QStringLiteral("ö") };
        const qsizetype count = spellings.size();
        for (qsizetype k = 0; k < count; ++k)
            for (const QString& r : replacements)
                spellings << spellings.at(k).left(i) + r + spellings.at(k).mid(i + 1);
    }
    return spellings;
}

bool isDictionaryWord(const QString& word)
{
    SwedishDictionary& d = SwedishDictionary::instance();
    for (const QString& spelling : withSwedishLetters(word))
        if (d.spell(spelling))
            return true;
    return false;
}

// The other part of a compound: a dictionary word of at least two letters, also after the
// linking -s- ("betalningsbitcoin"), also typed without å, ä, ö.
bool isCompoundPart(const QString& part, bool head)
{
    if (part.size() >= 2 && isDictionaryWord(part))
        return true;
    if (part.size() >= 4 && !head && part.back() == QLatin1Char('s') && isDictionaryWord(part.chopped(1)))
        return true;
    return false;
}

} // namespace

WordForms::Language WordForms::language(const QString& code)
{
    if (code == QLatin1String("en"))
        return English;
    if (code == QLatin1String("sv"))
        return Swedish;
    if (code == QLatin1String("bg"))
        return Bulgarian;
    if (code == QLatin1String("bg-Latn"))
        return BulgarianLatin;
    if (code == QLatin1String("th"))
        return Thai;
    return Exact;
}

QString WordForms::stem(Language language, const QString& word)
{
    switch (language) {
    case English:
        return snowball("english", word);
    case Swedish:
        return snowball("swedish", word);
    case Bulgarian:
    case BulgarianLatin:
        return bulgarianStem(word);
    case Exact:
    case Thai:
        break;
    }
    return word;
}

QString WordForms::key(Language language, const QString& word, const QString& stem)
{
    if (language == Bulgarian || language == BulgarianLatin) {
        // глупак, глупаци; враг, врази: the consonant before the plural ending changes.
        if (stem.size() >= 5 && (stem.endsWith(QChar(0x043A)) || stem.endsWith(QChar(0x0433))))
            return stem.chopped(1);
        if (language == BulgarianLatin && stem.size() >= 5
            && (stem.endsWith(QLatin1Char('k')) || stem.endsWith(QLatin1Char('g'))))
            return stem.chopped(1);
        return stem;
    }
    // The stem may not be a prefix ("happy" -> "happi"): the longest common prefix, at least 3 letters.
    int common = 0;
    while (common < word.size() && common < stem.size() && word.at(common) == stem.at(common))
        ++common;
    return common >= 3 ? word.left(common) : word;
}

bool WordForms::isFormOf(Language language, const QString& textWord, const QString& termWord, const QString& termStem)
{
    if (textWord == termWord)
        return true;
    switch (language) {
    case English:
        return snowball("english", textWord) == termStem;
    case Swedish:
        return snowball("swedish", textWord) == termStem;
    case Bulgarian:
        return hasSuffixForm(textWord, termStem, bulgarianSuffixes()) || hasMutatedPlural(textWord, termStem, false);
    case BulgarianLatin:
        return hasSuffixForm(textWord, termStem, bulgarianLatinSuffixes())
            || hasMutatedPlural(textWord, termStem, true);
    case Exact:
    case Thai:
        return false;
    }
    return false;
}

bool WordForms::hasSwedishDictionary()
{
    return SwedishDictionary::instance().isLoaded();
}

bool WordForms::isSwedishHeadCompound(const QString& word, int split)
{
    if (split < 3 || word.size() - split < 2 || !isCompoundPart(word.mid(split), true))
        return false;
    // A dictionary word whose own stem runs past the term is a word of its own ("kryptografi").
    SwedishDictionary& d = SwedishDictionary::instance();
    if (d.spell(word)) {
        for (const QString& stem : d.stems(word))
            if (stem.size() > split + 1)
                return false;
    }
    return true;
}

bool WordForms::isSwedishTailCompound(const QString& word, int split)
{
    if (split < 3 || word.size() - split < 3)
        return false;
    if (!isCompoundPart(word.left(split), false))
        return false;
    SwedishDictionary& d = SwedishDictionary::instance();
    if (d.spell(word)) {
        for (const QString& stem : d.stems(word))
            if (stem.size() > split)
                return false; // "marsvin" is a guinea pig, not a "svin"
    }
    return true;
}

QVector<int> WordForms::thaiBoundaries(const QString& run)
{
    thread_local std::unique_ptr<icu::BreakIterator> prototype;
    QVector<int> result;
    if (!prototype) {
        UErrorCode status = U_ZERO_ERROR;
        prototype.reset(icu::BreakIterator::createWordInstance(icu::Locale("th"), status));
        if (U_FAILURE(status))
            prototype.reset();
    }
    if (!prototype) {
        result << 0 << int(run.size());
        return result;
    }
    const icu::UnicodeString text(false, reinterpret_cast<const UChar*>(run.constData()), int32_t(run.size()));
    prototype->setText(text);
    for (int32_t b = prototype->first(); b != icu::BreakIterator::DONE; b = prototype->next())
        result << int(b);
    return result;
}

QStringList WordForms::bulgarianInLatin(const QString& cyrillic)
{
    // The Streamlined System (2009 law); the second spelling is the informal one.
    static const QHash<QChar, QPair<QString, QString>> table = [] {
        QHash<QChar, QPair<QString, QString>> t;
        const char* rows[][3] = { { "а", "a", "a" }, { "б", "b", "b" }, { "в", "v", "v" }, { "г", "g", "g" },
            { "д", "d", "d" }, { "е", "e", "e" }, { "ж", "zh", "j" }, { "з", "z", "z" }, { "и", "i", "i" },
            { "й", "y", "i" }, { "к", "k", "k" }, { "л", "l", "l" }, { "м", "m", "m" }, { "н", "n", "n" },
            { "о", "o", "o" }, { "п", "p", "p" }, { "р", "r", "r" }, { "с", "s", "s" }, { "т", "t", "t" },
            { "у", "u", "u" }, { "ф", "f", "f" }, { "х", "h", "h" }, { "ц", "ts", "c" }, { "ч", "ch", "ch" },
            { "ш", "sh", "sh" }, { "щ", "sht", "sht" }, { "ъ", "a", "u" }, { "ь", "y", "y" }, { "ю", "yu", "iu" },
            { "я", "ya", "ia" } };
        for (const auto& row : rows)
            t.insert(QString::fromUtf8(row[0]).at(0), { QString::fromUtf8(row[1]), QString::fromUtf8(row[2]) });
        return t;
    }();
    QString streamlined;
    QString informal;
    for (const QChar c : cyrillic) {
        const auto it = table.constFind(c);
        streamlined += it != table.cend() ? it->first : QString(c);
        informal += it != table.cend() ? it->second : QString(c);
    }
    QStringList result { streamlined };
    if (informal != streamlined)
        result << informal;
    return result;
}
