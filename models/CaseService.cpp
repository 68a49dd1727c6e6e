#include "CaseService.h"

#include "AgentEvents.h"
#include "AsDecidedReader.h"
#include "CaseParties.h"
#include "CaseStore.h"
#include "Clock.h"
#include "Database.h"
#include "DecisionRecordBuilder.h"
#include "DecisionStore.h"
#include "DeskChangeFeed.h"
#include "OtherCasesRefresher.h"
#include "PolicyEngine.h"
#include "ReviewSampler.h"
#include "ReviewStore.h"
#include "StoreSupport.h"

using StoreSupport::isoTime;
using StoreSupport::WriteScope;

QString DecisionRequest::keepToken(const QString& userId, const QString& kindOrScope)
{
    return userId + QLatin1Char(':') + kindOrScope;
}

CaseService::CaseService(Database& db, CaseStore& store, const Clock& clock)
    : m_db(db)
    , m_store(store)
    , m_clock(clock)
    , m_retry(db)
{ }

template<typename Attempt> auto CaseService::retried(Attempt attempt) -> decltype(attempt())
{
    return m_retry.run(attempt, m_error);
}

bool CaseService::fail(const QString& message)
{
    m_error = message;
    return false;
}

PolicySettings CaseService::settings() const
{
    return m_store.settings().policySettings();
}

TeamRoles::Login CaseService::login() const
{
    if (!m_login) {
        TeamRoles::Login login;
        QString error;
        if (!TeamRoles::current(m_db, &login, &error)) {
            qWarning("%s", qPrintable(error));
            login.role = TeamRoles::Role::Agent;
            return login; // asked again next time: the server may be back
        }
        m_login = login;
    }
    return *m_login;
}

bool CaseService::mayDo(TeamRoles::LeadAction) const
{
    // Every lead action needs the same role today; the action names what is asked in the refusal.
    return login().role == TeamRoles::Role::TeamLead;
}

bool CaseService::requireTeamLead(TeamRoles::LeadAction action)
{
    if (mayDo(action))
        return true;
    const TeamRoles::Login who = login();
    return fail(tr("%1 The login %2 is an agent.").arg(TeamRoles::refusal(action), who.name));
}

Suggestion CaseService::suggest(const CaseFacts& facts, const QDateTime& at) const
{
    return suggest(PolicyEngine(m_store.settings().policySettings()), facts, at);
}

Suggestion CaseService::suggest(const PolicyEngine& engine, const CaseFacts& facts, const QDateTime& at) const
{
    return engine.suggest(facts, at, m_store.strikes().recordedStrikes(partyUserIds(facts), facts.id));
}

std::optional<Suggestion> CaseService::suggest(const QString& caseId, const QDateTime& at)
{
    const std::optional<CaseFacts> facts = m_store.cases().load(caseId);
    if (!facts) {
        fail(tr("Unknown case %1").arg(caseId));
        return std::nullopt;
    }
    return suggest(*facts, at);
}

std::optional<Suggestion> CaseService::refreshSuggestion(const QString& caseId)
{
    return retried([&]() -> std::optional<Suggestion> {
        WriteScope scope(m_db, &m_error, false, true);
        if (!scope.ok())
            return std::nullopt;
        if (!m_db.lockCaseParties(caseId)) {
            fail(m_db.error());
            return std::nullopt;
        }
        const std::optional<CaseFacts> facts = m_store.cases().load(caseId);
        if (!facts) {
            fail(tr("Unknown case %1").arg(caseId));
            return std::nullopt;
        }
        const Suggestion suggestion = suggest(*facts, m_clock.now());
        if (!m_store.cases().updateSuggestion(caseId, suggestion)) {
            fail(m_store.cases().lastError());
            return std::nullopt;
        }
        if (!announce(DeskChange::Suggestion, caseId) || !scope.commit())
            return std::nullopt;
        return suggestion;
    });
}

DecisionRecord CaseService::recordFor(const Suggestion& suggestion, const DecisionRequest& request, const QDateTime& at)
{
    return DecisionRecordBuilder::build(suggestion, request, at);
}

DecisionResult CaseService::decide(const DecisionRequest& request)
{
    return retried([&] { return decideOnce(request); });
}

