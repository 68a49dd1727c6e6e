#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// `SELECT … WHERE key IN (?, …)` for many keys at once: one statement with Batch placeholders, prepared on first
// use and run once per Batch keys, instead of one look-up per key (issue 16: the import asks about every case and
// user of a chunk). A short last batch names its last key again, so the one statement serves every batch.
class BatchLookUp
{
public:
    static constexpr int Batch = 200;

    // `select` is the statement up to its IN list, e.g. "SELECT id, user_id FROM users WHERE user_id IN".
    BatchLookUp(const QSqlDatabase& connection, const QString& select);

    // Calls `row` for each row found for `keys` (in no particular order; a key named twice may come twice).
    // False + *error when a statement fails.
    bool run(const QStringList& keys, const std::function<void(const QSqlQuery&)>& row, QString* error);

private:
    QSqlDatabase m_connection;
    QString m_select;
    std::optional<QSqlQuery> m_query; // prepared on first use
};
