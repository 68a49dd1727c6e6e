#include "DecisionReconciler.h"

#include "AuditDifferences.h"
#include "StoreSupport.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace StoreSupport;

namespace {

enum class DecisionColumn
{
    CaseRef,
    CaseId,
    Outcome,
    SuggestedOutcome,
    Override,
    Note,
    Agent,
    DecidedAt,
    Clauses,
    Revision,
    Id
};
// A page at a time (see run()).
const char kDecisions[]
    = "SELECT d.case_ref, c.case_id, d.outcome, d.suggested_outcome, d.override, d.note, d.agent,"
      " d.decided_at, d.clauses, d.revision, d.id FROM decisions d JOIN cases c ON c.id = d.case_ref"
      " WHERE d.id > :after ORDER BY d.id LIMIT 1000";
QVariant col(const QList<QVariant>& row, DecisionColumn column)
{
    return row.at(static_cast<int>(column));
}

enum class StrikeColumn
{
    Id,
    UserId,
    Kind,
    Clause,
    At,
    Agent,
    VoidedAt,
    VoidedBy,
    VoidReason
};
const char kStrikesOfCase[] = "SELECT id, user_id, kind, clause, at, agent, voided_at, voided_by, void_reason"
                              " FROM strikes WHERE case_ref = :case_ref AND reopen_ref IS NULL ORDER BY id";

enum class OrphanColumn
{
    Id,
    UserId
};
const char kOrphanStrikes[] = "SELECT s.id, s.user_id FROM strikes s LEFT JOIN decisions d ON d.case_ref = s.case_ref"
                              " WHERE d.id IS NULL AND s.reopen_ref IS NULL ORDER BY s.id";

enum class SanctionColumn
{
    CaseRef,
    UserId,
    Scope,
    Days,
    StartsAt,
    EndsAt,
    Clause,
    VoidedAt
};
const char kSanctions[] = "SELECT case_ref, user_id, scope, days, starts_at, ends_at, clause, voided_at FROM sanctions"
                          " WHERE reopen_ref IS NULL ORDER BY case_ref, id";

QString strikeKey(const QString& user, const QString& kind, const QString& clause)
{
    return user + QLatin1Char('\x1f') + kind + QLatin1Char('\x1f') + clause;
}

QString sanctionKey(const QString& user, const QString& scope, const QJsonValue& days, const QString& startsAt,
    const QJsonValue& endsAt, const QString& clause)
{
    return QStringList { user, scope, days.isNull() ? QString() : QString::number(days.toInt()), startsAt,
        endsAt.isNull() ? QString() : endsAt.toString(), clause }
        .join(QLatin1Char('\x1f'));
}

} // namespace

DecisionReconciler::DecisionReconciler(const QSqlDatabase& db, AuditReconciliation& result,
    const QHash<QString, Entry>& decides, const QHash<qint64, Entry>& voids)
    : m_db(db)
    , m_result(result)
    , m_decides(decides)
    , m_voids(voids)
{ }

bool DecisionReconciler::run()
{
    if (!readSanctions())
        return false;
    QSqlQuery strikes(m_db);
    strikes.setForwardOnly(true);
    if (!strikes.prepare(QLatin1String(kStrikesOfCase)))
        return m_result.addReadError(strikes);

    // The decisions a page at a time, each page read to its end before the strikes of its cases are: on
    // PostgreSQL a forward-only query still open loses its rows when another query runs on the connection.
    qint64 after = 0;
    for (;;) {
        QList<DecisionRow> page;
        if (!readPage(after, &page))
            return false;
        if (page.isEmpty())
            break;
        after = col(page.constLast(), DecisionColumn::Id).toLongLong();
        for (const DecisionRow& row : std::as_const(page))
            if (!reconcile(row, strikes))
                return false;
    }
    return reportUnrecorded();
}

