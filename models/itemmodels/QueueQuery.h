#pragma once

#include "QueueFilter.h"
#include "QueueRow.h"
#include "QueueStatements.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QStringList>

// The appeal queue's reads over its own connection to the database file: the
// count, pages of rows in keyset order, a case's row, the values to filter by.
// The window's QueueModel pages through it and `appealdesk list` prints it:
// both show the same cases in the same order with the same derived status.
class QueueQuery
{
public:
    // A text search lists at most this many matches (more: isCountCapped()).
    static constexpr int SearchCap = 10000;

    explicit QueueQuery(const QString& databasePath);
    ~QueueQuery();
    QueueQuery(const QueueQuery&) = delete;
    QueueQuery& operator=(const QueueQuery&) = delete;

    bool open();
    bool isOpen() const { return m_open; }
    QString lastError() const { return m_error; }

    void setFilter(const QueueFilter& filter) { m_sql.filter = filter; }
    const QueueFilter& filter() const { return m_sql.filter; }
    void setSort(QueueField field, bool ascending);
    QueueField sortField() const { return m_sql.sortField; }
    bool sortAscending() const { return m_sql.ascending; }
    // The instant the status is derived at; counts are cached per instant and filter.
    void setAsOf(const QDateTime& at);
    QDateTime asOf() const;
    void clearCountCache() { m_countCache.clear(); }
    void setSortIndexThreshold(int rows) { m_sortIndexThreshold = rows; }

    // Counts the rows of the filter (filling the search hits for a text); -1 on an error. With a
    // bound > 0, counts no further than max(bound, the sort index threshold) + 1 rows where an exact
    // count would read every matching row: isCountExact() then says whether it stopped there.
    int recount(int bound = 0);
    bool isCountExact() const { return m_exact; }
    bool isCountCapped() const { return m_capped; }
    // After a search with a status filter: how many more cases match in the other statuses (at most the cap),
    // unless setCountsOtherStatuses(false) (the search is then run once, with the status filter).
    int otherStatusCount() const { return m_otherStatuses; }
    void setCountsOtherStatuses(bool on) { m_countsOtherStatuses = on; }
    // `limit` rows after `anchor` (a row's key; null: from the start) in the sort order, or before it when
    // `backward` (then in reverse order), skipping `offset`. Empty with lastError() on an error.
    QList<QueueRow> rows(const QVariantList* anchor, bool backward, int limit, int offset) const;
    int sortKeySize() const { return int(m_sql.sortKey().size()); }
    // The row of the case among `count` rows; -1 when hidden, or at or below a searchLimit > 0.
    int rowOfCase(const QString& caseId, int count, int searchLimit = 0) const;
    // True when the case is among the rows of the filter.
    bool containsCase(const QString& caseId) const;
    // When the derived status of a waiting case next changes (its deadline), after asOf; invalid for never.
    QDateTime nextStatusChange() const;
    QStringList distinctValues(QueueField field) const;
    QStringList explainQueryPlans() const;

private:
    QSqlQuery* run(const QueueStatement& statement) const;
    bool fillSearchHits();

    QString m_path;
    QString m_connectionName;
    mutable QString m_error;
    QueueStatements m_sql;
    bool m_open = false;
    bool m_capped = false;
    bool m_exact = true;
    bool m_countsOtherStatuses = true;
    int m_otherStatuses = 0;
    int m_sortIndexThreshold = 5000;
    mutable QHash<QString, QSqlQuery> m_prepared; // reused statements, by SQL text
    QHash<QString, int> m_countCache; // per filter and instant, until cleared
};
