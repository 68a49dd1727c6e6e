#include "SuggestionRefreshJob.h"

#include "CaseService.h"
#include "CaseStore.h"
#include "Clock.h"
#include "Database.h"
#include "SuggestionRefresher.h"

#include <QThread>
#include <QUuid>

SuggestionRefreshJob::SuggestionRefreshJob(const QString& databasePath, QObject* parent)
    : QObject(parent)
    , m_databasePath(databasePath)
{ }

SuggestionRefreshJob::~SuggestionRefreshJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void SuggestionRefreshJob::start(const QDateTime& now)
{
    if (m_thread) {
        // Waiting here could block the window for a whole batch: restart when the thread reports back.
        m_cancel = true;
        m_restartAt = now;
        return;
    }
    launch(now);
}

void SuggestionRefreshJob::launch(const QDateTime& now)
{
    m_cancel = false;
    m_restartAt.reset();
    m_result = std::make_shared<Result>();
    const QString path = m_databasePath;
    const std::shared_ptr<Result> result = m_result;
    const std::atomic<bool>* cancel = &m_cancel;
    // Runs on the worker thread: its own connection, store and refresher.
    m_thread = QThread::create([this, path, now, result, cancel] {
        Database db(path, QStringLiteral("refresh-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
        if (!db.open()) {
            result->error = db.error();
            return;
        }
        CaseStore store(db);
        const Clock clock;
        CaseService service(db, store, clock);
        SuggestionRefresher refresher(service);
        refresher.setCancelFlag(cancel);
        refresher.setProgressCallback([this](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { emit progress(done, total); }, Qt::QueuedConnection);
        });
        result->ok = refresher.run(now);
        result->error = refresher.error();
    });
    connect(m_thread, &QThread::finished, this, &SuggestionRefreshJob::threadFinished);
    m_thread->start(QThread::LowPriority);
}

void SuggestionRefreshJob::threadFinished()
{
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    if (m_restartAt) {
        launch(*m_restartAt);
        return;
    }
    emit finished(m_result->ok, m_result->error);
}
