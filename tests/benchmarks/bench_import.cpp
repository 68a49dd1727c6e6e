// Import speed (issue 2): demo cases through BundleReader, PolicyEngine and
// CaseStore into a fresh database, against the floor of a plain sqlite3 bulk
// insert of the very same rows (INSERT ... SELECT from the imported file, one
// transaction, run by the sqlite3 shell) in the same run.
//   bench_import [CASES]   (default: a smoke size for CTest)
#include "BundleReader.h"
#include "CaseStore.h"
#include "Clock.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "DemoLoader.h"
#include "Importer.h"
#include "PolicyEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

#include <sys/resource.h>

namespace {

double cpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// CPU time of the finished child processes (the sqlite3 shell).
double childCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

qint64 count(Database& db, const QString& table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

const QStringList Tables
    = { QStringLiteral("users"), QStringLiteral("cases"), QStringLiteral("orders"), QStringLiteral("parties"),
          QStringLiteral("payments"), QStringLiteral("events"), QStringLiteral("messages"), QStringLiteral("history") };

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int cases = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 2000;
    QTemporaryDir dir;
    const QString bundle = dir.filePath(QStringLiteral("demo.jsonl"));
    QString error;
    if (cases < 1 || !DemoLoader::writeBundle(bundle, cases, 1, DemoGenerator::defaultReferenceNow(), &error)) {
        std::fprintf(stderr, "cannot write the demo bundle: %s\n", qPrintable(error));
        return 1;
    }

    // Where the time goes: reading and validating alone, then with the policy's suggestion.
    double readCpu = 0;
    double suggestCpu = 0;
    {
        const PolicyEngine engine;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const bool suggest : { false, true }) {
            BundleReader reader(bundle);
            CaseFacts facts;
            const double cpu0 = cpuSeconds();
            int read = 0;
            if (reader.open()) {
                while (reader.next(&facts) == BundleReader::CaseRead) {
                    ++read;
                    if (suggest)
                        engine.suggest(facts, now);
                }
            }
            (suggest ? suggestCpu : readCpu) = cpuSeconds() - cpu0;
            if (read != cases) {
                std::fprintf(stderr, "the bundle reads back %d of %d cases\n", read, cases);
                return 1;
            }
        }
    }

    const QString imported = dir.filePath(QStringLiteral("imported.sqlite"));
    double importWall = 0;
    double importCpu = 0;
    {
        Database db(imported, QStringLiteral("bench-import"));
        if (!db.open()) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error()));
            return 1;
        }
        CaseStore store(db);
        const Clock clock;
        Importer importer(db, store, clock);
        QElapsedTimer wall;
        wall.start();
        const double cpu0 = cpuSeconds();
        const ImportReport report = importer.importFile(bundle);
        importCpu = cpuSeconds() - cpu0;
        importWall = double(wall.nsecsElapsed()) / 1e9;
        if (!report.complete() || report.imported != cases) {
            std::fprintf(stderr, "import failed:\n%s\n", qPrintable(report.messages().join(QLatin1Char('\n'))));
            return 1;
        }
    }

    // The floor: the same rows, copied by SQLite itself into the same schema.
    const QString baseline = dir.filePath(QStringLiteral("baseline.sqlite"));
    {
        Database db(baseline, QStringLiteral("bench-baseline"));
        if (!db.open())
            return 1;
    }
    QString script
        = QStringLiteral("PRAGMA foreign_keys = ON;\nATTACH '%1' AS src;\nBEGIN IMMEDIATE;\n.timer on\n").arg(imported);
    for (const QString& table : Tables)
        script += QStringLiteral("INSERT INTO main.%1 SELECT * FROM src.%1;\n").arg(table);
    script += QStringLiteral("INSERT INTO main.case_search (rowid, body) SELECT rowid, body FROM src.case_search;\n"
                             "COMMIT;\n");
    QProcess sqlite;
    const double childCpu0 = childCpuSeconds();
    QElapsedTimer wall;
    wall.start();
    sqlite.start(QStringLiteral("sqlite3"), { baseline });
    sqlite.write(script.toUtf8());
    sqlite.closeWriteChannel();
    if (!sqlite.waitForFinished(600000) || sqlite.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3 failed: %s\n", sqlite.readAllStandardError().constData());
        return 1;
    }
    const double baselineWall = double(wall.nsecsElapsed()) / 1e9;
    const double baselineCpu = childCpuSeconds() - childCpu0;
    // ".timer on" prints "Run Time: real R user U sys S" per statement: the last but one is the search index.
    double searchCpu = 0;
    const QList<QByteArray> timings = sqlite.readAllStandardOutput().split('\n');
    QList<QByteArray> runTimes;
    for (const QByteArray& line : timings)
        if (line.startsWith("Run Time:"))
            runTimes << line;
    if (runTimes.size() >= 2) {
        const QList<QByteArray> words = runTimes.at(runTimes.size() - 2).simplified().split(' ');
        if (words.size() >= 8)
            searchCpu = words.at(5).toDouble() + words.at(7).toDouble();
    }

    Database a(imported, QStringLiteral("check-imported"));
    Database b(baseline, QStringLiteral("check-baseline"));
    if (!a.open() || !b.open())
        return 1;
    for (const QString& table : Tables + QStringList { QStringLiteral("case_search") }) {
        if (count(a, table) != count(b, table) || count(a, table) <= 0) {
            std::fprintf(stderr, "row counts differ in %s\n", qPrintable(table));
            return 1;
        }
    }
    std::printf("read and validate: %.2f s CPU = %.0f cases/s; with the suggestion: %.2f s CPU = %.0f cases/s\n",
        readCpu, cases / readCpu, suggestCpu, cases / suggestCpu);
    std::printf("import: %d cases in %.2f s wall (%.2f s CPU) = %.0f cases/s\n", cases, importWall, importCpu,
        cases / importWall);
    std::printf("sqlite3 bulk insert of the same rows: %.2f s wall (%.2f s CPU) = %.0f cases/s;"
                " import takes %.1fx its wall time, %.1fx its CPU time\n",
        baselineWall, baselineCpu, cases / baselineWall, importWall / baselineWall, importCpu / baselineCpu);
    std::printf("of which the trigram search index: %.2f s CPU\n", searchCpu);
    return 0;
}
