#include "Migrations.h"

#include "Database.h"
#include "InitialSchema.h"
#include "SchemaChanges.h"
#include "SearchRowFunction.h"
#include "SqlDialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Migrations {

const QList<Migration>& all()
{
    static const QList<Migration> migrations = QList<Migration> { initialSchema() } + schemaChanges();
    return migrations;
}

const QStringList& statements(int version, DatabaseLocation::Backend backend)
{
    const Migration& migration = all().at(version - 1);
    return backend == DatabaseLocation::Backend::Postgresql ? migration.postgresql : migration.sqlite;
}

int latestVersion()
{
    return int(all().size());
}

bool run(Database& db, QString* error)
{
    const auto failed = [&](const QString& message) {
        *error = message;
        return false;
    };
    const int latest = latestVersion();
    int current = db.schemaVersion();
    if (current < 0)
        return failed(db.error());
    if (current > latest)
        return failed(QCoreApplication::translate(
            "Database", "The database %1 was written by a newer AppealDesk (schema %2; this version knows up to %3)")
                          .arg(db.location().display())
                          .arg(current)
                          .arg(latest));
    if (current == latest)
        return true;
    // All pending migrations in one transaction (PostgreSQL's DDL is transactional too): a
    // crash midway leaves the old version. beginWrite() makes a second process wait.
    if (!db.beginWrite())
        return failed(db.error());
    current = db.schemaVersion(); // another process may have migrated while we waited
    if (current < 0) {
        db.rollback();
        return failed(db.error());
    }
    // Schema 13 restates the stored search rows through a function of ours.
    QString installError;
    if (db.location().backend() == DatabaseLocation::Backend::Sqlite
        && !SearchRowFunction::install(db.connection(), &installError)) {
        db.rollback();
        return failed(QCoreApplication::translate("Database", "Migration to schema %1 failed: %2")
                          .arg(current + 1)
                          .arg(installError));
    }
    QSqlQuery query(db.connection());
    for (int version = current + 1; version <= latest; ++version) {
        for (const QString& statement : statements(version, db.location().backend())) {
            if (!query.exec(statement)) {
                *error = QCoreApplication::translate("Database", "Migration to schema %1 failed: %2")
                             .arg(version)
                             .arg(Database::describe(query.lastError()));
                db.rollback();
                return false;
            }
        }
    }
    if (current < latest && !db.execAll(db.dialect().setSchemaVersion(latest))) {
        db.rollback();
        return failed(db.error());
    }
    return db.commit() || failed(db.error());
}

} // namespace Migrations
