#include "ReportMasking.h"

#include <QStringList>

namespace ReportMasking {

QString initials(const QString& name)
{
    QStringList parts;
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        // One user-perceived letter: a surrogate pair stays whole.
        const int length = word.at(0).isHighSurrogate() && word.size() > 1 ? 2 : 1;
        parts << word.left(length) + QLatin1Char('.');
    }
    return parts.join(QLatin1Char(' '));
}

QString accountNumber(const QString& account)
{
    QString digits;
    for (const QChar c : account)
        if (c.isDigit())
            digits += c;
    // Four digits or fewer would be the whole number: show none of it.
    if (digits.size() <= 4)
        return account.isEmpty() ? QString() : QStringLiteral("****");
    return QStringLiteral("****") + digits.right(4);
}

} // namespace ReportMasking
