#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

// Runs a SuggestionRefresher in a worker thread with its own database connection,
// so the queue's columns follow new policy settings while the window stays responsive.
// Destroying the job cancels a run and waits for its batch to end.
class SuggestionRefreshJob : public QObject
{
    Q_OBJECT

public:
    explicit SuggestionRefreshJob(const QString& databasePath, QObject* parent = nullptr);
    ~SuggestionRefreshJob() override;

    // Starts a run at `now`; a run under way is cancelled and this one starts when it has stopped.
    void start(const QDateTime& now);
    bool isRunning() const { return m_thread != nullptr; }

signals:
    void progress(qint64 done, qint64 total);
    // Not emitted for a run that a newer start() replaced.
    void finished(bool ok, const QString& error);

private:
    struct Result
    {
        bool ok = false;
        QString error;
    };
    void launch(const QDateTime& now);
    void threadFinished();

    QString m_databasePath;
    QThread* m_thread = nullptr;
    std::atomic<bool> m_cancel { false };
    std::shared_ptr<Result> m_result;
    std::optional<QDateTime> m_restartAt;
};