// Sanctions are few: all of them, by case.
bool DecisionReconciler::readSanctions()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QLatin1String(kSanctions)))
        return m_result.addReadError(q);
    while (q.next()) {
        if (!field(q, SanctionColumn::VoidedAt).isNull())
            m_result.addProblem(
                QCoreApplication::translate("AuditReconciler", "a sanction on case ref %1 is voided without a reopen")
                    .arg(field(q, SanctionColumn::CaseRef).toLongLong()));
        const QVariant days = field(q, SanctionColumn::Days);
        const QVariant endsAt = field(q, SanctionColumn::EndsAt);
        m_sanctionsOfCase[field(q, SanctionColumn::CaseRef).toLongLong()]
            << sanctionKey(field(q, SanctionColumn::UserId).toString(), field(q, SanctionColumn::Scope).toString(),
                   days.isNull() ? QJsonValue() : QJsonValue(days.toInt()),
                   isoTime(fromMs(field(q, SanctionColumn::StartsAt))),
                   endsAt.isNull() ? QJsonValue() : QJsonValue(isoTime(fromMs(endsAt))),
                   field(q, SanctionColumn::Clause).toString());
    }
    return reachedEnd(q) || m_result.addReadError(q);
}

bool DecisionReconciler::readPage(qint64 after, QList<DecisionRow>* page)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QLatin1String(kDecisions)))
        return m_result.addReadError(q);
    q.bindValue(QStringLiteral(":after"), after);
    if (!q.exec())
        return m_result.addReadError(q);
    while (q.next()) {
        DecisionRow row;
        for (int i = 0; i <= static_cast<int>(DecisionColumn::Id); ++i)
            row << q.value(i);
        *page << row;
    }
    return reachedEnd(q) || m_result.addReadError(q);
}

bool DecisionReconciler::reconcile(const DecisionRow& row, QSqlQuery& strikes)
{
    ++m_result.decisions;
    const QString caseId = col(row, DecisionColumn::CaseId).toString();
    const auto entryIt = m_decides.constFind(caseId);
    if (entryIt == m_decides.cend()) {
        m_result.addProblem(
            QCoreApplication::translate("AuditReconciler", "the decision on case %1 has no audit entry").arg(caseId));
        return true;
    }
    const Entry& entry = entryIt.value();
    const QJsonObject logged = entry.afterObject();
    AuditDifferences differs;
    differs.compareDecision(
        { col(row, DecisionColumn::Outcome).toString(), col(row, DecisionColumn::SuggestedOutcome).toString(),
            col(row, DecisionColumn::Override).toInt() != 0, col(row, DecisionColumn::Note).toString(),
            col(row, DecisionColumn::Agent).toString(), isoTime(fromMs(col(row, DecisionColumn::DecidedAt))),
            col(row, DecisionColumn::Clauses).toString(), col(row, DecisionColumn::Revision).toString() },
        logged, entry.isoAt());
    if (!compareStrikes(strikes, row, entry, logged, differs))
        return false;
    compareSanctions(col(row, DecisionColumn::CaseRef).toLongLong(), logged, differs);
    if (!differs.isEmpty())
        m_result.addProblem(QCoreApplication::translate(
            "AuditReconciler", "the decision on case %1 differs from its audit entry %2: %3")
                                .arg(caseId)
                                .arg(entry.id)
                                .arg(differs.joined()));
    return true;
}

