#include "ReviewSampler.h"

#include <QHash>

#include <algorithm>
#include <random>

namespace {

// FNV-1a: a hash that is the same on every platform and Qt version (qHash is not), so the draw is too.
quint64 fnv1a(const QByteArray& bytes)
{
    quint64 h = 14695981039346656037ULL;
    for (const char c : bytes) {
        h ^= quint64(quint8(c));
        h *= 1099511628211ULL;
    }
    return h;
}

bool earlier(const ReviewCandidate& a, const ReviewCandidate& b)
{
    if (a.decidedAt != b.decidedAt)
        return a.decidedAt < b.decidedAt;
    return a.caseId < b.caseId;
}

} // namespace

QStringList ReviewPick::reasonIds() const
{
    QStringList ids;
    if (reasons & Override)
        ids << QStringLiteral("override");
    if (reasons & NeedsReview)
        ids << QStringLiteral("needs_review");
    if (reasons & Random)
        ids << QStringLiteral("random");
    return ids;
}

QString ReviewSampler::isoWeek(const QDateTime& at)
{
    int year = 0;
    const int week = at.toUTC().date().weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year, 4, 10, QLatin1Char('0')).arg(week, 2, 10, QLatin1Char('0'));
}

QList<ReviewPick> ReviewSampler::sample(QList<ReviewCandidate> decisions, int perAgentPerWeek, quint64 seed)
{
    std::sort(decisions.begin(), decisions.end(), earlier);
    QList<ReviewPick> picks;
    picks.reserve(decisions.size());
    // The decisions no rule picked, per agent and week, as indexes into `picks`.
    QHash<QString, QList<qsizetype>> pool;
    QStringList groups; // in first-seen order, so the draw's order does not depend on QHash's
    for (const ReviewCandidate& d : std::as_const(decisions)) {
        ReviewPick p;
        p.decision = d;
        p.week = isoWeek(d.decidedAt);
        if (d.isOverride)
            p.reasons |= ReviewPick::Override;
        if (d.needsReview)
            p.reasons |= ReviewPick::NeedsReview;
        if (!p.reasons) {
            const QString group = d.agent + QLatin1Char('\x1f') + p.week;
            auto it = pool.find(group);
            if (it == pool.end()) {
                it = pool.insert(group, {});
                groups << group;
            }
            it->append(picks.size());
        }
        picks.append(p);
    }
    const int n = std::max(0, perAgentPerWeek);
    for (const QString& group : std::as_const(groups)) {
        QList<qsizetype>& candidates = pool[group];
        // A generator of its own per agent and week: adding another agent's or week's decisions changes
        // nothing here. A partial Fisher-Yates over the decisions in time order.
        std::mt19937_64 random(fnv1a(QByteArray::number(seed) + '\x1f' + group.toUtf8()));
        const qsizetype take = std::min<qsizetype>(n, candidates.size());
        for (qsizetype i = 0; i < take; ++i) {
            const qsizetype j = i + qsizetype(random() % quint64(candidates.size() - i));
            std::swap(candidates[i], candidates[j]);
            picks[candidates[i]].reasons |= ReviewPick::Random;
        }
    }
    picks.erase(
        std::remove_if(picks.begin(), picks.end(), [](const ReviewPick& p) { return p.reasons == 0; }), picks.end());
    return picks;
}
