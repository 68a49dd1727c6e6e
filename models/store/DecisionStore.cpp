#include "DecisionStore.h"

#include "AuditLog.h"
#include "CaseRepository.h"
#include "Database.h"
#include "SqlDialect.h"
#include "StoreSupport.h"
#include "StrikeLedger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace StoreSupport;

namespace {

enum class TakenColumn
{
    Status,
    AssignedAgent,
    ClaimedUntil,
    DecidedBy,
    DecidedAt
};
const char kTaken[] = "SELECT c.status, c.assigned_agent, c.claimed_until, d.agent, d.decided_at FROM cases c"
                      " LEFT JOIN decisions d ON d.case_ref = c.id WHERE c.case_id = :case_id";

enum class DecisionColumn
{
    Outcome,
    SuggestedOutcome,
    Override,
    Note,
    Agent,
    DecidedAt,
    Clauses,
    Revision,
    DroppedJson
};
const char kDecision[] = "SELECT d.outcome, d.suggested_outcome, d.override, d.note, d.agent, d.decided_at,"
                         " d.clauses, d.revision, d.dropped_json FROM decisions d JOIN cases c ON c.id = d.case_ref"
                         " WHERE c.case_id = :case_id";

enum class HolderColumn
{
    AssignedAgent,
    ClaimedUntil
};

enum class NextCaseColumn
{
    CaseId
};

enum class DecidedCaseColumn
{
    CaseId
};
const char kDecidedBetween[] = "SELECT c.case_id FROM decisions d JOIN cases c ON c.id = d.case_ref"
                               " WHERE d.decided_at >= :from AND d.decided_at < :to ORDER BY d.decided_at, d.id";

enum class HistoryColumn
{
    Id,
    Outcome,
    SuggestedOutcome,
    Override,
    Note,
    Agent,
    DecidedAt,
    Clauses,
    Revision,
    DroppedJson,
    ReopenedAt,
    ReopenedBy,
    Reason
};
const char kHistory[] = "SELECT h.id, h.outcome, h.suggested_outcome, h.override, h.note, h.agent, h.decided_at,"
                        " h.clauses, h.revision, h.dropped_json, h.reopened_at, h.reopened_by, h.reopen_reason"
                        " FROM decision_history h JOIN cases c ON c.id = h.case_ref WHERE c.case_id = :case_id"
                        " ORDER BY h.id";

} // namespace

DecisionStore::DecisionStore(Database& db, const CaseRepository& cases, const StrikeLedger& strikes, AuditLog& audit)
    : m_db(db)
    , m_cases(cases)
    , m_strikes(strikes)
    , m_audit(audit)
{ }

bool DecisionStore::decide(const DecisionRecord& decision, const Suggestion& suggestion)
{
    if (decision.isOverride != (decision.outcome != suggestion.outcome))
        return fail(
            &m_error, tr("The decision on case %1 does not match the suggestion it was made on").arg(decision.caseId));
    if (decision.isOverride && decision.note.trimmed().isEmpty())
        return fail(&m_error, tr("An override of the suggestion needs a note"));
    if (decision.agent.trimmed().isEmpty())
        return fail(&m_error, tr("A decision needs the agent's name"));
    if (!decision.decidedAt.isValid())
        return fail(&m_error, tr("A decision needs a time"));

    WriteScope scope(m_db, &m_error, true);
    if (!scope.ok())
        return false;
    const qint64 ref = m_cases.rowIdOf(decision.caseId);
    if (ref < 0)
        return fail(&m_error, m_cases.lastError());
    if (ref == 0)
        return fail(&m_error, tr("Case %1 does not exist").arg(decision.caseId));

    QSqlQuery q(m_db.connection());
    // The conditional update is the guard: of two agents deciding at once, only one
    // changes the row; another agent's claim that still holds also stops it.
    if (!prepare(q,
            QStringLiteral("UPDATE cases SET status = :decided, version = version + 1, assigned_agent = :agent,"
                           " claimed_until = NULL WHERE id = :case_ref AND status <> :decided"
                           " AND (assigned_agent IN ('', :agent) OR claimed_until IS NULL OR claimed_until <= :at)"),
            &m_error))
        return false;
    q.bindValue(QStringLiteral(":agent"), str(decision.agent));
    q.bindValue(QStringLiteral(":case_ref"), ref);
    q.bindValue(QStringLiteral(":at"), ms(decision.decidedAt));
    q.bindValue(QStringLiteral(":decided"), caseStatusId(CaseStatus::Decided));
    if (!q.exec())
        return failQuery(&m_error, q);
    if (q.numRowsAffected() != 1)
        return refuseTakenCase(decision.caseId, decision.agent, decision.decidedAt);

    // Ids and values only: the stored suggestion and the audit entry are the same in every UI language.
    const QByteArray suggestionJson = suggestion.toRecordJsonLine();
    if (!insertDecisionRows(ref, decision, suggestion, suggestionJson))
        return false;
    if (!m_audit.append(decision.agent, QStringLiteral("decide"), decision.caseId, QString::fromUtf8(suggestionJson),
            QString::fromUtf8(decision.toJsonLine()), decision.decidedAt))
        return fail(&m_error, m_audit.lastError());
    return scope.commit();
}

