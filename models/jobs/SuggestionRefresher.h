#pragma once

#include <QDateTime>
#include <QString>

#include <atomic>
#include <functional>

class CaseService;

// Recomputes the stored suggestion columns (clause, outcome, status, SLA due) of every
// undecided case under the current policy settings, as the case view does for one case.
// Batches of BatchSize cases, each one write transaction: a cancelled or failed run leaves
// every batch fully written or not at all. Runs on the thread that owns `db`.
class SuggestionRefresher
{
public:
    static constexpr int BatchSize = 100;
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit SuggestionRefresher(CaseService& service);

    void setProgressCallback(Progress progress) { m_progress = std::move(progress); }
    // Checked between batches: the batch under way is still written whole.
    void setCancelFlag(const std::atomic<bool>* cancel) { m_cancel = cancel; }
    void setBatchSize(int size) { m_batchSize = qMax(1, size); }

    // False when cancelled (cancelled() true) or failed (error()).
    bool run(const QDateTime& now);
    bool cancelled() const { return m_cancelled; }
    QString error() const { return m_error; }
    qint64 updated() const { return m_updated; }

private:
    bool isCancelled() const { return m_cancel && m_cancel->load(); }

    CaseService& m_service;
    Progress m_progress;
    const std::atomic<bool>* m_cancel = nullptr;
    int m_batchSize = BatchSize;
    bool m_cancelled = false;
    QString m_error;
    qint64 m_updated = 0;
};
