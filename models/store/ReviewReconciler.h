#pragma once

#include "AuditReconciler.h"

#include <QHash>
#include <QSqlDatabase>

// AuditReconciler's part for the team lead's reviews (issue 17, item 2): each review row against the
// `review` entry of its case and the reviewed decision's instant; an entry no row took is a missing review.
class ReviewReconciler
{
public:
    ReviewReconciler(
        const QSqlDatabase& db, AuditReconciliation& result, QHash<QString, AuditReconciler::Entry> entries);
    // False after a read error (noted in the result).
    bool run();

private:
    void compareReview(const QSqlQuery& row);

    QSqlDatabase m_db;
    AuditReconciliation& m_result;
    QHash<QString, AuditReconciler::Entry> m_entries; // by case and decided_at, see AuditReconciler
};