bool DecisionStore::insertDecisionRows(
    qint64 ref, const DecisionRecord& decision, const Suggestion& suggestion, const QByteArray& suggestionJson)
{
    QSqlQuery q(m_db.connection());
    if (!prepare(q,
            QStringLiteral("INSERT INTO decisions (case_ref, outcome, suggested_outcome, override, note, agent,"
                           " decided_at, clauses, revision, suggestion_json, dropped_json) VALUES (:case_ref,"
                           " :outcome, :suggested_outcome, :override, :note, :agent, :decided_at, :clauses,"
                           " :revision, :suggestion_json, :dropped_json)"),
            &m_error))
        return false;
    q.bindValue(QStringLiteral(":case_ref"), ref);
    q.bindValue(QStringLiteral(":outcome"), PolicyIds::toId(decision.outcome));
    q.bindValue(QStringLiteral(":suggested_outcome"), PolicyIds::toId(suggestion.outcome));
    q.bindValue(QStringLiteral(":override"), decision.isOverride ? 1 : 0);
    q.bindValue(QStringLiteral(":note"), str(decision.note));
    q.bindValue(QStringLiteral(":agent"), str(decision.agent));
    q.bindValue(QStringLiteral(":decided_at"), ms(decision.decidedAt));
    q.bindValue(QStringLiteral(":clauses"), str(suggestion.clauses.join(QLatin1Char(','))));
    q.bindValue(QStringLiteral(":revision"), str(suggestion.revision));
    q.bindValue(QStringLiteral(":suggestion_json"), str(QString::fromUtf8(suggestionJson)));
    q.bindValue(QStringLiteral(":dropped_json"), str(QString::fromUtf8(decision.droppedJson())));
    if (!q.exec())
        return failQuery(&m_error, q);

    if (!prepare(q,
            QStringLiteral("INSERT INTO strikes (user_id, kind, case_ref, clause, at, agent)"
                           " VALUES (:user_id, :kind, :case_ref, :clause, :at, :agent)"),
            &m_error))
        return false;
    for (const StrikeRecord& s : decision.strikes) {
        q.bindValue(QStringLiteral(":user_id"), str(s.userId));
        q.bindValue(QStringLiteral(":kind"), PolicyIds::toId(s.kind));
        q.bindValue(QStringLiteral(":case_ref"), ref);
        q.bindValue(QStringLiteral(":clause"), str(s.clause));
        q.bindValue(QStringLiteral(":at"), ms(decision.decidedAt));
        q.bindValue(QStringLiteral(":agent"), str(decision.agent));
        if (!q.exec())
            return failQuery(&m_error, q);
    }

    if (!prepare(q,
            QStringLiteral("INSERT INTO sanctions (user_id, scope, days, starts_at, ends_at, clause, case_ref)"
                           " VALUES (:user_id, :scope, :days, :starts_at, :ends_at, :clause, :case_ref)"),
            &m_error))
        return false;
    for (const SanctionRecord& s : decision.sanctions) {
        q.bindValue(QStringLiteral(":user_id"), str(s.userId));
        q.bindValue(QStringLiteral(":scope"), PolicyIds::toId(s.scope));
        q.bindValue(QStringLiteral(":days"), s.days ? QVariant(*s.days) : nullInt());
        q.bindValue(QStringLiteral(":starts_at"), ms(decision.decidedAt));
        q.bindValue(QStringLiteral(":ends_at"), s.days ? ms(decision.decidedAt.addDays(*s.days)) : nullInt64());
        q.bindValue(QStringLiteral(":clause"), str(s.clause));
        q.bindValue(QStringLiteral(":case_ref"), ref);
        if (!q.exec())
            return failQuery(&m_error, q);
    }
    return true;
}