DecisionResult CaseService::decideOnce(const DecisionRequest& request)
{
    DecisionResult result;
    const auto refuse = [&](const QString& why, DecisionResult::Refusal refusal = DecisionResult::NotRecorded) {
        result.status = DecisionResult::Refused;
        result.refusal = refusal;
        result.error = why;
        m_error = why;
        return result;
    };
    if (request.agent.trimmed().isEmpty())
        return refuse(tr("A decision needs the agent's name"));
    if (m_db.inTransaction())
        return refuse(tr("A decision cannot be made inside another write transaction"));

    // The write lock first: the case, its parties' strikes and the settings are read under it,
    // so no other decision can change what the policy says between judging and storing. On a
    // server the lock is the case's parties' (issue 15): decisions on cases of other users go on
    // meanwhile, two on cases of one user take turns.
    WriteScope scope(m_db, &m_error, true, true);
    if (!scope.ok())
        return refuse(m_error);
    if (!m_db.lockCaseParties(request.caseId))
        return refuse(m_db.error());

    const QDateTime now = m_clock.now();
    const std::optional<CaseFacts> facts = m_store.cases().load(request.caseId);
    if (!facts)
        return refuse(tr("Unknown case %1").arg(request.caseId), DecisionResult::UnknownCase);
    if (const std::optional<DecisionRecord> earlier = m_store.decisions().decision(request.caseId))
        return refuse(tr("Case %1 was already decided by %2 at %3; the decision was not changed")
                          .arg(request.caseId, earlier->agent, isoTime(earlier->decidedAt)),
            DecisionResult::AlreadyDecided);

    result.suggestion = suggest(*facts, now);
    const bool stale = (request.confirmed && !request.confirmed->decidesSameAs(result.suggestion))
        || (request.expectedOutcome && *request.expectedOutcome != result.suggestion.outcome);
    if (stale) {
        result.status = DecisionResult::Stale;
        result.error = tr("The policy's suggestion for case %1 changed since it was shown (now %2): nothing was "
                          "recorded; look at the new suggestion and confirm again")
                           .arg(request.caseId, PolicyIds::toId(result.suggestion.outcome));
        m_error = result.error;
        return result;
    }

    const DecisionRecord record = recordFor(result.suggestion, request, now);
    // One rule for the window and the command line: "none" decides nothing. It is refused while the
    // policy awaits something, and closing a case that way is a person's judgement, written down.
    if (request.outcome == Outcome::None && result.suggestion.pendingUntil)
        return refuse(tr("Case %1 is not decidable before %2: nothing was recorded")
                          .arg(request.caseId, isoTime(*result.suggestion.pendingUntil)),
            DecisionResult::NotDecidable);
    if (request.outcome == Outcome::None && record.note.isEmpty())
        return refuse(
            tr("Closing case %1 without an outcome needs a note").arg(request.caseId), DecisionResult::NoteRequired);
    if (record.isOverride && record.note.isEmpty())
        return refuse(
            tr("The policy suggests %1 for case %2: deciding %3 is an override and needs a note")
                .arg(PolicyIds::toId(result.suggestion.outcome), request.caseId, PolicyIds::toId(request.outcome)),
            DecisionResult::NoteRequired);
    if (!m_store.decisions().decide(record, result.suggestion))
        return refuse(m_store.decisions().lastError());

    // The recorded strikes count in the other open cases of these users: their queue columns follow.
    if (!refreshCasesOf(OtherCasesRefresher::usersOf(record.strikes), request.caseId, now)
        || !announce(DeskChange::Decide, request.caseId))
        return refuse(m_error);
    if (!scope.commit())
        return refuse(m_error);

    result.status = DecisionResult::Stored;
    result.decision = m_store.decisions().decision(request.caseId).value_or(record);
    return result;
}

bool CaseService::refreshCasesOf(const QStringList& userIds, const QString& exceptCaseId, const QDateTime& now)
{
    OtherCasesRefresher refresher(*this);
    return refresher.refresh(userIds, exceptCaseId, now) || fail(refresher.lastError());
}

