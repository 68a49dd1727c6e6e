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
        QStringLiteral("ьо"),
    };
    return suffixes;
}

// The same endings in WordForms::bulgarianLatin form.
const QStringList& bulgarianLatinSuffixes()
{
    static const QStringList suffixes = [] {
        QStringList s;
        for (const QString& cyrillic : bulgarianSuffixes())
            s << WordForms::bulgarianLatin(cyrillic);
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
        bases << stem.chopped(1) + QStringLiteral("c");
    for (const QString& base : std::as_const(bases)) {
        const QString rest = textWord.startsWith(base) ? textWord.mid(base.size()) : QStringLiteral("-");
        if (rest == QStringLiteral("и") || rest == QStringLiteral("ите") || rest == QStringLiteral("i")
            || rest == QStringLiteral("ite"))
            return true;
    }
    return false;
}

// A vowel that drops before an ending: крадец -> крадци, некадърен -> некадърни, мъртъв -> мъртви.
bool hasDroppedVowel(const QString& textWord, const QString& stem, bool latin)
{
    if (stem.size() < 4)
        return false;
    const QChar vowel = stem.at(stem.size() - 2);
    const bool drops = latin ? vowel == QLatin1Char('e') || vowel == QLatin1Char('a')
                             : vowel == QChar(0x0435) || vowel == QChar(0x044A); // е, ъ
    if (!drops)
        return false;
    const QString base = stem.left(stem.size() - 2) + stem.back();
    static const QStringList cyrillic
        = { QStringLiteral("и"), QStringLiteral("ите"), QStringLiteral("а"), QStringLiteral("ата"), QStringLiteral("о"),
              QStringLiteral("ото"), QStringLiteral("ия"), QStringLiteral("ият") };
    static const QStringList latinEndings
        = { QStringLiteral("i"), QStringLiteral("ite"), QStringLiteral("a"), QStringLiteral("ata"), QStringLiteral("o"),
              QStringLiteral("oto"), QStringLiteral("ia"), QStringLiteral("iat") };
    return textWord.startsWith(base) && (latin ? latinEndings : cyrillic).contains(textWord.mid(base.size()));
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
        // Hunspell takes microseconds a word and chats repeat their words: remember the answers.
        thread_local QHash<QString, bool> known;
        const auto it = known.constFind(word);
        if (it != known.cend())
            return *it;
        if (known.size() > 20000)
            known.clear();
        QMutexLocker lock(&m_mutex);
        const bool result = m_hunspell->spell(word.toStdString());
        known.insert(word, result);
        return result;
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
        // крадец, крадци: the vowel before the last consonant drops.
        if (stem.size() >= 6
            && (stem.at(stem.size() - 2) == QChar(0x0435) || stem.at(stem.size() - 2) == QChar(0x044A)))
            return stem.chopped(2);
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
        return isSpellingOf(language, textWord, termWord) || snowball("english", textWord) == termStem;
    case Swedish:
        if (snowball("swedish", textWord) == termStem)
            return true;
        // Snowball's Swedish stemmer leaves the definite -t/-n/-na of words ending in a vowel
        // ("kryptot", "kryptona").
        // ("kryptot", "kryptona"), the neuter -et after a consonant ("svinet"), and the e that drops
        // before an ending ("jäveln", "jävlar").
        if (termWord.isEmpty())
            return false;
        if (textWord.startsWith(termWord)) {
            const QString ending = textWord.mid(termWord.size());
            if (QStringLiteral("aeiouyåäö").contains(termWord.back()))
                return ending == QLatin1String("t") || ending == QLatin1String("n") || ending == QLatin1String("na")
                    || ending == QLatin1String("ns") || ending == QLatin1String("ts");
            return ending == QLatin1String("et") || ending == QLatin1String("ets");
        }
        if (termWord.size() >= 4 && termWord.at(termWord.size() - 2) == QLatin1Char('e')
            && QStringLiteral("lnr").contains(termWord.back())) {
            const QString base = termWord.left(termWord.size() - 2) + termWord.back();
            const QString ending = textWord.startsWith(base) ? textWord.mid(base.size()) : QStringLiteral("-");
            return ending == QLatin1String("n") || ending == QLatin1String("ar") || ending == QLatin1String("arna")
                || ending == QLatin1String("ns");
        }
        return false;
    case Bulgarian:
        return hasSuffixForm(textWord, termStem, bulgarianSuffixes()) || hasMutatedPlural(textWord, termStem, false)
            || hasDroppedVowel(textWord, termStem, false);
    case BulgarianLatin: {
        const QString latin = bulgarianLatin(textWord);
        return latin == termWord || hasSuffixForm(latin, termStem, bulgarianLatinSuffixes())
            || hasMutatedPlural(latin, termStem, true) || hasDroppedVowel(latin, termStem, true);
    }
    case Exact:
    case Thai:
        return false;
    }
    return false;
}