bool DecisionStore::refuseTakenCase(const QString& caseId, const QString& agent, const QDateTime& at) const
{
    QSqlQuery q(m_db.connection());
    if (!prepare(q, QLatin1String(kTaken), &m_error))
        return false;
    q.bindValue(QStringLiteral(":case_id"), str(caseId));
    if (!q.exec())
        return failQuery(&m_error, q);
    if (!q.next())
        return reachedEnd(q) ? fail(&m_error, tr("Case %1 does not exist").arg(caseId)) : failQuery(&m_error, q);
    if (field(q, TakenColumn::Status).toString() == caseStatusId(CaseStatus::Decided))
        return fail(&m_error,
            tr("Case %1 was already decided by %2 at %3; the decision was not changed")
                .arg(caseId, field(q, TakenColumn::DecidedBy).toString(),
                    isoTime(fromMs(field(q, TakenColumn::DecidedAt)))));
    const QString holder = field(q, TakenColumn::AssignedAgent).toString();
    const QVariant until = field(q, TakenColumn::ClaimedUntil);
    if (!holder.isEmpty() && holder != agent && !until.isNull() && fromMs(until) > at)
        return fail(&m_error, tr("Case %1 is being worked by %2 until %3").arg(caseId, holder, isoTime(fromMs(until))));
    return fail(&m_error, tr("Case %1 changed meanwhile; try again").arg(caseId));
}

bool DecisionStore::claim(const QString& caseId, const QString& agent, const QDateTime& until, const QDateTime& now)
{
    if (agent.trimmed().isEmpty())
        return fail(&m_error, tr("A claim needs the agent's name"));
    if (!until.isValid() || until <= now)
        return fail(&m_error, tr("A claim must end in the future"));
    return setClaim(caseId, agent, agent, ms(until), now);
}

bool DecisionStore::claimNext(const QString& agent, const QDateTime& until, const QDateTime& now, QString* caseId)
{
    caseId->clear();
    if (agent.trimmed().isEmpty())
        return fail(&m_error, tr("A claim needs the agent's name"));
    if (!until.isValid() || until <= now)
        return fail(&m_error, tr("A claim must end in the future"));
    WriteScope scope(m_db, &m_error);
    if (!scope.ok())
        return false;
    const SqlDialect& dialect = m_db.dialect();
    // The SLA key as the cases_status_sla index spells it.
    const QString sla = dialect.ifNull(QStringLiteral("c.due_at"), QStringLiteral("9223372036854775807"));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!prepare(q,
            QStringLiteral(
                "SELECT c.case_id FROM cases c WHERE (c.status = :open OR (c.status = :waiting AND %1 <= :now))"
                " AND (c.claimed_until IS NULL OR c.claimed_until <= :now) ORDER BY %1, c.id LIMIT 1")
                    .arg(sla)
                + dialect.lockSkippingLocked(),
            &m_error))
        return false;
    q.bindValue(QStringLiteral(":open"), caseStatusId(CaseStatus::Open));
    q.bindValue(QStringLiteral(":waiting"), caseStatusId(CaseStatus::Waiting));
    q.bindValue(QStringLiteral(":now"), ms(now));
    if (!q.exec())
        return failQuery(&m_error, q);
    if (!q.next())
        return reachedEnd(q) ? scope.commit() : failQuery(&m_error, q);
    const QString next = field(q, NextCaseColumn::CaseId).toString();
    q.finish();
    if (!setClaim(next, agent, agent, ms(until), now))
        return false;
    if (!scope.commit())
        return false;
    *caseId = next;
    return true;
}

