#include "DeskCopier.h"

#include "Database.h"
#include "SearchFolding.h"
#include "SqlDialect.h"
#include "SqlRow.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

// SELECT COUNT(*) of a table.
enum class CountColumn
{
    Count
};

// SqlDialect::selectSearchRows(): the case's row id, then the folded text.
enum class SearchRowColumn
{
    CaseRef,
    Body
};

// The order each table is read in: its key, so the copy is the same on every run.
QString orderOf(const QString& table)
{
    static const QHash<QString, QString> keys = {
        { QStringLiteral("orders"), QStringLiteral("case_ref") },
        { QStringLiteral("parties"), QStringLiteral("case_ref, seq") },
        { QStringLiteral("payments"), QStringLiteral("case_ref, seq") },
        { QStringLiteral("messages"), QStringLiteral("case_ref, seq") },
        { QStringLiteral("history"), QStringLiteral("case_ref, user_id, kind") },
        { QStringLiteral("settings"), QStringLiteral("key") },
    };
    return keys.value(table, QStringLiteral("id"));
}

// The tables whose rows have an `id` the database assigns.
const QStringList& numberedTables()
{
    static const QStringList tables
        = { QStringLiteral("users"), QStringLiteral("cases"), QStringLiteral("events"), QStringLiteral("decisions"),
              QStringLiteral("strikes"), QStringLiteral("sanctions"), QStringLiteral("audit_log") };
    return tables;
}

} // namespace

DeskCopier::DeskCopier(Database& source, Database& target)
    : m_source(source)
    , m_target(target)
{ }

const QStringList& DeskCopier::tables()
{
    // The audit log last but one: its entries are appended in id order, which the PostgreSQL
    // trigger that numbers them keeps.
    static const QStringList list = { QStringLiteral("users"), QStringLiteral("cases"), QStringLiteral("orders"),
        QStringLiteral("parties"), QStringLiteral("payments"), QStringLiteral("events"), QStringLiteral("messages"),
        QStringLiteral("history"), QStringLiteral("decisions"), QStringLiteral("strikes"), QStringLiteral("sanctions"),
        QStringLiteral("settings"), QStringLiteral("audit_log") };
    return list;
}

bool DeskCopier::fail(const QString& message)
{
    m_error = message;
    return false;
}

bool DeskCopier::copy()
{
    m_rows.clear();
    m_error.clear();
    if (m_source.schemaVersion() != m_target.schemaVersion())
        return fail(tr("The two desks are at different schema versions (%1 and %2)")
                        .arg(m_source.schemaVersion())
                        .arg(m_target.schemaVersion()));
    if (!targetIsEmpty())
        return false;
    if (!m_source.exec(m_source.dialect().beginSnapshot()))
        return fail(tr("Cannot read %1: %2").arg(m_source.location().display(), m_source.error()));
    const auto endSnapshot = [this] { QSqlQuery(m_source.connection()).exec(QStringLiteral("ROLLBACK")); };
    if (!m_target.beginWrite(true)) {
        endSnapshot();
        return fail(m_target.error());
    }
    bool ok = true;
    for (const QString& table : tables()) {
        ok = copyTable(table);
        if (!ok)
            break;
    }
    ok = ok && copySearchRows();
    for (const QString& statement : m_target.dialect().continueIds(numberedTables())) {
        if (ok && !m_target.exec(statement))
            ok = fail(m_target.error());
    }
    endSnapshot();
    if (!ok) {
        m_target.rollback();
        return false;
    }
    if (!m_target.commit())
        return fail(m_target.error());
    return true;
}

bool DeskCopier::targetIsEmpty()
{
    QSqlQuery q(m_target.connection());
    for (const QString& table : { QStringLiteral("cases"), QStringLiteral("users"), QStringLiteral("decisions"),
             QStringLiteral("settings"), QStringLiteral("audit_log") }) {
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
            return fail(tr("Cannot read %1: %2").arg(m_target.location().display(), q.lastError().text()));
        if (SqlRow::field(q, CountColumn::Count).toLongLong() > 0)
            return fail(tr("%1 is not an empty desk (its table %2 has rows): a desk is moved only into an empty "
                           "database, and nothing was written")
                            .arg(m_target.location().display(), table));
    }
    return true;
}

bool DeskCopier::copyTable(const QString& table)
{
    QSqlQuery read(m_source.connection());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, orderOf(table))))
        return fail(tr("Cannot read the table %1: %2").arg(table, Database::describe(read.lastError())));
    const QSqlRecord columns = read.record();
    QStringList names;
    QStringList marks;
    for (int i = 0; i < columns.count(); ++i) {
        names << columns.fieldName(i);
        marks << QStringLiteral("?");
    }
    QSqlQuery write(m_target.connection());
    if (!write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                           .arg(table, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")))))
        return fail(tr("Cannot copy the table %1: %2").arg(table, Database::describe(write.lastError())));
    qint64 copied = 0;
    while (read.next()) {
        for (int i = 0; i < names.size(); ++i)
            write.bindValue(i, read.value(i));
        if (!write.exec()) {
            Database::noteFailure(write.lastError());
            return fail(tr("Cannot copy a row of the table %1: %2").arg(table, Database::describe(write.lastError())));
        }
        ++copied;
    }
    if (read.lastError().isValid())
        return fail(tr("Cannot read the table %1: %2").arg(table, Database::describe(read.lastError())));
    // Every row arrived (a trigger or a constraint of the target could have dropped one).
    QSqlQuery count(m_target.connection());
    if (!count.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !count.next()
        || SqlRow::field(count, CountColumn::Count).toLongLong() != copied)
        return fail(tr("The copy of the table %1 does not have its %2 rows").arg(table).arg(copied));
    m_rows.insert(table, copied);
    return true;
}

bool DeskCopier::copySearchRows()
{
    QSqlQuery read(m_source.connection());
    read.setForwardOnly(true);
    if (!read.exec(m_source.dialect().selectSearchRows()))
        return fail(tr("Cannot read the search rows: %1").arg(Database::describe(read.lastError())));
    QSqlQuery write(m_target.connection());
    if (!write.prepare(m_target.dialect().insertSearchRow()))
        return fail(tr("Cannot copy the search rows: %1").arg(Database::describe(write.lastError())));
    qint64 copied = 0;
    while (read.next()) {
        write.bindValue(0, SqlRow::field(read, SearchRowColumn::CaseRef));
        // A row from a server of before schema 13 in today's form; one in today's form as it is.
        write.bindValue(1, SearchFolding::restated(SqlRow::field(read, SearchRowColumn::Body).toString()));
        if (!write.exec()) {
            Database::noteFailure(write.lastError());
            return fail(tr("Cannot copy the search rows: %1").arg(Database::describe(write.lastError())));
        }
        ++copied;
    }
    if (read.lastError().isValid())
        return fail(tr("Cannot read the search rows: %1").arg(Database::describe(read.lastError())));
    m_rows.insert(QStringLiteral("case_search"), copied);
    return true;
}
