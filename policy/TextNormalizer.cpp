#include "TextNormalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uspoof.h>

#include <memory>

namespace {

constexpr char16_t RightToLeftOverride = 0x202E;

enum Script : quint8
{
    NoScript = 0,
    Latin = 1,
    Cyrillic = 2,
    Greek = 4
};

Script scriptOf(char32_t c)
{
    if ((c >= u'a' && c <= u'z') || (c >= 0x00DF && c <= 0x024F && c != 0x00F7 && c != 0x00D7))
        return Latin;
    if (c >= 0x0400 && c <= 0x052F)
        return Cyrillic;
    if (c >= 0x0370 && c <= 0x03FF)
        return Greek;
    return NoScript;
}

// The per code unit mapping of the whole BMP, computed once with ICU: NFKC_Casefold (which also
// drops Default_Ignorable code points) followed by dropping the combining marks that are left
// (outside Thai, whose vowel and tone marks are letters of the word).
struct Tables
{
    static constexpr char16_t Special = 0xFFFF; // maps to zero or several units: see pool
    QVector<char16_t> single; // unit -> its one-unit mapping, or Special
    QVector<quint32> multi; // unit -> (pool offset << 8) | length, for Special units
    QString pool;
    QVector<quint8> script; // normalised unit -> Script
    QVector<char16_t> toLatin; // normalised Cyrillic/Greek look-alike -> Latin letter, or 0
    QVector<char16_t> toCyrillic; // normalised Latin look-alike -> Cyrillic letter, or 0
    QVector<bool> wordChar;

    Tables()
        : single(0x10000)
        , multi(0x10000)
        , script(0x10000)
        , toLatin(0x10000)
        , toCyrillic(0x10000)
        , wordChar(0x10000)
    {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2* nfkcCf = icu::Normalizer2::getNFKCCasefoldInstance(status);
        for (int c = 0; c < 0x10000; ++c) {
            const QChar qc { char16_t(c) };
            wordChar[c] = !TextNormalizer::isThai(qc) && (qc.isLetterOrNumber() || qc.isMark());
            script[c] = scriptOf(char32_t(c));
            if (qc.isSurrogate() || TextNormalizer::isThai(qc) || c < 0x80) {
                single[c] = c < 0x80 ? QChar(char16_t(c)).toLower().unicode() : char16_t(c);
                continue;
            }
            const QString mapped = map(nfkcCf, char32_t(c));
            if (mapped.size() == 1 && mapped.at(0).unicode() != Special) {
                single[c] = mapped.at(0).unicode();
            } else {
                single[c] = Special;
                multi[c] = quint32(pool.size()) << 8 | quint32(mapped.size());
                pool += mapped;
            }
        }
        lookAlikes();
    }

    static QString map(const icu::Normalizer2* nfkcCf, char32_t c)
    {
        UErrorCode status = U_ZERO_ERROR;
        const icu::UnicodeString in { UChar32(c) };
        icu::UnicodeString out = nfkcCf ? nfkcCf->normalize(in, status) : in;
        if (U_FAILURE(status))
            out = in;
        QString result;
        for (int32_t i = 0; i < out.length();) {
            const UChar32 cp = out.char32At(i);
            i += U16_LENGTH(cp);
            const int8_t type = u_charType(cp);
            const bool thai = cp >= 0x0E00 && cp <= 0x0E7F;
            if (!thai && (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_FORMAT_CHAR))
                continue;
            if (u_hasBinaryProperty(cp, UCHAR_DEFAULT_IGNORABLE_CODE_POINT))
                continue;
            result += QString::fromUcs4(reinterpret_cast<const char32_t*>(&cp), 1);
        }
        return result;
    }

