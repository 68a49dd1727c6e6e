#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

class Database;

// A whole desk copied into another, empty one, on either backend (issue 15, item 6): `appealdesk
// migrate` (a local file onto a server) and the backup of a server desk where pg_dump is missing
// (into a new SQLite file). Every row keeps its id, so the references between the tables and the
// audit chain (whose hashes cover the ids and the rows) stay as they were: `audit verify` passes on
// the copy when it passed on the original.
class DeskCopier
{
    Q_DECLARE_TR_FUNCTIONS(DeskCopier)

public:
    // Both open (migrated to the same schema version).
    DeskCopier(Database& source, Database& target);

    // The source is read in one snapshot and the target written in one transaction, so the copy is
    // the desk at one instant, and a failure leaves no row in the target. A target that already holds
    // cases, users, decisions, settings or audit entries is refused. False + error() on failure.
    bool copy();
    QString error() const { return m_error; }
    // Rows copied per table (after copy()).
    qint64 rows(const QString& table) const { return m_rows.value(table); }

    // The tables copied, each after those it refers to. The queue's counts and the audit head are
    // kept by the target's triggers, and the search rows are copied through the dialects.
    static const QStringList& tables();

private:
    bool targetIsEmpty();
    bool copyTable(const QString& table);
    bool copySearchRows();
    bool fail(const QString& message);

    Database& m_source;
    Database& m_target;
    QHash<QString, qint64> m_rows;
    QString m_error;
};
