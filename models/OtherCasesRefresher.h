#pragma once

#include "StoreRecords.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

class CaseService;

// When a user's strikes change (a decision, a voided strike, a reopened case), that user's other undecided cases
// are judged again and their queue columns stored, inside the action's transaction (CaseService). In a shared
// turn each case's row is locked first, in case id order.
class OtherCasesRefresher
{
public:
    explicit OtherCasesRefresher(CaseService& service);
    // The undecided cases of `userIds`, but `exceptCaseId`, judged at `now`. False + lastError() on failure.
    bool refresh(const QStringList& userIds, const QString& exceptCaseId, const QDateTime& now);
    QString lastError() const { return m_error; }

    // The users `strikes` are against.
    static QStringList usersOf(const QList<StrikeRecord>& strikes);

private:
    CaseService& m_service;
    QString m_error;
};