    // ICU's confusables data (the spoof checker's skeleton) decides which letters look alike: a
    // Cyrillic or Greek letter whose skeleton is one Latin letter, and for a Latin letter the
    // Bulgarian/Russian Cyrillic letter with the same skeleton.
    void lookAlikes()
    {
        UErrorCode status = U_ZERO_ERROR;
        USpoofChecker* checker = uspoof_open(&status);
        if (U_FAILURE(status))
            return;
        auto skeleton = [&](char16_t c) -> char16_t {
            UErrorCode s = U_ZERO_ERROR;
            UChar out[8];
            const int32_t n = uspoof_getSkeleton(checker, 0, reinterpret_cast<const UChar*>(&c), 1, out, 8, &s);
            if (U_FAILURE(s) || n != 1)
                return 0;
            return QChar(char16_t(out[0])).toCaseFolded().unicode();
        };
        for (int c = 0x0370; c <= 0x052F; ++c) {
            if (single[c] != char16_t(c) || !QChar(char16_t(c)).isLower())
                continue;
            const char16_t s = skeleton(char16_t(c));
            if (s >= u'a' && s <= u'z') {
                toLatin[c] = s;
                // Cyrillic letters of Bulgarian and Russian take the Latin look-alike back.
                if (c >= 0x0430 && c <= 0x044F && !toCyrillic[s])
                    toCyrillic[s] = char16_t(c);
            }
        }
        uspoof_close(checker);
    }
};

const Tables& tables()
{
    static const Tables t;
    return t;
}

// A word with letters of two scripts: the look-alikes of the minority script take the majority's.
void unmixWord(QString& text, int from, int to)
{
    const Tables& t = tables();
    int latin = 0;
    int other = 0;
    int unmappable = 0; // Cyrillic/Greek letters with no Latin look-alike
    for (int i = from; i < to; ++i) {
        const char16_t c = text.at(i).unicode();
        const quint8 s = t.script[c];
        if (s == Latin)
            ++latin;
        else if (s != NoScript) {
            ++other;
            if (!t.toLatin[c])
                ++unmappable;
        }
    }
    const bool toLatin = unmappable == 0 && latin >= other;
    for (int i = from; i < to; ++i) {
        const char16_t c = text.at(i).unicode();
        const char16_t m
            = toLatin ? (t.script[c] != Latin ? t.toLatin[c] : 0) : (t.script[c] == Latin ? t.toCyrillic[c] : 0);
        if (m)
            text[i] = QChar(m);
    }
}

} // namespace

const char16_t* TextNormalizer::unitMap()
{
    static const QVector<char16_t> map = [] {
        QVector<char16_t> m = tables().single;
        for (int c = 0xD800; c < 0xE000; ++c)
            m[c] = char16_t(c);
        // High surrogates of U+1D400..1D7FF and U+1F100..1F1FF, whose letters fold to Latin.
        m[0xD835] = Special;
        m[0xD83C] = Special;
        m[RightToLeftOverride] = Special;
        return m;
    }();
    return map.constData();
}

quint8 TextNormalizer::scriptOf(char16_t mapped)
{
    return tables().script[mapped];
}

bool TextNormalizer::isWordChar(QChar c)
{
    return tables().wordChar[c.unicode()];
}

QPair<int, int> TextNormalizer::Result::originalSpan(int from, int to) const
{
    int start = origStart(from);
    int end = origEnd(to - 1);
    if (start >= end || !m_start.isEmpty()) {
        for (int i = from; i < to; ++i) {
            start = qMin(start, origStart(i));
            end = qMax(end, origEnd(i));
        }
    }
    return { start, end };
}

namespace {

// The text in display order where a right-to-left override reverses a run (up to its pop, an
// isolate's end or the end of the line), and for each unit of it the original unit.
QString displayOrder(const QString& text, QVector<int>* originalOf)
{
    QString visual;
    visual.reserve(text.size());
    originalOf->clear();
    const int n = int(text.size());
    for (int i = 0; i < n;) {
        if (text.at(i).unicode() != RightToLeftOverride) {
            visual += text.at(i);
            *originalOf << i++;
            continue;
        }
        visual += text.at(i);
        *originalOf << i++;
        int end = i;
        while (end < n && text.at(end).unicode() != 0x202C && text.at(end).unicode() != 0x2069
            && text.at(end) != QLatin1Char('\n') && text.at(end).unicode() != RightToLeftOverride)
            ++end;
        for (int k = end - 1; k >= i; --k) {
            if (text.at(k).isLowSurrogate() && k > i && text.at(k - 1).isHighSurrogate()) {
                visual += text.at(k - 1);
                *originalOf << k - 1;
                visual += text.at(k);
                *originalOf << k;
                --k;
            } else {
                visual += text.at(k);
                *originalOf << k;
            }
        }
        i = end;
    }
    return visual;
}

} // namespace

TextNormalizer::Result TextNormalizer::normalize(const QString& text)
{
    if (!text.contains(QChar(RightToLeftOverride)))
        return normalizeLogical(text);
    QVector<int> originalOf;
    const QString visual = displayOrder(text, &originalOf);
    Result r = normalizeLogical(visual);
    const int n = int(r.text.size());
    QVector<int> start(n);
    QVector<int> end(n);
    for (int i = 0; i < n; ++i) {
        int s = originalOf.at(r.origStart(i));
        int e = s + 1;
        for (int v = r.origStart(i); v < r.origEnd(i); ++v) {
            s = qMin(s, originalOf.at(v));
            e = qMax(e, originalOf.at(v) + 1);
        }
        start[i] = s;
        end[i] = e;
    }
    r.m_start = start;
    r.m_end = end;
    return r;
}

