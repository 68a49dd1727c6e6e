#pragma once

// Internal to models/store: a review's row as ReviewStore reads it and ReviewReconciler compares it
// with its audit entry, one column list for both (each adds its WHERE and ORDER BY).

enum class ReviewColumn
{
    CaseId,
    DecidedAt,
    Agent,
    Clause,
    Override,
    Verdict,
    Note,
    Reviewer,
    ReviewedAt,
    Reopened
};
inline constexpr char kReviewColumns[]
    = "SELECT c.case_id, r.decided_at, r.agent, r.clause, r.override, r.verdict, r.note, r.reviewer,"
      " r.reviewed_at, r.reopened FROM reviews r JOIN cases c ON c.id = r.case_ref";
