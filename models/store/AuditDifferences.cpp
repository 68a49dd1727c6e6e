#include "AuditDifferences.h"

#include <QCoreApplication>
#include <QJsonArray>

QString AuditDifferences::flag(bool on)
{
    return on ? QStringLiteral("true") : QStringLiteral("false");
}

void AuditDifferences::compare(const char* name, const QString& live, const QString& inLog)
{
    if (live != inLog)
        m_differs << QCoreApplication::translate("AuditReconciler", "%1 is \"%2\", the log says \"%3\"")
                         .arg(QLatin1String(name), live, inLog);
}

void AuditDifferences::compareDecision(const Decision& live, const QJsonObject& logged, const QString& loggedDecidedAt)
{
    compare("outcome", live.outcome, logged.value(QStringLiteral("outcome")).toString());
    compare("suggested_outcome", live.suggestedOutcome, logged.value(QStringLiteral("suggested_outcome")).toString());
    compare("override", flag(live.isOverride), flag(logged.value(QStringLiteral("override")).toBool()));
    compare("note", live.note, logged.value(QStringLiteral("note")).toString());
    compare("agent", live.agent, logged.value(QStringLiteral("agent")).toString());
    compare("decided_at", live.decidedAt, loggedDecidedAt);
    compare("revision", live.revision, logged.value(QStringLiteral("revision")).toString());
    // The entry's clauses are the suggestion's, which is also what the row stores.
    QStringList loggedClauses;
    for (const QJsonValue& v : logged.value(QStringLiteral("clauses")).toArray())
        loggedClauses << v.toString();
    compare("clauses", live.clauses, loggedClauses.join(QLatin1Char(',')));
}

void AuditDifferences::add(const QString& difference)
{
    m_differs << difference;
}

bool AuditDifferences::isEmpty() const
{
    return m_differs.isEmpty();
}

QString AuditDifferences::joined() const
{
    return m_differs.join(QStringLiteral("; "));
}
