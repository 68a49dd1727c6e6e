#pragma once

#include "TermScanner.h"

// The term lists of resources/terms/, compiled into the policy library, each
// built into one scanner on first use.
class TermLists
{
public:
    // B5: words naming crypto or the platform, in every language.
    static const TermScanner& sensitive();
    // B6/S4/LC1 candidates: the abusive lexicons of all languages in one scanner.
    static const TermScanner& abusive();

    static QStringList abusiveListFiles();
};
