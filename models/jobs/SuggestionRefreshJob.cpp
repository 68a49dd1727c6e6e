#include "SuggestionRefreshJob.h"

#include "SuggestionRefresher.h"

SuggestionRefreshJob::SuggestionRefreshJob(const QString& databasePath, QObject* parent)
    : QObject(parent)
    , m_job(databasePath)
{
    connect(&m_job, &DatabaseJob::progress, this, &SuggestionRefreshJob::progress);
    connect(&m_job, &DatabaseJob::finished, this, &SuggestionRefreshJob::jobFinished);
}

void SuggestionRefreshJob::start(const QDateTime& now)
{
    if (m_job.isRunning()) {
        // Waiting here could block the window for a whole batch: restart when the run reports back.
        m_restartAt = now;
        m_job.cancel();
        return;
    }
    launch(now);
}

void SuggestionRefreshJob::launch(const QDateTime& now)
{
    m_restartAt.reset();
    m_job.start([now](CaseService& service, const std::atomic<bool>& cancel, const DatabaseJob::Progress& progress) {
        SuggestionRefresher refresher(service);
        refresher.setCancelFlag(&cancel);
        refresher.setProgressCallback(progress);
        refresher.run(now);
        return refresher.error();
    });
}

void SuggestionRefreshJob::jobFinished(bool ok, bool cancelled, const QString& error)
{
    if (m_restartAt) {
        launch(*m_restartAt);
        return;
    }
    emit finished(ok && !cancelled, error);
}
