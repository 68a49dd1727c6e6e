#include "Purger.h"

#include "AuditLog.h"
#include "Database.h"
#include "SqlDialect.h"
#include "StoreSupport.h"

#include <QSqlQuery>
#include <QStringList>

using namespace StoreSupport;

namespace {
enum class CountColumn
{
    Count
};
} // namespace

Purger::Purger(Database& db, AuditLog& audit)
    : m_db(db)
    , m_audit(audit)
{ }

qint64 Purger::purge(const QDateTime& before, const QString& actor, const QDateTime& at)
{
    if (!before.isValid() || actor.trimmed().isEmpty() || !at.isValid()) {
        fail(&m_error, tr("A purge needs a date, the agent's name and a time"));
        return -1;
    }
    if (m_db.inTransaction()) {
        fail(&m_error, tr("Cannot purge inside another write transaction"));
        return -1;
    }
    // SQLite overwrites the freed pages and truncates the WAL afterwards (SqlDialect::beforePurge).
    for (const QString& statement : m_db.dialect().beforePurge()) {
        if (!m_db.exec(statement)) {
            fail(&m_error, m_db.error());
            return -1;
        }
    }
    const qint64 purged = purgeRows(before, actor, at);
    for (const QString& statement : m_db.dialect().afterPurge())
        m_db.exec(statement);
    return purged;
}

qint64 Purger::purgeRows(const QDateTime& before, const QString& actor, const QDateTime& at)
{
    WriteScope scope(m_db, &m_error, true);
    if (!scope.ok())
        return -1;
    const QString purgedCases
        = QStringLiteral("(SELECT id FROM cases WHERE status = :decided AND opened_at < :before)");
    QSqlQuery q(m_db.connection());
    if (!prepare(
            q, QStringLiteral("SELECT COUNT(*) FROM cases WHERE status = :decided AND opened_at < :before"), &m_error))
        return -1;
    q.bindValue(QStringLiteral(":before"), ms(before));
    q.bindValue(QStringLiteral(":decided"), caseStatusId(CaseStatus::Decided));
    if (!q.exec() || !q.next()) {
        failQuery(&m_error, q);
        return -1;
    }
    const qint64 purged = field(q, CountColumn::Count).toLongLong();
    const QStringList statements = {
        QStringLiteral("DELETE FROM messages WHERE case_ref IN ") + purgedCases,
        QStringLiteral("UPDATE payments SET payer_name = '', remark = '' WHERE case_ref IN ") + purgedCases,
        QStringLiteral("UPDATE parties SET nickname = '', kyc_name = '' WHERE case_ref IN ") + purgedCases,
        QStringLiteral("UPDATE orders SET seller_account = '' WHERE case_ref IN ") + purgedCases,
        QStringLiteral("UPDATE events SET note = '', message_index = -1 WHERE case_ref IN ") + purgedCases,
        m_db.dialect().deleteSearchRows(purgedCases),
    };
    for (const QString& statement : statements) {
        if (!prepare(q, statement, &m_error))
            return -1;
        q.bindValue(QStringLiteral(":before"), ms(before));
        q.bindValue(QStringLiteral(":decided"), caseStatusId(CaseStatus::Decided));
        if (!q.exec()) {
            failQuery(&m_error, q);
            return -1;
        }
    }
    // A user's names come from the parties of their cases: kept while any case still has them.
    if (!q.exec(
            QStringLiteral("UPDATE users SET nickname = '', kyc_name = '' WHERE (nickname <> '' OR kyc_name <> '')"
                           " AND id NOT IN (SELECT user_ref FROM parties WHERE nickname <> '' OR kyc_name <> '')"))) {
        failQuery(&m_error, q);
        return -1;
    }
    for (const QString& statement : m_db.dialect().compactSearch()) {
        if (!q.exec(statement)) {
            failQuery(&m_error, q);
            return -1;
        }
    }
    if (!m_audit.append(actor, QStringLiteral("purge"), isoTime(before), QString(),
            QStringLiteral("%1 decided cases opened before %2").arg(purged).arg(isoTime(before)), at)) {
        fail(&m_error, m_audit.lastError());
        return -1;
    }
    if (!scope.commit())
        return -1;
    return purged;
}
