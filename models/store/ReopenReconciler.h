#pragma once

#include "AuditReconciler.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

// AuditReconciler's part for the reopened decisions (issue 14, item 8): each decision_history row
// against its `reopen` entry, which holds the whole decision and what the reopen voided, and each strike
// and sanction the reopen voided against that entry (or the void_strike entry that voided it before).
class ReopenReconciler
{
public:
    ReopenReconciler(const QSqlDatabase& db, AuditReconciliation& result, QHash<qint64, AuditReconciler::Entry> reopens,
        const QHash<qint64, AuditReconciler::Entry>& voids);
    // False after a read error (noted in the result).
    bool run();

private:
    using Entry = AuditReconciler::Entry;
    // What each reopen voided, by its decision_history id.
    struct Voided
    {
        QList<qint64> strikes;
        QList<qint64> sanctions;
    };

    bool readVoidedRows();
    void compareVoidedRow(const QSqlQuery& row);
    void compareHistoryRow(const QSqlQuery& row);

    QSqlDatabase m_db;
    AuditReconciliation& m_result;
    QHash<qint64, Entry> m_reopens; // each row takes its own: those left have no reopened decision
    const QHash<qint64, Entry>& m_voids;
    QHash<qint64, Voided> m_voidedBy; // likewise
};
