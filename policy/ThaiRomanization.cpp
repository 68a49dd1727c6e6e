#include "ThaiRomanization.h"

#include <algorithm>
#include <iterator>

namespace {

// RTGS initial and final values of each consonant, ก (U+0E01) to ฮ (U+0E2E).
struct Consonant
{
    const char* initial;
    const char* final;
};
const Consonant kConsonants[] = {
    { "k", "k" }, // ก
    { "kh", "k" }, // ข
    { "kh", "k" }, // ฃ
    { "kh", "k" }, // ค
    { "kh", "k" }, // ฅ
    { "kh", "k" }, // ฆ
    { "ng", "ng" }, // ง
    { "ch", "t" }, // จ
    { "ch", "t" }, // ฉ
    { "ch", "t" }, // ช
    { "s", "t" }, // ซ
    { "ch", "t" }, // ฌ
    { "y", "n" }, // ญ
    { "d", "t" }, // ฎ
    { "t", "t" }, // ฏ
    { "th", "t" }, // ฐ
    { "th", "t" }, // ฑ
    { "th", "t" }, // ฒ
    { "n", "n" }, // ณ
    { "d", "t" }, // ด
    { "t", "t" }, // ต
    { "th", "t" }, // ถ
    { "th", "t" }, // ท
    { "th", "t" }, // ธ
    { "n", "n" }, // น
    { "b", "p" }, // บ
    { "p", "p" }, // ป
    { "ph", "p" }, // ผ
    { "f", "p" }, // ฝ
    { "ph", "p" }, // พ
    { "f", "p" }, // ฟ
    { "ph", "p" }, // ภ
    { "m", "m" }, // ม
    { "y", "i" }, // ย
    { "r", "n" }, // ร
    { "rue", "" }, // ฤ
    { "l", "n" }, // ล
    { "lue", "" }, // ฦ
    { "w", "o" }, // ว
    { "s", "t" }, // ศ
    { "s", "t" }, // ษ
    { "s", "t" }, // ส
    { "h", "" }, // ห
    { "l", "n" }, // ฬ
    { "", "" }, // อ
    { "h", "" }, // ฮ
};

constexpr char16_t KoKai = 0x0E01;
constexpr char16_t HoNokHuk = 0x0E2E;
constexpr char16_t RoRuea = 0x0E23;
constexpr char16_t LoLing = 0x0E25;
constexpr char16_t WoWaen = 0x0E27;
constexpr char16_t YoYak = 0x0E22;
constexpr char16_t OAng = 0x0E2D;
constexpr char16_t HoHip = 0x0E2B;
constexpr char16_t SaraA = 0x0E30; // ะ
constexpr char16_t MaiHanAkat = 0x0E31; // ั
constexpr char16_t SaraAa = 0x0E32; // า
constexpr char16_t SaraAm = 0x0E33; // ำ
constexpr char16_t SaraI = 0x0E34; // ิ
constexpr char16_t SaraIi = 0x0E35; // ี
constexpr char16_t SaraUe = 0x0E36; // ึ
constexpr char16_t SaraUee = 0x0E37; // ื
constexpr char16_t SaraU = 0x0E38; // ุ
constexpr char16_t SaraUu = 0x0E39; // ู
constexpr char16_t SaraE = 0x0E40; // เ
constexpr char16_t SaraAe = 0x0E41; // แ
constexpr char16_t SaraO = 0x0E42; // โ
constexpr char16_t SaraAiMaimuan = 0x0E43; // ใ
constexpr char16_t SaraAiMaimalai = 0x0E44; // ไ
constexpr char16_t MaiTaikhu = 0x0E47; // ็
constexpr char16_t Thanthakhat = 0x0E4C; // ์

bool isConsonant(char16_t c)
{
    return c >= KoKai && c <= HoNokHuk;
}

bool isLeadingVowel(char16_t c)
{
    return c >= SaraE && c <= SaraAiMaimalai;
}

// Vowel signs written after (or above, below) the initial consonant.
bool isFollowingVowel(char16_t c)
{
    return (c >= SaraA && c <= SaraUu) || c == MaiTaikhu;
}

bool isToneMark(char16_t c)
{
    return c >= 0x0E48 && c <= 0x0E4B;
}

const Consonant& consonant(char16_t c)
{
    return kConsonants[c - KoKai];
}

// Consonants that start a true cluster with ร, ล or ว (กร, กล, กว, ปร, พล, ...).
bool clusters(char16_t first, char16_t second)
{
    static const char16_t withR[] = { 0x0E01, 0x0E02, 0x0E04, 0x0E15, 0x0E1B, 0x0E1E, 0x0E1A, 0x0E14, 0x0E1F, 0x0E17 };
    static const char16_t withL[] = { 0x0E01, 0x0E02, 0x0E04, 0x0E1B, 0x0E1C, 0x0E1E, 0x0E1F, 0x0E1A };
    static const char16_t withW[] = { 0x0E01, 0x0E02, 0x0E04 };
    auto in
        = [first](const auto& list) { return std::find(std::begin(list), std::end(list), first) != std::end(list); };
    return (second == RoRuea && in(withR)) || (second == LoLing && in(withL)) || (second == WoWaen && in(withW));
}

// Letters that are not read: a consonant under the thanthakhat, and the ท/ต/ด before it in ทร์, ตร์ (จันทร์).
QString dropSilent(const QString& word)
{
    QString out;
    for (qsizetype i = 0; i < word.size(); ++i) {
        const char16_t c = word.at(i).unicode();
        if (isToneMark(c))
            continue;
        if (c == Thanthakhat) {
            // The letter before is silent (and a vowel sign on it, as in ติ์).
            while (!out.isEmpty() && !isConsonant(out.back().unicode()))
                out.chop(1);
            if (!out.isEmpty()) {
                out.chop(1);
                // A consonant left after another consonant closes nothing: silent too (จันทร์, ลักษณ์).
                if (out.size() >= 2 && isConsonant(out.back().unicode())
                    && isConsonant(out.at(out.size() - 2).unicode()))
                    out.chop(1);
            }
            continue;
        }
        out += QChar(c);
    }
    return out;
}

// Reads one syllable from `w` at `i`; returns its romanisation and moves `i` past it.
QString syllable(const QString& w, qsizetype& i)
{
    const auto at = [&w](qsizetype k) -> char16_t { return k < w.size() ? w.at(k).unicode() : 0; };
    char16_t lead = 0;
    if (isLeadingVowel(at(i)))
        lead = at(i++);
    if (!isConsonant(at(i))) {
        // A vowel sign with no consonant, a digit or a letter of another script: kept as it is.
        QString rest;
        if (lead)
            rest += QChar(lead);
        if (i < w.size())
            rest += w.at(i++);
        return rest;
    }
    char16_t c1 = at(i++);
    QString initial = QLatin1String(consonant(c1).initial);
    // Silent ห before a sonorant (หน, หม, หย, หล, หว, หง, หญ, หร) and silent อ before ย (อย่า).
    const char16_t next = at(i);
    if (isConsonant(next) && (isFollowingVowel(at(i + 1)) || lead || at(i + 1) == 0 || isConsonant(at(i + 1)))) {
        const bool sonorant = next == 0x0E19 || next == 0x0E21 || next == YoYak || next == LoLing || next == WoWaen
            || next == 0x0E07 || next == 0x0E0D || next == RoRuea;
        if ((c1 == HoHip && sonorant) || (c1 == OAng && next == YoYak)) {
            c1 = at(i++);
            initial = QLatin1String(consonant(c1).initial);
        } else if (clusters(c1, next) && (isFollowingVowel(at(i + 1)) || (lead && isConsonant(at(i + 1))))) {
            initial += QLatin1String(consonant(next).initial);
            ++i;
        } else if (next == RoRuea && (c1 == 0x0E28 || c1 == 0x0E2A || c1 == 0x0E0B) && isFollowingVowel(at(i + 1))) {
            ++i; // ศรี, สร้าง: the ร is not read
        }
    }

    // The vowel.
    QString vowel;
    bool closedByVowel = false; // a vowel that ends the syllable by itself (ำ, ะ, ใ-, ไ-)
    if (lead == SaraAiMaimuan || lead == SaraAiMaimalai) {
        vowel = QStringLiteral("ai");
        closedByVowel = true;
    } else if (lead == SaraO) {
        vowel = QStringLiteral("o");
        if (at(i) == SaraA)
            ++i;
    } else if (lead == SaraAe) {
        vowel = QStringLiteral("ae");
        if (at(i) == SaraA || at(i) == MaiTaikhu)
            ++i;
    } else if (lead == SaraE) {
        if (at(i) == SaraAa && at(i + 1) == SaraA) { // เ-าะ
            vowel = QStringLiteral("o");
            i += 2;
            closedByVowel = true;
        } else if (at(i) == SaraAa) { // เ-า
            vowel = QStringLiteral("ao");
            ++i;
            closedByVowel = true;
        } else if (at(i) == SaraIi && at(i + 1) == YoYak) { // เ-ีย
            vowel = QStringLiteral("ia");
            i += 2;
        } else if (at(i) == SaraUee && at(i + 1) == OAng) { // เ-ือ
            vowel = QStringLiteral("uea");
            i += 2;
        } else if (at(i) == OAng) { // เ-อ
            vowel = QStringLiteral("oe");
            ++i;
        } else if (at(i) == SaraI) { // เ-ิ (closed เ-อ)
            vowel = QStringLiteral("oe");
            ++i;
        } else {
            vowel = QStringLiteral("e");
            if (at(i) == SaraA || at(i) == MaiTaikhu)
                ++i;
        }
    } else {
        switch (at(i)) {
        case SaraA:
        case SaraAa:
            vowel = QStringLiteral("a");
            ++i;
            break;
        case MaiHanAkat:
            ++i;
            if (at(i) == WoWaen) { // -ัว
                vowel = QStringLiteral("ua");
                ++i;
            } else {
                vowel = QStringLiteral("a");
            }
            break;
        case SaraAm:
            vowel = QStringLiteral("am");
            ++i;
            closedByVowel = true;
            break;
        case SaraI:
        case SaraIi:
            vowel = QStringLiteral("i");
            ++i;
            break;
        case SaraUe:
        case SaraUee:
            vowel = QStringLiteral("ue");
            ++i;
            if (at(i) == OAng) // -ือ
                ++i;
            break;
        case SaraU:
        case SaraUu:
            vowel = QStringLiteral("u");
            ++i;
            break;
        default:
            break;
        }
    }
    if (vowel.isEmpty() && at(i) == OAng && !isFollowingVowel(at(i + 1))) { // -อ
        vowel = QStringLiteral("o");
        ++i;
    } else if (vowel.isEmpty() && at(i) == WoWaen && isConsonant(at(i + 1)) && !isFollowingVowel(at(i + 2))) {
        vowel = QStringLiteral("ua"); // -ว- (ชวน, สวน)
        ++i;
    } else if (vowel.isEmpty() && at(i) == RoRuea && at(i + 1) == RoRuea) { // รร
        vowel = QStringLiteral("a");
        i += 2;
        if (!isConsonant(at(i)) || isFollowingVowel(at(i + 1)) || isLeadingVowel(at(i)))
            return initial + QStringLiteral("an");
    }

    // The final consonant: one that no vowel sign follows.
    QString final;
    if (!closedByVowel && isConsonant(at(i)) && !isFollowingVowel(at(i + 1))
        && !(at(i + 1) == RoRuea && at(i + 2) == RoRuea)) {
        const char16_t f = at(i);
        const bool clusterNext = isConsonant(at(i + 1)) && clusters(f, at(i + 1)) && isFollowingVowel(at(i + 2));
        if (!clusterNext) {
            final = QLatin1String(consonant(f).final);
            ++i;
            if (f == YoYak && (vowel == QLatin1String("o") || vowel.isEmpty()))
                final = QStringLiteral("i");
            if (f == WoWaen && (vowel == QLatin1String("i")))
                final = QStringLiteral("u");
            // A word-final ร after a final consonant is silent (สมุทร).
            if (at(i) == RoRuea && at(i + 1) == 0)
                ++i;
        }
    }
    if (vowel.isEmpty())
        vowel = final.isEmpty() ? QStringLiteral("a") : QStringLiteral("o");
    // อ as an initial is silent; as a vowel carrier it keeps the vowel.
    return initial + vowel + final;
}

} // namespace

namespace ThaiRomanization {

QString rtgs(const QString& thai)
{
    const QString text = dropSilent(thai);
    QString out;
    qsizetype i = 0;
    while (i < text.size()) {
        const char16_t c = text.at(i).unicode();
        if (isConsonant(c) || isLeadingVowel(c)) {
            out += syllable(text, i);
            continue;
        }
        out += text.at(i++);
    }
    return out;
}

} // namespace ThaiRomanization
