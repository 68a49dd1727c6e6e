#pragma once

#include <QString>

// Where a case stands in the queue. Stored as its id ("open", "waiting", "decided"); a waiting case whose
// deadline has passed reads as open (the queue derives it at query time).
enum class CaseStatus
{
    Open,
    Waiting,
    Decided
};

inline QString caseStatusId(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Open:
        return QStringLiteral("open");
    case CaseStatus::Waiting:
        return QStringLiteral("waiting");
    case CaseStatus::Decided:
        return QStringLiteral("decided");
    }
    return QString();
}

inline bool caseStatusFromId(const QString& id, CaseStatus* status)
{
    for (CaseStatus s : { CaseStatus::Open, CaseStatus::Waiting, CaseStatus::Decided }) {
        if (id == caseStatusId(s)) {
            *status = s;
            return true;
        }
    }
    return false;
}
