#include "StrikeLedger.h"

#include "AuditLog.h"
#include "CaseRepository.h"
#include "Database.h"
#include "StoreSupport.h"

#include <QSqlQuery>

#include <algorithm>

using namespace StoreSupport;

namespace {

// recordedStrikes() of one user, and of all users.
enum class UserStrikeColumn
{
    Kind,
    Count
};
const char kStrikesOfUser[] = "SELECT kind, COUNT(*) FROM strikes WHERE user_id = :user_id AND voided_at IS NULL"
                              " AND case_ref IS DISTINCT FROM :except GROUP BY kind";
enum class StrikeCountColumn
{
    UserId,
    Kind,
    Count
};
// recordedStrikesAt(): the strikes of one user as they stood at an instant.
const char kStrikesOfUserAt[] = "SELECT kind, COUNT(*) FROM strikes WHERE user_id = :user_id AND at < :at"
                                " AND (voided_at IS NULL OR voided_at > :voided_after)"
                                " AND case_ref IS DISTINCT FROM :except"
                                " GROUP BY kind";
const char kStrikesOfAll[] = "SELECT user_id, kind, COUNT(*) FROM strikes WHERE voided_at IS NULL"
                             " AND case_ref IS DISTINCT FROM :except GROUP BY user_id, kind";

enum class StrikeColumn
{
    Id,
    UserId,
    Kind,
    CaseId,
    Clause,
    At,
    Agent,
    VoidedAt,
    VoidedBy,
    VoidReason
};
const char kStrikeColumns[] = "SELECT s.id, s.user_id, s.kind, c.case_id, s.clause, s.at, s.agent, s.voided_at,"
                              " s.voided_by, s.void_reason FROM strikes s JOIN cases c ON c.id = s.case_ref ";

enum class SanctionColumn
{
    Id,
    UserId,
    Scope,
    Days,
    StartsAt,
    EndsAt,
    Clause,
    CaseId
};
const char kSanctionColumns[] = "SELECT s.id, s.user_id, s.scope, s.days, s.starts_at, s.ends_at, s.clause, c.case_id"
                                " FROM sanctions s JOIN cases c ON c.id = s.case_ref ";

enum class CaseOfUserColumn
{
    CaseId,
    Kind,
    OpenedAt,
    Status,
    SuggestedClause,
    SuggestedOutcome,
    Role
};
// A user's cases, oldest first; the latest ones are read newest first with a LIMIT and turned round.
#define CASES_OF_USER                                                                                                  \
    "SELECT c.case_id, c.kind, c.opened_at, c.status, c.suggested_clause, c.suggested_outcome, p.role"                \
    " FROM parties p JOIN users u ON u.id = p.user_ref JOIN cases c ON c.id = p.case_ref WHERE u.user_id = :user_id"
const char kCasesOfUser[] = CASES_OF_USER " ORDER BY c.opened_at, c.id";
const char kLatestCasesOfUser[] = CASES_OF_USER " ORDER BY c.opened_at DESC, c.id DESC LIMIT :latest";
#undef CASES_OF_USER
const char kCaseCountOfUser[] = "SELECT COUNT(*) FROM parties p JOIN users u ON u.id = p.user_ref"
                                " WHERE u.user_id = :user_id";

enum class StrikeUserColumn
{
    UserId
};

StrikeRecord strikeOf(const QSqlQuery& q)
{
    StrikeRecord s;
    s.id = field(q, StrikeColumn::Id).toLongLong();
    s.userId = field(q, StrikeColumn::UserId).toString();
    s.kind = enumOr(field(q, StrikeColumn::Kind).toString(), StrikeKind::AbusiveLanguage);
    s.caseId = field(q, StrikeColumn::CaseId).toString();
    s.clause = field(q, StrikeColumn::Clause).toString();
    s.at = fromMs(field(q, StrikeColumn::At));
    s.agent = field(q, StrikeColumn::Agent).toString();
    s.voided = !field(q, StrikeColumn::VoidedAt).isNull();
    s.voidedAt = fromMs(field(q, StrikeColumn::VoidedAt));
    s.voidedBy = field(q, StrikeColumn::VoidedBy).toString();
    s.voidReason = field(q, StrikeColumn::VoidReason).toString();
    return s;
}

SanctionRecord sanctionOf(const QSqlQuery& q)
{
    SanctionRecord s;
    s.id = field(q, SanctionColumn::Id).toLongLong();
    s.userId = field(q, SanctionColumn::UserId).toString();
    s.scope = enumOr(field(q, SanctionColumn::Scope).toString(), SanctionScope::Partial);
    if (!field(q, SanctionColumn::Days).isNull())
        s.days = field(q, SanctionColumn::Days).toInt();
    s.startsAt = fromMs(field(q, SanctionColumn::StartsAt));
    if (!field(q, SanctionColumn::EndsAt).isNull())
        s.endsAt = fromMs(field(q, SanctionColumn::EndsAt));
    s.clause = field(q, SanctionColumn::Clause).toString();
    s.caseId = field(q, SanctionColumn::CaseId).toString();
    return s;
}

} // namespace

