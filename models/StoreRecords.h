#pragma once

#include "CaseStatus.h"
#include "PolicyEnums.h"
#include "Suggestion.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The rows of the case store as plain values: what the store returns and what
// CaseService hands it to write.

struct StrikeRecord
{
    qint64 id = 0;
    QString userId;
    StrikeKind kind = StrikeKind::AbusiveLanguage;
    QString caseId;
    QString clause;
    QDateTime at;
    QString agent;
    bool voided = false;
    QDateTime voidedAt;
    QString voidedBy;
    QString voidReason;
};

struct SanctionRecord
{
    qint64 id = 0;
    QString userId;
    SanctionScope scope = SanctionScope::Partial;
    std::optional<int> days;
    QDateTime startsAt;
    std::optional<QDateTime> endsAt; // null: until lifted (length left to the team)
    QString clause;
    QString caseId;
};

struct DecisionRecord
{
    QString caseId;
    Outcome outcome = Outcome::None;
    Outcome suggestedOutcome = Outcome::None;
    bool isOverride = false;
    QString note;
    QString agent;
    QDateTime decidedAt;
    QStringList clauses;
    QString revision;
    QList<StrikeRecord> strikes; // recorded with the decision
    QList<SanctionRecord> sanctions;
    // An override records only what the agent kept (policy.md, settled reading 10); the policy's other
    // strikes and sanctions are listed here, so the record says what was dropped.
    QList<SuggestedStrike> droppedStrikes;
    QList<SuggestedSanction> droppedSanctions;

    // cli.md's decision line: ids and values only, the same in every UI language.
    QByteArray toJsonLine() const;
    // The `dropped` object of that line, also stored with the decision.
    QByteArray droppedJson() const;
    // Reads droppedJson() back; false for text that is not such an object.
    bool setDroppedJson(const QByteArray& json);
};

// The result of walking the audit log's hash chain.
struct AuditVerification
{
    bool ok = false;
    qint64 entries = 0;
    QString head; // the last entry's hash
    qint64 brokenId = 0; // the first entry that fails (or is missing); 0 when ok
    QString problem; // translated, names the entry
};

struct CaseSummary
{
    QString caseId;
    CaseKind kind = CaseKind::P2pAppeal;
    QDateTime openedAt;
    CaseStatus status = CaseStatus::Open; // as stored
    QString suggestedClause;
    Outcome suggestedOutcome = Outcome::None;
    Role role = Role::None; // the user's role in that case
};

