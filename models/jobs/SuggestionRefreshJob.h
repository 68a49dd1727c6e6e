#pragma once

#include "DatabaseJob.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <optional>

// Runs a SuggestionRefresher as a DatabaseJob, so the queue's columns follow new policy settings while the window
// stays responsive. A start() during a run cancels it and starts again when it has stopped.
class SuggestionRefreshJob : public QObject
{
    Q_OBJECT

public:
    explicit SuggestionRefreshJob(const QString& databasePath, QObject* parent = nullptr);

    // Starts a run at `now`; a run under way is cancelled and this one starts when it has stopped.
    void start(const QDateTime& now);
    bool isRunning() const { return m_job.isRunning(); }

signals:
    void progress(qint64 done, qint64 total);
    // Not emitted for a run that a newer start() replaced.
    void finished(bool ok, const QString& error);

private:
    void launch(const QDateTime& now);
    void jobFinished(bool ok, bool cancelled, const QString& error);

    DatabaseJob m_job;
    std::optional<QDateTime> m_restartAt;
};
