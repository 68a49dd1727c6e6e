#pragma once

#include <QString>

// Personal data in exports: verified names become initials, account numbers
// keep their last four digits. User ids and nicknames are kept.
namespace ReportMasking {
QString initials(const QString& name);
QString accountNumber(const QString& account);
} // namespace ReportMasking
