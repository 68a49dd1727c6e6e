#pragma once

#include <QDateTime>

// The seam for "now": deadlines and SLA clocks depend on it, so tests set it.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const { return QDateTime::currentDateTimeUtc(); }
};

// A clock that stands still until a test moves it.
class FixedClock : public Clock
{
public:
    explicit FixedClock(const QDateTime& at)
        : m_at(at.toUTC())
    {
    }
    QDateTime now() const override { return m_at; }
    void set(const QDateTime& at) { m_at = at.toUTC(); }
    void advanceSecs(qint64 secs) { m_at = m_at.addSecs(secs); }

private:
    QDateTime m_at;
};
