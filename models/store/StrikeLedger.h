#pragma once

#include "CaseFacts.h"
#include "StoreRecords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class AuditLog;
class CaseRepository;
class Database;
class QSqlQuery;

// What the desk knows about a user: the strikes and sanctions its decisions recorded
// (DecisionStore writes them), the counts the policy judges with, the user's cases,
// and voiding a strike. A reader returns nothing + lastError() when a query fails,
// never part of the rows.
class StrikeLedger
{
    Q_DECLARE_TR_FUNCTIONS(StrikeLedger)

public:
    StrikeLedger(Database& db, const CaseRepository& cases, AuditLog& audit);
    ~StrikeLedger();
    StrikeLedger(const StrikeLedger&) = delete;
    StrikeLedger& operator=(const StrikeLedger&) = delete;

    QString lastError() const { return m_error; }

    // The desk's non-voided strikes of these users (all users when `userIds` is empty), excluding those of
    // `exceptCaseId`.
    StrikeHistory recordedStrikes(const QStringList& userIds, const QString& exceptCaseId = QString()) const;
    // The same as they stood at `at`: recorded before it and not voided by then (what-if on past decisions);
    // nothing + lastError() when they cannot be read.
    std::optional<StrikeHistory> recordedStrikesAt(
        const QStringList& userIds, const QString& exceptCaseId, const QDateTime& at) const;
    // Derived counts per user: recorded non-voided strikes plus the largest
    // `history` count any imported case gave for that user and kind.
    StrikeHistory strikeCounts(const QString& userId = QString()) const;
    QList<StrikeRecord> strikesOf(const QString& userId) const;
    // The user a strike belongs to; empty for an unknown strike.
    QString strikeUser(qint64 strikeId) const;
    // Voids a strike (with the audit entry); refused for an unknown or voided one.
    bool voidStrike(qint64 strikeId, const QString& by, const QString& reason, const QDateTime& at);

    // Sanctions voided by a reopen (issue 14, item 8) are neither active nor listed.
    QList<SanctionRecord> activeSanctions(const QDateTime& at, const QString& userId = QString()) const;
    QList<SanctionRecord> sanctionsOf(const QString& userId) const;
    // The strikes and sanctions recorded with the case's decision (DecisionStore::decision()), or with its
    // reopened decision `reopenRef` (DecisionStore::history()). False + lastError() when they cannot be read.
    bool recordedWith(const QString& caseId, QList<StrikeRecord>* strikes, QList<SanctionRecord>* sanctions,
        qint64 reopenRef = 0) const;
    // The cases the user is a party of, oldest first, with the user's role in each; `latest` > 0: only the
    // latest that many (a repeat offender of a large desk is a party of thousands).
    QList<CaseSummary> casesOfUser(const QString& userId, int latest = 0) const;
    // How many cases the user is a party of; -1 + lastError() when it cannot be read.
    int caseCountOfUser(const QString& userId) const;

private:
    // Run the prepared query and read every row, or none + false (lastError()).
    bool readStrikes(QSqlQuery& q, QList<StrikeRecord>* strikes) const;
    bool readSanctions(QSqlQuery& q, QList<SanctionRecord>* sanctions) const;

    Database& m_db;
    const CaseRepository& m_cases;
    AuditLog& m_audit;
    mutable QString m_error;
    // recordedStrikes() of a few users runs for every suggestion: prepared once.
    mutable std::unique_ptr<QSqlQuery> m_strikesOfUser;
};
