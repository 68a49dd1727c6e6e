#pragma once

#include "CaseFacts.h"

#include <QDateTime>
#include <QString>

#include <optional>

// A decision the demo records for a case that an agent has already handled.
struct DemoDecision
{
    QString agent;
    // Outcome::None: the agent accepts the policy's suggestion. Anything else is
    // the agent's own call, always with a note (an override when it differs).
    Outcome outcome = Outcome::None;
    QString note;
    QDateTime decidedAt;
};

struct DemoCase
{
    CaseFacts facts;
    QString story; // the clause the case was written to exercise: "B3", "S2c", "LC2", ...
    std::optional<DemoDecision> decision;
};

// Realistic, reproducible demo cases. Case `index` depends only on (seed,
// referenceNow, index), so any number of cases can be streamed one at a time.
// Case ids and order numbers are unique for indexes below 10,000,000.
class DemoGenerator
{
public:
    static constexpr qint64 MaxCases = 10000000;

    // An invalid `referenceNow` means the default.
    explicit DemoGenerator(quint64 seed = 1, const QDateTime& referenceNow = defaultReferenceNow());

    // A fixed instant, so that a demo without an explicit "now" is reproducible.
    static QDateTime defaultReferenceNow();

    quint64 seed() const { return m_seed; }
    QDateTime referenceNow() const { return m_referenceNow; }

    DemoCase generate(qint64 index) const;

private:
    quint64 m_seed;
    QDateTime m_referenceNow;
};
