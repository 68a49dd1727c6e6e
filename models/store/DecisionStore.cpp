#include "DecisionStore.h"

#include "AuditLog.h"
#include "CaseRepository.h"
#include "ClaimStore.h"
#include "Database.h"
#include "StoreSupport.h"
#include "StrikeLedger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace StoreSupport;

namespace {

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

// What "INSERT ... RETURNING id" returns.
enum class ReturnedColumn
{
    Id
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

// A decision's columns as a row of `decisions` or of `decision_history` holds them: both SELECTs
// name them alike in their Column enums.
template<typename Column> DecisionRecord decisionOf(const QSqlQuery& q, const QString& caseId)
{
    DecisionRecord d;
    d.caseId = caseId;
    d.outcome = enumOr(field(q, Column::Outcome).toString(), Outcome::None);
    d.suggestedOutcome = enumOr(field(q, Column::SuggestedOutcome).toString(), Outcome::None);
    d.isOverride = field(q, Column::Override).toInt() != 0;
    d.note = field(q, Column::Note).toString();
    d.agent = field(q, Column::Agent).toString();
    d.decidedAt = fromMs(field(q, Column::DecidedAt));
    d.clauses = field(q, Column::Clauses).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    d.revision = field(q, Column::Revision).toString();
    d.setDroppedJson(field(q, Column::DroppedJson).toString().toUtf8());
    return d;
}

} // namespace

DecisionStore::DecisionStore(
    Database& db, const CaseRepository& cases, const ClaimStore& claims, const StrikeLedger& strikes, AuditLog& audit)
    : m_db(db)
    , m_cases(cases)
    , m_claims(claims)
    , m_strikes(strikes)
    , m_audit(audit)
{ }

DecisionStore::~DecisionStore() = default;

QSqlQuery* DecisionStore::statement(Statement which)
{
    std::unique_ptr<QSqlQuery>& cached = m_statements[size_t(which)];
    if (cached)
        return cached.get();
    QString sql;
    switch (which) {
    case Statement::DecideCase:
        sql = QStringLiteral("UPDATE cases SET status = :decided, version = version + 1, assigned_agent = :agent,"
                             " claimed_until = NULL WHERE id = :case_ref AND status <> :decided"
                             " AND (assigned_agent IN ('', :agent) OR claimed_until IS NULL OR claimed_until <= :at)");
        break;
    case Statement::InsertDecision:
        sql = QStringLiteral("INSERT INTO decisions (case_ref, outcome, suggested_outcome, override, note, agent,"
                             " decided_at, clauses, revision, suggestion_json, dropped_json) VALUES (:case_ref,"
                             " :outcome, :suggested_outcome, :override, :note, :agent, :decided_at, :clauses,"
                             " :revision, :suggestion_json, :dropped_json)");
        break;
    case Statement::InsertStrike:
        sql = QStringLiteral("INSERT INTO strikes (user_id, kind, case_ref, clause, at, agent)"
                             " VALUES (:user_id, :kind, :case_ref, :clause, :at, :agent)");
        break;
    case Statement::InsertSanction:
        sql = QStringLiteral("INSERT INTO sanctions (user_id, scope, days, starts_at, ends_at, clause, case_ref)"
                             " VALUES (:user_id, :scope, :days, :starts_at, :ends_at, :clause, :case_ref)");
        break;
    case Statement::Count:
        return nullptr;
    }
    auto q = std::make_unique<QSqlQuery>(m_db.connection());
    if (!prepare(*q, sql, &m_error))
        return nullptr;
    cached = std::move(q);
    return cached.get();
}

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
    const qint64 ref = caseRef(m_cases, decision.caseId, &m_error);
    if (ref == 0)
        return false;

    // The conditional update is the guard: of two agents deciding at once, only one
    // changes the row; another agent's claim that still holds also stops it.
    QSqlQuery* update = statement(Statement::DecideCase);
    if (!update)
        return false;
    QSqlQuery& q = *update;
    q.bindValue(QStringLiteral(":agent"), str(decision.agent));
    q.bindValue(QStringLiteral(":case_ref"), ref);
    q.bindValue(QStringLiteral(":at"), ms(decision.decidedAt));
    q.bindValue(QStringLiteral(":decided"), caseStatusId(CaseStatus::Decided));
    if (!q.exec())
        return failQuery(&m_error, q);
    if (q.numRowsAffected() != 1)
        return fail(&m_error, m_claims.whyTaken(decision.caseId, decision.agent, decision.decidedAt));

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
    QSqlQuery* insertDecision = statement(Statement::InsertDecision);
    if (!insertDecision)
        return false;
    QSqlQuery& q = *insertDecision;
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

    for (const StrikeRecord& s : decision.strikes) {
        QSqlQuery* insertStrike = statement(Statement::InsertStrike);
        if (!insertStrike)
            return false;
        QSqlQuery& q = *insertStrike;
        q.bindValue(QStringLiteral(":user_id"), str(s.userId));
        q.bindValue(QStringLiteral(":kind"), PolicyIds::toId(s.kind));
        q.bindValue(QStringLiteral(":case_ref"), ref);
        q.bindValue(QStringLiteral(":clause"), str(s.clause));
        q.bindValue(QStringLiteral(":at"), ms(decision.decidedAt));
        q.bindValue(QStringLiteral(":agent"), str(decision.agent));
        if (!q.exec())
            return failQuery(&m_error, q);
    }

    for (const SanctionRecord& s : decision.sanctions) {
        QSqlQuery* insertSanction = statement(Statement::InsertSanction);
        if (!insertSanction)
            return false;
        QSqlQuery& q = *insertSanction;
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

std::optional<DecisionRecord> DecisionStore::decision(const QString& caseId) const
{
    QSqlQuery q(m_db.connection());
    if (selectCaseRow(q, QLatin1String(kDecision), caseId, &m_error) != CaseRow::Found)
        return std::nullopt;
    DecisionRecord d = decisionOf<DecisionColumn>(q, caseId);

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
    return readRows<QString>(
        q, &m_error, [](const QSqlQuery& row) { return field(row, DecidedCaseColumn::CaseId).toString(); });
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
    const qint64 ref = caseRef(m_cases, caseId, &m_error);
    if (ref == 0)
        return false;
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
    const qint64 historyId = field(q, ReturnedColumn::Id).toLongLong();
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
    std::optional<QList<ReopenedDecision>> result = readRows<ReopenedDecision>(q, &m_error, [&](const QSqlQuery& row) {
        ReopenedDecision r;
        r.id = field(row, HistoryColumn::Id).toLongLong();
        r.decision = decisionOf<HistoryColumn>(row, caseId);
        r.reopenedAt = fromMs(field(row, HistoryColumn::ReopenedAt));
        r.reopenedBy = field(row, HistoryColumn::ReopenedBy).toString();
        r.reason = field(row, HistoryColumn::Reason).toString();
        return r;
    });
    if (!result)
        return std::nullopt;
    for (ReopenedDecision& r : *result) {
        if (!m_strikes.recordedWith(caseId, &r.decision.strikes, &r.decision.sanctions, r.id)) {
            fail(&m_error, m_strikes.lastError());
            return std::nullopt;
        }
    }
    return result;
}
