#include "MigrateCommand.h"

#include "AuditLog.h"
#include "AuditReconciler.h"
#include "CaseStore.h"
#include "CommandContext.h"
#include "Database.h"
#include "DatabaseLocation.h"
#include "DeskCopier.h"

#include <QCommandLineParser>

QString MigrateCommand::synopsis() const
{
    //: Top-level --help: the command word and the option names stay as they are.
    return tr("migrate --to postgresql://... [--from FILE]");
}

QString MigrateCommand::description() const
{
    return tr("copy a local desk onto an empty desk on a PostgreSQL server");
}

void MigrateCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({ QStringLiteral("to"),
        tr("The server's empty desk, a postgresql:// URI (the password comes from PGPASSWORD, ~/.pgpass or a "
           "service file, never from the URI)."),
        QStringLiteral("URI") });
    parser.addOption({ QStringLiteral("from"), tr("The desk file to copy (default: --db, or the default database)."),
        QStringLiteral("FILE") });
}

int MigrateCommand::run(const QCommandLineParser& options, CommandContext& context)
{
    const QString to = options.value(QStringLiteral("to"));
    if (to.isEmpty() || !DatabaseLocation::isServerUri(to))
        return context.usageError(tr("--to needs a postgresql:// URI"));
    const DatabaseLocation target = DatabaseLocation::parse(to);
    if (!target.isValid())
        return context.usageError(target.error());
    const QString from = options.isSet(QStringLiteral("from")) ? options.value(QStringLiteral("from"))
                                                               : options.value(QStringLiteral("db"));
    if (DatabaseLocation::isServerUri(from))
        return context.usageError(tr("--from needs a desk file"));
    AppContext* app = context.openDatabase(from, CommandContext::Read);
    if (!app)
        return Failed;

    Database server(to, QStringLiteral("migrate-target"));
    if (!server.open()) {
        context.err() << server.error() << Qt::endl;
        return Failed;
    }
    DeskCopier copier(app->database(), server);
    if (!copier.copy()) {
        context.err() << copier.error() << Qt::endl;
        return Failed;
    }
    // The copy is checked as `audit verify` checks a desk: the chain, then the live rows against it.
    CaseStore store(server);
    const bool chain = store.audit().verifyChain();
    const AuditReconciliation live = AuditReconciler(server.connection()).reconcile();
    context.out() << tr("migrate: %1 cases, %2 decisions, %3 strikes, %4 sanctions, %5 audit entries copied to %6")
                         .arg(copier.rows(QStringLiteral("cases")))
                         .arg(copier.rows(QStringLiteral("decisions")))
                         .arg(copier.rows(QStringLiteral("strikes")))
                         .arg(copier.rows(QStringLiteral("sanctions")))
                         .arg(copier.rows(QStringLiteral("audit_log")))
                         .arg(target.display())
                  << Qt::endl;
    if (!chain || !live.ok) {
        context.err() << tr("The copy's audit trail does not verify: %1")
                             .arg(chain ? live.problems.join(QStringLiteral("; ")) : store.audit().lastError())
                      << Qt::endl;
        return Failed;
    }
    context.out() << tr("audit: ok on the copy") << Qt::endl;
    return Ok;
}
