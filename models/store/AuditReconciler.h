#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <optional>

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

    static constexpr int MaxProblems = 20;
    // Counts a difference and keeps its text while fewer than MaxProblems are kept.
    void addProblem(const QString& text);
    // A read that failed: its error as a problem (ok stays false). Returns false, for `return addReadError(q);`.
    bool addReadError(const QSqlQuery& query);
};

class AuditReconciler
{
    Q_DECLARE_TR_FUNCTIONS(AuditReconciler)

public:
    static constexpr int MaxProblems = AuditReconciliation::MaxProblems;

    explicit AuditReconciler(const QSqlDatabase& db);
    AuditReconciliation reconcile();

    struct Entry
    {
        qint64 id = 0;
        qint64 atMs = 0;
        QString actor;
        QString after;

        QString isoAt() const; // atMs, as the rows' times are written in the log
        QJsonObject afterObject() const; // `after` read as a JSON object
    };

private:
    // The last audit entry per subject, read once and handed to the parts that compare the rows with them:
    // DecisionReconciler (live decisions, their strikes and sanctions), ReopenReconciler (reopened
    // decisions, issue 14, item 8) and ReviewReconciler (reviews, issue 17, item 2).
    struct Entries
    {
        QHash<QString, Entry> decides; // by case
        QHash<qint64, Entry> voids; // by strike id
        QHash<qint64, Entry> reopens; // by decision_history id
        QHash<QString, Entry> reviews; // by case and the reviewed decision's instant
        std::optional<Entry> settings; // the last one
    };
    // False after a read error (then noted in m_result).
    bool readEntries(Entries* entries);
    bool reconcileSettings(const std::optional<Entry>& settings);

    QSqlDatabase m_db;
    AuditReconciliation m_result;
};