// Strikes: the same (user, kind, clause) set, at the decision's time, by its agent; a voided one as its
// void_strike entry says.
bool DecisionReconciler::compareStrikes(QSqlQuery& strikes, const DecisionRow& row, const Entry& entry,
    const QJsonObject& logged, AuditDifferences& differs)
{
    const QString caseId = col(row, DecisionColumn::CaseId).toString();
    QStringList loggedStrikes;
    for (const QJsonValue& v : logged.value(QStringLiteral("strikes")).toArray()) {
        const QJsonObject s = v.toObject();
        loggedStrikes << strikeKey(s.value(QStringLiteral("user")).toString(),
            s.value(QStringLiteral("kind")).toString(), s.value(QStringLiteral("clause")).toString());
    }
    QStringList liveStrikes;
    strikes.bindValue(QStringLiteral(":case_ref"), col(row, DecisionColumn::CaseRef).toLongLong());
    if (!strikes.exec())
        return m_result.addReadError(strikes);
    while (strikes.next()) {
        ++m_result.strikes;
        const qint64 strikeId = field(strikes, StrikeColumn::Id).toLongLong();
        liveStrikes << strikeKey(field(strikes, StrikeColumn::UserId).toString(),
            field(strikes, StrikeColumn::Kind).toString(), field(strikes, StrikeColumn::Clause).toString());
        if (field(strikes, StrikeColumn::At).toLongLong() != entry.atMs
            || field(strikes, StrikeColumn::Agent).toString() != entry.actor)
            m_result.addProblem(QCoreApplication::translate(
                "AuditReconciler", "strike %1 on case %2 differs from its decision's audit entry (time or agent)")
                                    .arg(strikeId)
                                    .arg(caseId));
        const QVariant voidedAt = field(strikes, StrikeColumn::VoidedAt);
        const auto voidIt = m_voids.constFind(strikeId);
        if (voidedAt.isNull() && voidIt != m_voids.cend())
            m_result.addProblem(QCoreApplication::translate(
                "AuditReconciler", "strike %1 on case %2 was voided (audit entry %3) but counts again")
                                    .arg(strikeId)
                                    .arg(caseId)
                                    .arg(voidIt->id));
        else if (!voidedAt.isNull() && voidIt == m_voids.cend())
            m_result.addProblem(
                QCoreApplication::translate("AuditReconciler", "strike %1 on case %2 is voided without an audit entry")
                    .arg(strikeId)
                    .arg(caseId));
        else if (!voidedAt.isNull()
            && (voidedAt.toLongLong() != voidIt->atMs
                || field(strikes, StrikeColumn::VoidedBy).toString() != voidIt->actor
                || field(strikes, StrikeColumn::VoidReason).toString() != voidIt->after))
            m_result.addProblem(QCoreApplication::translate(
                "AuditReconciler", "the void of strike %1 on case %2 differs from its audit entry %3")
                                    .arg(strikeId)
                                    .arg(caseId)
                                    .arg(voidIt->id));
    }
    if (!reachedEnd(strikes))
        return m_result.addReadError(strikes);
    loggedStrikes.sort();
    liveStrikes.sort();
    if (loggedStrikes != liveStrikes)
        differs.add(QCoreApplication::translate("AuditReconciler", "its strikes (%1) are not the logged ones (%2)")
                        .arg(liveStrikes.size())
                        .arg(loggedStrikes.size()));
    return true;
}

void DecisionReconciler::compareSanctions(qint64 caseRef, const QJsonObject& logged, AuditDifferences& differs)
{
    QStringList loggedSanctions;
    for (const QJsonValue& v : logged.value(QStringLiteral("sanctions")).toArray()) {
        const QJsonObject s = v.toObject();
        loggedSanctions << sanctionKey(s.value(QStringLiteral("user")).toString(),
            s.value(QStringLiteral("scope")).toString(), s.value(QStringLiteral("days")),
            s.value(QStringLiteral("starts_at")).toString(), s.value(QStringLiteral("ends_at")),
            s.value(QStringLiteral("clause")).toString());
    }
    QStringList liveSanctions = m_sanctionsOfCase.take(caseRef);
    loggedSanctions.sort();
    liveSanctions.sort();
    if (loggedSanctions != liveSanctions)
        differs.add(QCoreApplication::translate("AuditReconciler", "its sanctions (%1) are not the logged ones (%2)")
                        .arg(liveSanctions.size())
                        .arg(loggedSanctions.size()));
}

// Strikes and sanctions no decision recorded.
bool DecisionReconciler::reportUnrecorded()
{
    QSqlQuery orphans(m_db);
    orphans.setForwardOnly(true);
    if (!orphans.exec(QLatin1String(kOrphanStrikes)))
        return m_result.addReadError(orphans);
    while (orphans.next()) {
        ++m_result.strikes;
        m_result.addProblem(
            QCoreApplication::translate("AuditReconciler", "strike %1 of user %2 has no decision and no audit entry")
                .arg(field(orphans, OrphanColumn::Id).toLongLong())
                .arg(field(orphans, OrphanColumn::UserId).toString()));
    }
    if (!reachedEnd(orphans))
        return m_result.addReadError(orphans);
    for (auto it = m_sanctionsOfCase.cbegin(); it != m_sanctionsOfCase.cend(); ++it)
        m_result.addProblem(QCoreApplication::translate("AuditReconciler",
            "%n sanction(s) of a case without a decision have no audit entry", nullptr, int(it->size())));
    return true;
}
