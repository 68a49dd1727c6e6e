#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// Issue 17, item 2: which decisions a team lead reviews a second time. Every override, every decision
// taken on a suggestion that said `needs_review`, and N more drawn at random per agent per ISO week
// (UTC) among that agent's other decisions of the week. The draw depends only on the seed and the
// decisions themselves (not on their order), so a seed always gives the same sample.
struct ReviewCandidate
{
    QString caseId;
    QString agent;
    QDateTime decidedAt;
    QString clause; // the suggestion's first clause
    bool isOverride = false;
    bool needsReview = false; // the suggestion the agent decided on said needs_review
};

struct ReviewPick
{
    enum Reason
    {
        Override = 1,
        NeedsReview = 2,
        Random = 4,
    };
    ReviewCandidate decision;
    int reasons = 0; // Reason flags
    QString week; // "2026-W47"

    // "override", "needs_review", "random": the ids a command prints.
    QStringList reasonIds() const;
};

namespace ReviewSampler {

// The ISO week of an instant in UTC, as "YYYY-Www".
QString isoWeek(const QDateTime& at);
// The sample, in the order of the decisions (time, then case id). `perAgentPerWeek` < 0 counts as 0.
QList<ReviewPick> sample(QList<ReviewCandidate> decisions, int perAgentPerWeek, quint64 seed);

} // namespace ReviewSampler
