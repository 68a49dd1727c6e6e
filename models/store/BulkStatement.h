#pragma once

// Internal to models/store: one prepared statement of the bulk write path (CaseRowWriter).

#include <QByteArray>
#include <QSqlQuery>
#include <QString>
#include <QVarLengthArray>

class Database;
struct sqlite3_stmt;

// A statement prepared once and run for many rows, with positional `?` values. Issue 16: about
// twenty rows a case go through here, and QSqlQuery's per-value QVariant, name lookup and UTF-16
// text cost the import more than SQLite's own work, so on a SQLite connection the statement is
// SQLite's own (sqlite3_stmt on the connection's handle, in the same transaction); on any other
// driver it is a QSqlQuery. The SQL is the same text for both; the one thing this class adds to a query is
// `RETURNING id` for an insert whose row id is asked for (RowId) on a connection that is not SQLite's.
class BulkStatement
{
public:
    enum class Returns
    {
        Nothing, // or what the SQL's own RETURNING says
        // The row id of the inserted row (execReturning()): SQLite's last insert row id on a SQLite
        // connection, where RETURNING runs as a trigger filling a temporary table at each run (and a
        // trigger makes every run of an insert keep a statement journal); `RETURNING id` otherwise.
        RowId
    };
    BulkStatement(Database& db, const QString& sql, Returns returns = Returns::Nothing);
    ~BulkStatement();
    BulkStatement(const BulkStatement&) = delete;
    BulkStatement& operator=(const BulkStatement&) = delete;

    // Values of the next run, by position from 1. Text is copied (as UTF-8 for SQLite).
    void bind(int index, qint64 value);
    void bind(int index, const QString& text); // a null QString binds '' (text columns are NOT NULL)
    void bindNull(int index);
    // Text already in UTF-8, not copied: it must stay as it is until exec().
    void bindText(int index, const char* utf8, int size);

    // Runs the statement with the values bound; false + error(). The values are cleared.
    bool exec();
    // Runs a statement that returns one row (RETURNING id): its first column in *value.
    bool execReturning(qint64* value);
    // "Database error: ..." as the store says it; the failure is also noted (Database::noteFailure).
    QString error() const { return m_error; }

private:
    bool step(qint64* value);
    bool failNative(int code);

    Database& m_db;
    sqlite3_stmt* m_native = nullptr;
    bool m_lastRowId = false; // Returns::RowId on SQLite
    bool m_ready = false;
    QSqlQuery m_query; // when the driver is not SQLite
    QVarLengthArray<QByteArray, 16> m_texts; // the UTF-8 copies the native values point into
    QString m_error;
};
