#pragma once

#include "ReviewSampler.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class AuditLog;
class CaseRepository;
class Database;

// A team lead's second review of one decision (issue 17, item 2): the decision is named by its case and
// instant, so a review stays with the decision it judged after the case is reopened and decided again.
struct ReviewRecord
{
    QString caseId;
    QDateTime decidedAt; // the reviewed decision's instant
    QString agent; // who decided
    QString clause; // the suggestion's first clause
    bool isOverride = false;
    bool agree = true;
    QString note;
    QString reviewer;
    QDateTime reviewedAt;
    bool reopened = false; // the disagreement reopened the case

    // The audit entry's content: ids and values only.
    QByteArray toJsonLine() const;
};

// Agreement of reviews with decisions, by agent or by clause.
struct AgreementRow
{
    QString key; // an agent's name or a clause id
    int reviewed = 0;
    int agreed = 0;
    double rate() const { return reviewed ? double(agreed) / reviewed : 0.0; }
};

struct Agreement
{
    QList<AgreementRow> byAgent; // by name
    QList<AgreementRow> byClause; // by clause id
    int reviewed = 0;
    int agreed = 0;
};

// The decisions a review samples from, and the reviews: each stored with its audit entry `review`
// (AuditReconciler compares them). A reader returns nothing + lastError() when a query fails.
class ReviewStore
{
    Q_DECLARE_TR_FUNCTIONS(ReviewStore)

public:
    ReviewStore(Database& db, const CaseRepository& cases, AuditLog& audit);
    ReviewStore(const ReviewStore&) = delete;
    ReviewStore& operator=(const ReviewStore&) = delete;

    QString lastError() const { return m_error; }

    // The live decisions made in [from, to), as candidates of the sample.
    std::optional<QList<ReviewCandidate>> candidates(const QDateTime& from, const QDateTime& to) const;
    // The case's live decision as a candidate, or nothing (an undecided case, or lastError()).
    std::optional<ReviewCandidate> liveDecision(const QString& caseId) const;
    // The suggestion the case's live decision was made on, as stored (Suggestion::toRecordJsonLine()).
    QByteArray storedSuggestion(const QString& caseId) const;
    // Stores the review and its audit entry; refused when that decision was already reviewed.
    bool record(const ReviewRecord& review);
    // The reviews made in [from, to), oldest first.
    std::optional<QList<ReviewRecord>> reviews(const QDateTime& from, const QDateTime& to) const;

    static Agreement agreement(const QList<ReviewRecord>& reviews);

private:
    Database& m_db;
    const CaseRepository& m_cases;
    AuditLog& m_audit;
    mutable QString m_error;
};
