#pragma once

#include "PolicyEnums.h"
#include "PolicySettings.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

class CaseService;

// One row of a what-if table: cases whose suggestion goes from `from` to `to` under the proposed settings.
struct WhatIfChange
{
    QString clause; // the clause that gave the outcome before ("" for none)
    Outcome from = Outcome::None;
    QString toClause; // the clause that gives it after
    Outcome to = Outcome::None;
    qint64 count = 0;
    QStringList caseIds; // the first CaseIdsPerRow of them, for opening
};

struct WhatIfResult
{
    static constexpr int CaseIdsPerRow = 100;

    QDateTime at; // the instant open cases were judged at
    QList<QPair<QString, QPair<QString, QString>>> settingsChanged; // key, (now, proposed)

    qint64 openCases = 0;
    qint64 openChanged = 0; // outcome, clauses, review, deadline, strikes or sanctions differ
    QList<WhatIfChange> byClause; // most cases first

    QDate from; // past decisions decided in [from, to], UTC days
    QDate to;
    qint64 pastDecisions = 0;
    qint64 pastChanged = 0; // the proposed suggestion differs from the policy's then (outcome or sanctions)
    qint64 pastAgree = 0; // the proposed outcome is the one the agent decided
    qint64 pastDiffer = 0;
    qint64 sanctionsAdded = 0; // against the sanctions the decisions recorded
    qint64 sanctionsRemoved = 0;
    QList<WhatIfChange> pastByClause;

    // The `appealdesk whatif` object: ids and numbers only (cli.md second edition plus this desk's fields).
    QJsonObject toJson() const;
};

// What proposed policy settings would change, before they are saved (the team lead's what-if): every open case
// judged now under the current and the proposed settings, and every decision of a period judged again at its
// own instant, with the strikes as they stood then, under the proposed settings. Reads only; runs on the thread
// that owns the service's database (a job gives it its own connection).
class WhatIfAnalysis
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit WhatIfAnalysis(CaseService& service);

    void setProgressCallback(Progress progress) { m_progress = std::move(progress); }
    void setCancelFlag(const std::atomic<bool>* cancel) { m_cancel = cancel; }

    // False when cancelled (cancelled()) or failed (error()).
    bool run(const PolicySettings& proposed, const QDateTime& now, const QDate& from, const QDate& to);
    const WhatIfResult& result() const { return m_result; }
    bool cancelled() const { return m_cancelled; }
    QString error() const { return m_error; }

private:
    bool judgeOpenCases(const PolicySettings& current, const PolicySettings& proposed, qint64 total, qint64* done);
    bool judgePastDecisions(const PolicySettings& proposed, const QStringList& caseIds, qint64 total, qint64* done);
    bool step(qint64 done, qint64 total);
    bool fail(const QString& message);

    CaseService& m_service;
    Progress m_progress;
    const std::atomic<bool>* m_cancel = nullptr;
    WhatIfResult m_result;
    bool m_cancelled = false;
    QString m_error;
};
