#include "QueueCounter.h"

#include "QueueQuery.h"

#include <limits>
#include <memory>

// Lives on the counter's thread: its QueueQuery (a connection of its own, opened there on the first
// request) is used and closed on that thread only, as Qt Sql requires.
class QueueCounter::Worker : public QObject
{
public:
    Worker(const QString& databasePath, QueueCounter* counter, const std::atomic<quint64>& latest)
        : m_path(databasePath)
        , m_counter(counter)
        , m_latest(latest)
    { }

    void count(quint64 ticket, QueueFilter filter, const QDateTime& asOf)
    {
        if (ticket < m_latest) // overtaken while it waited
            return;
        QString error;
        int count = -1;
        if (!m_query) {
            m_query = std::make_unique<QueueQuery>(m_path);
            if (!m_query->open()) {
                error = m_query->lastError();
                m_query.reset();
            }
        }
        if (m_query) {
            if (!filter.text.trimmed().isEmpty())
                filter.status.reset(); // so the search runs once, over every status
            m_query->setFilter(filter);
            m_query->setAsOf(asOf);
            m_query->clearCountCache();
            count = m_query->recount();
            if (count < 0)
                error = m_query->lastError();
        }
        QueueCounter* counter = m_counter;
        QMetaObject::invokeMethod(
            counter, [counter, ticket, count, error] { emit counter->counted(ticket, count, error); },
            Qt::QueuedConnection);
    }

private:
    const QString m_path;
    QueueCounter* const m_counter;
    const std::atomic<quint64>& m_latest;
    std::unique_ptr<QueueQuery> m_query;
};

QueueCounter::QueueCounter(const QString& databasePath, QObject* parent)
    : QObject(parent)
    , m_worker(new Worker(databasePath, this, m_latest))
{
    m_thread.setObjectName(QStringLiteral("QueueCounter"));
    m_worker->moveToThread(&m_thread);
    // Deleted on its thread as the thread finishes (QThread sends the deferred deletes then).
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

QueueCounter::~QueueCounter()
{
    m_latest = std::numeric_limits<quint64>::max(); // the requests still queued are skipped
    m_thread.quit();
    m_thread.wait();
}

quint64 QueueCounter::request(const QueueFilter& filter, const QDateTime& asOf)
{
    const quint64 ticket = ++m_latest;
    Worker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, ticket, filter, asOf] { worker->count(ticket, filter, asOf); }, Qt::QueuedConnection);
    return ticket;
}
