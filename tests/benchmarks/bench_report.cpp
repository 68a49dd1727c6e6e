// The CSV report figure of issue 7: `appealdesk report --format csv` over the latest
// N decided cases (default 100,000) against `sqlite3 -csv` running the report's own
// query (ReportQuery::sql) for the same period; both as processes, wall clock, medians.
// Issue 16: with --formats, also the HTML report and the PDF with its whole per-case table
// (--pdf-max-rows N), the PDF's peak resident memory measured by /usr/bin/time.
//   bench_report [--db PATH] [--decided N] [--runs R] [--formats csv,html,pdf]
//   (without --db: a smoke run on 2,000 demo cases)
#include "CaseStore.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "DemoLoader.h"
#include "ReportOptions.h"
#include "ReportQuery.h"
#include "SqlDialect.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

// Wall-clock milliseconds of `program arguments`, its output into `outFile`; -1 on failure.
double runMs(const QString& program, const QStringList& arguments, const QString& outFile = QString())
{
    QProcess process;
    if (!outFile.isEmpty())
        process.setStandardOutputFile(outFile);
    process.setProcessChannelMode(outFile.isEmpty() ? QProcess::SeparateChannels : QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(1800000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), process.readAllStandardError().constData());
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

qint64 lineCount(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    qint64 lines = 0;
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(1 << 20);
        lines += std::count(chunk.begin(), chunk.end(), '\n');
    }
    return lines;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CSV report against sqlite3 -csv"));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Demo database."), QStringLiteral("PATH"));
    const QCommandLineOption decidedOption(QStringLiteral("decided"), QStringLiteral("Decided cases in the period."),
        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption runsOption(
        QStringLiteral("runs"), QStringLiteral("Runs of each (median)."), QStringLiteral("R"), QStringLiteral("3"));
    parser.addOption(dbOption);
    parser.addOption(decidedOption);
    const QCommandLineOption formatsOption(QStringLiteral("formats"),
        QStringLiteral("Report formats to time besides csv: html, pdf."), QStringLiteral("LIST"),
        QStringLiteral("csv"));
    parser.addOption(runsOption);
    parser.addOption(formatsOption);
    parser.process(app);
    const QStringList formats = parser.value(formatsOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const int runs = qMax(1, parser.value(runsOption).toInt());
    const qint64 wanted = qMax(1, parser.value(decidedOption).toInt());

    QTemporaryDir dir;
    QString path = parser.value(dbOption);
    {
        Database db(
            path.isEmpty() ? dir.filePath(QStringLiteral("smoke.sqlite")) : path, QStringLiteral("bench-report"));
        if (!db.open()) {
            std::fprintf(stderr, "cannot open the database: %s\n", qPrintable(db.error()));
            return 1;
        }
        path = db.path();
        if (parser.value(dbOption).isEmpty()) {
            CaseStore store(db);
            const DemoSummary demo = DemoLoader::fill(db, store, 2000, 1, DemoGenerator::defaultReferenceNow());
            if (!demo.ok()) {
                std::fprintf(stderr, "demo: %s\n", qPrintable(demo.error));
                return 1;
            }
        }
    }

    // The period: whole days back from the latest decision until it holds `wanted` decisions.
    ReportOptions options;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-report-range"));
        db.setDatabaseName(path);
        QSqlQuery q(db);
        if (!db.open() || !q.exec(QStringLiteral("SELECT max(decided_at) FROM decisions")) || !q.next()
            || q.value(0).isNull()) {
            std::fprintf(stderr, "no decided cases\n");
            return 1;
        }
        options.to = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC).date();
        q.prepare(QStringLiteral("SELECT decided_at FROM decisions ORDER BY decided_at DESC LIMIT 1 OFFSET ?"));
        q.addBindValue(wanted - 1);
        const bool enough = q.exec() && q.next();
        if (!enough) {
            q.exec(QStringLiteral("SELECT min(decided_at) FROM decisions"));
            q.next();
        }
        options.from = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC).date();
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-report-range"));

    QString sql = ReportQuery::sql(options, SqlDialect::of(DatabaseLocation::Backend::Sqlite));
    sql.replace(QStringLiteral(":from"), QString::number(ReportQuery::fromMs(options)));
    sql.replace(QStringLiteral(":to"), QString::number(ReportQuery::toMs(options)));

    const QString ours = dir.filePath(QStringLiteral("report.csv"));
    const QString theirs = dir.filePath(QStringLiteral("sqlite.csv"));
    QList<double> reportTimes;
    QList<double> sqliteTimes;
    for (int run = 0; run < runs; ++run) {
        const double report = runMs(QStringLiteral(APPEALDESK_BINARY),
            { QStringLiteral("report"), QStringLiteral("--db"), path, QStringLiteral("--lang"), QStringLiteral("en"),
                QStringLiteral("--from"), options.from.toString(Qt::ISODate), QStringLiteral("--to"),
                options.to.toString(Qt::ISODate), QStringLiteral("--format"), QStringLiteral("csv"),
                QStringLiteral("-o"), ours, QStringLiteral("--force") }); // each run replaces the last one
        const double sqlite = runMs(
            QStringLiteral("sqlite3"), { QStringLiteral("-readonly"), QStringLiteral("-csv"), path, sql }, theirs);
        if (report < 0 || sqlite < 0)
            return 1;
        reportTimes << report;
        sqliteTimes << sqlite;
    }
    const qint64 rows = lineCount(theirs);
    const qint64 reportLines = lineCount(ours);
    std::printf("csv-report-ms: %.1f sqlite3-csv-ms: %.1f rows: %lld (report lines %lld) period: %s..%s\n",
        median(reportTimes), median(sqliteTimes), rows, reportLines, qPrintable(options.from.toString(Qt::ISODate)),
        qPrintable(options.to.toString(Qt::ISODate)));
    const QStringList reportArguments { QStringLiteral("report"), QStringLiteral("--db"), path,
        QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--from"), options.from.toString(Qt::ISODate),
        QStringLiteral("--to"), options.to.toString(Qt::ISODate), QStringLiteral("--force") };
    if (formats.contains(QLatin1String("html"))) {
        const QString html = dir.filePath(QStringLiteral("report.html"));
        QList<double> times;
        for (int run = 0; run < runs; ++run) {
            const double ms = runMs(QStringLiteral(APPEALDESK_BINARY),
                reportArguments
                    + QStringList { QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("-o"), html });
            if (ms < 0)
                return 1;
            times << ms;
        }
        std::printf("html-report-ms: %.1f csv-report-ms: %.1f ratio: %.2f rows: %lld\n", median(times),
            median(reportTimes), median(times) / std::max(1.0, median(reportTimes)), rows);
    }
    if (formats.contains(QLatin1String("pdf"))) {
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        const QString memory = dir.filePath(QStringLiteral("pdf-rss.txt"));
        QList<double> times;
        QList<double> rss;
        for (int run = 0; run < runs; ++run) {
            // GNU time's %M: the peak resident set of the report process, in KiB.
            const double ms = runMs(QStringLiteral("/usr/bin/time"),
                QStringList { QStringLiteral("-f"), QStringLiteral("%M"), QStringLiteral("-o"), memory,
                    QStringLiteral(APPEALDESK_BINARY) }
                    + reportArguments
                    + QStringList { QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--pdf-max-rows"),
                        QString::number(rows + 1), QStringLiteral("-o"), pdf });
            QFile file(memory);
            if (ms < 0 || !file.open(QIODevice::ReadOnly))
                return 1;
            times << ms;
            rss << file.readAll().trimmed().toDouble() / 1024.0;
        }
        std::printf("pdf-report-ms: %.1f pdf-rss-mb: %.1f rows: %lld\n", median(times), median(rss), rows);
    }
    // The report writes a header line and one line per case (notes are single-line in the demo).
    return rows > 0 && reportLines >= rows ? 0 : 1;
}