bool CaseService::recordEvent(const QString& caseId, CaseEvent event)
{
    return retried([&, event]() mutable {
        WriteScope scope(m_db, &m_error, false, true);
        if (!scope.ok())
            return false;
        if (!m_db.lockCaseParties(caseId))
            return fail(m_db.error());
        std::optional<CaseFacts> facts = m_store.cases().load(caseId);
        if (!facts)
            return fail(tr("Unknown case %1").arg(caseId));
        const bool decided = m_store.cases().isDecided(caseId);
        // Settled reading 14: a decided case still takes its follow-ups, and nothing else.
        if (!AgentEvents::isRecordable(facts->kind, event.type, decided))
            return fail(decided
                    ? tr("Case %1 is decided: only payment and refund proofs and notes are recorded on it").arg(caseId)
                    : tr("%1 is not an event an agent records on case %2").arg(PolicyIds::toId(event.type), caseId));
        if (event.type == EventType::Note && event.note.trimmed().isEmpty())
            return fail(tr("A note needs its text"));
        // Stamped by this desk's clock, never by the caller; the act is the party's the event names.
        const QDateTime now = m_clock.now();
        event.at = now;
        if (event.by == Role::None)
            event.by = AgentEvents::actor(event.type);
        facts->events.append(event);
        const std::optional<Suggestion> columns = decided ? std::nullopt : std::optional(suggest(*facts, now));
        if (!m_store.cases().recordEvent(caseId, event, columns))
            return fail(m_store.cases().lastError());
        return announce(DeskChange::Event, caseId) && scope.commit();
    });
}

qint64 CaseService::purge(const QDateTime& before, const QString& actor)
{
    if (actor.trimmed().isEmpty()) {
        fail(tr("A purge needs the name of who purges"));
        return -1;
    }
    if (!requireTeamLead(TeamRoles::LeadAction::Purge))
        return -1;
    const qint64 purged = retried([&] {
        const qint64 done = m_store.purger().purge(before, actor.trimmed(), m_clock.now());
        if (done < 0)
            fail(m_store.purger().lastError()); // what retried() looks at
        return done;
    });
    if (purged > 0)
        announce(DeskChange::Purge); // after the purge's own transaction and its clean-up; stored either way
    return purged;
}

bool CaseService::voidStrike(qint64 strikeId, const QString& by, const QString& reason)
{
    if (by.trimmed().isEmpty() || reason.trimmed().isEmpty())
        return fail(tr("Voiding a strike needs who voids it and why"));
    if (!requireTeamLead(TeamRoles::LeadAction::VoidStrike))
        return false;
    return retried([&] {
        WriteScope scope(m_db, &m_error);
        if (!scope.ok())
            return false;
        const QDateTime now = m_clock.now();
        const QString user = m_store.strikes().strikeUser(strikeId);
        if (user.isEmpty())
            return fail(tr("Strike %1 does not exist").arg(strikeId));
        if (!m_store.strikes().voidStrike(strikeId, by.trimmed(), reason.trimmed(), now))
            return fail(m_store.strikes().lastError());
        if (!refreshCasesOf({ user }, QString(), now))
            return false;
        return announce(DeskChange::VoidStrike) && scope.commit();
    });
}

bool CaseService::claim(const QString& caseId, const QString& agent, int minutes, QDateTime* until)
{
    if (minutes < 1)
        return fail(tr("A claim lasts at least a minute"));
    return retried([&] {
        // One transaction around the store's: the other windows hear of the claim when it is committed.
        WriteScope scope(m_db, &m_error, false, true);
        if (!scope.ok())
            return false;
        const QDateTime now = m_clock.now();
        const QDateTime end = now.addSecs(qint64(minutes) * 60);
        if (!m_store.claims().claim(caseId, agent.trimmed(), end, now))
            return fail(m_store.claims().lastError());
        if (!announce(DeskChange::Claim, caseId) || !scope.commit())
            return false;
        if (until)
            *until = end;
        return true;
    });
}

QString CaseService::claimNext(const QString& agent, int minutes, QDateTime* until)
{
    m_error.clear();
    if (minutes < 1) {
        fail(tr("A claim lasts at least a minute"));
        return QString();
    }
    return retried([&] {
        WriteScope scope(m_db, &m_error, false, true);
        if (!scope.ok())
            return QString();
        const QDateTime now = m_clock.now();
        const QDateTime end = now.addSecs(qint64(minutes) * 60);
        QString caseId;
        if (!m_store.claims().claimNext(agent.trimmed(), end, now, &caseId)) {
            fail(m_store.claims().lastError());
            return QString();
        }
        if (!caseId.isEmpty() && !announce(DeskChange::Claim, caseId))
            return QString();
        if (!scope.commit())
            return QString();
        if (until)
            *until = end;
        return caseId;
    });
}

bool CaseService::release(const QString& caseId, const QString& agent)
{
    return retried([&] {
        WriteScope scope(m_db, &m_error, false, true);
        if (!scope.ok())
            return false;
        if (!m_store.claims().release(caseId, agent.trimmed(), m_clock.now()))
            return fail(m_store.claims().lastError());
        return announce(DeskChange::Release, caseId) && scope.commit();
    });
}

