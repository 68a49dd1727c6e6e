#pragma once

#include "CaseFacts.h"
#include "PolicySettings.h"
#include "StoreRecords.h"
#include "Suggestion.h"
#include "TeamRoles.h"
#include "WriteRetry.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

class CaseStore;
struct ReopenedDecision;
struct ReviewPick;
struct ReviewRecord;
class Clock;
class Database;
class PolicyEngine;

// What an agent decides, for CaseService::decide().
struct DecisionRequest
{
    QString caseId;
    Outcome outcome = Outcome::None;
    QString agent;
    QString note; // required for an override

    // What the agent saw and confirmed: the window's whole suggestion, or the command line's
    // `--expect OUTCOME`. With neither, the suggestion at the decision's own instant is the one judged.
    std::optional<Suggestion> confirmed;
    std::optional<Outcome> expectedOutcome;

    // On an override, which of the policy's strikes and sanctions are recorded (policy.md, settled
    // reading 10): all of them, or those a token names: a strike kind or sanction scope id
    // ("live_chat_abuse", "live_chat"), or the same after a user id ("U-1:live_chat"). Accepting the
    // suggestion records them all.
    bool keepAll = false;
    QStringList keep;

    // The token that keeps exactly this strike or sanction (the window's check boxes).
    static QString keepToken(const QString& userId, const QString& kindOrScope);
};

struct DecisionResult
{
    enum Status
    {
        Stored,
        Stale, // the policy's suggestion changed since the agent looked: nothing stored
        Refused, // unknown or decided case, another agent's claim, missing note, a store error
    };
    enum Refusal
    {
        NotRefused,
        UnknownCase,
        AlreadyDecided,
        NoteRequired, // an override, or outcome none, without a note
        NotDecidable, // outcome none while the policy awaits something (pending_until)
        NotRecorded, // another agent's claim, a store error: `error` says which
    };
    Status status = Refused;
    Refusal refusal = NotRefused;
    DecisionRecord decision; // Stored: as recorded
    // The policy's suggestion at the decision's instant: for Stale, the one to show and confirm again.
    Suggestion suggestion;
    QString error; // translated: why it was refused, or what changed

    bool stored() const { return status == Stored; }
};

// The one place where an agent action happens, for the window and the command line
// alike: suggest, decide, record an event, void a strike, claim and release, save the
// policy settings. Every write uses the clock's "now" (never a caller's instant) and
// runs in one write transaction; a decision is judged again inside it, so a decision
// is never stored on a stale suggestion (policy.md, settled readings 10 and 11).
class CaseService
{
    Q_DECLARE_TR_FUNCTIONS(CaseService)

public:
    CaseService(Database& db, CaseStore& store, const Clock& clock);
    CaseService(const CaseService&) = delete;
    CaseService& operator=(const CaseService&) = delete;

    Database& database() const { return m_db; }
    CaseStore& store() const { return m_store; }
    const Clock& clock() const { return m_clock; }
    QString lastError() const { return m_error; }

    PolicySettings settings() const;

    // Who is connected (issue 15, item 5), read from the server at the first question: on SQLite the
    // local user, a team lead. A login whose role cannot be read counts as an agent.
    TeamRoles::Login login() const;
    // Whether this login may do what only a team lead does; the window greys out what it may not.
    bool mayDo(TeamRoles::LeadAction action) const;
    // The one check every team-lead action passes: false + lastError() for an agent.
    bool requireTeamLead(TeamRoles::LeadAction action);

    // The policy's suggestion for `facts` at `at`: the parties' recorded strikes (not those of this
    // case) under the current settings. The one path from recorded strikes to a suggestion.
    Suggestion suggest(const CaseFacts& facts, const QDateTime& at) const;
    // The same with an engine made once for many cases (under settings() read at its start).
    Suggestion suggest(const PolicyEngine& engine, const CaseFacts& facts, const QDateTime& at) const;
    // The same for a stored case; nothing (lastError) for an unknown one.
    std::optional<Suggestion> suggest(const QString& caseId, const QDateTime& at);

    // Recomputes an undecided case's suggestion now and stores its queue columns (a deadline
    // passed, the settings changed); the new suggestion, or nothing (lastError).
    std::optional<Suggestion> refreshSuggestion(const QString& caseId);