TextNormalizer::Result TextNormalizer::normalizeLogical(const QString& text)
{
    const Tables& t = tables();
    Result r;
    const int n = int(text.size());
    r.text.resize(n);
    QChar* out = r.text.data();
    const char16_t* in = reinterpret_cast<const char16_t*>(text.constData());
    int j = 0;
    bool mapped = false; // the offset map is no longer the identity
    int wordStart = 0;
    quint8 scripts = 0;
    auto ensureMap = [&](int capacity) {
        if (mapped)
            return;
        mapped = true;
        r.m_start.resize(capacity);
        r.m_end.resize(capacity);
        for (int k = 0; k < j; ++k) {
            r.m_start[k] = k;
            r.m_end[k] = k + 1;
        }
    };
    auto endWord = [&]() {
        if (scripts & (scripts - 1))
            unmixWord(r.text, wordStart, j);
        scripts = 0;
    };
    for (int i = 0; i < n; ++i) {
        const char16_t c = in[i];
        char16_t one = t.single[c];
        if (one != Tables::Special && !QChar::isSurrogate(c)) {
            if (j >= r.text.size()) {
                r.text.resize(j + 16 + (n - i));
                out = r.text.data();
            }
            out[j] = QChar(one);
            if (mapped) {
                if (j >= r.m_start.size()) {
                    r.m_start.resize(r.text.size());
                    r.m_end.resize(r.text.size());
                }
                r.m_start[j] = i;
                r.m_end[j] = i + 1;
            } else if (j != i) {
                ensureMap(int(r.text.size()));
                r.m_start[j] = i;
                r.m_end[j] = i + 1;
            }
            if (t.wordChar[one]) {
                if (!scripts && (j == 0 || !t.wordChar[out[j - 1].unicode()]))
                    wordStart = j;
                scripts |= t.script[one];
            } else {
                endWord();
                wordStart = j + 1;
            }
            ++j;
            continue;
        }
        // Several units, none, or a code point outside the BMP (mathematical letters, emoji).
        int len = 1;
        QString m;
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(in[i + 1])) {
            len = 2;
            UErrorCode status = U_ZERO_ERROR;
            const icu::Normalizer2* nfkcCf = icu::Normalizer2::getNFKCCasefoldInstance(status);
            m = Tables::map(U_SUCCESS(status) ? nfkcCf : nullptr, QChar::surrogateToUcs4(c, in[i + 1]));
        } else if (QChar::isSurrogate(c)) {
            m = QString(QChar(c));
        } else {
            const quint32 slot = t.multi[c];
            m = t.pool.mid(int(slot >> 8), int(slot & 0xFF));
        }
        ensureMap(int(r.text.size()));
        if (j + m.size() > r.text.size()) {
            r.text.resize(j + m.size() + 16 + (n - i));
            out = r.text.data();
        }
        if (r.m_start.size() < r.text.size()) {
            r.m_start.resize(r.text.size());
            r.m_end.resize(r.text.size());
        }
        for (const QChar u : std::as_const(m)) {
            out[j] = u;
            r.m_start[j] = i;
            r.m_end[j] = i + len;
            if (!u.isSurrogate() && t.wordChar[u.unicode()]) {
                if (!scripts && (j == 0 || !t.wordChar[out[j - 1].unicode()]))
                    wordStart = j;
                scripts |= t.script[u.unicode()];
            } else if (!u.isSurrogate()) {
                endWord();
                wordStart = j + 1;
            }
            ++j;
        }
        i += len - 1;
    }
    endWord();
    r.text.resize(j);
    if (mapped) {
        r.m_start.resize(j);
        r.m_end.resize(j);
    }
    return r;
}

QString TextNormalizer::withoutLatinDiacritics(const QString& normalized)
{
    static const QVector<char16_t> stripped = [] {
        QVector<char16_t> s(0x300);
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
        for (int c = 0; c < 0x300; ++c) {
            s[c] = char16_t(c);
            if (c < 0xC0 || !nfd)
                continue;
            UErrorCode e = U_ZERO_ERROR;
            const icu::UnicodeString d = nfd->normalize(icu::UnicodeString(UChar32(c)), e);
            if (U_SUCCESS(e) && d.length() > 1 && d.charAt(0) < 0x80)
                s[c] = char16_t(d.charAt(0));
        }
        s[0xF8] = u'o'; // ø
        s[0x142] = u'l'; // ł
        return s;
    }();
    QString result = normalized;
    for (QChar& c : result)
        if (c.unicode() < 0x300)
            c = QChar(stripped[c.unicode()]);
    return result;
}
