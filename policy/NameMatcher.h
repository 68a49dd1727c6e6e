#pragma once

#include <QString>
#include <QStringList>

// Compares a payer name with a verified (KYC) name as policy.md says: ignoring
// case, diacritics (of Latin letters), punctuation and the order of name parts.
// Cyrillic and Thai letters are kept as they are, so their names compare too.
class NameMatcher
{
public:
    static bool sameName(const QString& a, const QString& b);

    // The name's parts, folded and sorted: "ANDERSSON, Eva" -> ["andersson", "eva"].
    static QStringList normalizedParts(const QString& name);
};
