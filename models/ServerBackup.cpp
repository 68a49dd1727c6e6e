#include "ServerBackup.h"

#include "Database.h"
#include "DeskCopier.h"
#include "OutputFile.h"
#include "SqlRow.h"

#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

ServerBackup::ServerBackup(Database& db)
    : m_db(db)
    , m_pgDump(QStandardPaths::findExecutable(QStringLiteral("pg_dump")))
{ }

QString ServerBackup::targetError(const OutputFile& output, const QString& file)
{
    return output.problem() == OutputFile::Exists ? tr("%1 already exists; a backup never overwrites a file").arg(file)
                                                  : output.errorString();
}

bool ServerBackup::write(const QString& file)
{
    m_error.clear();
    OutputFile output(file);
    const QString staged = output.stage();
    if (staged.isEmpty()) {
        m_error = targetError(output, file);
        return false;
    }
    m_method = m_pgDump.isEmpty() ? Method::SqliteExport : Method::PgDump;
    const bool ok = m_method == Method::PgDump ? dump(staged) : exportDesk(staged);
    if (!ok) {
        output.cancelStaged();
        m_error = tr("The backup to %1 failed: %2").arg(file, m_error);
        return false;
    }
    if (!output.commitStaged()) {
        m_error = targetError(output, file);
        return false;
    }
    return true;
}

// pg_dump connects as the desk does (the URI never holds a password: libpq finds it in
// PGPASSWORD, ~/.pgpass or a service file) and never asks for one (--no-password).
bool ServerBackup::dump(const QString& staged)
{
    // Only the desk's schema: a database may hold other desks (or other programs' schemas) that come and
    // go while pg_dump reads the catalogue. The name is the server's, quoted so pg_dump takes it literally.
    enum class Column
    {
        Schema
    };
    QSqlQuery schema(m_db.connection());
    if (!schema.exec(QStringLiteral("SELECT current_schema()")) || !schema.next()) {
        m_error = tr("Cannot read the desk's schema: %1").arg(schema.lastError().text());
        return false;
    }
    const QString pattern = QLatin1Char('"')
        + SqlRow::field(schema, Column::Schema).toString().replace(QLatin1Char('"'), QStringLiteral("\"\""))
        + QLatin1Char('"');
    QProcess process;
    process.setProgram(m_pgDump);
    process.setArguments(
        { QStringLiteral("--format=custom"), QStringLiteral("--no-password"), QStringLiteral("--schema=") + pattern,
            QStringLiteral("--file=") + staged, QStringLiteral("--dbname=") + m_db.path() });
    process.start();
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString said = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        m_error = tr("pg_dump failed: %1")
                      .arg(said.isEmpty() ? process.errorString() : said.section(QLatin1Char('\n'), 0, 2));
        return false;
    }
    QFile result(staged);
    if (result.size() == 0) {
        m_error = tr("pg_dump wrote nothing");
        return false;
    }
    return true;
}

bool ServerBackup::exportDesk(const QString& staged)
{
    // The staged file is empty: Database makes it a desk of the same schema version.
    const QString connection = QStringLiteral("backup-export-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Database target(staged, connection);
    if (!target.open()) {
        m_error = target.error();
        return false;
    }
    DeskCopier copier(m_db, target);
    if (!copier.copy()) {
        m_error = copier.error();
        return false;
    }
    if (!target.verifyIntegrity()) {
        m_error = target.error();
        return false;
    }
    // One self-contained file: the SQLite export leaves no -wal beside it.
    if (!target.exec(QStringLiteral("PRAGMA journal_mode = DELETE"))) {
        m_error = target.error();
        return false;
    }
    return true;
}
