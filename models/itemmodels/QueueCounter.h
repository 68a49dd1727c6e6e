#pragma once

#include "QueueFilter.h"

#include <QDateTime>
#include <QObject>
#include <QThread>

#include <atomic>

// The queue's slow counts on a thread and a connection of their own, so that the window paints the first
// page at once and learns the count when it is known: the exact count of a filter over a million cases
// reads every matching row (most of a second on PostgreSQL), and a search narrowed by status is run once
// more without it for "N more in other statuses". Only the latest request is answered; the ones it
// overtook are skipped, or answered and ignored when already under way.
class QueueCounter : public QObject
{
    Q_OBJECT

public:
    explicit QueueCounter(const QString& databasePath, QObject* parent = nullptr);
    // Waits for a count under way (its answer is dropped).
    ~QueueCounter() override;

    // Counts the rows of `filter` as derived at `asOf`; for a search, the matches in every status (the
    // filter's status left out, at most the search's cap). Returns the ticket counted() answers with.
    quint64 request(const QueueFilter& filter, const QDateTime& asOf);

signals:
    // `count` is -1 with `error` set when the count failed.
    void counted(quint64 ticket, int count, const QString& error);

private:
    class Worker;

    QThread m_thread;
    Worker* m_worker = nullptr;
    std::atomic<quint64> m_latest { 0 };
};
