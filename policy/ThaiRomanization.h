#pragma once

#include <QString>

// The Royal Thai General System of Transcription (RTGS, Royal Institute 1999 / 2000), the system Thai
// passports, banks and road signs use: สมชาย ใจดี -> "somchai chaidi", ประยุทธ์ -> "prayut". ICU's Thai-Latin
// is ISO 11940 (a letter-by-letter transliteration with diacritics, "s̄mchāy cıdī"), which no bank writes, so
// names compare by this one too (policy.md, settled reading 7).
//
// It reads a name syllable by syllable: a leading vowel (เ แ โ ใ ไ), an initial consonant or cluster (กร, ปล,
// silent ห before a sonorant, silent อ, silent ร after ศ/ส/ซ), the vowel signs, a final consonant; a syllable
// without a written vowel gets the inherent "o" when it is closed and "a" when it is open. Letters under the
// thanthakhat (์) are silent, tone marks are dropped. Lower case, no tones, no vowel length: RTGS as written.
namespace ThaiRomanization {
QString rtgs(const QString& thai);
}
