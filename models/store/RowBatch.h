#pragma once

// Internal to models/store: the rows of one table that the bulk write path (CaseRowWriter) inserts together.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringEncoder>
#include <QStringList>

#include <memory>

class BulkStatement;
class Database;

// Rows kept until flush() writes them with multi-row `INSERT … VALUES (…), (…)` statements of
// BatchRows rows (and a one-row statement for the rest), each prepared once. Issue 16: on SQLite a
// statement that runs a trigger or checks a foreign key keeps a statement journal, a copy of every
// page it changes; one statement for many rows makes that copy, and the statement's own start and
// end, once for all of them.
class RowBatch
{
public:
    // 256 rows: 0.73-0.79x the sqlite3 shell's import speed at 64, 0.80-0.84x at 256 (bench_import,
    // 4 runs each, interleaved); at most 19 columns x 256 = 4,864 values, far below SQLite's 32,766.
    static constexpr int BatchRows = 256;

    // INSERT INTO table (columns) VALUES …
    RowBatch(Database& db, const QString& table, const QStringList& columns);
    ~RowBatch();
    RowBatch(const RowBatch&) = delete;
    RowBatch& operator=(const RowBatch&) = delete;

    // The next value of the row being added, column by column.
    void add(qint64 value);
    void add(const QString& text); // a null QString is '' (text columns are NOT NULL)
    void addNull();

    int pendingRows() const { return int(m_values.size()) / m_columns; }
    // Writes the rows added since the last flush; false + error(). The rows are dropped either way.
    bool flush();
    void clear();
    QString error() const { return m_error; }

private:
    // A value without a heap block of its own: text is a span of m_text, UTF-8.
    struct Value
    {
        enum Type : quint8
        {
            Null,
            Number,
            Text
        };
        Type type = Null;
        int length = 0; // Text
        qint64 number = 0; // Number; Text: the offset into m_text
    };
    bool run(BulkStatement& statement, int firstRow, int rows);
    QString sql(int rows) const;

    Database& m_db;
    QString m_table;
    QStringList m_columnNames;
    int m_columns;
    QList<Value> m_values;
    QByteArray m_text;
    QStringEncoder m_encoder { QStringEncoder::Utf8, QStringConverter::Flag::Stateless };
    std::unique_ptr<BulkStatement> m_many; // BatchRows rows
    std::unique_ptr<BulkStatement> m_one;
    QString m_error;
};
