#include "BulkStatement.h"

#include "Database.h"
#include "StoreSupport.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

using namespace StoreSupport;

namespace {

// The connection's own sqlite3 handle when its driver is Qt's SQLite driver (the same library
// this program links, so the handle is usable here); null for any other driver.
sqlite3* nativeHandle(const QSqlDatabase& connection)
{
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

} // namespace

BulkStatement::BulkStatement(Database& db, const QString& sql, Returns returns)
    : m_db(db)
    , m_query(db.connection())
{
    if (sqlite3* handle = nativeHandle(db.connection())) {
        m_lastRowId = returns == Returns::RowId;
        const QByteArray text = sql.toUtf8();
        const int rc = sqlite3_prepare_v3(
            handle, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT, &m_native, nullptr);
        m_ready = rc == SQLITE_OK;
        if (!m_ready) {
            failNative(rc);
            sqlite3_finalize(m_native);
            m_native = nullptr;
        }
        return;
    }
    m_query.setForwardOnly(true);
    m_ready = prepare(m_query, returns == Returns::RowId ? sql + QLatin1String(" RETURNING id") : sql, &m_error);
}

BulkStatement::~BulkStatement()
{
    sqlite3_finalize(m_native);
}

void BulkStatement::bind(int index, qint64 value)
{
    if (m_native)
        sqlite3_bind_int64(m_native, index, value);
    else
        m_query.bindValue(index - 1, value);
}

void BulkStatement::bind(int index, const QString& text)
{
    if (!m_native) {
        m_query.bindValue(index - 1, str(text));
        return;
    }
    if (m_texts.size() < index)
        m_texts.resize(index);
    QByteArray& utf8 = m_texts[index - 1];
    utf8 = text.toUtf8();
    sqlite3_bind_text(m_native, index, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void BulkStatement::bindText(int index, const char* utf8, int size)
{
    if (m_native)
        sqlite3_bind_text(m_native, index, size > 0 ? utf8 : "", size, SQLITE_STATIC);
    else
        m_query.bindValue(index - 1, str(QString::fromUtf8(utf8, size)));
}

void BulkStatement::bindNull(int index)
{
    if (m_native)
        sqlite3_bind_null(m_native, index);
    else
        m_query.bindValue(index - 1, QVariant());
}

bool BulkStatement::exec()
{
    return step(nullptr);
}

bool BulkStatement::execReturning(qint64* value)
{
    return step(value);
}

bool BulkStatement::step(qint64* value)
{
    if (!m_ready)
        return false; // error() says why it could not be prepared
    if (!m_native) {
        bool ok = m_query.exec();
        if (ok && value) {
            ok = m_query.next();
            if (ok)
                *value = m_query.value(0).toLongLong();
        }
        if (!ok)
            failQuery(&m_error, m_query);
        m_query.finish();
        return ok;
    }
    int rc = sqlite3_step(m_native);
    if (value && m_lastRowId) {
        if (rc == SQLITE_DONE) // the connection's own: no other statement ran since the step
            *value = sqlite3_last_insert_rowid(sqlite3_db_handle(m_native));
    } else if (value && rc == SQLITE_ROW) {
        *value = sqlite3_column_int64(m_native, 0);
        rc = sqlite3_step(m_native);
    } else if (value && rc == SQLITE_DONE) {
        rc = SQLITE_ERROR; // no row where one was expected
    }
    const bool ok = rc == SQLITE_DONE;
    if (!ok)
        failNative(rc);
    sqlite3_reset(m_native);
    sqlite3_clear_bindings(m_native);
    return ok;
}

bool BulkStatement::failNative(int code)
{
    sqlite3* handle = nativeHandle(m_db.connection());
    const int extended = handle ? sqlite3_extended_errcode(handle) : code;
    const QString text = handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QString::number(code);
    const QSqlError error(QString(), text, QSqlError::StatementError, QString::number(extended));
    Database::noteFailure(error);
    return fail(
        &m_error, QCoreApplication::translate("CaseStore", "Database error: %1").arg(Database::describe(error)));
}
