#include "WhatIfAnalysis.h"

#include "CaseParties.h"
#include "CaseService.h"
#include "CaseStore.h"
#include "PolicyEngine.h"
#include "PolicySettingsKeys.h"

#include <QJsonArray>
#include <QMap>
#include <QTimeZone>

#include <algorithm>
#include <tuple>

namespace {

constexpr int kBatchSize = 500;

// What a decision on the suggestion would record, without the revision (which names the settings).
QByteArray decisionKey(Suggestion s)
{
    s.revision.clear();
    return s.toRecordJsonLine();
}

using SanctionKey = std::tuple<QString, int, int>; // user, scope, days (-1: left to the team)

SanctionKey keyOf(const QString& user, SanctionScope scope, const std::optional<int>& days)
{
    return { user, int(scope), days.value_or(-1) };
}

// The rows of a table, grouped by (clause, from, to clause, to), most cases first.
class ChangeTable
{
public:
    void add(const QString& clause, Outcome from, const QString& toClause, Outcome to, const QString& caseId)
    {
        WhatIfChange& row = m_rows[{ clause, int(from), toClause, int(to) }];
        if (row.count == 0) {
            row.clause = clause;
            row.from = from;
            row.toClause = toClause;
            row.to = to;
        }
        ++row.count;
        if (row.caseIds.size() < WhatIfResult::CaseIdsPerRow)
            row.caseIds << caseId;
    }
    QList<WhatIfChange> rows() const
    {
        QList<WhatIfChange> rows = m_rows.values();
        std::stable_sort(
            rows.begin(), rows.end(), [](const WhatIfChange& a, const WhatIfChange& b) { return a.count > b.count; });
        return rows;
    }

private:
    QMap<std::tuple<QString, int, QString, int>, WhatIfChange> m_rows;
};

QJsonArray toJson(const QList<WhatIfChange>& rows)
{
    QJsonArray array;
    for (const WhatIfChange& row : rows)
        array.append(QJsonObject { { QStringLiteral("clause"), row.clause },
            { QStringLiteral("from"), PolicyIds::toId(row.from) }, { QStringLiteral("to_clause"), row.toClause },
            { QStringLiteral("to"), PolicyIds::toId(row.to) }, { QStringLiteral("count"), row.count },
            { QStringLiteral("cases"), QJsonArray::fromStringList(row.caseIds) } });
    return array;
}

} // namespace

QJsonObject WhatIfResult::toJson() const
{
    QJsonObject changed;
    for (const auto& [key, values] : settingsChanged)
        changed.insert(key,
            QJsonObject { { QStringLiteral("now"), values.first }, { QStringLiteral("proposed"), values.second } });
    return QJsonObject { { QStringLiteral("at"), at.toUTC().toString(Qt::ISODate) },
        { QStringLiteral("settings_changed"), changed }, { QStringLiteral("open_cases"), openCases },
        { QStringLiteral("open_changed"), openChanged }, { QStringLiteral("by_clause"), ::toJson(byClause) },
        { QStringLiteral("from"), from.toString(Qt::ISODate) }, { QStringLiteral("to"), to.toString(Qt::ISODate) },
        { QStringLiteral("past_decisions"), pastDecisions }, { QStringLiteral("past_changed"), pastChanged },
        { QStringLiteral("past_agree"), pastAgree }, { QStringLiteral("past_differ"), pastDiffer },
        { QStringLiteral("sanctions_added"), sanctionsAdded },
        { QStringLiteral("sanctions_removed"), sanctionsRemoved },
        { QStringLiteral("past_by_clause"), ::toJson(pastByClause) } };
}

WhatIfAnalysis::WhatIfAnalysis(CaseService& service)
    : m_service(service)
{ }

bool WhatIfAnalysis::fail(const QString& message)
{
    m_error = message;
    return false;
}

bool WhatIfAnalysis::step(qint64 done, qint64 total)
{
    if (m_progress)
        m_progress(done, qMax(done, total));
    if (m_cancel && m_cancel->load()) {
        m_cancelled = true;
        return false;
    }
    return true;
}

