#include "DemoCommand.h"

#include "CommandContext.h"
#include "DemoGenerator.h"
#include "DemoLoader.h"
#include "OutputFile.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

QString DemoCommand::description() const
{
    return tr("fill the database with demo cases");
}

void DemoCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({ QStringLiteral("cases"), tr("How many cases."), QStringLiteral("N") });
    parser.addOption(
        { QStringLiteral("seed"), tr("Seed of the generator (default 1)."), QStringLiteral("S"), QStringLiteral("1") });
    parser.addOption({ QStringLiteral("at"),
        tr("The demo's \"now\" (ISO 8601 with a zone; default: a fixed instant, so a seed always gives the same "
           "cases)."),
        QStringLiteral("TIME") });
    parser.addOption({ QStringLiteral("out"), tr("Write the cases to this bundle file instead of the database."),
        QStringLiteral("FILE.jsonl") });
    parser.addOption({ QStringLiteral("force"), tr("With --out: replace the file if it exists.") });
}

int DemoCommand::run(const QCommandLineParser& options, CommandContext& context)
{
    bool ok = false;
    const qint64 count = options.value(QStringLiteral("cases")).toLongLong(&ok);
    if (!ok || count < 1 || count > DemoGenerator::MaxCases)
        return context.usageError(tr("--cases needs a number from 1 to %1").arg(DemoGenerator::MaxCases));
    const quint64 seed = options.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return context.usageError(tr("--seed needs a whole number"));
    // Not the clock: a fixed instant unless --at gives one, so a seed always gives the same cases.
    QDateTime now = DemoGenerator::defaultReferenceNow();
    if (options.isSet(QStringLiteral("at")) && !parseAt(options, context, &now))
        return Failed;

    QTextStream& err = context.err();
    const bool showProgress = context.stderrIsTerminal();
    QElapsedTimer sinceShown;
    sinceShown.start();
    bool shown = false;
    const auto progress = [&](int done) {
        if (!showProgress || sinceShown.elapsed() < 250)
            return;
        sinceShown.restart();
        shown = true;
        err << QStringLiteral("\r%1 / %2").arg(done).arg(count) << Qt::flush;
    };
    const auto endProgress = [&] {
        if (shown)
            err << QLatin1Char('\n') << Qt::flush;
    };

    const QString out = options.value(QStringLiteral("out"));
    if (!out.isEmpty()) {
        QString error;
        OutputFile file(out);
        file.setOverwrite(options.isSet(QStringLiteral("force")));
        // Not opened, but never to be overwritten: the database --db names (or the default one).
        file.protectDatabase(context.databasePath(options.value(QStringLiteral("db"))));
        const bool written = DemoLoader::writeBundle(file, int(count), seed, now, &error, progress);
        endProgress();
        if (!written) {
            err << error << Qt::endl;
            return Failed;
        }
        context.out() << tr("%1: wrote %n demo case(s) (seed %2)", nullptr, int(count)).arg(out).arg(seed) << Qt::endl;
        return Ok;
    }
    AppContext* app = context.openDatabase(options.value(QStringLiteral("db")), CommandContext::Create);
    if (!app)
        return Failed;
    const DemoSummary summary = DemoLoader::fill(app->database(), app->store(), int(count), seed, now, progress);
    endProgress();
    context.out() << summary.toString() << Qt::endl;
    if (!summary.ok()) {
        err << summary.error << Qt::endl;
        return Failed;
    }
    return Ok;
}
