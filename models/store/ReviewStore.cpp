#include "ReviewStore.h"

#include "AuditLog.h"
#include "CaseRepository.h"
#include "Database.h"
#include "ReviewColumns.h"
#include "StoreSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSqlQuery>

using namespace StoreSupport;

namespace {

enum class CandidateColumn
{
    CaseId,
    Agent,
    DecidedAt,
    Clauses,
    Override,
    SuggestionJson
};
const char kCandidates[] = "SELECT c.case_id, d.agent, d.decided_at, d.clauses, d.override, d.suggestion_json"
                           " FROM decisions d JOIN cases c ON c.id = d.case_ref";

ReviewCandidate candidateOf(const QSqlQuery& q)
{
    ReviewCandidate c;
    c.caseId = field(q, CandidateColumn::CaseId).toString();
    c.agent = field(q, CandidateColumn::Agent).toString();
    c.decidedAt = fromMs(field(q, CandidateColumn::DecidedAt));
    c.clause = field(q, CandidateColumn::Clauses).toString().section(QLatin1Char(','), 0, 0);
    c.isOverride = field(q, CandidateColumn::Override).toInt() != 0;
    c.needsReview = QJsonDocument::fromJson(field(q, CandidateColumn::SuggestionJson).toString().toUtf8())
                        .object()
                        .value(QStringLiteral("needs_review"))
                        .toBool();
    return c;
}

} // namespace

QByteArray ReviewRecord::toJsonLine() const
{
    const QJsonObject o {
        { QStringLiteral("case"), caseId },
        { QStringLiteral("decided_at"), isoTime(decidedAt) },
        { QStringLiteral("agent"), agent },
        { QStringLiteral("clause"), clause },
        { QStringLiteral("override"), isOverride },
        { QStringLiteral("verdict"), agree ? QStringLiteral("agree") : QStringLiteral("disagree") },
        { QStringLiteral("note"), note },
        { QStringLiteral("reviewer"), reviewer },
        { QStringLiteral("reviewed_at"), isoTime(reviewedAt) },
        { QStringLiteral("reopened"), reopened },
    };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

ReviewStore::ReviewStore(Database& db, const CaseRepository& cases, AuditLog& audit)
    : m_db(db)
    , m_cases(cases)
    , m_audit(audit)
{ }

std::optional<QList<ReviewCandidate>> ReviewStore::candidates(const QDateTime& from, const QDateTime& to) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!prepare(q,
            QLatin1String(kCandidates)
                + QStringLiteral(" WHERE d.decided_at >= :from AND d.decided_at < :to ORDER BY d.decided_at, d.id"),
            &m_error))
        return std::nullopt;
    q.bindValue(QStringLiteral(":from"), ms(from));
    q.bindValue(QStringLiteral(":to"), ms(to));
    return readRows<ReviewCandidate>(q, &m_error, candidateOf);
}

std::optional<ReviewCandidate> ReviewStore::liveDecision(const QString& caseId) const
{
    QSqlQuery q(m_db.connection());
    m_error.clear();
    if (selectCaseRow(q, QLatin1String(kCandidates) + QStringLiteral(" WHERE c.case_id = :case_id"), caseId, &m_error)
        != CaseRow::Found)
        return std::nullopt;
    return candidateOf(q);
}

QByteArray ReviewStore::storedSuggestion(const QString& caseId) const
{
    QSqlQuery q(m_db.connection());
    if (selectCaseRow(q, QLatin1String(kCandidates) + QStringLiteral(" WHERE c.case_id = :case_id"), caseId, &m_error)
        != CaseRow::Found)
        return QByteArray();
    return field(q, CandidateColumn::SuggestionJson).toString().toUtf8();
}

