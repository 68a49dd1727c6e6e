#include "FileBackup.h"

#include "Database.h"
#include "OutputFile.h"
#include "ServerBackup.h"
#include "SqlRow.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {
// PRAGMA integrity_check: one problem a row ("ok" alone when there is none).
enum class CheckColumn
{
    Problem
};
} // namespace

FileBackup::FileBackup(Database& db)
    : m_db(db)
{ }

bool FileBackup::write(const QString& file)
{
    OutputFile output(file);
    output.protectDatabase(m_db.path());
    const QString staged = output.stage();
    if (staged.isEmpty()) {
        m_error = ServerBackup::targetError(output, file);
        return false;
    }
    QString problem;
    {
        QSqlQuery query(m_db.connection());
        query.prepare(QStringLiteral("VACUUM INTO :file"));
        query.bindValue(QStringLiteral(":file"), staged);
        if (!query.exec())
            problem = query.lastError().text();
    }
    if (problem.isEmpty())
        problem = checkCopy(staged);
    if (!problem.isEmpty()) {
        output.cancelStaged();
        m_error = tr("The backup to %1 failed: %2").arg(file, problem);
        return false;
    }
    if (!output.commitStaged()) {
        m_error = ServerBackup::targetError(output, file);
        return false;
    }
    return true;
}

QString FileBackup::checkCopy(const QString& staged) const
{
    QString problem;
    const QString name = m_db.connection().connectionName() + QStringLiteral("-backup-check");
    {
        QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        copy.setDatabaseName(staged);
        copy.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery check(copy);
        if (!copy.open() || !check.exec(QStringLiteral("PRAGMA integrity_check"))) {
            problem = copy.lastError().text() + check.lastError().text();
        } else {
            QStringList result;
            while (check.next())
                result << SqlRow::field(check, CheckColumn::Problem).toString();
            if (result != QStringList { QStringLiteral("ok") })
                problem = result.mid(0, 5).join(QStringLiteral("; "));
        }
        check.finish();
        copy.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}