StrikeLedger::StrikeLedger(Database& db, const CaseRepository& cases, AuditLog& audit)
    : m_db(db)
    , m_cases(cases)
    , m_audit(audit)
{ }

StrikeLedger::~StrikeLedger() = default;

StrikeHistory StrikeLedger::recordedStrikes(const QStringList& userIds, const QString& exceptCaseId) const
{
    qint64 except = 0;
    if (!exceptCaseId.isEmpty()) {
        except = m_cases.rowIdOf(exceptCaseId);
        if (except < 0) {
            fail(&m_error, m_cases.lastError());
            return {};
        }
    }
    StrikeHistory result;
    if (userIds.isEmpty()) {
        QSqlQuery all(m_db.connection());
        all.setForwardOnly(true);
        if (!prepare(all, QLatin1String(kStrikesOfAll), &m_error))
            return {};
        all.bindValue(QStringLiteral(":except"), except);
        if (!all.exec()) {
            failQuery(&m_error, all);
            return {};
        }
        while (all.next()) {
            StrikeKind kind;
            if (PolicyIds::fromId(field(all, StrikeCountColumn::Kind).toString(), &kind))
                result[field(all, StrikeCountColumn::UserId).toString()][kind]
                    = field(all, StrikeCountColumn::Count).toInt();
        }
        if (!reachedEnd(all)) {
            failQuery(&m_error, all);
            return {};
        }
        return result;
    }
    if (!m_strikesOfUser) {
        auto strikesOfUser = std::make_unique<QSqlQuery>(m_db.connection());
        if (!prepare(*strikesOfUser, QLatin1String(kStrikesOfUser), &m_error))
            return {};
        m_strikesOfUser = std::move(strikesOfUser);
    }
    QSqlQuery& q = *m_strikesOfUser;
    for (const QString& user : userIds) {
        q.bindValue(QStringLiteral(":user_id"), str(user));
        q.bindValue(QStringLiteral(":except"), except);
        if (!q.exec()) {
            failQuery(&m_error, q);
            return {};
        }
        while (q.next()) {
            StrikeKind kind;
            if (PolicyIds::fromId(field(q, UserStrikeColumn::Kind).toString(), &kind))
                result[user][kind] = field(q, UserStrikeColumn::Count).toInt();
        }
        if (!reachedEnd(q)) {
            failQuery(&m_error, q);
            q.finish();
            return {};
        }
        q.finish();
    }
    return result;
}

std::optional<StrikeHistory> StrikeLedger::recordedStrikesAt(
    const QStringList& userIds, const QString& exceptCaseId, const QDateTime& at) const
{
    const qint64 except = exceptCaseId.isEmpty() ? 0 : m_cases.rowIdOf(exceptCaseId);
    if (except < 0) {
        fail(&m_error, m_cases.lastError());
        return std::nullopt;
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!prepare(q, QLatin1String(kStrikesOfUserAt), &m_error))
        return std::nullopt;
    StrikeHistory result;
    for (const QString& user : userIds) {
        q.bindValue(QStringLiteral(":user_id"), str(user));
        q.bindValue(QStringLiteral(":at"), ms(at));
        q.bindValue(QStringLiteral(":voided_after"), ms(at));
        q.bindValue(QStringLiteral(":except"), except);
        if (!q.exec()) {
            failQuery(&m_error, q);
            return std::nullopt;
        }
        while (q.next()) {
            StrikeKind kind;
            if (PolicyIds::fromId(field(q, UserStrikeColumn::Kind).toString(), &kind))
                result[user][kind] = field(q, UserStrikeColumn::Count).toInt();
        }
        if (!reachedEnd(q)) {
            failQuery(&m_error, q);
            return std::nullopt;
        }
    }
    return result;
}

