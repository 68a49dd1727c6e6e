#pragma once

#include "StoreRecords.h"
#include "Suggestion.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVariant>

#include <array>
#include <memory>
#include <optional>

// A decision that a team lead reopened (issue 14, item 8): what it was, and who reopened it, when and why.
struct ReopenedDecision
{
    qint64 id = 0;
    DecisionRecord decision; // its strikes and sanctions: those voided by the reopen
    QDateTime reopenedAt;
    QString reopenedBy;
    QString reason;
};

class AuditLog;
class CaseRepository;
class QSqlQuery;
class ClaimStore;
class Database;
class StrikeLedger;

// Decisions: a decision's row, its strikes and sanctions and its audit entry in one durable
// transaction (refused while another agent's claim holds: see ClaimStore); reopened decisions.
class DecisionStore
{
    Q_DECLARE_TR_FUNCTIONS(DecisionStore)

public:
    DecisionStore(Database& db, const CaseRepository& cases, const ClaimStore& claims, const StrikeLedger& strikes,
        AuditLog& audit);
    ~DecisionStore();
    DecisionStore(const DecisionStore&) = delete;
    DecisionStore& operator=(const DecisionStore&) = delete;

    QString lastError() const { return m_error; }

    // Stores the decision, its strikes and sanctions and the audit entry in one
    // durable transaction. Refused (false, lastError) if the case is unknown, already
    // decided (by anyone, also another process meanwhile) or claimed by another agent
    // at decision.decidedAt. Ends the claim; cases.assigned_agent keeps the decider.
    bool decide(const DecisionRecord& decision, const Suggestion& suggestion);
    // The case's decision with its strikes and sanctions; empty for an undecided case,
    // and empty + lastError() when it cannot be read.
    std::optional<DecisionRecord> decision(const QString& caseId) const;

    // Reopens the case's decision at `at`: the decision moves to the case's history, its strikes and
    // sanctions are voided (by `by`, for `reason`) and the case is undecided again, with the audit entry
    // `reopen` holding all of it, in one durable transaction. The caller recomputes the case's queue
    // columns. Refused (false, lastError) for an unknown or undecided case.
    bool reopen(const QString& caseId, const QString& by, const QString& reason, const QDateTime& at,
        ReopenedDecision* reopened = nullptr);
    // The case's reopened decisions, oldest first (the live one is decision()); nothing + lastError()
    // when they cannot be read.
    std::optional<QList<ReopenedDecision>> history(const QString& caseId) const;

    // The cases decided in [from, to), oldest decision first; empty + lastError() when they cannot be read.
    std::optional<QStringList> decidedBetween(const QDateTime& from, const QDateTime& to) const;

private:
    // The statements of a decision, prepared once: a million-case demo fill decides 300,000 cases, and
    // preparing them for each took about half of a decision's time (issue 16).
    enum class Statement
    {
        DecideCase,
        InsertDecision,
        InsertStrike,
        InsertSanction,
        Count
    };
    // The prepared statement, or null + m_error.
    QSqlQuery* statement(Statement which);

    bool insertDecisionRows(
        qint64 caseRef, const DecisionRecord& decision, const Suggestion& suggestion, const QByteArray& suggestionJson);

    Database& m_db;
    const CaseRepository& m_cases;
    const ClaimStore& m_claims;
    const StrikeLedger& m_strikes;
    AuditLog& m_audit;
    mutable QString m_error;
    std::array<std::unique_ptr<QSqlQuery>, size_t(Statement::Count)> m_statements;
};
