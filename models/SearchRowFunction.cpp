#include "SearchRowFunction.h"

#include "SearchFolding.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace SearchRowFunction {

namespace {

void searchRow(sqlite3_context* context, int argc, sqlite3_value** argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
    const int size = sqlite3_value_bytes(argv[0]);
    const QByteArray row = SearchFolding::restated(QString::fromUtf8(text, size)).toUtf8();
    sqlite3_result_text(context, row.constData(), int(row.size()), SQLITE_TRANSIENT);
}

} // namespace

bool install(const QSqlDatabase& connection, QString* error)
{
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        *error = QStringLiteral("%1 needs a SQLite connection").arg(QLatin1String(Name));
        return false;
    }
    sqlite3* db = *static_cast<sqlite3* const*>(handle.constData());
    const int rc = sqlite3_create_function_v2(
        db, Name, 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, searchRow, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errstr(rc));
        return false;
    }
    return true;
}

} // namespace SearchRowFunction
