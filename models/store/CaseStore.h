#pragma once

#include "AuditLog.h"
#include "CaseRepository.h"
#include "ClaimStore.h"
#include "DecisionStore.h"
#include "PolicySettingsStore.h"
#include "Purger.h"
#include "ReviewStore.h"
#include "StoreRecords.h"
#include "StrikeLedger.h"

class Database;

// The case store: every read and write of cases, decisions, strikes, sanctions,
// settings and the audit log goes through one of its parts, all on one Database:
//   cases()      CaseRepository       the cases' rows, the queue columns, import and --replace
//   strikes()    StrikeLedger         strikes, sanctions, the counts the policy judges with
//   claims()     ClaimStore           agents' claims on undecided cases
//   decisions()  DecisionStore        decisions and their reopening
//   audit()      AuditLog             the hash-chained audit log
//   settings()   PolicySettingsStore  the policy settings
//   purger()     Purger               the privacy purge
//   reviews()    ReviewStore          the team lead's second reviews of decisions
// Each part returns its errors (its lastError()), never shows them. The parts keep
// prepared statements on the connection: destroy the store before its Database.
class CaseStore
{
public:
    explicit CaseStore(Database& db)
        : m_audit(db)
        , m_settings(db, m_audit)
        , m_cases(db, m_settings, m_audit)
        , m_strikes(db, m_cases, m_audit)
        , m_claims(db, m_cases, m_audit)
        , m_decisions(db, m_cases, m_claims, m_strikes, m_audit)
        , m_purger(db, m_audit)
        , m_reviews(db, m_cases, m_audit)
    { }
    CaseStore(const CaseStore&) = delete;
    CaseStore& operator=(const CaseStore&) = delete;

    CaseRepository& cases() { return m_cases; }
    const CaseRepository& cases() const { return m_cases; }
    StrikeLedger& strikes() { return m_strikes; }
    const StrikeLedger& strikes() const { return m_strikes; }
    ClaimStore& claims() { return m_claims; }
    const ClaimStore& claims() const { return m_claims; }
    DecisionStore& decisions() { return m_decisions; }
    const DecisionStore& decisions() const { return m_decisions; }
    AuditLog& audit() { return m_audit; }
    const AuditLog& audit() const { return m_audit; }
    PolicySettingsStore& settings() { return m_settings; }
    const PolicySettingsStore& settings() const { return m_settings; }
    Purger& purger() { return m_purger; }
    ReviewStore& reviews() { return m_reviews; }
    const ReviewStore& reviews() const { return m_reviews; }

private:
    // In dependency order: each part is built after, and destroyed before, the parts it uses.
    AuditLog m_audit;
    PolicySettingsStore m_settings;
    CaseRepository m_cases;
    StrikeLedger m_strikes;
    ClaimStore m_claims;
    DecisionStore m_decisions;
    Purger m_purger;
    ReviewStore m_reviews;
};