    DecisionResult decide(const DecisionRequest& request);
    // The record a decision on `suggestion` at `at` makes: kept and dropped strikes and sanctions,
    // override or not. decide() stores it; the decision dialog shows it before.
    static DecisionRecord recordFor(const Suggestion& suggestion, const DecisionRequest& request, const QDateTime& at);

    // An event the agent records on a case, stamped now; the case's queue columns follow. A decided
    // case takes only its follow-ups (AgentEvents::followUps: payment and refund proofs, notes).
    bool recordEvent(const QString& caseId, CaseEvent event);
    // The privacy purge of decided cases opened before `before` (see Purger); the count, or -1 (lastError).
    qint64 purge(const QDateTime& before, const QString& actor);
    bool voidStrike(qint64 strikeId, const QString& by, const QString& reason);
    // Claims the case for `minutes` from now; `until` gets the end.
    bool claim(const QString& caseId, const QString& agent, int minutes, QDateTime* until = nullptr);
    bool release(const QString& caseId, const QString& agent);
    // Claims the next open case nobody holds (DecisionStore::claimNext) for `minutes` from now:
    // its id, or empty when none is free (lastError() empty) or on an error (lastError() says).
    QString claimNext(const QString& agent, int minutes, QDateTime* until = nullptr);
    // How many write transactions were run again because another writer was in the way.
    int retriedWrites() const { return m_retry.retried(); }
    // The most attempts a write transaction gets.
    static constexpr int WriteAttempts = WriteRetry::Attempts;
    bool saveSettings(const PolicySettings& settings, const QString& by);

    // Issue 14, item 8: a team lead reopens a decided case with a reason. The decision moves to the case's
    // history, its strikes and sanctions are voided, all in one audited transaction; the case is back in
    // the queue with a fresh suggestion for the agent to decide again. `reopened` gets what was reopened.
    bool reopen(const QString& caseId, const QString& by, const QString& reason, ReopenedDecision* reopened = nullptr);

    // Issue 17, item 2, second review. The decisions of [from, to) a team lead reviews (ReviewSampler: every
    // override and needs_review decision, `perAgentPerWeek` more at random per agent and week for `seed`).
    std::optional<QList<ReviewPick>> reviewSample(
        const QDateTime& from, const QDateTime& to, int perAgentPerWeek, quint64 seed);
    // The case's live decision as its agent saw it: the facts then (events and messages up to the
    // decision), the suggestion stored with it, and the policy's judgement of those facts at that instant
    // under today's settings with the strikes recorded before it (`rejudged`; the same as the stored one
    // unless the settings changed since).
    struct AsDecided
    {
        CaseFacts facts;
        DecisionRecord decision;
        QByteArray storedSuggestion; // Suggestion::toRecordJsonLine() of the decision
        Suggestion rejudged;
        bool settingsChangedSince = false; // rejudged differs from the stored suggestion
    };
    std::optional<AsDecided> asDecided(const QString& caseId);
    // Records a team lead's review of the case's live decision: agree, or disagree with a note; a
    // disagreement with `reopen` also reopens the case (reason: the note), in the same transaction.
    bool review(const QString& caseId, bool agree, const QString& note, const QString& reviewer, bool reopen,
        ReviewRecord* stored = nullptr);

private:
    bool fail(const QString& message);
    // Runs `attempt` (one whole write transaction) again while it failed because another writer was
    // in the way (issue 15, item 3, WriteRetry); the last attempt's result.
    template<typename Attempt> auto retried(Attempt attempt) -> decltype(attempt());
    DecisionResult decideOnce(const DecisionRequest& request);
    // Tells the other open windows (DeskChangeFeed), inside the write's transaction.
    bool announce(const char* kind, const QString& caseId = QString());
    // The undecided cases of these users get their queue columns from a new suggestion (their strikes changed,
    // OtherCasesRefresher).
    bool refreshCasesOf(const QStringList& userIds, const QString& exceptCaseId, const QDateTime& now);

    Database& m_db;
    CaseStore& m_store;
    const Clock& m_clock;
    QString m_error;
    WriteRetry m_retry;
    mutable std::optional<TeamRoles::Login> m_login;
};
