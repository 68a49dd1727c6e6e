#pragma once

#include <QString>

class QSqlDatabase;

// The SQL function appealdesk_search_row(row) on a SQLite connection: SearchFolding::restated(row). Schema 13 uses
// it to put the search rows stored before into today's form (lower case is beyond SQLite's own lower(), which knows
// only ASCII).
namespace SearchRowFunction {

inline constexpr char Name[] = "appealdesk_search_row";

// False + *error when the connection is not a SQLite one or SQLite refuses the function.
bool install(const QSqlDatabase& connection, QString* error);

} // namespace SearchRowFunction
