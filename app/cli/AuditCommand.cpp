#include "AuditCommand.h"

#include "AuditCheckpoint.h"
#include "AuditReconciler.h"
#include "CaseStore.h"
#include "Clock.h"
#include "CommandContext.h"
#include "Database.h"
#include "OutputFile.h"

#include <QCommandLineParser>

QString AuditCommand::description() const
{
    return tr("check the audit trail against its hash chain, the live records and a signed checkpoint");
}

QList<Command::HelpLine> AuditCommand::helpLines() const
{
    return {
        { QStringLiteral("audit verify [--checkpoint FILE]"),
            tr("check the audit trail's hash chain, that the decisions, strikes and settings match it, and that it "
               "extends a signed checkpoint") },
        { QStringLiteral("audit keygen -o KEYFILE"),
            tr("make the team lead's signing key (kept outside the database)") },
        { QStringLiteral("audit checkpoint --key KEYFILE -o FILE"), tr("sign the audit trail's head") },
    };
}

void AuditCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("verify|keygen|checkpoint"),
        tr("verify: check the audit trail; keygen: make a signing key; checkpoint: sign the trail's head."));
    parser.addOption({ { QStringLiteral("o"), QStringLiteral("output") }, tr("The file to write (keygen, checkpoint)."),
        QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("key"), tr("The signing key file (checkpoint)."), QStringLiteral("KEYFILE") });
    parser.addOption({ QStringLiteral("checkpoint"), tr("A signed checkpoint the trail must still extend (verify)."),
        QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("public-key"),
        tr("verify: the checkpoint must be signed by this key (a key file or its .pub file)."),
        QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("force"), tr("Replace the output file if it exists.") });
}

int AuditCommand::run(const QCommandLineParser& options, CommandContext& context)
{
    const QString action = options.positionalArguments().value(1);
    if (action == QLatin1String("keygen"))
        return keygen(options, context);
    if (action == QLatin1String("checkpoint"))
        return checkpoint(options, context);
    if (action != QLatin1String("verify"))
        return context.usageError(tr("the audit command is: audit verify, audit keygen or audit checkpoint"));
    return verify(options, context);
}

int AuditCommand::writeOutput(
    const QCommandLineParser& options, CommandContext& context, const QByteArray& content, const QString& path)
{
    OutputFile file(path);
    file.setOverwrite(options.isSet(QStringLiteral("force")));
    file.protectDatabase(context.databasePath(options.value(QStringLiteral("db"))));
    if (!file.open() || file.device()->write(content) != content.size() || !file.commit()) {
        context.err() << file.errorString() << Qt::endl;
        return Failed;
    }
    return Ok;
}

int AuditCommand::keygen(const QCommandLineParser& options, CommandContext& context)
{
    const QString path = options.value(QStringLiteral("output"));
    if (path.isEmpty())
        return context.usageError(tr("audit keygen needs -o KEYFILE"));
    QString error;
    const auto key = AuditCheckpoint::generateKey(&error);
    if (!key) {
        context.err() << error << Qt::endl;
        return Failed;
    }
    if (writeOutput(options, context, AuditCheckpoint::keyFileText(*key), path) != Ok)
        return Failed;
    // The public half, for whoever verifies checkpoints (verify --public-key).
    const QString publicPath = path + QStringLiteral(".pub");
    if (writeOutput(options, context, AuditCheckpoint::publicKeyFileText(*key), publicPath) != Ok)
        return Failed;
    context.out() << tr("%1: signing key written (keep it outside the database and the repository); "
                        "public key %2, fingerprint %3")
                         .arg(path, publicPath, AuditCheckpoint::fingerprint(key->publicKey))
                  << Qt::endl;
    return Ok;
}

