#pragma once

#include "ReportRow.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QVector>

// The figures a team lead reads first, accumulated row by row. Holds one
// duration per case (8 bytes) for the percentiles and counters per clause,
// agent, kind and user, never the rows themselves.
class ReportSummary
{
public:
    struct Group
    {
        QString key;
        int cases = 0;
        int overrides = 0;
        int late = 0;
        qint64 medianSecs = 0;
        qint64 p90Secs = 0;
        double overrideRate() const { return cases ? 100.0 * overrides / cases : 0.0; }
    };

    struct UserStrikes
    {
        QString userId;
        int strikes = 0;
        QString nickname;
        QString verifiedName;
    };

    void add(const ReportRow& row);
    // Computes the medians and percentiles; call once after the last row.
    void finish();

    int cases() const { return m_total.cases; }
    const Group& overall() const { return m_total; }
    int withDeadline() const { return m_withDeadline; }
    QList<Group> byClause() const { return m_clauseGroups; }
    QList<Group> byAgent() const { return m_agentGroups; }
    QMap<QString, int> byOutcome() const { return m_outcomes; }
    QMap<QString, int> byKind() const { return m_kinds; }
    QMap<QString, int> strikesByKind() const { return m_strikeKinds; }
    QMap<QString, int> sanctionsByScope() const { return m_sanctionScopes; }
    QStringList revisions() const;
    // The ten users with most strikes in the period, most first (ties by user id).
    QList<UserStrikes> topStrikeUsers() const { return m_topUsers; }
    void setTopStrikeUsers(const QList<UserStrikes>& users) { m_topUsers = users; }

    // Nearest-rank percentile of sorted values (p in 1..100); the median averages the middle pair.
    static qint64 percentile(const QVector<qint64>& sorted, int p);
    static qint64 median(const QVector<qint64>& sorted);

private:
    struct Accumulator
    {
        Group group;
        QVector<qint64> durations;
    };
    static void addTo(Accumulator& acc, const ReportRow& row);
    static Group finished(Accumulator& acc);

    Accumulator m_all;
    QMap<QString, Accumulator> m_clauses;
    QMap<QString, Accumulator> m_agents;
    Group m_total;
    QList<Group> m_clauseGroups;
    QList<Group> m_agentGroups;
    int m_withDeadline = 0;
    QMap<QString, int> m_outcomes;
    QMap<QString, int> m_kinds;
    QMap<QString, int> m_strikeKinds;
    QMap<QString, int> m_sanctionScopes;
    QHash<QString, int> m_userStrikes;
    QSet<QString> m_revisions;
    QList<UserStrikes> m_topUsers;
};