StrikeHistory StrikeLedger::strikeCounts(const QString& userId) const
{
    const QString userFilter = userId.isEmpty() ? QString() : QStringLiteral(" AND user_id = :user");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const bool prepared
        = q.prepare(QStringLiteral("SELECT user_id, kind, SUM(n) FROM ("
                                   " SELECT user_id, kind, COUNT(*) AS n FROM strikes WHERE voided_at IS NULL")
            + userFilter
            + QStringLiteral(" GROUP BY user_id, kind"
                             " UNION ALL SELECT user_id, kind, MAX(count) AS n FROM history WHERE TRUE")
            + userFilter
            + QStringLiteral(" GROUP BY user_id, kind) AS counts GROUP BY user_id, kind ORDER BY user_id, kind"));
    if (!prepared) {
        failQuery(&m_error, q);
        return {};
    }
    if (!userId.isEmpty())
        q.bindValue(QStringLiteral(":user"), str(userId));
    if (!q.exec()) {
        failQuery(&m_error, q);
        return {};
    }
    StrikeHistory result;
    while (q.next()) {
        StrikeKind kind;
        const int count = field(q, StrikeCountColumn::Count).toInt();
        if (count > 0 && PolicyIds::fromId(field(q, StrikeCountColumn::Kind).toString(), &kind))
            result[field(q, StrikeCountColumn::UserId).toString()][kind] = count;
    }
    if (!reachedEnd(q)) {
        failQuery(&m_error, q);
        return {};
    }
    return result;
}

bool StrikeLedger::readStrikes(QSqlQuery& q, QList<StrikeRecord>* strikes) const
{
    return readRows(q, strikes, &m_error, strikeOf);
}

bool StrikeLedger::readSanctions(QSqlQuery& q, QList<SanctionRecord>* sanctions) const
{
    return readRows(q, sanctions, &m_error, sanctionOf);
}

QList<StrikeRecord> StrikeLedger::strikesOf(const QString& userId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QList<StrikeRecord> strikes;
    if (!prepare(
            q, QLatin1String(kStrikeColumns) + QStringLiteral("WHERE s.user_id = :user ORDER BY s.at, s.id"), &m_error))
        return strikes;
    q.bindValue(QStringLiteral(":user"), str(userId));
    readStrikes(q, &strikes);
    return strikes;
}

bool StrikeLedger::recordedWith(
    const QString& caseId, QList<StrikeRecord>* strikes, QList<SanctionRecord>* sanctions, qint64 reopenRef) const
{
    // The live decision's rows have no reopen_ref; a reopened one's point at its decision_history row.
    const QString which = reopenRef ? QStringLiteral("WHERE c.case_id = :case_id AND s.reopen_ref = :reopen")
                                    : QStringLiteral("WHERE c.case_id = :case_id AND s.reopen_ref IS NULL");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!prepare(q, QLatin1String(kStrikeColumns) + which + QStringLiteral(" ORDER BY s.id"), &m_error))
        return false;
    q.bindValue(QStringLiteral(":case_id"), str(caseId));
    if (reopenRef)
        q.bindValue(QStringLiteral(":reopen"), reopenRef);
    if (!readStrikes(q, strikes))
        return false;
    if (!prepare(q, QLatin1String(kSanctionColumns) + which + QStringLiteral(" ORDER BY s.id"), &m_error))
        return false;
    q.bindValue(QStringLiteral(":case_id"), str(caseId));
    if (reopenRef)
        q.bindValue(QStringLiteral(":reopen"), reopenRef);
    return readSanctions(q, sanctions);
}

QList<SanctionRecord> StrikeLedger::activeSanctions(const QDateTime& at, const QString& userId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QList<SanctionRecord> sanctions;
    if (!prepare(q,
            QLatin1String(kSanctionColumns)
                + QStringLiteral(
                    "WHERE s.voided_at IS NULL AND s.starts_at <= :at AND (s.ends_at IS NULL OR s.ends_at > :at)")
                + (userId.isEmpty() ? QString() : QStringLiteral(" AND s.user_id = :user"))
                + QStringLiteral(" ORDER BY s.user_id, s.starts_at, s.id"),
            &m_error))
        return sanctions;
    q.bindValue(QStringLiteral(":at"), ms(at));
    if (!userId.isEmpty())
        q.bindValue(QStringLiteral(":user"), str(userId));
    readSanctions(q, &sanctions);
    return sanctions;
}

