#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class AuditLog;
class Database;

// Privacy: removes the personal data of old decided cases.
class Purger
{
    Q_DECLARE_TR_FUNCTIONS(Purger)

public:
    Purger(Database& db, AuditLog& audit);
    Purger(const Purger&) = delete;
    Purger& operator=(const Purger&) = delete;

    QString lastError() const { return m_error; }

    // For decided cases opened before `before`, removes the transcript and
    // the personal data (payer names, remarks, nicknames, KYC names, the seller's
    // account, event notes, the search row) and the names of users left in no
    // other case. Decisions, strikes, sanctions and the audit chain stay; the purge
    // itself is an audit entry. Deleted content is overwritten (secure_delete) and
    // the WAL truncated. Returns the number of cases purged, or -1 (lastError).
    qint64 purge(const QDateTime& before, const QString& actor, const QDateTime& at);

private:
    qint64 purgeRows(const QDateTime& before, const QString& actor, const QDateTime& at);

    Database& m_db;
    AuditLog& m_audit;
    QString m_error;
};