bool DecisionStore::release(const QString& caseId, const QString& agent, const QDateTime& now)
{
    return setClaim(caseId, agent, QString(), QVariant(), now);
}

// Claims and releases change only an undecided case that `agent` holds, or
// that nobody holds while a claim lasts: the condition is in the UPDATE, so
// two agents racing cannot both win.
bool DecisionStore::setClaim(
    const QString& caseId, const QString& agent, const QString& holder, const QVariant& until, const QDateTime& now)
{
    WriteScope scope(m_db, &m_error);
    if (!scope.ok())
        return false;
    const qint64 ref = m_cases.rowIdOf(caseId);
    if (ref < 0)
        return fail(&m_error, m_cases.lastError());
    if (ref == 0)
        return fail(&m_error, tr("Case %1 does not exist").arg(caseId));
    QSqlQuery q(m_db.connection());
    if (!prepare(q,
            QStringLiteral("UPDATE cases SET assigned_agent = :holder, claimed_until = :until, version = version + 1"
                           " WHERE case_id = :case_id AND status <> :decided AND (assigned_agent IN ('', :agent)"
                           " OR claimed_until IS NULL OR claimed_until <= :now)"),
            &m_error))
        return false;
    q.bindValue(QStringLiteral(":holder"), str(holder));
    q.bindValue(QStringLiteral(":until"), until);
    q.bindValue(QStringLiteral(":case_id"), str(caseId));
    q.bindValue(QStringLiteral(":agent"), str(agent));
    q.bindValue(QStringLiteral(":now"), ms(now));
    q.bindValue(QStringLiteral(":decided"), caseStatusId(CaseStatus::Decided));
    if (!q.exec())
        return failQuery(&m_error, q);
    if (q.numRowsAffected() != 1)
        return refuseTakenCase(caseId, agent, now);
    // Issue 13, item 2: who held a case, until when, is part of the record.
    const QString action = holder.isEmpty() ? QStringLiteral("release") : QStringLiteral("claim");
    if (!m_audit.append(agent, action, caseId, QString(), until.isNull() ? QString() : isoTime(fromMs(until)), now))
        return fail(&m_error, m_audit.lastError());
    return scope.commit();
}

QString DecisionStore::claimHolder(const QString& caseId, const QDateTime& now, QDateTime* until) const
{
    QSqlQuery q(m_db.connection());
    if (!prepare(q,
            QStringLiteral("SELECT assigned_agent, claimed_until FROM cases WHERE case_id = :case_id"
                           " AND status <> :decided AND claimed_until > :now"),
            &m_error))
        return QString();
    q.bindValue(QStringLiteral(":case_id"), str(caseId));
    q.bindValue(QStringLiteral(":now"), ms(now));
    q.bindValue(QStringLiteral(":decided"), caseStatusId(CaseStatus::Decided));
    if (!q.exec()) {
        failQuery(&m_error, q);
        return QString();
    }
    if (q.next()) {
        if (until)
            *until = QDateTime::fromMSecsSinceEpoch(field(q, HolderColumn::ClaimedUntil).toLongLong(), Qt::UTC);
        return field(q, HolderColumn::AssignedAgent).toString();
    }
    if (!reachedEnd(q))
        failQuery(&m_error, q);
    return QString();
}

std::optional<DecisionRecord> DecisionStore::decision(const QString& caseId) const
{
    QSqlQuery q(m_db.connection());
    if (selectCaseRow(q, QLatin1String(kDecision), caseId, &m_error) != CaseRow::Found)
        return std::nullopt;
    DecisionRecord d;
    d.caseId = caseId;
    d.outcome = enumOr(field(q, DecisionColumn::Outcome).toString(), Outcome::None);
    d.suggestedOutcome = enumOr(field(q, DecisionColumn::SuggestedOutcome).toString(), Outcome::None);
    d.isOverride = field(q, DecisionColumn::Override).toInt() != 0;
    d.note = field(q, DecisionColumn::Note).toString();
    d.agent = field(q, DecisionColumn::Agent).toString();
    d.decidedAt = fromMs(field(q, DecisionColumn::DecidedAt));
    d.clauses = field(q, DecisionColumn::Clauses).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    d.revision = field(q, DecisionColumn::Revision).toString();
    d.setDroppedJson(field(q, DecisionColumn::DroppedJson).toString().toUtf8());

    if (!m_strikes.recordedWith(caseId, &d.strikes, &d.sanctions)) {
        fail(&m_error, m_strikes.lastError());
        return std::nullopt;
    }
    return d;
}