bool ReviewStore::record(const ReviewRecord& review)
{
    if (review.reviewer.trimmed().isEmpty() || !review.reviewedAt.isValid() || !review.decidedAt.isValid())
        return fail(&m_error, tr("A review needs the reviewer, the decision's time and its own"));
    WriteScope scope(m_db, &m_error);
    if (!scope.ok())
        return false;
    const qint64 ref = caseRef(m_cases, review.caseId, &m_error);
    if (ref == 0)
        return false;
    QSqlQuery q(m_db.connection());
    // One review per decision: the conflict leaves the first one as it is.
    if (!prepare(q,
            QStringLiteral(
                "INSERT INTO reviews (case_ref, decided_at, agent, clause, override, verdict, note, reviewer,"
                " reviewed_at, reopened) VALUES (:case_ref, :decided_at, :agent, :clause, :override,"
                " :verdict, :note, :reviewer, :reviewed_at, :reopened)"
                " ON CONFLICT (case_ref, decided_at) DO NOTHING"),
            &m_error))
        return false;
    q.bindValue(QStringLiteral(":case_ref"), ref);
    q.bindValue(QStringLiteral(":decided_at"), ms(review.decidedAt));
    q.bindValue(QStringLiteral(":agent"), str(review.agent));
    q.bindValue(QStringLiteral(":clause"), str(review.clause));
    q.bindValue(QStringLiteral(":override"), review.isOverride ? 1 : 0);
    q.bindValue(QStringLiteral(":verdict"), review.agree ? QStringLiteral("agree") : QStringLiteral("disagree"));
    q.bindValue(QStringLiteral(":note"), str(review.note));
    q.bindValue(QStringLiteral(":reviewer"), str(review.reviewer));
    q.bindValue(QStringLiteral(":reviewed_at"), ms(review.reviewedAt));
    q.bindValue(QStringLiteral(":reopened"), review.reopened ? 1 : 0);
    if (!q.exec())
        return failQuery(&m_error, q);
    if (q.numRowsAffected() != 1)
        return fail(&m_error,
            tr("The decision of %1 on case %2 was already reviewed").arg(isoTime(review.decidedAt), review.caseId));
    if (!m_audit.append(review.reviewer, QStringLiteral("review"), review.caseId, QString(),
            QString::fromUtf8(review.toJsonLine()), review.reviewedAt))
        return fail(&m_error, m_audit.lastError());
    return scope.commit();
}

std::optional<QList<ReviewRecord>> ReviewStore::reviews(const QDateTime& from, const QDateTime& to) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!prepare(q,
            QLatin1String(kReviewColumns)
                + QStringLiteral(" WHERE r.reviewed_at >= :from AND r.reviewed_at < :to ORDER BY r.reviewed_at, r.id"),
            &m_error))
        return std::nullopt;
    q.bindValue(QStringLiteral(":from"), ms(from));
    q.bindValue(QStringLiteral(":to"), ms(to));
    return readRows<ReviewRecord>(q, &m_error, [](const QSqlQuery& row) {
        ReviewRecord r;
        r.caseId = field(row, ReviewColumn::CaseId).toString();
        r.decidedAt = fromMs(field(row, ReviewColumn::DecidedAt));
        r.agent = field(row, ReviewColumn::Agent).toString();
        r.clause = field(row, ReviewColumn::Clause).toString();
        r.isOverride = field(row, ReviewColumn::Override).toInt() != 0;
        r.agree = field(row, ReviewColumn::Verdict).toString() == QLatin1String("agree");
        r.note = field(row, ReviewColumn::Note).toString();
        r.reviewer = field(row, ReviewColumn::Reviewer).toString();
        r.reviewedAt = fromMs(field(row, ReviewColumn::ReviewedAt));
        r.reopened = field(row, ReviewColumn::Reopened).toInt() != 0;
        return r;
    });
}

Agreement ReviewStore::agreement(const QList<ReviewRecord>& reviews)
{
    QMap<QString, AgreementRow> agents;
    QMap<QString, AgreementRow> clauses;
    Agreement result;
    for (const ReviewRecord& r : reviews) {
        for (auto [map, key] : { std::pair { &agents, r.agent }, std::pair { &clauses, r.clause } }) {
            AgreementRow& row = (*map)[key];
            row.key = key;
            ++row.reviewed;
            row.agreed += r.agree ? 1 : 0;
        }
        ++result.reviewed;
        result.agreed += r.agree ? 1 : 0;
    }
    result.byAgent = agents.values();
    result.byClause = clauses.values();
    return result;
}
