#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class CaseService;
class Clock;
class QThread;

// One run of background work on the desk's database: a worker thread with a connection, store and CaseService of
// its own, a cancel flag, progress reported to the owner's thread. The import, the suggestion refresh and the
// policy what-if are such runs. Destroying the job cancels a run and waits for it to stop.
class DatabaseJob : public QObject
{
    Q_OBJECT

public:
    using Progress = std::function<void(qint64 done, qint64 total)>;
    // Runs on the worker thread; returns an error message, empty on success (or when cancelled).
    using Work
        = std::function<QString(CaseService& service, const std::atomic<bool>& cancel, const Progress& progress)>;

    // `clock`: what the worker's service counts from (null: the real clock); it must outlive the job.
    explicit DatabaseJob(const QString& databasePath, const Clock* clock = nullptr, QObject* parent = nullptr);
    ~DatabaseJob() override;

    // Starts `work`; false (and nothing started) while a run is under way.
    bool start(Work work);
    // Asks the run to stop at its next check; finished() follows.
    void cancel() { m_cancel = true; }
    bool isRunning() const { return m_thread != nullptr; }
    bool cancelRequested() const { return m_cancel; }

signals:
    void progress(qint64 done, qint64 total);
    // `cancelled`: the run stopped because cancel() was called (its error is then empty).
    void finished(bool ok, bool cancelled, const QString& error);

private:
    void threadFinished();

    QString m_databasePath;
    const Clock* m_clock;
    QThread* m_thread = nullptr;
    std::atomic<bool> m_cancel { false };
    std::shared_ptr<QString> m_error;
};
