#include "NameMatcher.h"

#include "ThaiRomanization.h"

#include <QHash>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>

namespace {

// Latin letters that do not decompose under NFD; null when the letter stays as it is.
const char* foldLatinSpecial(QChar c)
{
    switch (c.unicode()) {
    case 0x00F8: // ø
        return "o";
    case 0x00E6: // æ
        return "ae";
    case 0x0153: // œ
        return "oe";
    case 0x00DF: // ß
        return "ss";
    case 0x0142: // ł
        return "l";
    case 0x0111: // đ
    case 0x00F0: // ð
        return "d";
    case 0x00FE: // þ
        return "th";
    case 0x0131: // dotless i
        return "i";
    default:
        return nullptr;
    }
}

// Parts of a name: letters and digits only, diacritics of Latin letters removed.
// Apostrophes and dots join ("O'Brien" = "OBrien"); other punctuation and spaces separate.
QStringList parts(const QString& name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_D).toCaseFolded();
    QStringList result;
    QString current;
    QChar::Script lastBase = QChar::Script_Common;
    auto flush = [&]() {
        if (!current.isEmpty())
            result << current.normalized(QString::NormalizationForm_C);
        current.clear();
    };
    for (const QChar c : decomposed) {
        if (c.isMark()) {
            if (lastBase != QChar::Script_Latin && !current.isEmpty())
                current += c;
            continue;
        }
        if (c.isLetterOrNumber()) {
            lastBase = c.script();
            const char* folded = lastBase == QChar::Script_Latin ? foldLatinSpecial(c) : nullptr;
            if (folded)
                current += QLatin1String(folded);
            else
                current += c;
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('.') || c == QChar(0x2019))
            continue;
        flush();
    }
    flush();
    return result;
}

QChar::Script scriptOf(const QString& name)
{
    for (const QChar c : name)
        if (c.isLetter())
            return c.script();
    return QChar::Script_Common;
}

// The Bulgarian Transliteration Act's Streamlined System (2009): Николай Петров -> Nikolay Petrov,
// Щерев -> Shterev, and -ия at the end of a word -> -ia (София -> Sofia).
QString streamlinedBulgarian(const QString& name)
{
    static const QHash<QChar, QLatin1String> table = [] {
        const char* const letters[] = { "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
            "r", "s", "t", "u", "f", "h", "ts", "ch", "sh", "sht", "a", "y", "y", "e", "yu", "ya" };
        QHash<QChar, QLatin1String> t;
        for (int i = 0; i < 32; ++i) // а..я: U+0430..U+044F (ы and э, not Bulgarian, as Russian names write them)
            t.insert(QChar(0x0430 + i), QLatin1String(letters[i]));
        t.insert(QChar(0x0450), QLatin1String("e")); // ѐ
        t.insert(QChar(0x045D), QLatin1String("i")); // ѝ
        return t;
    }();
    const QString lower = name.toLower();
    QString out;
    for (int i = 0; i < lower.size(); ++i) {
        const QChar c = lower.at(i);
        const bool wordEnd = i + 2 >= lower.size() || !lower.at(i + 2).isLetter();
        if (c == QChar(0x0438) && i + 1 < lower.size() && lower.at(i + 1) == QChar(0x044F) && wordEnd) {
            out += QLatin1String("ia");
            ++i;
            continue;
        }
        const auto it = table.constFind(c);
        if (it != table.cend())
            out += *it;
        else
            out += c;
    }
    return out;
}

// ICU's transliterators are not shared between threads: one set per thread, made when first needed.
QString icuTransliterate(const char* id, const QString& name)
{
    thread_local QHash<QByteArray, std::shared_ptr<icu::Transliterator>> cache;
    std::shared_ptr<icu::Transliterator>& t = cache[QByteArray(id)];
    if (!t) {
        UErrorCode status = U_ZERO_ERROR;
        t.reset(icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            t.reset();
        if (!t)
            return QString();
    }
    icu::UnicodeString text(reinterpret_cast<const UChar*>(name.utf16()), int32_t(name.size()));
    t->transliterate(text);
    return QString(reinterpret_cast<const QChar*>(text.getBuffer()), text.length());
}

// Same, subset (at least two parts in the smaller name), one part, or different.
NameMatcher::Comparison compareParts(const QStringList& pa, const QStringList& pb)
{
    if (pa.size() < 2 || pb.size() < 2)
        return pa.isEmpty() || pb.isEmpty() ? NameMatcher::Different : NameMatcher::OnePart;
    QStringList sa = pa;
    QStringList sb = pb;
    std::sort(sa.begin(), sa.end());
    std::sort(sb.begin(), sb.end());
    if (sa == sb)
        return NameMatcher::Same;
    const QStringList& smaller = sa.size() <= sb.size() ? sa : sb;
    QStringList larger = sa.size() <= sb.size() ? sb : sa;
    bool subset = true;
    for (const QString& part : smaller) {
        const qsizetype at = larger.indexOf(part);
        if (at < 0) {
            subset = false;
            break;
        }
        larger.removeAt(at);
    }
    if (subset)
        return NameMatcher::Same;
    // "Anna-Karin Berg" = "Annakarin Berg": the same letters in the same order.
    return pa.join(QString()) == pb.join(QString()) ? NameMatcher::Same : NameMatcher::Different;
}

} // namespace

QStringList NameMatcher::transliterations(const QString& name)
{
    QStringList result;
    switch (scriptOf(name)) {
    case QChar::Script_Cyrillic:
        result << streamlinedBulgarian(name) << icuTransliterate("Any-Latin; Latin-ASCII", name)
               << icuTransliterate("Bulgarian-Latin/BGN; Latin-ASCII", name);
        break;
    case QChar::Script_Thai:
        // RTGS, the system banks and passports use (ICU has no RTGS: its Thai-Latin is ISO 11940), then ICU's.
        result << ThaiRomanization::rtgs(name) << icuTransliterate("Thai-Latin; Latin-ASCII", name);
        break;
    default:
        break;
    }
    result.removeAll(QString());
    result.removeDuplicates();
    return result;
}

QStringList NameMatcher::normalizedParts(const QString& name)
{
    QStringList result = parts(name);
    std::sort(result.begin(), result.end());
    return result;
}

NameMatcher::Comparison NameMatcher::compare(const QString& a, const QString& b)
{
    const QChar::Script scriptA = scriptOf(a);
    const QChar::Script scriptB = scriptOf(b);
    if (scriptA == scriptB || scriptA == QChar::Script_Common || scriptB == QChar::Script_Common)
        return compareParts(parts(a), parts(b));
    // Different scripts: every spelling of one against every spelling of the other.
    QStringList spellingsA = scriptA == QChar::Script_Latin ? QStringList { a } : transliterations(a);
    QStringList spellingsB = scriptB == QChar::Script_Latin ? QStringList { b } : transliterations(b);
    bool onePart = false;
    for (const QString& x : std::as_const(spellingsA)) {
        for (const QString& y : std::as_const(spellingsB)) {
            const Comparison c = compareParts(parts(x), parts(y));
            if (c == Same)
                return Same;
            onePart = onePart || c == OnePart;
        }
    }
    return onePart ? OnePart : ScriptDiffers;
}
