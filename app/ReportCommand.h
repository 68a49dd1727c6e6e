#pragma once

#include <QStringList>
#include <QTextStream>

class Database;

// `appealdesk report ...`: the team lead's report from the command line.
// `arguments` are the words after `report`. Prints one summary line on
// success. Exit codes: 0 written, 1 failed, 2 usage error.
namespace ReportCommand {
int run(Database& db, const QStringList& arguments, QTextStream& out, QTextStream& err);
}
