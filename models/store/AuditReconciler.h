#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

// Issue 13, item 1: the hash chain proves the log was not changed; this proves the live rows were not
// changed behind it. Every decision (with its strikes and sanctions), every voided strike and the policy
// settings are compared with the audit entry that recorded them; a row that differs from its entry, or
// that has no entry, is named. Read-only; runs on any connection to the store.
struct AuditReconciliation
{
    bool ok = false;
    qint64 decisions = 0; // decision rows compared (live and reopened)
    qint64 strikes = 0; // strike rows compared
    qint64 reviews = 0; // review rows compared
    qint64 problemCount = 0; // every difference found
    QStringList problems; // translated, the first MaxProblems of them
};

class AuditReconciler
{
    Q_DECLARE_TR_FUNCTIONS(AuditReconciler)

public:
    static constexpr int MaxProblems = 20;

    explicit AuditReconciler(const QSqlDatabase& db);
    AuditReconciliation reconcile();

    struct Entry
    {
        qint64 id = 0;
        qint64 atMs = 0;
        QString actor;
        QString after;
    };

private:
    // The reopened decisions (issue 14, item 8) against their `reopen` entries; false after a read error.
    bool reconcileReopens(QHash<qint64, Entry> reopens, const QHash<qint64, Entry>& voids);
    // The reviews (issue 17, item 2) against their `review` entries; false after a read error.
    bool reconcileReviews(QHash<QString, Entry> entries);
    void problem(const QString& text);
    AuditReconciliation readError(const QSqlQuery& query);

    QSqlDatabase m_db;
    AuditReconciliation m_result;
    bool m_failed = false;
};
