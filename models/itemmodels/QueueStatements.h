#pragma once

#include "QueueFilter.h"
#include "QueueRow.h"
#include "SqlDialect.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

// One SQL statement of the queue with its values, bound in order.
struct QueueStatement
{
    QString sql;
    QVariantList values;
};

// The SQL text of the queue's statements for one filter, sort and instant; QueueQuery runs them.
// Written once for both backends: what they spell differently comes from `dialect`.
//
// Status is derived at the instant `asOf` (cli.md, second edition): a stored "waiting" case whose
// deadline has passed is open. The stored status leads the queue's indexes, so a derived status is
// one or two index ranges ("branches"): open = stored open + the waiting cases up to asOf (in SLA
// order a prefix of the waiting range), waiting = the rest of the waiting range. Pages over two
// branches are a UNION ALL with an ORDER BY, which SQLite merges from the two ordered index reads;
// on PostgreSQL each branch is sorted and limited on its own first (SqlDialect::limitsUnionBranches).
class QueueStatements
{
public:
    // The columns of pageStatement() before the sort key.
    enum class PageColumn
    {
        CaseId,
        Kind,
        Clause,
        Appellant,
        AppellantUser,
        Fiat,
        FiatAmount,
        AmountUnits,
        Language,
        OpenedAt,
        DueAt,
        Status,
        Agent,
        ClaimedUntil,
        SortKey // the first column of the sort key; the others follow
    };

    const SqlDialect* dialect = &SqlDialect::of(DatabaseLocation::Backend::Sqlite);
    QueueFilter filter;
    QueueField sortField = QueueField::Sla;
    bool ascending = true;
    bool searching = false; // the text search filled temp.queue_hits
    bool preferSortIndex = false;
    qint64 asOf = 0; // ms since the epoch: the instant the status is derived at

    QStringList sortKey() const;
    // The sort order as SQL runs it (ascending age is the youngest case first).
    bool sqlAscending() const;

    // The SLA sort key (cases without a deadline last), as the cases_sla and cases_status_sla indexes spell it.
    QString slaSql() const;

    QueueStatement count() const;
    // The count when it is at most `bound`, else bound + 1: reads no more than bound + 1 rows, so that the
    // first page need not wait for an exact count over a million cases (QueueModel counts those apart).
    // True when count() is already cheap (the stored counts per status, or the search hits).
    bool countIsCheap() const { return searching || otherFiltersEmpty(); }
    QueueStatement boundedCount(int bound) const;
    QList<QueueStatement> searchFill(int limit) const;
    QueueStatement page(const QVariantList* anchor, bool backward, int limit, int offset) const;
    QueueStatement keyOfCase(const QString& caseId) const;
    QueueStatement rank(const QVariantList& key, int limit = 0) const;
    // The first deadline of a waiting case after asOf: where the derived status next changes.
    QueueStatement nextStatusChange() const;
    // The stored values of a filterable field, by a skip scan over its index; empty SQL for other fields.
    static QueueStatement distinctValues(QueueField field);
    // The text and values used as the key of a count, for a cache.
    QString countCacheKey() const;

private:
    // One index range of the derived status: the stored status, and where the deadline lies.
    struct Branch
    {
        std::optional<CaseStatus> status; // none: any
        int deadline = 0; // 0: any; -1: at or before asOf; +1: after asOf (or none)
    };
    QList<Branch> branches() const;
    bool otherFiltersEmpty() const;
    QString filterSql(const Branch* branch, QVariantList* values, bool forPages = false) const;
    QString statusSql(QVariantList* values) const; // the derived status filter as one condition
    QString fromSql() const;
    QString whereSql(const QStringList& terms) const;
    QString appellantUserSql() const;
    QString derivedStatusSql() const;
    static QString keysetSql(const QStringList& key, bool after);
};