bool WhatIfAnalysis::run(const PolicySettings& proposed, const QDateTime& now, const QDate& from, const QDate& to)
{
    m_result = WhatIfResult();
    m_cancelled = false;
    m_error.clear();
    m_result.at = now;
    m_result.from = from;
    m_result.to = to;

    const PolicySettings current = m_service.settings();
    const auto currentRows = PolicySettingsKeys::toRows(current);
    const auto proposedRows = PolicySettingsKeys::toRows(proposed);
    for (int i = 0; i < currentRows.size(); ++i)
        if (currentRows.at(i).second != proposedRows.at(i).second)
            m_result.settingsChanged.append(
                { currentRows.at(i).first, { currentRows.at(i).second, proposedRows.at(i).second } });

    CaseStore& store = m_service.store();
    const qint64 open = store.cases().undecidedCount();
    if (open < 0)
        return fail(store.cases().lastError());
    const std::optional<QStringList> decided = store.decisions().decidedBetween(
        QDateTime(from, QTime(0, 0), QTimeZone::utc()), QDateTime(to.addDays(1), QTime(0, 0), QTimeZone::utc()));
    if (!decided)
        return fail(store.decisions().lastError());
    const qint64 total = open + decided->size();
    qint64 done = 0;
    if (!step(0, total))
        return false;
    return judgeOpenCases(current, proposed, total, &done) && judgePastDecisions(proposed, *decided, total, &done);
}

bool WhatIfAnalysis::judgeOpenCases(
    const PolicySettings& current, const PolicySettings& proposed, qint64 total, qint64* done)
{
    CaseRepository& cases = m_service.store().cases();
    const PolicyEngine now(current);
    const PolicyEngine then(proposed);
    ChangeTable table;
    qint64 lastRowId = 0;
    for (;;) {
        QList<QPair<qint64, QString>> batch;
        if (!cases.undecidedAfter(lastRowId, kBatchSize, &batch))
            return fail(cases.lastError());
        if (batch.isEmpty())
            break;
        for (const auto& [rowId, caseId] : batch) {
            const std::optional<CaseFacts> facts = cases.load(caseId);
            if (!facts)
                return fail(cases.lastError());
            const Suggestion before = m_service.suggest(now, *facts, m_result.at);
            const Suggestion after = m_service.suggest(then, *facts, m_result.at);
            ++m_result.openCases;
            if (decisionKey(before) != decisionKey(after)) {
                ++m_result.openChanged;
                table.add(before.clauses.value(0), before.outcome, after.clauses.value(0), after.outcome, caseId);
            }
        }
        lastRowId = batch.constLast().first;
        *done += batch.size();
        if (!step(*done, total))
            return false;
    }
    m_result.byClause = table.rows();
    return true;
}

bool WhatIfAnalysis::judgePastDecisions(
    const PolicySettings& proposed, const QStringList& caseIds, qint64 total, qint64* done)
{
    CaseStore& store = m_service.store();
    const PolicyEngine engine(proposed);
    ChangeTable table;
    for (const QString& caseId : caseIds) {
        const std::optional<CaseFacts> facts = store.cases().load(caseId);
        if (!facts)
            return fail(store.cases().lastError());
        const std::optional<DecisionRecord> decision = store.decisions().decision(caseId);
        if (!decision)
            return fail(store.decisions().lastError());
        const std::optional<StrikeHistory> strikes
            = store.strikes().recordedStrikesAt(partyUserIds(*facts), caseId, decision->decidedAt);
        if (!strikes)
            return fail(store.strikes().lastError());
        const Suggestion proposal = engine.suggest(*facts, decision->decidedAt, *strikes);

        // What the policy suggested then: the recorded sanctions, plus those an override dropped.
        QList<SanctionKey> policyThen;
        QList<SanctionKey> recorded;
        for (const SanctionRecord& s : decision->sanctions)
            recorded << keyOf(s.userId, s.scope, s.days);
        policyThen = recorded;
        for (const SuggestedSanction& s : decision->droppedSanctions)
            policyThen << keyOf(s.userId, s.scope, s.days);
        QList<SanctionKey> proposedSanctions;
        for (const SuggestedSanction& s : proposal.sanctions)
            proposedSanctions << keyOf(s.userId, s.scope, s.days);
        std::sort(policyThen.begin(), policyThen.end());
        std::sort(recorded.begin(), recorded.end());
        std::sort(proposedSanctions.begin(), proposedSanctions.end());

        ++m_result.pastDecisions;
        if (proposal.outcome == decision->outcome)
            ++m_result.pastAgree;
        else
            ++m_result.pastDiffer;
        if (proposal.outcome != decision->suggestedOutcome || proposedSanctions != policyThen) {
            ++m_result.pastChanged;
            table.add(decision->clauses.value(0), decision->suggestedOutcome, proposal.clauses.value(0),
                proposal.outcome, caseId);
        }
        for (const SanctionKey& s : proposedSanctions)
            if (!recorded.contains(s))
                ++m_result.sanctionsAdded;
        for (const SanctionKey& s : recorded)
            if (!proposedSanctions.contains(s))
                ++m_result.sanctionsRemoved;
        if (!step(++*done, total))
            return false;
    }
    m_result.pastByClause = table.rows();
    return true;
}
