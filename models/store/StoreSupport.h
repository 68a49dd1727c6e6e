#pragma once

// Internal to models/store: the helpers every store class reads and writes rows with.
// Callers outside store/ include CaseStore.h or one class's header, never this one.

#include "PolicyEnums.h"

#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

#include "CaseStatus.h"
#include "SqlRow.h"

class CaseRepository;
class Database;

namespace StoreSupport {

// A null QString binds as SQL NULL; text columns are NOT NULL, so bind "" instead.
QVariant str(const QString& text);
// Times are stored as milliseconds since the epoch (UTC); an invalid time as NULL.
QVariant ms(const QDateTime& at);
QDateTime fromMs(const QVariant& value);
QString isoTime(const QDateTime& at);
QVariant optionalBool(const std::optional<bool>& value);

// SQL NULL of a column's type.
inline QVariant nullInt()
{
    return QVariant(QMetaType::fromType<int>());
}
inline QVariant nullInt64()
{
    return QVariant(QMetaType::fromType<qint64>());
}
inline QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

template<typename E> E enumOr(const QString& id, E fallback)
{
    E value = fallback;
    if (!id.isEmpty())
        PolicyIds::fromId(id, &value);
    return value;
}

// A column of the current row, named by the enum its SELECT declares next to it.
using SqlRow::field;

// next() is false at the end of the rows and also when a step fails: true only at the real end.
bool reachedEnd(const QSqlQuery& query);

// Set *error and return false, so that a failure is one line: `return fail(&m_error, ...)`.
bool fail(QString* error, const QString& message);
// "Database error: <the query's error>".
bool failQuery(QString* error, const QSqlQuery& query);
// QSqlQuery::prepare() that keeps its error (failQuery): exec() of a statement that failed
// to prepare (a missing table) only says "Parameter count mismatch".
bool prepare(QSqlQuery& query, const QString& sql, QString* error);

// The one row `sql` selects for a case (bound as :case_id), left current on `query`.
enum class CaseRow
{
    Found,
    Missing, // no such row
    Failed, // *error says why
};
CaseRow selectCaseRow(QSqlQuery& query, const QString& sql, const QString& caseId, QString* error);

// Runs the prepared and bound `query` and reads each row with `read` into *rows. False (and *error) when
// it fails, at exec() or at any row: then *rows is empty, never part of the rows.
template<typename Row, typename Read> bool readRows(QSqlQuery& query, QList<Row>* rows, QString* error, Read read)
{
    rows->clear();
    if (!query.exec())
        return failQuery(error, query);
    while (query.next())
        rows->append(read(query));
    if (reachedEnd(query))
        return true;
    rows->clear();
    return failQuery(error, query);
}
// The same, for a reader whose rows are nothing on an error.
template<typename Row, typename Read> std::optional<QList<Row>> readRows(QSqlQuery& query, QString* error, Read read)
{
    QList<Row> rows;
    if (!readRows(query, &rows, error, read))
        return std::nullopt;
    return rows;
}

// The row id (cases.id) that the other tables point at, of the case a write is about: > 0, or 0 with
// *error saying that the case does not exist or why it could not be read.
qint64 caseRef(const CaseRepository& cases, const QString& caseId, QString* error);

// A write transaction of its own unless the caller (e.g. the importer) already holds one:
// then the caller's commit or rollback decides.
class WriteScope
{
public:
    // `caseTurn`: the writer changes one case, its parties' strikes and the audit chain only
    // (Database::Turn::Case).
    WriteScope(Database& db, QString* error, bool durable = false, bool caseTurn = false);
    ~WriteScope();
    WriteScope(const WriteScope&) = delete;
    WriteScope& operator=(const WriteScope&) = delete;

    bool ok() const { return m_ok; }
    bool commit();

private:
    Database& m_db;
    QString* m_error;
    bool m_owner;
    bool m_ok = false;
    bool m_done = false;
};

} // namespace StoreSupport
