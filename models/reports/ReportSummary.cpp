#include "ReportSummary.h"

#include <algorithm>

void ReportSummary::addTo(Accumulator& acc, const ReportRow& row)
{
    ++acc.group.cases;
    if (row.isOverride)
        ++acc.group.overrides;
    if (row.isLate())
        ++acc.group.late;
    acc.durations.append(row.secondsToDecision());
}

void ReportSummary::add(const ReportRow& row)
{
    addTo(m_all, row);
    // A case counts for the clause that gave the suggestion (the first one).
    const QString clause = row.clauses.isEmpty() ? QString() : row.clauses.first();
    Accumulator& c = m_clauses[clause];
    c.group.key = clause;
    addTo(c, row);
    Accumulator& a = m_agents[row.agent];
    a.group.key = row.agent;
    addTo(a, row);
    if (row.dueAt)
        ++m_withDeadline;
    ++m_outcomes[row.outcome];
    ++m_kinds[row.kind];
    for (const ReportStrike& s : row.strikes) {
        ++m_strikeKinds[s.kind];
        ++m_userStrikes[s.userId];
    }
    for (const ReportSanction& s : row.sanctions)
        ++m_sanctionScopes[s.scope];
    m_revisions.insert(row.revision);
}

qint64 ReportSummary::percentile(const QVector<qint64>& sorted, int p)
{
    if (sorted.isEmpty())
        return 0;
    const qint64 n = sorted.size();
    const qint64 rank = (p * n + 99) / 100; // ceil(p/100 * n)
    return sorted.at(int(std::clamp<qint64>(rank, 1, n) - 1));
}

qint64 ReportSummary::median(const QVector<qint64>& sorted)
{
    if (sorted.isEmpty())
        return 0;
    const int n = int(sorted.size());
    if (n % 2)
        return sorted.at(n / 2);
    return (sorted.at(n / 2 - 1) + sorted.at(n / 2)) / 2;
}

ReportSummary::Group ReportSummary::finished(Accumulator& acc)
{
    std::sort(acc.durations.begin(), acc.durations.end());
    acc.group.medianSecs = median(acc.durations);
    acc.group.p90Secs = percentile(acc.durations, 90);
    acc.durations = QVector<qint64>();
    return acc.group;
}

void ReportSummary::finish()
{
    m_total = finished(m_all);
    m_clauseGroups.clear();
    for (Accumulator& acc : m_clauses)
        m_clauseGroups.append(finished(acc));
    m_agentGroups.clear();
    for (Accumulator& acc : m_agents)
        m_agentGroups.append(finished(acc));

    QList<UserStrikes> users;
    for (auto it = m_userStrikes.cbegin(); it != m_userStrikes.cend(); ++it)
        users.append({ it.key(), it.value(), QString(), QString() });
    std::sort(users.begin(), users.end(), [](const UserStrikes& a, const UserStrikes& b) {
        return a.strikes != b.strikes ? a.strikes > b.strikes : a.userId < b.userId;
    });
    m_topUsers = users.mid(0, 10);
}

QStringList ReportSummary::revisions() const
{
    QStringList list(m_revisions.cbegin(), m_revisions.cend());
    list.removeAll(QString());
    list.sort();
    return list;
}
