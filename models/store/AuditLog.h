#pragma once

#include "StoreRecords.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class Database;
class QSqlDatabase;

// The audit log: an append-only hash chain (audit_log, with its head in audit_head).
// The only place that knows how an entry is hashed and chained; every other writer
// appends through here. Keeps prepared statements on the connection and a commit hook on the
// Database: destroy it before its Database.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(Database& db);
    ~AuditLog();
    AuditLog(const AuditLog&) = delete;
    AuditLog& operator=(const AuditLog&) = delete;

    QString lastError() const { return m_error; }

    // Appends one entry chained to the last. In a write transaction of its own, or in the
    // caller's when one is open (decide, void, purge and settings write theirs with their rows).
    // In a shared turn (Database::sharesTurn: other writers run alongside) the entry is chained at
    // COMMIT, under SqlDialect::auditTurn, so that appends take turns only for that moment; the
    // entries of one transaction keep their order.
    bool append(const QString& actor, const QString& action, const QString& subject, const QString& before,
        const QString& after, const QDateTime& at);

    // Walks the chain: ids run 1..N without gaps, each prev_hash is the hash before it, each
    // hash recomputes, and the last entry is the head the audit_head trigger recorded.
    AuditVerification verify() const;
    // verify().ok; otherwise false + lastError() naming the entry.
    bool verifyChain() const;
    // The stored hash of entry `id`; empty when there is none or it cannot be read (lastError()).
    QString entryHash(qint64 id) const;
    // Whether any entry has one of `actions`; nullopt (lastError()) when the log cannot be read.
    std::optional<bool> hasAction(const QStringList& actions) const;
    // The last entry's hash; empty for an empty log and when the log cannot be read (lastError()).
    QString head() const;

    // The hash of one entry: SHA-256 hex over prev_hash and the fields, separated by 0x1f.
    static QByteArray hash(const QByteArray& prevHash, qint64 atMs, const QString& actor, const QString& action,
        const QString& subject, const QString& before, const QString& after);

    // For a writer that holds a bare connection rather than a Database (the report generator).
    // headOf(): empty for an empty log; on a read error also empty, with *error set.
    static QString headOf(const QSqlDatabase& connection, QString* error);
    // appendTo(): only inside the caller's write transaction (BEGIN IMMEDIATE), so that the head
    // read is still the head when the entry is written. False + *error.
    static bool appendTo(const QSqlDatabase& connection, const QString& actor, const QString& action,
        const QString& subject, const QString& before, const QString& after, const QDateTime& at, QString* error);

private:
    struct Pending
    {
        QString actor, action, subject, before, after;
        QDateTime at;
    };
    bool appendPending(QString* error);

    struct Statements;
    Statements& statements() const;
    static bool appendRow(Statements& statements, const QString& actor, const QString& action, const QString& subject,
        const QString& before, const QString& after, const QDateTime& at, QString* error);
    static QString readHead(Statements& statements, QString* error);

    Database& m_db;
    mutable QString m_error;
    mutable std::unique_ptr<Statements> m_statements;
    QList<Pending> m_pending; // the shared turn's entries, chained at COMMIT
    int m_commitHook = -1;
};
