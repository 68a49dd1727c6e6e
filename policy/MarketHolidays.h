#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// The days each market's payments do not settle (policy.md, settled reading 4): Swedish bank holidays (SEK),
// Bulgarian public holidays (BGN), the Bank of Thailand's financial-institution holidays (THB) and the TARGET2
// closing days (EUR). Shipped for 2020-2035 as data files, resources/holidays/<CURRENCY>.txt (each names its
// source), compiled in as :/holidays/<CURRENCY>.txt; the policy settings hold one list per market, which a team
// lead edits.
namespace MarketHolidays {

// The currencies with a list of their own, in the order the settings show them: SEK, BGN, THB, EUR.
QStringList markets();

// The shipped list of a market, sorted; empty for a currency without one.
QList<QDate> shipped(const QString& currency);
QMap<QString, QList<QDate>> shippedAll();

// A list in the files' format: one day a line, an ISO date first, then any words; '#' starts a comment.
// False, with the line number in `errorLine`, on a line that does not start with a date.
bool parse(const QString& text, QList<QDate>* out, int* errorLine = nullptr);

} // namespace MarketHolidays
