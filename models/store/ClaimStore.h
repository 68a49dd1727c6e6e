#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVariant>

class AuditLog;
class CaseRepository;
class Database;

// Agents' claims on undecided cases (cases.assigned_agent and claimed_until), each with its audit
// entry: who holds a case, until when. A claim that has run out (claimed_until <= now) counts as none.
class ClaimStore
{
    // Its messages were written for DecisionStore, which decides against the same claims.
    Q_DECLARE_TR_FUNCTIONS(DecisionStore)

public:
    ClaimStore(Database& db, const CaseRepository& cases, AuditLog& audit);
    ClaimStore(const ClaimStore&) = delete;
    ClaimStore& operator=(const ClaimStore&) = delete;

    QString lastError() const { return m_error; }

    // An agent marks a case as being worked on until `until`. Refused while another agent's claim
    // holds, or for a decided case.
    bool claim(const QString& caseId, const QString& agent, const QDateTime& until, const QDateTime& now);
    // Ends the agent's own claim; refused for another agent's claim that still holds.
    bool release(const QString& caseId, const QString& agent, const QDateTime& now);
    // Issue 15, item 3: claims the next open case nobody holds for `agent` until `until`: the first in
    // the queue's SLA order (deadline first, then the oldest row) among the cases open at `now` (a
    // waiting case past its deadline is open) with no claim that holds. Within the write turn the row
    // is picked with FOR UPDATE SKIP LOCKED on PostgreSQL, so a row another session has locked (a
    // lead's psql, a writer being retried) is passed over instead of waited for. `caseId` gets the
    // case, or stays empty when no case is free (true). False + lastError() on an error.
    bool claimNext(const QString& agent, const QDateTime& until, const QDateTime& now, QString* caseId);
    // The agent whose claim holds at `now`, or empty; `until` (if given) gets the claim's end.
    QString holder(const QString& caseId, const QDateTime& now, QDateTime* until = nullptr) const;

    // Why `agent` could not decide or claim the case at `at` (decided, held by another agent,
    // changed meanwhile, unknown), or the database's error when that cannot be read.
    QString whyTaken(const QString& caseId, const QString& agent, const QDateTime& at) const;

private:
    bool setClaim(const QString& caseId, const QString& agent, const QString& holder, const QVariant& until,
        const QDateTime& now);
    // Checks what claim() and claimNext() are given.
    bool checkClaim(const QString& agent, const QDateTime& until, const QDateTime& now);

    Database& m_db;
    const CaseRepository& m_cases;
    AuditLog& m_audit;
    mutable QString m_error;
};
