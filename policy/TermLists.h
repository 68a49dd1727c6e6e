#pragma once

#include "TermScanner.h"

// The term lists of resources/terms/, compiled into the policy library, each
// built into one scanner on first use. A list file is <kind>_<language>.txt.
class TermLists
{
public:
    // B5: words naming crypto or the platform, in every language; category "sensitive".
    static const TermScanner& sensitive();
    // B6/S4/LC1 candidates: the abusive lexicons (category "abuse") and the threats (category
    // "threat", settled reading 8) of all languages in one scanner. Both are flagged abuse_suspected.
    static const TermScanner& abusive();

    static QStringList sensitiveListFiles();
    static QStringList abusiveListFiles();
    static QStringList threatListFiles();
    // Innocent words that contain a term (category "allow"), in both scanners.
    static QStringList allowedListFiles();
    // "en" of ":/terms/abusive_en.txt".
    static QString languageOfFile(const QString& path);
};
