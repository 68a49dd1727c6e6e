#include "DatabaseJob.h"

#include "CaseService.h"
#include "CaseStore.h"
#include "Clock.h"
#include "Database.h"

#include <QThread>
#include <QUuid>

DatabaseJob::DatabaseJob(const QString& databasePath, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_clock(clock)
{ }

DatabaseJob::~DatabaseJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool DatabaseJob::start(Work work)
{
    if (m_thread)
        return false;
    m_cancel = false;
    m_error = std::make_shared<QString>();
    const QString path = m_databasePath;
    const Clock* clock = m_clock;
    const std::shared_ptr<QString> error = m_error;
    const std::atomic<bool>* cancel = &m_cancel;
    m_thread = QThread::create([this, path, clock, error, cancel, work = std::move(work)] {
        // A connection name of its own: Qt Sql connections belong to the thread that opened them.
        Database db(path, QStringLiteral("job-") + QUuid::createUuid().toString(QUuid::WithoutBraces));
        if (!db.open()) {
            *error = db.error();
            return;
        }
        CaseStore store(db);
        const Clock realClock;
        CaseService service(db, store, clock ? *clock : realClock);
        const Progress progress = [this](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                this, [this, done, total] { emit this->progress(done, total); }, Qt::QueuedConnection);
        };
        *error = work(service, *cancel, progress);
    });
    connect(m_thread, &QThread::finished, this, &DatabaseJob::threadFinished);
    m_thread->start(QThread::LowPriority);
    return true;
}

void DatabaseJob::threadFinished()
{
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    const bool cancelled = m_cancel.load();
    emit finished(!cancelled && m_error->isEmpty(), cancelled, *m_error);
}
