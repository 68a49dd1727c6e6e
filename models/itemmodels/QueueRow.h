#pragma once

#include "CaseStatus.h"

#include <QString>
#include <QVariantList>

// The queue's columns, in the window's order; QueueQuery sorts by any of them.
enum class QueueField
{
    CaseId,
    Kind,
    Clause,
    Appellant,
    Fiat,
    Amount,
    Language,
    Age,
    Sla,
    Status,
    Agent,
    Count
};

// One case as the queue lists it, read by QueueQuery at its instant (asOf).
struct QueueRow
{
    QString caseId;
    QString kind;
    QString clause;
    QString appellant; // buyer, seller, or empty (the user of a live-chat case)
    QString appellantUserId;
    QString appellantNickname;
    QString fiat;
    QString amount;
    qint64 amountUnits = 0;
    QString language;
    qint64 openedAt = 0;
    qint64 dueAt = 0;
    bool hasDue = false;
    // open, waiting or decided at the query's instant: a waiting case whose deadline has passed is open
    // (cli.md, second edition), whatever the stored status still says.
    CaseStatus status = CaseStatus::Open;
    QString agent;
    qint64 claimedUntil = 0; // 0: no claim recorded
    QVariantList key; // values of the sort key, for keyset pagination
};