bool CaseService::saveSettings(const PolicySettings& settings, const QString& by)
{
    if (!requireTeamLead(TeamRoles::LeadAction::SaveSettings))
        return false;
    return retried([&] {
        WriteScope scope(m_db, &m_error, true);
        if (!scope.ok())
            return false;
        if (!m_store.settings().save(settings, by.trimmed(), m_clock.now()))
            return fail(m_store.settings().lastError());
        return announce(DeskChange::Settings) && scope.commit();
    });
}

bool CaseService::reopen(const QString& caseId, const QString& by, const QString& reason, ReopenedDecision* reopened)
{
    if (by.trimmed().isEmpty() || reason.trimmed().isEmpty())
        return fail(tr("Reopening a case needs who reopens it and why"));
    if (!requireTeamLead(TeamRoles::LeadAction::Reopen))
        return false;
    WriteScope scope(m_db, &m_error, true);
    if (!scope.ok())
        return false;
    const QDateTime now = m_clock.now();
    ReopenedDecision done;
    if (!m_store.decisions().reopen(caseId, by, reason, now, &done))
        return fail(m_store.decisions().lastError());
    const std::optional<CaseFacts> facts = m_store.cases().load(caseId);
    if (!facts)
        return fail(tr("Unknown case %1").arg(caseId));
    // Its own strikes no longer count: the case, and the other cases of the users they were against, are judged again.
    if (!m_store.cases().updateSuggestion(caseId, suggest(*facts, now)))
        return fail(m_store.cases().lastError());
    if (!refreshCasesOf(OtherCasesRefresher::usersOf(done.decision.strikes), caseId, now)
        || !announce(DeskChange::Reopen, caseId))
        return false;
    if (!scope.commit())
        return false;
    if (reopened)
        *reopened = done;
    return true;
}

std::optional<QList<ReviewPick>> CaseService::reviewSample(
    const QDateTime& from, const QDateTime& to, int perAgentPerWeek, quint64 seed)
{
    const std::optional<QList<ReviewCandidate>> decisions = m_store.reviews().candidates(from, to);
    if (!decisions) {
        fail(m_store.reviews().lastError());
        return std::nullopt;
    }
    return ReviewSampler::sample(*decisions, perAgentPerWeek, seed);
}

std::optional<CaseService::AsDecided> CaseService::asDecided(const QString& caseId)
{
    AsDecidedReader reader(m_store);
    std::optional<AsDecided> result = reader.read(caseId);
    if (!result)
        fail(reader.lastError());
    return result;
}

bool CaseService::review(
    const QString& caseId, bool agree, const QString& note, const QString& reviewer, bool reopen, ReviewRecord* stored)
{
    if (reviewer.trimmed().isEmpty())
        return fail(tr("A review needs the reviewer's name"));
    if (!requireTeamLead(TeamRoles::LeadAction::Review))
        return false;
    if (!agree && note.trimmed().isEmpty())
        return fail(tr("A disagreement needs a note saying why"));
    if (agree && reopen)
        return fail(tr("Only a disagreement reopens the case"));
    if (m_db.inTransaction())
        return fail(tr("A review cannot be recorded inside another write transaction"));
    WriteScope scope(m_db, &m_error, true);
    if (!scope.ok())
        return false;
    const std::optional<ReviewCandidate> decision = m_store.reviews().liveDecision(caseId);
    if (!decision)
        return fail(m_store.reviews().lastError().isEmpty()
                ? tr("Case %1 is not decided: there is nothing to review").arg(caseId)
                : m_store.reviews().lastError());
    ReviewRecord review;
    review.caseId = caseId;
    review.decidedAt = decision->decidedAt;
    review.agent = decision->agent;
    review.clause = decision->clause;
    review.isOverride = decision->isOverride;
    review.agree = agree;
    review.note = note.trimmed();
    review.reviewer = reviewer.trimmed();
    review.reviewedAt = m_clock.now();
    review.reopened = reopen;
    if (!m_store.reviews().record(review))
        return fail(m_store.reviews().lastError());
    if (reopen && !this->reopen(caseId, reviewer, review.note))
        return false;
    if (!announce(DeskChange::Review, caseId) || !scope.commit())
        return false;
    if (stored)
        *stored = review;
    return true;
}

bool CaseService::announce(const char* kind, const QString& caseId)
{
    if (!m_db.announce(QLatin1String(kind), caseId))
        return fail(m_db.error());
    return true;
}