bool WordForms::isSpellingOf(Language language, const QString& textWord, const QString& termWord)
{
    if (language == BulgarianLatin)
        return bulgarianLatin(textWord) == termWord;
    if (language != English)
        return false;
    // Text speak for the small words of phrases ("i know where ur office is", "i will find u").
    static const QHash<QString, QStringList> speak = {
        { QStringLiteral("you"), { QStringLiteral("u"), QStringLiteral("ya") } },
        { QStringLiteral("your"), { QStringLiteral("ur"), QStringLiteral("yr") } },
        { QStringLiteral("are"), { QStringLiteral("r") } },
    };
    return speak.value(termWord).contains(textWord);
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
        // Unless the lemma is itself the term and a word ("kryptohandeln" -> "kryptohandel").
        for (const QString& stem : d.stems(word))
            if (stem.size() > split + 1 && !d.spell(stem.mid(split)))
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
            if (stem.size() > split && !d.spell(stem.left(split)))
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

namespace {

QString streamlined(const QString& cyrillic)
{
    static const QHash<QChar, QString> table = [] {
        QHash<QChar, QString> t;
        const char* rows[][2] = { { "а", "a" }, { "б", "b" }, { "в", "v" }, { "г", "g" }, { "д", "d" }, { "е", "e" },
            { "ж", "zh" }, { "з", "z" }, { "и", "i" }, { "й", "y" }, { "к", "k" }, { "л", "l" }, { "м", "m" },
            { "н", "n" }, { "о", "o" }, { "п", "p" }, { "р", "r" }, { "с", "s" }, { "т", "t" }, { "у", "u" },
            { "ф", "f" }, { "х", "h" }, { "ц", "ts" }, { "ч", "ch" }, { "ш", "sh" }, { "щ", "sht" }, { "ъ", "a" },
            { "ь", "y" }, { "ю", "yu" }, { "я", "ya" } };
        for (const auto& row : rows)
            t.insert(QString::fromUtf8(row[0]).at(0), QString::fromUtf8(row[1]));
        return t;
    }();
    QString latin;
    for (const QChar c : cyrillic) {
        const auto it = table.constFind(c);
        latin += it != table.cend() ? *it : QString(c);
    }
    return latin;
}

} // namespace

QString WordForms::bulgarianLatin(const QString& text)
{
    QString s = streamlined(text);
    // Digits for letters (shlyokavitsa) and the informal spellings, folded to one form.
    s.replace(QLatin1Char('4'), QStringLiteral("ch"));
    s.replace(QLatin1Char('6'), QStringLiteral("sh"));
    s.replace(QStringLiteral("zh"), QStringLiteral("j"));
    s.replace(QStringLiteral("ts"), QStringLiteral("c"));
    s.replace(QStringLiteral("ya"), QStringLiteral("ia"));
    s.replace(QStringLiteral("yu"), QStringLiteral("iu"));
    s.replace(QLatin1Char('q'), QStringLiteral("ia"));
    s.replace(QLatin1Char('y'), QLatin1Char('i'));
    s.replace(QLatin1Char('u'), QLatin1Char('a'));
    s.replace(QLatin1Char('w'), QLatin1Char('v'));
    s.replace(QLatin1Char('x'), QLatin1Char('h'));
    return s;
}

QStringList WordForms::bulgarianLatinSpellings(const QString& cyrillic)
{
    static const QHash<QChar, QStringList> informal = {
        { QChar(0x044A), { QStringLiteral("u") } }, // ъ
        { QChar(0x0436), { QStringLiteral("j") } }, // ж
        { QChar(0x0446), { QStringLiteral("c") } }, // ц
        { QChar(0x044F), { QStringLiteral("ia"), QStringLiteral("q") } }, // я
        { QChar(0x0439), { QStringLiteral("i") } }, // й
        { QChar(0x044E), { QStringLiteral("iu") } }, // ю
    };
    QStringList spellings { QString() };
    for (const QChar c : cyrillic) {
        QStringList options { streamlined(QString(c)) };
        if (spellings.size() < 8)
            options << informal.value(c);
        QStringList next;
        for (const QString& s : std::as_const(spellings))
            for (const QString& o : std::as_const(options))
                next << s + o;
        spellings = next;
    }
    return spellings;
}

QString WordForms::bulgarianLatinPrefix(const QString& cyrillic)
{
    static const QString ambiguous = QStringLiteral("ъжцяюйь");
    int end = 0;
    while (end < cyrillic.size() && !ambiguous.contains(cyrillic.at(end)))
        ++end;
    return streamlined(cyrillic.left(end));
}
