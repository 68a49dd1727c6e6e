#pragma once

#include <QSqlQuery>
#include <QVariant>

// Reading a query's current row by the names of its columns, never by bare positions.
namespace SqlRow {

// A column of the current row, named by the enum its SELECT declares next to it
// (`enum class Column { Id, Kind }` for "SELECT id, kind ...").
template<typename Column> QVariant field(const QSqlQuery& query, Column column)
{
    return query.value(static_cast<int>(column));
}

} // namespace SqlRow
