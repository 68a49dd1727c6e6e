#include "BundleValues.h"

#include <QCoreApplication>

#include <limits>

namespace BundleValues {

using Type = JsonScanner::Type;

QString quoted(const QString& value)
{
    constexpr int MaxShown = 40;
    QString out = QStringLiteral("\"");
    const QString shown = value.size() > MaxShown ? value.left(MaxShown) : value;
    for (const QChar c : shown) {
        // C0, DEL and C1 controls (issue 13, item 11): written as escapes, never raw to a terminal.
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7F && c.unicode() <= 0x9F))
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\') + c;
        else
            out += c;
    }
    if (value.size() > MaxShown)
        out += QStringLiteral("...");
    return out + QLatin1Char('"');
}

QString typeName(Type type)
{
    switch (type) {
    case Type::Null:
        return QCoreApplication::translate("BundleReader", "null");
    case Type::False:
    case Type::True:
        return QCoreApplication::translate("BundleReader", "a boolean");
    case Type::Number:
        return QCoreApplication::translate("BundleReader", "a number");
    case Type::String:
        return QCoreApplication::translate("BundleReader", "a string");
    case Type::Array:
        return QCoreApplication::translate("BundleReader", "an array");
    case Type::Object:
        return QCoreApplication::translate("BundleReader", "an object");
    }
    return QString();
}

int digits(QByteArrayView s, int at, int count)
{
    int v = 0;
    for (int i = at; i < at + count; ++i) {
        const char c = s[i];
        if (c < '0' || c > '9')
            return -1;
        v = v * 10 + (c - '0');
    }
    return v;
}

bool isValidDate(int year, int month, int day)
{
    static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (year < 1 || month < 1 || month > 12 || day < 1)
        return false;
    const bool leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    return day <= days[month - 1] + (month == 2 && leap ? 1 : 0);
}

// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
qint64 daysSinceEpoch(int year, int month, int day)
{
    const qint64 y = year - (month <= 2 ? 1 : 0);
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yearOfEra = y - era * 400;
    const qint64 dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

// YYYY-MM-DDTHH:MM:SS[.fraction](Z|+hh:mm|-hh:mm), as a UTC time.
bool parseTime(QByteArrayView s, QDateTime* out)
{
    if (s.size() < 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':')
        return false;
    const int year = digits(s, 0, 4), month = digits(s, 5, 2), day = digits(s, 8, 2);
    const int hour = digits(s, 11, 2), minute = digits(s, 14, 2), second = digits(s, 17, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59
        || !isValidDate(year, month, day))
        return false;
    qsizetype i = 19;
    int msec = 0;
    if (s[i] == '.') {
        const qsizetype start = ++i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
            if (i - start < 3)
                msec = msec * 10 + (s[i] - '0');
            ++i;
        }
        if (i == start || i - start > 9)
            return false;
        for (qsizetype k = i - start; k < 3; ++k)
            msec *= 10;
    }
    int offsetSeconds = 0;
    if (i < s.size() && s[i] == 'Z') {
        ++i;
    } else if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
        if (s.size() - i != 6 || s[i + 3] != ':')
            return false;
        const int oh = digits(s, int(i) + 1, 2), om = digits(s, int(i) + 4, 2);
        if (oh < 0 || oh > 23 || om < 0 || om > 59)
            return false;
        offsetSeconds = (oh * 3600 + om * 60) * (s[i] == '-' ? -1 : 1);
        i += 6;
    } else {
        return false;
    }
    if (i != s.size())
        return false;
    const qint64 seconds
        = daysSinceEpoch(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - offsetSeconds;
    *out = QDateTime::fromMSecsSinceEpoch(seconds * 1000 + msec, Qt::UTC);
    return true;
}

bool isValidId(const QString& id)
{
    if (id.isEmpty() || id.size() > 64 || id.front().isSpace() || id.back().isSpace())
        return false;
    for (const QChar c : id)
        if (!c.isPrint())
            return false;
    return true;
}

