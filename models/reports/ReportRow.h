#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One decided case as the report shows it. Codes (kind, outcomes, clauses,
// strike kinds, sanction scopes, roles) are the stable English identifiers.
struct ReportParty
{
    QString role; // buyer, seller, user
    QString userId;
    QString nickname;
    QString verifiedName; // already masked when the report masks
};

struct ReportStrike
{
    QString userId;
    QString kind;
};

struct ReportSanction
{
    QString userId;
    QString scope;
    std::optional<int> days;
};

struct ReportRow
{
    QString caseId;
    QString kind;
    QDateTime openedAt;
    QDateTime decidedAt;
    std::optional<QDateTime> dueAt;
    QString agent;
    QString suggestedOutcome;
    QString outcome;
    bool isOverride = false;
    QString note;
    QStringList clauses; // the first one gave the outcome
    QString revision;
    QList<ReportStrike> strikes;
    QList<ReportSanction> sanctions;
    QString fiat;
    QString amount; // decimal text as imported
    QString language;
    QString sellerAccount; // already masked when the report masks
    QList<ReportParty> parties;

    qint64 secondsToDecision() const { return openedAt.secsTo(decidedAt); }
    bool isLate() const { return dueAt && decidedAt > *dueAt; }
    const ReportParty* party(const QString& role) const
    {
        for (const ReportParty& p : parties)
            if (p.role == role)
                return &p;
        return nullptr;
    }
};
