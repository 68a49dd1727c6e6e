#include "NameMatcher.h"

#include <algorithm>

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

} // namespace

QStringList NameMatcher::normalizedParts(const QString& name)
{
    QStringList result = parts(name);
    std::sort(result.begin(), result.end());
    return result;
}

bool NameMatcher::sameName(const QString& a, const QString& b)
{
    // The common case, cheaply: the same text up to case.
    if (a.compare(b, Qt::CaseInsensitive) == 0)
        return std::any_of(a.cbegin(), a.cend(), [](QChar c) { return c.isLetterOrNumber(); });
    const QStringList pa = parts(a);
    const QStringList pb = parts(b);
    if (pa.isEmpty() || pb.isEmpty())
        return false;
    QStringList sa = pa;
    QStringList sb = pb;
    std::sort(sa.begin(), sa.end());
    std::sort(sb.begin(), sb.end());
    if (sa == sb)
        return true;
    // "Anna-Karin Berg" = "Annakarin Berg": the same letters in the same order.
    return pa.join(QString()) == pb.join(QString());
}
