#include "ReopenReconciler.h"

#include "AuditDifferences.h"
#include "StoreSupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <algorithm>

using namespace StoreSupport;

namespace {

enum class HistoryColumn
{
    Id,
    CaseId,
    Outcome,
    SuggestedOutcome,
    Override,
    Note,
    Agent,
    DecidedAt,
    Clauses,
    Revision,
    ReopenedAt,
    ReopenedBy,
    Reason
};
const char kHistory[] = "SELECT h.id, c.case_id, h.outcome, h.suggested_outcome, h.override, h.note, h.agent,"
                        " h.decided_at, h.clauses, h.revision, h.reopened_at, h.reopened_by, h.reopen_reason"
                        " FROM decision_history h JOIN cases c ON c.id = h.case_ref ORDER BY h.id";

// The strikes and sanctions a reopen voided.
enum class ReopenedRowColumn
{
    Table,
    Id,
    ReopenRef,
    VoidedAt,
    VoidedBy,
    VoidReason
};
const char kReopenedRows[]
    = "SELECT 'strike', id, reopen_ref, voided_at, voided_by, void_reason FROM strikes WHERE reopen_ref IS NOT NULL"
      " UNION ALL SELECT 'sanction', id, reopen_ref, voided_at, voided_by, void_reason FROM sanctions"
      " WHERE reopen_ref IS NOT NULL ORDER BY 3, 1, 2";

QList<qint64> sortedIds(const QJsonValue& value)
{
    QList<qint64> list;
    for (const QJsonValue& v : value.toArray())
        list << qint64(v.toDouble());
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

ReopenReconciler::ReopenReconciler(const QSqlDatabase& db, AuditReconciliation& result, QHash<qint64, Entry> reopens,
    const QHash<qint64, Entry>& voids)
    : m_db(db)
    , m_result(result)
    , m_reopens(std::move(reopens))
    , m_voids(voids)
{ }

bool ReopenReconciler::run()
{
    if (!readVoidedRows())
        return false;
    QSqlQuery q(m_db);
    if (!q.exec(QLatin1String(kHistory)))
        return m_result.addReadError(q);
    while (q.next())
        compareHistoryRow(q);
    if (!reachedEnd(q))
        return m_result.addReadError(q);
    for (auto it = m_reopens.cbegin(); it != m_reopens.cend(); ++it)
        m_result.addProblem(
            QCoreApplication::translate("AuditReconciler", "the reopen of audit entry %1 has no reopened decision")
                .arg(it->id));
    for (auto it = m_voidedBy.cbegin(); it != m_voidedBy.cend(); ++it)
        m_result.addProblem(QCoreApplication::translate(
            "AuditReconciler", "strikes or sanctions point at reopened decision %1, which does not exist")
                                .arg(it.key()));
    return true;
}

bool ReopenReconciler::readVoidedRows()
{
    QSqlQuery q(m_db);
    if (!q.exec(QLatin1String(kReopenedRows)))
        return m_result.addReadError(q);
    while (q.next())
        compareVoidedRow(q);
    return reachedEnd(q) || m_result.addReadError(q);
}

void ReopenReconciler::compareVoidedRow(const QSqlQuery& q)
{
    const bool strike = field(q, ReopenedRowColumn::Table).toString() == QLatin1String("strike");
    const qint64 id = field(q, ReopenedRowColumn::Id).toLongLong();
    const qint64 reopen = field(q, ReopenedRowColumn::ReopenRef).toLongLong();
    (strike ? m_voidedBy[reopen].strikes : m_voidedBy[reopen].sanctions) << id;
    if (strike)
        ++m_result.strikes;
    // Voided by the reopen unless a void_strike entry voided it before.
    const auto entry = m_reopens.constFind(reopen);
    const auto earlier = strike ? m_voids.constFind(id) : m_voids.cend();
    const Entry* by = earlier != m_voids.cend() ? &earlier.value() : nullptr;
    if (!by && entry == m_reopens.cend())
        return; // named in run(), with the reopen
    QString reason;
    if (!by) {
        by = &entry.value();
        reason = by->afterObject().value(QStringLiteral("reason")).toString();
    } else {
        reason = by->after;
    }
    const QVariant voidedAt = field(q, ReopenedRowColumn::VoidedAt);
    if (voidedAt.isNull() || voidedAt.toLongLong() != by->atMs
        || field(q, ReopenedRowColumn::VoidedBy).toString() != by->actor
        || field(q, ReopenedRowColumn::VoidReason).toString() != reason)
        m_result.addProblem((strike ? QCoreApplication::translate(
                                 "AuditReconciler", "strike %1 of a reopened decision differs from its audit entry %2")
                                    : QCoreApplication::translate("AuditReconciler",
                                        "sanction %1 of a reopened decision differs from its audit entry %2"))
                                .arg(id)
                                .arg(by->id));
}

void ReopenReconciler::compareHistoryRow(const QSqlQuery& q)
{
    ++m_result.decisions;
    const qint64 id = field(q, HistoryColumn::Id).toLongLong();
    const QString caseId = field(q, HistoryColumn::CaseId).toString();
    const Voided voided = m_voidedBy.take(id);
    const std::optional<Entry> entry = m_reopens.contains(id) ? std::optional(m_reopens.take(id)) : std::nullopt;
    if (!entry) {
        m_result.addProblem(
            QCoreApplication::translate("AuditReconciler", "the reopened decision on case %1 has no audit entry")
                .arg(caseId));
        return;
    }
    const QJsonObject after = entry->afterObject();
    const QJsonObject logged = after.value(QStringLiteral("decision")).toObject();
    AuditDifferences differs;
    differs.compare("case", caseId, logged.value(QStringLiteral("case")).toString());
    differs.compareDecision(
        { field(q, HistoryColumn::Outcome).toString(), field(q, HistoryColumn::SuggestedOutcome).toString(),
            field(q, HistoryColumn::Override).toInt() != 0, field(q, HistoryColumn::Note).toString(),
            field(q, HistoryColumn::Agent).toString(), isoTime(fromMs(field(q, HistoryColumn::DecidedAt))),
            field(q, HistoryColumn::Clauses).toString(), field(q, HistoryColumn::Revision).toString() },
        logged, logged.value(QStringLiteral("decided_at")).toString());
    differs.compare("reopened_at", isoTime(fromMs(field(q, HistoryColumn::ReopenedAt))), entry->isoAt());
    differs.compare("reopened_by", field(q, HistoryColumn::ReopenedBy).toString(), entry->actor);
    differs.compare(
        "reopen_reason", field(q, HistoryColumn::Reason).toString(), after.value(QStringLiteral("reason")).toString());
    if (sortedIds(after.value(QStringLiteral("voided_strikes"))) != voided.strikes)
        differs.add(QCoreApplication::translate("AuditReconciler", "its voided strikes are not the logged ones"));
    if (sortedIds(after.value(QStringLiteral("voided_sanctions"))) != voided.sanctions)
        differs.add(QCoreApplication::translate("AuditReconciler", "its voided sanctions are not the logged ones"));
    if (!differs.isEmpty())
        m_result.addProblem(QCoreApplication::translate(
            "AuditReconciler", "the reopened decision on case %1 differs from its audit entry %2: %3")
                                .arg(caseId)
                                .arg(entry->id)
                                .arg(differs.joined()));
}