std::optional<QStringList> DecisionStore::decidedBetween(const QDateTime& from, const QDateTime& to) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!prepare(q, QLatin1String(kDecidedBetween), &m_error))
        return std::nullopt;
    q.bindValue(QStringLiteral(":from"), ms(from));
    q.bindValue(QStringLiteral(":to"), ms(to));
    if (!q.exec()) {
        failQuery(&m_error, q);
        return std::nullopt;
    }
    QStringList cases;
    while (q.next())
        cases << field(q, DecidedCaseColumn::CaseId).toString();
    if (!reachedEnd(q)) {
        failQuery(&m_error, q);
        return std::nullopt;
    }
    return cases;
}

bool DecisionStore::reopen(
    const QString& caseId, const QString& by, const QString& reason, const QDateTime& at, ReopenedDecision* reopened)
{
    if (by.trimmed().isEmpty() || reason.trimmed().isEmpty())
        return fail(&m_error, tr("Reopening a case needs who reopens it and why"));
    if (!at.isValid())
        return fail(&m_error, tr("A reopen needs a time"));

    WriteScope scope(m_db, &m_error, true);
    if (!scope.ok())
        return false;
    const qint64 ref = m_cases.rowIdOf(caseId);
    if (ref < 0)
        return fail(&m_error, m_cases.lastError());
    if (ref == 0)
        return fail(&m_error, tr("Case %1 does not exist").arg(caseId));
    m_error.clear();
    const std::optional<DecisionRecord> decided = decision(caseId);
    if (!decided)
        return fail(&m_error,
            m_error.isEmpty() ? tr("Case %1 is not decided: there is nothing to reopen").arg(caseId) : m_error);

    QSqlQuery q(m_db.connection());
    if (!prepare(q,
            QStringLiteral("INSERT INTO decision_history (case_ref, outcome, suggested_outcome, override, note, agent,"
                           " decided_at, clauses, revision, suggestion_json, dropped_json, reopened_at, reopened_by,"
                           " reopen_reason) SELECT case_ref, outcome, suggested_outcome, override, note, agent,"
                           " decided_at, clauses, revision, suggestion_json, dropped_json, :at, :by, :reason"
                           " FROM decisions WHERE case_ref = :case_ref RETURNING id"),
            &m_error))
        return false;
    q.bindValue(QStringLiteral(":at"), ms(at));
    q.bindValue(QStringLiteral(":by"), str(by.trimmed()));
    q.bindValue(QStringLiteral(":reason"), str(reason.trimmed()));
    q.bindValue(QStringLiteral(":case_ref"), ref);
    if (!q.exec() || !q.next())
        return failQuery(&m_error, q);
    const qint64 historyId = q.value(0).toLongLong();
    q.finish();

    // A strike voided before keeps that void (and its own audit entry); the others are voided by the reopen.
    for (const QString& table : { QStringLiteral("strikes"), QStringLiteral("sanctions") }) {
        if (!prepare(q,
                QStringLiteral(
                    "UPDATE %1 SET voided_at = COALESCE(voided_at, :at), voided_by = COALESCE(voided_by, :by),"
                    " void_reason = COALESCE(void_reason, :reason), reopen_ref = :reopen"
                    " WHERE case_ref = :case_ref AND reopen_ref IS NULL")
                    .arg(table),
                &m_error))
            return false;
        q.bindValue(QStringLiteral(":at"), ms(at));
        q.bindValue(QStringLiteral(":by"), str(by.trimmed()));
        q.bindValue(QStringLiteral(":reason"), str(reason.trimmed()));
        q.bindValue(QStringLiteral(":reopen"), historyId);
        q.bindValue(QStringLiteral(":case_ref"), ref);
        if (!q.exec())
            return failQuery(&m_error, q);
    }
    if (!prepare(q, QStringLiteral("DELETE FROM decisions WHERE case_ref = :case_ref"), &m_error))
        return false;
    q.bindValue(QStringLiteral(":case_ref"), ref);
    if (!q.exec())
        return failQuery(&m_error, q);
    // Undecided again and nobody's: the caller's recomputed suggestion sets open or waiting and the deadline.
    if (!prepare(q,
            QStringLiteral("UPDATE cases SET status = 'open', assigned_agent = '', claimed_until = NULL,"
                           " version = version + 1 WHERE id = :case_ref AND status = 'decided'"),
            &m_error))
        return false;
    q.bindValue(QStringLiteral(":case_ref"), ref);
    if (!q.exec())
        return failQuery(&m_error, q);
    if (q.numRowsAffected() != 1)
        return fail(&m_error, tr("Case %1 changed meanwhile; try again").arg(caseId));

    // The entry holds the whole reopened decision and what the reopen voided: AuditReconciler compares the
    // history row and the voided strikes and sanctions with it.
    QJsonArray strikeIds;
    for (const StrikeRecord& s : decided->strikes)
        strikeIds.append(s.id);
    QJsonArray sanctionIds;
    for (const SanctionRecord& s : decided->sanctions)
        sanctionIds.append(s.id);
    const QJsonObject after {
        { QStringLiteral("reopen"), historyId },
        { QStringLiteral("reason"), reason.trimmed() },
        { QStringLiteral("decision"), QJsonDocument::fromJson(decided->toJsonLine()).object() },
        { QStringLiteral("voided_strikes"), strikeIds },
        { QStringLiteral("voided_sanctions"), sanctionIds },
    };
    if (!m_audit.append(by.trimmed(), QStringLiteral("reopen"), caseId, QString::fromUtf8(decided->toJsonLine()),
            QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact)), at))
        return fail(&m_error, m_audit.lastError());
    if (!scope.commit())
        return false;
    if (reopened) {
        reopened->id = historyId;
        reopened->decision = *decided;
        reopened->reopenedAt = at;
        reopened->reopenedBy = by.trimmed();
        reopened->reason = reason.trimmed();
    }
    return true;
}

