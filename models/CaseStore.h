#pragma once

#include "CaseFacts.h"
#include "PolicySettings.h"
#include "StoreRecords.h"
#include "Suggestion.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

class Database;
class QSqlQuery;

// The case store: every read and write of cases, decisions, strikes, sanctions,
// settings and the audit log goes through here. Returns errors, never shows them.
// Keeps prepared statements on the connection: destroy it before its Database.
class CaseStore
{
public:
    explicit CaseStore(Database& db);
    ~CaseStore();
    CaseStore(const CaseStore&) = delete;
    CaseStore& operator=(const CaseStore&) = delete;

    QString lastError() const { return m_error; }

    // Import: the caller wraps many inserts in one db.beginWrite()/commit().
    // `suggestion` fills the queue's suggested clause/outcome/status/due columns.
    bool caseExists(const QString& caseId) const;
    bool isDecided(const QString& caseId) const;
    bool insertCase(const CaseFacts& facts, const Suggestion& suggestion, const QDateTime& importedAt);
    bool deleteCase(const QString& caseId); // for --replace of an undecided case

    std::optional<CaseFacts> loadCase(const QString& caseId) const;
    qint64 caseCount() const;
    // True only when the database holds no case; false when it cannot be read.
    // Unlike caseCount(), costs one index seek at any size.
    bool isEmpty() const;

    // The desk's non-voided strikes of these users (all users when `userIds` is empty), excluding those of
    // `exceptCaseId`.
    StrikeHistory recordedStrikes(const QStringList& userIds, const QString& exceptCaseId = QString()) const;
    // Derived counts per user: recorded non-voided strikes plus the largest
    // `history` count any imported case gave for that user and kind.
    StrikeHistory strikeCounts(const QString& userId = QString()) const;
    QList<StrikeRecord> strikesOf(const QString& userId) const;
    QList<SanctionRecord> activeSanctions(const QDateTime& at, const QString& userId = QString()) const;
    QList<SanctionRecord> sanctionsOf(const QString& userId) const;
    QList<CaseSummary> casesOfUser(const QString& userId) const;
    // The user a strike belongs to; empty for an unknown strike.
    QString strikeUser(qint64 strikeId) const;
    bool voidStrike(qint64 strikeId, const QString& by, const QString& reason, const QDateTime& at);

    // Agent actions: an event the policy asks for, then the queue columns are refreshed from `suggestion`.
    bool recordEvent(const QString& caseId, const CaseEvent& event, const Suggestion& suggestion);
    bool updateSuggestion(const QString& caseId, const Suggestion& suggestion);

    // Keyset over the row id: up to `limit` undecided cases with a row id above `afterRowId`, as
    // (row id, case id) in row id order. False + lastError() when the query fails.
    bool undecidedCasesAfter(qint64 afterRowId, int limit, QList<QPair<qint64, QString>>* cases) const;
    qint64 undecidedCount() const;

    // Stores the decision, its strikes and sanctions and the audit entry in one
    // durable transaction. Refused (false, lastError) if the case is unknown, already
    // decided (by anyone, also another process meanwhile) or claimed by another agent
    // at decision.decidedAt. Ends the claim; cases.assigned_agent keeps the decider.
    bool decide(const DecisionRecord& decision, const Suggestion& suggestion);

    // Claims: an agent marks a case as being worked on until `until` (stored in
    // cases.assigned_agent and claimed_until). A claim that has run out (claimed_until
    // <= now) counts as none. Refused while another agent's claim holds, or for a decided case.
    bool claim(const QString& caseId, const QString& agent, const QDateTime& until, const QDateTime& now);
    // Ends the agent's own claim; refused for another agent's claim that still holds.
    bool release(const QString& caseId, const QString& agent, const QDateTime& now);
    // The agent whose claim holds at `now`, or empty.
    QString claimHolder(const QString& caseId, const QDateTime& now) const;
    std::optional<DecisionRecord> decision(const QString& caseId) const;

    // Privacy: for decided cases opened before `before`, removes the transcript and
    // the personal data (payer names, remarks, nicknames, KYC names, the seller's
    // account, event notes, the search row) and the names of users left in no
    // other case. Decisions, strikes, sanctions and the audit chain stay; the purge
    // itself is an audit entry. Deleted content is overwritten (secure_delete) and
    // the WAL truncated. Returns the number of cases purged, or -1 (lastError).
    qint64 purge(const QDateTime& before, const QString& actor, const QDateTime& at);

    PolicySettings policySettings() const;
    bool savePolicySettings(const PolicySettings& settings, const QString& by, const QDateTime& at);

    bool appendAudit(const QString& actor, const QString& action, const QString& subject, const QString& before,
        const QString& after, const QDateTime& at);
    // True when every audit row's prev_hash is its predecessor's hash and every hash recomputes.
    bool verifyAuditChain() const;
    // Walks the chain: ids run 1..N without gaps, each prev_hash is the hash before it, each
    // hash recomputes, and the last entry is the head the audit_head trigger recorded.
    AuditVerification verifyAudit() const;

    // The hash of one audit row: SHA-256 hex over prev_hash and the fields, separated by 0x1f.
    static QByteArray auditHash(const QByteArray& prevHash, qint64 atMs, const QString& actor, const QString& action,
        const QString& subject, const QString& before, const QString& after);

private:
    bool setClaim(const QString& caseId, const QString& agent, const QString& holder, const QVariant& until,
        const QDateTime& now);
    struct Statements;
    Statements& statements() const;
    bool fail(const QString& message) const;
    bool failQuery(const QSqlQuery& query) const;
    qint64 rowIdOf(const QString& caseId) const;
    int slaHours() const;
    bool insertCaseRows(const CaseFacts& facts, const Suggestion& suggestion, const QDateTime& importedAt);
    bool flushSearchRows();
    bool refuseTakenCase(const QString& caseId, const QString& agent, const QDateTime& at) const;
    bool appendAuditRow(const QString& actor, const QString& action, const QString& subject, const QString& before,
        const QString& after, const QDateTime& at);

    Database& m_db;
    mutable QString m_error;
    mutable std::unique_ptr<Statements> m_statements;
    mutable std::optional<int> m_slaHours;
    // Search rows are written in batches and at commit (a Database commit hook):
    // FTS5 flushes its pending terms before every other statement, so
    // interleaving them with the case rows costs several times more.
    QList<QPair<qint64, QString>> m_pendingSearch;
    int m_commitHook = 0;
};
