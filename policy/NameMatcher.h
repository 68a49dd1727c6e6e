#pragma once

#include <QString>
#include <QStringList>

// Compares a payer name with a verified (KYC) name as policy.md says (settled reading 7):
// both folded (case, diacritics of Latin and Cyrillic letters; Thai tone marks and vowel
// signs are kept, they change a name), punctuation and hyphens as spaces, the order of
// parts ignored. They match when their parts are equal and there are at least two, or
// when one name's parts (at least two) are all among the other's: a bank that drops a
// middle name. A name of one part never matches by itself. Names in different scripts
// match when the Latin one equals the other's transliteration by a common system
// (Bulgarian: the official Streamlined System, ICU's and BGN/PCGN; Thai: RTGS and ICU's).
class NameMatcher
{
public:
    enum Comparison
    {
        Same,
        Different,
        OnePart, // a name of one part: a person compares
        ScriptDiffers, // different scripts and no transliteration matches: a person compares
    };

    static Comparison compare(const QString& a, const QString& b);
    static bool sameName(const QString& a, const QString& b) { return compare(a, b) == Same; }

    // The name's parts, folded and sorted: "ANDERSSON, Eva" -> ["andersson", "eva"].
    static QStringList normalizedParts(const QString& name);
    // The Latin spellings of a Cyrillic or Thai name by the systems above, folded; empty for a Latin name.
    static QStringList transliterations(const QString& name);
};
