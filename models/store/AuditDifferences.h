#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// What differs between one live row and the audit entry that recorded it, as AuditReconciler's parts
// name it: "NAME is "LIVE", the log says "LOGGED"". The texts keep AuditReconciler's translation context.
class AuditDifferences
{
public:
    // The fields a live decision and a reopened one (decision_history) share with their entry's decision.
    struct Decision
    {
        QString outcome;
        QString suggestedOutcome;
        bool isOverride = false;
        QString note;
        QString agent;
        QString decidedAt; // ISO, UTC
        QString clauses; // comma-separated, as the row stores them
        QString revision;
    };

    static QString flag(bool on); // "true" or "false", as both sides are compared

    void compare(const char* name, const QString& live, const QString& inLog);
    // The shared fields, in the order they are named; decided_at against loggedDecidedAt, which the
    // live decision's entry holds as the entry's own time and a reopen's in its decision object.
    void compareDecision(const Decision& live, const QJsonObject& logged, const QString& loggedDecidedAt);
    void add(const QString& difference);

    bool isEmpty() const;
    QString joined() const; // "; " between them

private:
    QStringList m_differs;
};