// Letters of Cyrillic and Greek that look like Latin ones: an id written only in them can pass for a Latin id.
bool looksLatin(char32_t c)
{
    static const char32_t lookalikes[]
        = { 0x0410, 0x0412, 0x0415, 0x041A, 0x041C, 0x041D, 0x041E, 0x0420, 0x0421, 0x0422, 0x0425, 0x0430, 0x0435,
              0x043E, 0x0440, 0x0441, 0x0443, 0x0445, 0x0406, 0x0456, 0x0408, 0x0458, 0x0405, 0x0455, 0x0391, 0x0392,
              0x0395, 0x0396, 0x0397, 0x0399, 0x039A, 0x039C, 0x039D, 0x039F, 0x03A1, 0x03A4, 0x03A5, 0x03A7, 0x03BF };
    return std::find(std::begin(lookalikes), std::end(lookalikes), c) != std::end(lookalikes);
}

// Issue 13, item 12: ids that could look like another id in the queue. Empty when the id is fine, else
// why not (translated). Fillers and blanks that draw nothing, invisible format characters, other spaces
// than U+0020, text not in NFC, letters of more than one script, or only letters that pass for Latin ones.
QString confusableId(const QString& id)
{
    if (id != id.normalized(QString::NormalizationForm_C))
        return QCoreApplication::translate("BundleReader", "is not in Unicode normal form C");
    QSet<QChar::Script> scripts;
    bool allLookLatin = true;
    bool hasLetter = false;
    for (const char32_t c : id.toUcs4()) {
        const QChar::Category category = QChar::category(c);
        const bool blank = c == 0x3164 || c == 0x2800 || c == 0x115F || c == 0x1160 || c == 0xFFA0 || c == 0x180E
            || c == 0x034F || c == 0x17B4 || c == 0x17B5;
        if (blank || category == QChar::Other_Format || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph || (QChar::isSpace(c) && c != 0x20))
            return QCoreApplication::translate("BundleReader", "contains an invisible or blank character (U+%1)")
                .arg(QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0')));
        if (!QChar::isLetter(c))
            continue;
        hasLetter = true;
        const QChar::Script script = QChar::script(c);
        if (script != QChar::Script_Common && script != QChar::Script_Inherited)
            scripts.insert(script);
        allLookLatin = allLookLatin && looksLatin(c);
    }
    // Unicode's "moderately restrictive" level (UTS #39): Latin with at most one other script, never with
    // Cyrillic or Greek, whose letters pass for Latin ones; Han with Hiragana, Katakana or Hangul counts as one.
    const bool latin = scripts.remove(QChar::Script_Latin);
    if (scripts.size() > 1) {
        const QSet<QChar::Script> cjk { QChar::Script_Han, QChar::Script_Hiragana, QChar::Script_Katakana,
            QChar::Script_Hangul, QChar::Script_Bopomofo };
        if (!cjk.contains(scripts))
            return QCoreApplication::translate("BundleReader", "mixes letters of different scripts");
    }
    if (latin && (scripts.contains(QChar::Script_Cyrillic) || scripts.contains(QChar::Script_Greek)))
        return QCoreApplication::translate(
            "BundleReader", "mixes Latin letters with Cyrillic or Greek ones, which look the same");
    if (hasLetter && allLookLatin)
        return QCoreApplication::translate(
            "BundleReader", "is written in letters that look like Latin ones but are not (Cyrillic or Greek)");
    return QString();
}

bool isUpperAlnum(const QString& s, int minLength, int maxLength)
{
    if (s.size() < minLength || s.size() > maxLength)
        return false;
    for (const QChar c : s)
        if (!((c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))))
            return false;
    return true;
}

bool isLanguageTag(const QString& s)
{
    if (s.size() < 2 || s.size() > 35 || !s.front().isLetter())
        return false;
    for (const QChar c : s)
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != QLatin1Char('-'))
            return false;
    return true;
}

} // namespace BundleValues
