#include "ReviewReconciler.h"

#include "AuditDifferences.h"
#include "ReviewColumns.h"
#include "StoreSupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace StoreSupport;

ReviewReconciler::ReviewReconciler(
    const QSqlDatabase& db, AuditReconciliation& result, QHash<QString, AuditReconciler::Entry> entries)
    : m_db(db)
    , m_result(result)
    , m_entries(std::move(entries))
{ }

bool ReviewReconciler::run()
{
    QSqlQuery q(m_db);
    if (!q.exec(QLatin1String(kReviewColumns) + QStringLiteral(" ORDER BY r.id")))
        return m_result.addReadError(q);
    while (q.next())
        compareReview(q);
    if (!reachedEnd(q))
        return m_result.addReadError(q);
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        m_result.addProblem(
            QCoreApplication::translate("AuditReconciler", "the review of audit entry %1 is missing").arg(it->id));
    return true;
}

void ReviewReconciler::compareReview(const QSqlQuery& q)
{
    ++m_result.reviews;
    const QString caseId = field(q, ReviewColumn::CaseId).toString();
    const QString decidedAt = isoTime(fromMs(field(q, ReviewColumn::DecidedAt)));
    const QString key = caseId + QLatin1Char('\x1f') + decidedAt;
    if (!m_entries.contains(key)) {
        m_result.addProblem(QCoreApplication::translate(
            "AuditReconciler", "the review of the decision of %1 on case %2 has no audit entry")
                                .arg(decidedAt, caseId));
        return;
    }
    const AuditReconciler::Entry entry = m_entries.take(key);
    const QJsonObject logged = entry.afterObject();
    const auto flag = AuditDifferences::flag;
    const QList<std::pair<QString, QString>> pairs = {
        { field(q, ReviewColumn::Agent).toString(), logged.value(QStringLiteral("agent")).toString() },
        { field(q, ReviewColumn::Clause).toString(), logged.value(QStringLiteral("clause")).toString() },
        { flag(field(q, ReviewColumn::Override).toInt() != 0),
            flag(logged.value(QStringLiteral("override")).toBool()) },
        { field(q, ReviewColumn::Verdict).toString(), logged.value(QStringLiteral("verdict")).toString() },
        { field(q, ReviewColumn::Note).toString(), logged.value(QStringLiteral("note")).toString() },
        { field(q, ReviewColumn::Reviewer).toString(), entry.actor },
        { isoTime(fromMs(field(q, ReviewColumn::ReviewedAt))), entry.isoAt() },
        { flag(field(q, ReviewColumn::Reopened).toInt() != 0),
            flag(logged.value(QStringLiteral("reopened")).toBool()) },
    };
    // Only the first difference is named.
    for (const auto& [live, inLog] : pairs) {
        if (live != inLog) {
            m_result.addProblem(QCoreApplication::translate(
                "AuditReconciler", "the review of case %1 differs from its audit entry %2: \"%3\", the log says \"%4\"")
                                    .arg(caseId)
                                    .arg(entry.id)
                                    .arg(live, inLog));
            break;
        }
    }
}