std::optional<QList<ReopenedDecision>> DecisionStore::history(const QString& caseId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!prepare(q, QLatin1String(kHistory), &m_error))
        return std::nullopt;
    q.bindValue(QStringLiteral(":case_id"), str(caseId));
    if (!q.exec()) {
        failQuery(&m_error, q);
        return std::nullopt;
    }
    QList<ReopenedDecision> result;
    while (q.next()) {
        ReopenedDecision r;
        r.id = field(q, HistoryColumn::Id).toLongLong();
        DecisionRecord& d = r.decision;
        d.caseId = caseId;
        d.outcome = enumOr(field(q, HistoryColumn::Outcome).toString(), Outcome::None);
        d.suggestedOutcome = enumOr(field(q, HistoryColumn::SuggestedOutcome).toString(), Outcome::None);
        d.isOverride = field(q, HistoryColumn::Override).toInt() != 0;
        d.note = field(q, HistoryColumn::Note).toString();
        d.agent = field(q, HistoryColumn::Agent).toString();
        d.decidedAt = fromMs(field(q, HistoryColumn::DecidedAt));
        d.clauses = field(q, HistoryColumn::Clauses).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        d.revision = field(q, HistoryColumn::Revision).toString();
        d.setDroppedJson(field(q, HistoryColumn::DroppedJson).toString().toUtf8());
        r.reopenedAt = fromMs(field(q, HistoryColumn::ReopenedAt));
        r.reopenedBy = field(q, HistoryColumn::ReopenedBy).toString();
        r.reason = field(q, HistoryColumn::Reason).toString();
        result.append(r);
    }
    if (!reachedEnd(q)) {
        failQuery(&m_error, q);
        return std::nullopt;
    }
    for (ReopenedDecision& r : result) {
        if (!m_strikes.recordedWith(caseId, &r.decision.strikes, &r.decision.sanctions, r.id)) {
            fail(&m_error, m_strikes.lastError());
            return std::nullopt;
        }
    }
    return result;
}
