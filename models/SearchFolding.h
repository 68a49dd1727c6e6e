#pragma once

#include <QString>
#include <QStringList>

// The queue's text search ignores the accents of Latin letters (issue 14, item 4): "goteborgare" finds
// "göteborgare", "Zurich" finds "Zürich". The search rows keep their text and, when folding changes it, a folded
// copy after it (filled at import, and by migration 8 for the rows stored before); the searched text is folded the
// same way. Only Latin letters fold: a Bulgarian "й" or a Thai tone mark is a letter of its own, not an accent.
namespace SearchFolding {

// `text` with every letter of the table replaced by its base letters ("ö" → "o", "ß" → "ss").
QString fold(const QString& text);
// What a search row stores for `body`: the body, then its folded copy on a line of its own when that differs.
QString searchBody(const QString& body);
// SQL expressions that, applied to `column` one after the other, fold it with the same table (nested replace(), the
// same on SQLite and PostgreSQL). Migration 8 runs them once over the rows stored before folding; never change the
// table without a new migration.
QStringList foldSqlSteps(const QString& column);

} // namespace SearchFolding
