#include "StoreSupport.h"

#include "CaseRepository.h"
#include "Database.h"

#include <QCoreApplication>
#include <QSqlError>

namespace StoreSupport {

QVariant str(const QString& text)
{
    return text.isNull() ? QVariant(QStringLiteral("")) : QVariant(text);
}

QVariant ms(const QDateTime& at)
{
    return at.isValid() ? QVariant(at.toMSecsSinceEpoch()) : nullInt64();
}

QDateTime fromMs(const QVariant& value)
{
    if (value.isNull())
        return QDateTime();
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString isoTime(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

QVariant optionalBool(const std::optional<bool>& value)
{
    return value ? QVariant(*value ? 1 : 0) : nullInt();
}

bool reachedEnd(const QSqlQuery& query)
{
    return !query.lastError().isValid();
}

CaseRow selectCaseRow(QSqlQuery& query, const QString& sql, const QString& caseId, QString* error)
{
    query.setForwardOnly(true);
    if (!prepare(query, sql, error))
        return CaseRow::Failed;
    query.bindValue(QStringLiteral(":case_id"), str(caseId));
    if (!query.exec() || (!query.next() && !reachedEnd(query))) {
        failQuery(error, query);
        return CaseRow::Failed;
    }
    return query.isValid() ? CaseRow::Found : CaseRow::Missing;
}

qint64 caseRef(const CaseRepository& cases, const QString& caseId, QString* error)
{
    const qint64 ref = cases.rowIdOf(caseId);
    if (ref < 0)
        fail(error, cases.lastError());
    else if (ref == 0)
        fail(error, QCoreApplication::translate("CaseStore", "Case %1 does not exist").arg(caseId));
    return qMax<qint64>(ref, 0);
}

bool fail(QString* error, const QString& message)
{
    *error = message;
    return false;
}

bool failQuery(QString* error, const QSqlQuery& query)
{
    Database::noteFailure(query.lastError());
    // The store's shared message keeps the context of the store as a whole.
    return fail(error,
        QCoreApplication::translate("CaseStore", "Database error: %1").arg(Database::describe(query.lastError())));
}

bool prepare(QSqlQuery& query, const QString& sql, QString* error)
{
    return query.prepare(sql) || failQuery(error, query);
}

WriteScope::WriteScope(Database& db, QString* error, bool durable, bool caseTurn)
    : m_db(db)
    , m_error(error)
    , m_owner(!db.inTransaction())
{
    m_ok = !m_owner || m_db.beginWrite(durable, caseTurn ? Database::Turn::Case : Database::Turn::Desk);
    if (!m_ok)
        *m_error = m_db.error();
}

WriteScope::~WriteScope()
{
    if (m_owner && m_ok && !m_done)
        m_db.rollback();
}

bool WriteScope::commit()
{
    m_done = true;
    if (!m_owner || m_db.commit())
        return true;
    *m_error = m_db.error();
    return false;
}

} // namespace StoreSupport