QList<SanctionRecord> StrikeLedger::sanctionsOf(const QString& userId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QList<SanctionRecord> sanctions;
    if (!prepare(q,
            QLatin1String(kSanctionColumns)
                + QStringLiteral("WHERE s.user_id = :user AND s.voided_at IS NULL ORDER BY s.starts_at, s.id"),
            &m_error))
        return sanctions;
    q.bindValue(QStringLiteral(":user"), str(userId));
    readSanctions(q, &sanctions);
    return sanctions;
}

QList<CaseSummary> StrikeLedger::casesOfUser(const QString& userId, int latest) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!prepare(q, QLatin1String(latest > 0 ? kLatestCasesOfUser : kCasesOfUser), &m_error))
        return {};
    q.bindValue(QStringLiteral(":user_id"), str(userId));
    if (latest > 0)
        q.bindValue(QStringLiteral(":latest"), latest);
    if (!q.exec()) {
        failQuery(&m_error, q);
        return {};
    }
    QList<CaseSummary> result;
    while (q.next()) {
        CaseSummary s;
        s.caseId = field(q, CaseOfUserColumn::CaseId).toString();
        s.kind = enumOr(field(q, CaseOfUserColumn::Kind).toString(), CaseKind::P2pAppeal);
        s.openedAt = fromMs(field(q, CaseOfUserColumn::OpenedAt));
        // The schema's CHECK allows the three ids only.
        caseStatusFromId(field(q, CaseOfUserColumn::Status).toString(), &s.status);
        s.suggestedClause = field(q, CaseOfUserColumn::SuggestedClause).toString();
        s.suggestedOutcome = enumOr(field(q, CaseOfUserColumn::SuggestedOutcome).toString(), Outcome::None);
        s.role = enumOr(field(q, CaseOfUserColumn::Role).toString(), Role::None);
        result.append(s);
    }
    if (!reachedEnd(q)) {
        failQuery(&m_error, q);
        return {};
    }
    if (latest > 0)
        std::reverse(result.begin(), result.end());
    return result;
}

int StrikeLedger::caseCountOfUser(const QString& userId) const
{
    QSqlQuery q(m_db.connection());
    if (!prepare(q, QLatin1String(kCaseCountOfUser), &m_error))
        return -1;
    q.bindValue(QStringLiteral(":user_id"), str(userId));
    if (!q.exec() || !q.next()) {
        failQuery(&m_error, q);
        return -1;
    }
    return q.value(0).toInt();
}

QString StrikeLedger::strikeUser(qint64 strikeId) const
{
    QSqlQuery q(m_db.connection());
    if (!prepare(q, QStringLiteral("SELECT user_id FROM strikes WHERE id = :id"), &m_error))
        return QString();
    q.bindValue(QStringLiteral(":id"), strikeId);
    if (!q.exec()) {
        failQuery(&m_error, q);
        return QString();
    }
    if (q.next())
        return field(q, StrikeUserColumn::UserId).toString();
    if (!reachedEnd(q))
        failQuery(&m_error, q);
    return QString();
}

bool StrikeLedger::voidStrike(qint64 strikeId, const QString& by, const QString& reason, const QDateTime& at)
{
    WriteScope scope(m_db, &m_error);
    if (!scope.ok())
        return false;
    QSqlQuery q(m_db.connection());
    if (!prepare(q,
            QStringLiteral("UPDATE strikes SET voided_at = :at, voided_by = :by, void_reason = :reason"
                           " WHERE id = :id AND voided_at IS NULL"),
            &m_error))
        return false;
    q.bindValue(QStringLiteral(":at"), ms(at));
    q.bindValue(QStringLiteral(":by"), str(by));
    q.bindValue(QStringLiteral(":reason"), str(reason));
    q.bindValue(QStringLiteral(":id"), strikeId);
    if (!q.exec())
        return failQuery(&m_error, q);
    if (q.numRowsAffected() != 1)
        return fail(&m_error, tr("Strike %1 does not exist or is already voided").arg(strikeId));
    if (!m_audit.append(by, QStringLiteral("void_strike"), QString::number(strikeId), QString(), reason, at))
        return fail(&m_error, m_audit.lastError());
    return scope.commit();
}
