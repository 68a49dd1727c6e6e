#pragma once

#include <QList>
#include <QPair>
#include <QString>

class Database;

// Issue 16: the secondary indexes of a fresh desk, dropped while a bulk fill writes its rows and made
// again at its end, inside the same write transaction (SQLite only; a server's desk is shared).
// Inserted one row at a time, an index whose key is not the row order (status, time, user, …) gets its
// rows at random places, and every commit of a large fill rewrote most of its pages; CREATE INDEX sorts
// once and writes each page once. Unique indexes stay: they are constraints, and the fill's look-ups
// (a case or a user by its id) use them.
class DeferredIndexes
{
public:
    explicit DeferredIndexes(Database& db);

    // Drops every plain index (CREATE INDEX …) of the schema, remembering its statement. Must run inside a
    // write transaction. False + *error on failure (the caller rolls back; the indexes are then back).
    bool drop(QString* error);
    // Makes the dropped indexes again (same transaction). False + *error on failure.
    bool restore(QString* error);
    int count() const { return int(m_indexes.size()); }

private:
    Database& m_db;
    QList<QPair<QString, QString>> m_indexes; // name, CREATE INDEX statement
};
