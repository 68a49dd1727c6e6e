#include "SearchFolding.h"

#include <QList>
#include <QPair>

#include <algorithm>

namespace SearchFolding {

namespace {

// The base letters of a Latin letter, through its canonical decomposition; empty when it is not a Latin letter
// with an accent.
QString baseOf(QChar letter)
{
    QString base = letter;
    while (base.size() == 1 && base.at(0).decompositionTag() == QChar::Canonical)
        base = base.at(0).decomposition().left(1);
    if (base.size() == 1 && base.at(0) != letter && base.at(0).unicode() < 0x80 && base.at(0).isLetter())
        return base;
    return QString();
}

// Latin-1 Supplement and Latin Extended-A (U+00C0–U+017F): the accented letters of the desk's Latin-script
// languages and of the names it sees, plus the letters that do not decompose but are written without their stroke
// or ligature on a plain keyboard.
const QList<QPair<QChar, QString>>& table()
{
    static const QList<QPair<QChar, QString>> pairs = [] {
        QList<QPair<QChar, QString>> all;
        for (char16_t u = 0xC0; u <= 0x17F; ++u) {
            const QString base = baseOf(QChar(u));
            if (!base.isEmpty())
                all.append({ QChar(u), base });
        }
        const QList<QPair<char16_t, const char*>> extra = { { 0xDF, "ss" }, { 0xC6, "AE" }, { 0xE6, "ae" },
            { 0xD8, "O" }, { 0xF8, "o" }, { 0x110, "D" }, { 0x111, "d" }, { 0xD0, "D" }, { 0xF0, "d" }, { 0x141, "L" },
            { 0x142, "l" }, { 0x152, "OE" }, { 0x153, "oe" }, { 0x131, "i" }, { 0xDE, "TH" }, { 0xFE, "th" },
            { 0x126, "H" }, { 0x127, "h" }, { 0x166, "T" }, { 0x167, "t" } };
        for (const auto& [u, base] : extra)
            all.append({ QChar(u), QString::fromLatin1(base) });
        return all;
    }();
    return pairs;
}

} // namespace

QString fold(const QString& text)
{
    // The table by letter, for the import's millions of characters.
    static const QList<QString> byLetter = [] {
        QList<QString> bases(0x180 - 0xC0);
        for (const auto& [letter, base] : table())
            bases[letter.unicode() - 0xC0] = base;
        return bases;
    }();
    // Composed first: an "o" followed by a combining diaeresis is the "ö" of the table. Only text with combining
    // accents needs it (the import folds every case's text: no normalising of the rest).
    const bool combining = std::any_of(
        text.cbegin(), text.cend(), [](QChar ch) { return ch.unicode() >= 0x300 && ch.unicode() <= 0x36F; });
    const QString composed = combining ? text.normalized(QString::NormalizationForm_C) : text;
    QString out;
    out.reserve(composed.size());
    for (const QChar ch : composed) {
        const char16_t u = ch.unicode();
        const QString& base = u >= 0xC0 && u < 0x180 ? byLetter.at(u - 0xC0) : QString();
        if (base.isEmpty())
            out += ch;
        else
            out += base;
    }
    return out;
}

QString searchable(const QString& text)
{
    return fold(text).toCaseFolded();
}

QString restated(const QString& row)
{
    const QString text = searchable(row);
    // The old form made searchable is "copy\ncopy": keep one.
    const qsizetype half = text.size() / 2;
    if (text.size() % 2 == 1 && text.at(half) == QLatin1Char('\n')
        && QStringView(text).left(half) == QStringView(text).mid(half + 1))
        return text.left(half);
    return text;
}

QStringList foldSqlSteps(const QString& column)
{
    // SQLite's parser stack (100 entries) takes about twenty nested calls: the table in steps of 16 letters.
    constexpr int PerStep = 16;
    QStringList steps;
    const auto& pairs = table();
    for (qsizetype first = 0; first < pairs.size(); first += PerStep) {
        QString sql = column;
        for (qsizetype i = first; i < qMin(first + PerStep, pairs.size()); ++i)
            sql = QStringLiteral("replace(") + sql + QStringLiteral(", '") + pairs.at(i).first + QStringLiteral("', '")
                + pairs.at(i).second + QStringLiteral("')");
        steps << sql;
    }
    return steps;
}

} // namespace SearchFolding
