#include "ClaimStore.h"

#include "AuditLog.h"
#include "CaseRepository.h"
#include "Database.h"
#include "SqlDialect.h"
#include "StoreSupport.h"

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

enum class HolderColumn
{
    AssignedAgent,
    ClaimedUntil
};

enum class NextCaseColumn
{
    CaseId
};

} // namespace

ClaimStore::ClaimStore(Database& db, const CaseRepository& cases, AuditLog& audit)
    : m_db(db)
    , m_cases(cases)
    , m_audit(audit)
{ }

QString ClaimStore::whyTaken(const QString& caseId, const QString& agent, const QDateTime& at) const
{
    QSqlQuery q(m_db.connection());
    QString error;
    switch (selectCaseRow(q, QLatin1String(kTaken), caseId, &error)) {
    case CaseRow::Failed:
        return error;
    case CaseRow::Missing:
        return tr("Case %1 does not exist").arg(caseId);
    case CaseRow::Found:
        break;
    }
    if (field(q, TakenColumn::Status).toString() == caseStatusId(CaseStatus::Decided))
        return tr("Case %1 was already decided by %2 at %3; the decision was not changed")
            .arg(
                caseId, field(q, TakenColumn::DecidedBy).toString(), isoTime(fromMs(field(q, TakenColumn::DecidedAt))));
    const QString holder = field(q, TakenColumn::AssignedAgent).toString();
    const QVariant until = field(q, TakenColumn::ClaimedUntil);
    if (!holder.isEmpty() && holder != agent && !until.isNull() && fromMs(until) > at)
        return tr("Case %1 is being worked by %2 until %3").arg(caseId, holder, isoTime(fromMs(until)));
    return tr("Case %1 changed meanwhile; try again").arg(caseId);
}

bool ClaimStore::checkClaim(const QString& agent, const QDateTime& until, const QDateTime& now)
{
    if (agent.trimmed().isEmpty())
        return fail(&m_error, tr("A claim needs the agent's name"));
    if (!until.isValid() || until <= now)
        return fail(&m_error, tr("A claim must end in the future"));
    return true;
}

bool ClaimStore::claim(const QString& caseId, const QString& agent, const QDateTime& until, const QDateTime& now)
{
    return checkClaim(agent, until, now) && setClaim(caseId, agent, agent, ms(until), now);
}

bool ClaimStore::claimNext(const QString& agent, const QDateTime& until, const QDateTime& now, QString* caseId)
{
    caseId->clear();
    if (!checkClaim(agent, until, now))
        return false;
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

bool ClaimStore::release(const QString& caseId, const QString& agent, const QDateTime& now)
{
    return setClaim(caseId, agent, QString(), QVariant(), now);
}

// Claims and releases change only an undecided case that `agent` holds, or
// that nobody holds while a claim lasts: the condition is in the UPDATE, so
// two agents racing cannot both win.
bool ClaimStore::setClaim(
    const QString& caseId, const QString& agent, const QString& holder, const QVariant& until, const QDateTime& now)
{
    WriteScope scope(m_db, &m_error);
    if (!scope.ok())
        return false;
    const qint64 ref = caseRef(m_cases, caseId, &m_error);
    if (ref == 0)
        return false;
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
        return fail(&m_error, whyTaken(caseId, agent, now));
    // Issue 13, item 2: who held a case, until when, is part of the record.
    const QString action = holder.isEmpty() ? QStringLiteral("release") : QStringLiteral("claim");
    if (!m_audit.append(agent, action, caseId, QString(), until.isNull() ? QString() : isoTime(fromMs(until)), now))
        return fail(&m_error, m_audit.lastError());
    return scope.commit();
}

QString ClaimStore::holder(const QString& caseId, const QDateTime& now, QDateTime* until) const
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
