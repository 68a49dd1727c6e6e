#include "ImportCommand.h"

#include "CommandContext.h"
#include "Importer.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

QString ImportCommand::synopsis() const
{
    //: Top-level --help: the command word stays "import".
    return tr("import FILE...");
}

QString ImportCommand::description() const
{
    return tr("import case bundles (.json, .jsonl)");
}

void ImportCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Case bundles to import."), QStringLiteral("FILE..."));
    parser.addOption({ QStringLiteral("replace"), tr("Replace cases already stored (never a decided one).") });
    parser.addOption({ QStringLiteral("skip-invalid"), tr("Store the valid cases of a file with invalid ones.") });
    parser.addOption({ QStringLiteral("progress"), tr("Show progress on stderr even when it is not a terminal.") });
}

int ImportCommand::run(const QCommandLineParser& options, CommandContext& context)
{
    const QStringList files = options.positionalArguments().mid(1);
    if (files.isEmpty())
        return context.usageError(tr("no file to import"));
    AppContext* app = context.openDatabase(options.value(QStringLiteral("db")), CommandContext::Create);
    if (!app)
        return Failed;

    ImportOptions importOptions;
    importOptions.replace = options.isSet(QStringLiteral("replace"));
    importOptions.skipInvalid = options.isSet(QStringLiteral("skip-invalid"));
    const bool showProgress = options.isSet(QStringLiteral("progress")) || context.stderrIsTerminal();

    QTextStream& out = context.out();
    QTextStream& err = context.err();
    Importer importer(app->database(), app->store(), context.clock());
    importer.setOptions(importOptions);
    bool allImported = true;
    for (const QString& file : files) {
        QElapsedTimer sinceShown;
        sinceShown.start();
        bool shown = false;
        if (showProgress) {
            importer.setProgressCallback([&](qint64 done, qint64 total) {
                if (total <= 0 || (done < total && sinceShown.elapsed() < 250))
                    return;
                sinceShown.restart();
                shown = true;
                err << QStringLiteral("\r%1: %2%").arg(file).arg(done * 100 / total) << Qt::flush;
            });
        }
        const ImportReport report = importer.importFile(file);
        if (shown)
            err << QLatin1Char('\n');
        for (const QString& line : report.messages())
            err << line << QLatin1Char('\n');
        err.flush();
        out << tr("%1: imported %2, replaced %3, skipped %4, rejected %5")
                   .arg(file)
                   .arg(report.imported)
                   .arg(report.replaced)
                   .arg(report.skipped.size() + report.decidedNotReplaced.size())
                   .arg(report.errors.size())
            << Qt::endl;
        // A case already in the database is not an error (issue 13, item 14): the same file imported twice
        // exits 0. A decided case that --replace could not replace is a refusal.
        allImported = allImported && !report.fileRejected && report.errors.isEmpty()
            && (!importOptions.replace || report.decidedNotReplaced.isEmpty());
    }
    return allImported ? Ok : Failed;
}
