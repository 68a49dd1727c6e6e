#pragma once

#include <QString>
#include <QStringList>

// The queue's text search ignores the accents of Latin letters (issue 14, item 4): "goteborgare" finds
// "göteborgare", "Zurich" finds "Zürich". The search rows hold their text folded and in lower case (searchable()),
// and the searched text is made searchable the same way, so matching is exact: SQLite's GLOB, which the trigram
// index answers, rechecks each hit case-sensitively. Only Latin letters fold: a Bulgarian "й" or a Thai tone mark is
// a letter of its own, not an accent.
namespace SearchFolding {

// `text` with every letter of the table replaced by its base letters ("ö" → "o", "ß" → "ss").
QString fold(const QString& text);
// What a search row stores for `body`, and what a search looks for: the text folded, then case-folded ("Göteborg",
// "GOTEBORG" → "goteborg"; "Иван" → "иван").
QString searchable(const QString& text);
// A stored search row in today's form: searchable(row), where a row of schema 9 to 12 (its text, then its folded copy
// on a line of its own) keeps one copy. The same for a row already in today's form.
QString restated(const QString& row);
// SQL expressions that, applied to `column` one after the other, fold it with the same table (nested replace(), the
// same on SQLite and PostgreSQL). Migration 8 runs them once over the rows stored before folding; never change the
// table without a new migration.
QStringList foldSqlSteps(const QString& column);

} // namespace SearchFolding