int AuditCommand::checkpoint(const QCommandLineParser& options, CommandContext& context)
{
    const QString path = options.value(QStringLiteral("output"));
    const QString keyPath = options.value(QStringLiteral("key"));
    if (path.isEmpty() || keyPath.isEmpty())
        return context.usageError(tr("audit checkpoint needs --key KEYFILE and -o FILE"));
    QString error;
    const auto key = AuditCheckpoint::readKey(keyPath, &error);
    if (!key) {
        context.err() << error << Qt::endl;
        return Failed;
    }
    AppContext* app = context.openDatabase(options.value(QStringLiteral("db")));
    if (!app)
        return Failed;
    // Only a chain that verifies is signed.
    const AuditVerification chain = app->store().audit().verify();
    if (!chain.ok) {
        context.err() << tr("audit: broken: %1").arg(chain.problem) << Qt::endl;
        return Failed;
    }
    const QDateTime at = context.clock().now();
    if (writeOutput(options, context, AuditCheckpoint::sign(*key, chain.entries, chain.head, at), path) != Ok)
        return Failed;
    context.out() << tr("%1: checkpoint of %n entries, head %2, signed by %3", nullptr, int(chain.entries))
                         .arg(path, chain.head, AuditCheckpoint::fingerprint(key->publicKey))
                  << Qt::endl;
    return Ok;
}

int AuditCommand::verify(const QCommandLineParser& options, CommandContext& context)
{
    // The checkpoint and the trusted key are read first: a bad file is a usage problem, not a broken trail.
    std::optional<AuditCheckpoint::Signed> signedHead;
    QString error;
    if (options.isSet(QStringLiteral("checkpoint"))) {
        signedHead = AuditCheckpoint::read(options.value(QStringLiteral("checkpoint")), &error);
        if (!signedHead) {
            context.err() << tr("audit: broken: %1").arg(error) << Qt::endl;
            return Failed;
        }
        if (options.isSet(QStringLiteral("public-key"))) {
            const auto trusted = AuditCheckpoint::readPublicKey(options.value(QStringLiteral("public-key")), &error);
            if (!trusted) {
                context.err() << error << Qt::endl;
                return Failed;
            }
            if (trusted->publicKey != signedHead->publicKey) {
                context.err() << tr("audit: broken: the checkpoint was signed by key %1, not by %2")
                                     .arg(AuditCheckpoint::fingerprint(signedHead->publicKey),
                                         AuditCheckpoint::fingerprint(trusted->publicKey))
                              << Qt::endl;
                return Failed;
            }
        }
    }
    AppContext* app = context.openDatabase(options.value(QStringLiteral("db")));
    if (!app)
        return Failed;
    const AuditVerification result = app->store().audit().verify();
    if (!result.ok) {
        context.err() << tr("audit: broken: %1").arg(result.problem) << Qt::endl;
        return Failed;
    }
    // The live rows against the log: a decision, strike or setting changed behind the log's back.
    const AuditReconciliation live = AuditReconciler(app->database().connection()).reconcile();
    if (!live.ok) {
        for (const QString& problem : live.problems)
            context.err() << tr("audit: broken: %1").arg(problem) << Qt::endl;
        if (live.problemCount > live.problems.size())
            context.err() << tr("audit: %n more difference(s)", nullptr, int(live.problemCount - live.problems.size()))
                          << Qt::endl;
        return Failed;
    }
    if (signedHead) {
        QString problem;
        if (!AuditCheckpoint::extends(*signedHead, app->store().audit(), result.entries, &problem)) {
            context.err() << tr("audit: broken: %1").arg(problem) << Qt::endl;
            return Failed;
        }
    }
    context.out() << tr("audit: ok, %n entries, head %1", nullptr, int(result.entries)).arg(result.head) << Qt::endl;
    context.out()
        << tr("audit: %1 decisions and %2 strikes match the audit trail").arg(live.decisions).arg(live.strikes)
        << Qt::endl;
    if (signedHead)
        context.out() << tr(
            "audit: extends the checkpoint of %1 (%n entries), signed by key %2", nullptr, int(signedHead->entries))
                             .arg(signedHead->at.toUTC().toString(Qt::ISODate),
                                 AuditCheckpoint::fingerprint(signedHead->publicKey))
                      << Qt::endl;
    return Ok;
}
