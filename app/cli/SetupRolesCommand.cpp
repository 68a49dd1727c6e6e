#include "SetupRolesCommand.h"

#include "AppContext.h"
#include "CommandContext.h"
#include "Database.h"
#include "SqlDialect.h"
#include "SqlRow.h"
#include "TeamRoles.h"

#include <QCommandLineParser>
#include <QSqlError>
#include <QSqlQuery>

QString SetupRolesCommand::synopsis() const
{
    //: Top-level --help: "setup-roles --db" stays as it is.
    return tr("setup-roles --db URI");
}

QString SetupRolesCommand::description() const
{
    return tr("create the agent and team lead roles on a PostgreSQL server and grant them");
}

void SetupRolesCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(
        { QStringLiteral("agent"), tr("Make this existing login an agent (repeatable)."), QStringLiteral("LOGIN") });
    parser.addOption({ QStringLiteral("team-lead"), tr("Make this existing login a team lead (repeatable)."),
        QStringLiteral("LOGIN") });
}

int SetupRolesCommand::run(const QCommandLineParser& options, CommandContext& context)
{
    const QString location = options.value(QStringLiteral("db"));
    if (!DatabaseLocation::isServerUri(location))
        return context.usageError(
            tr("setup-roles needs --db postgresql://…: on a SQLite file the one local user is a team lead"));
    AppContext* app = context.openDatabase(location, CommandContext::Write);
    if (!app)
        return Failed;
    Database& db = app->database();
    if (!db.beginWrite()) {
        context.err() << db.error() << Qt::endl;
        return Failed;
    }
    QSqlQuery q(db.connection());
    const auto failed = [&](const QString& what) {
        context.err() << tr("setup-roles failed: %1: %2").arg(what, q.lastError().text()) << Qt::endl;
        db.rollback();
        return Failed;
    };
    for (const QString& statement : TeamRoles::setupStatements()) {
        if (!q.exec(statement))
            return failed(tr("the roles could not be granted (run it as the owner of the desk's tables)"));
    }
    // The login's name is quoted by the server (format %I), never pasted into SQL here.
    const QList<QPair<QString, const char*>> members = {
        { QStringLiteral("agent"), TeamRoles::AgentGroup },
        { QStringLiteral("team-lead"), TeamRoles::TeamLeadGroup },
    };
    enum class GrantColumn
    {
        Statement
    };
    QStringList made;
    for (const auto& [option, group] : members) {
        for (const QString& login : options.values(option)) {
            q.prepare(QStringLiteral("SELECT format('GRANT %I TO %I', :group, :login)"));
            q.bindValue(QStringLiteral(":group"), QLatin1String(group));
            q.bindValue(QStringLiteral(":login"), login);
            if (!q.exec() || !q.next())
                return failed(login);
            const QString grant = SqlRow::field(q, GrantColumn::Statement).toString();
            if (!q.exec(grant))
                return failed(login);
            made << QStringLiteral("%1=%2").arg(login, QLatin1String(group));
        }
    }
    if (!db.commit()) {
        context.err() << db.error() << Qt::endl;
        return Failed;
    }
    context.out() << QStringLiteral("setup-roles: roles=%1,%2 schema_version=%3")
                         .arg(QLatin1String(TeamRoles::AgentGroup), QLatin1String(TeamRoles::TeamLeadGroup))
                         .arg(db.schemaVersion());
    if (!made.isEmpty())
        context.out() << QStringLiteral(" members=") << made.join(QLatin1Char(','));
    context.out() << Qt::endl;
    return Ok;
}
