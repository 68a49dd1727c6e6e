#include "DemoGenerator.h"
#include "PolicyEngine.h"
#include "TermLists.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>

// Two figures of issue 7, each next to its reference:
//   suggestions per second on one core over the demo set, from facts already in memory (target 200,000/s);
//   transcript scan MB/s against `grep -F -i -f terms` on the same text (target >= 1x grep), and
//   against `rg -F -i -f terms` (ripgrep) for the record; medians of --runs runs.
// Times are CPU times (this thread; grep's user + system time), so that other load on
// the machine does not count; wall-clock rates are printed alongside.
// Run without options it is a smoke run (small sizes, a few seconds); exits 1 if a figure
// cannot be computed or the scanner misses the terms planted in the text.

namespace {

qint64 threadCpuNs()
{
    timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

qint64 childrenCpuNs()
{
    rusage usage;
    getrusage(RUSAGE_CHILDREN, &usage);
    return (qint64(usage.ru_utime.tv_sec) + usage.ru_stime.tv_sec) * 1000000000
        + (qint64(usage.ru_utime.tv_usec) + usage.ru_stime.tv_usec) * 1000;
}

// The demo set, generated into memory before the timing.
QList<CaseFacts> demoCases(int count, quint64 seed)
{
    const DemoGenerator generator(seed);
    QList<CaseFacts> cases;
    cases.reserve(count);
    for (int i = 0; i < count; ++i)
        cases << generator.generate(i).facts;
    return cases;
}

struct Rate
{
    double cpu = 0; // per CPU second
    double wall = 0;
};

Rate suggestionsPerSecond(const QList<CaseFacts>& cases, int* decided)
{
    const PolicyEngine engine;
    const QDateTime at = DemoGenerator::defaultReferenceNow();
    const StrikeHistory recorded;
    // Warm up the term lists, the Swedish dictionary (loaded on the first compound) and time zones
    // outside the timing.
    TermLists::sensitive().scan(QStringLiteral("kryptohandel"));
    TermLists::abusive().scan(QStringLiteral("storidiot"));
    engine.suggest(cases.first(), at, recorded);
    QElapsedTimer timer;
    timer.start();
    const qint64 cpuStart = threadCpuNs();
    int count = 0;
    for (const CaseFacts& f : cases)
        count += engine.suggest(f, at, recorded).outcome != Outcome::None ? 1 : 0;
    const qint64 cpu = threadCpuNs() - cpuStart;
    const qint64 wall = timer.nsecsElapsed();
    *decided = count;
    return Rate { double(cases.size()) * 1e9 / double(qMax<qint64>(cpu, 1)),
        double(cases.size()) * 1e9 / double(qMax<qint64>(wall, 1)) };
}

// A transcript in four languages, one message a line, with a known abusive line every 50.
QString makeTranscript(qint64 bytes, int* planted)
{
    const QString lines[] = { QStringLiteral("Hello, I have paid the order, please release the crypto when you can."),
        QStringLiteral("Hej! Jag har betalat via Swish, kan du släppa ordern nu?"),
        QStringLiteral("Здравейте, платих поръчката, моля освободете я."),
        QStringLiteral("สวัสดีครับ โอนเงินแล้วนะครับ รบกวนปล่อยเหรียญด้วยครับ"),
        QStringLiteral("The bank transfer takes two business days, order 22918837461.") };
    const QString abusive = QStringLiteral("you are a useless idiot, release it now");
    QString text;
    text.reserve(bytes / 2);
    *planted = 0;
    qint64 utf8 = 0;
    for (int i = 0; utf8 < bytes; ++i) {
        const QString& line = i % 50 == 49 ? abusive : lines[i % 5];
        if (i % 50 == 49)
            ++*planted;
        text += line;
        text += QLatin1Char('\n');
        utf8 += line.toUtf8().size() + 1;
    }
    return text;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// MB/s of a reference tool on the same text and terms (its user + system time, median of `runs`);
// 0 when it is not installed or fails.
double referenceRate(const QString& tool, const QStringList& arguments, int runs, qint64 bytes)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        return 0;
    QList<double> seconds;
    for (int run = 0; run < runs; ++run) {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        // Output to a pipe, not /dev/null: GNU grep stops at the first match when it writes to /dev/null.
        const qint64 childStart = childrenCpuNs();
        process.start(program, arguments);
        process.waitForFinished(-1);
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() > 1)
            return 0;
        seconds << double(qMax<qint64>(childrenCpuNs() - childStart, 1)) / 1e9;
    }
    return double(bytes) / 1e6 / median(seconds);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Policy engine and transcript scanner throughput"));
    parser.addHelpOption();
    const QCommandLineOption casesOption(
        QStringLiteral("cases"), QStringLiteral("Cases in memory."), QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption mbOption(
        QStringLiteral("mb"), QStringLiteral("Transcript size in MB."), QStringLiteral("MB"), QStringLiteral("8"));
    const QCommandLineOption runsOption(
        QStringLiteral("runs"), QStringLiteral("Scan runs (median)."), QStringLiteral("R"), QStringLiteral("3"));
    parser.addOption(casesOption);
    parser.addOption(mbOption);
    parser.addOption(runsOption);
    parser.process(app);
    const int caseCount = qMax(1, parser.value(casesOption).toInt());
    const qint64 mb = qMax(1, parser.value(mbOption).toInt());
    const int runs = qMax(1, parser.value(runsOption).toInt());

    int decided = 0;
    const QList<CaseFacts> cases = demoCases(caseCount, 1);
    const Rate rate = suggestionsPerSecond(cases, &decided);
    std::printf("suggestions/s: %.0f  reference: 200000 (target)  ratio: %.2f  (%d cases, %d decided; wall clock "
                "%.0f/s)\n",
        rate.cpu, rate.cpu / 200000.0, caseCount, decided, rate.wall);

    int planted = 0;
    const QString text = makeTranscript(mb * 1024 * 1024, &planted);
    const QByteArray utf8 = text.toUtf8();
    const TermScanner& scanner = TermLists::abusive();
    scanner.scan(QStringLiteral("warm up: idiot")); // the normaliser's tables and ICU outside the timing

    // Medians of `runs` CPU times: ours (normalising, automaton, word forms) and the two references,
    // which only find the listed terms as byte strings.
    QList<double> scanSeconds;
    QList<double> wallSeconds;
    qsizetype matchCount = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const qint64 cpuStart = threadCpuNs();
        matchCount = scanner.scan(text).size();
        scanSeconds << double(qMax<qint64>(threadCpuNs() - cpuStart, 1)) / 1e9;
        wallSeconds << double(qMax<qint64>(timer.nsecsElapsed(), 1)) / 1e9;
    }
    const double scanRate = double(utf8.size()) / 1e6 / median(scanSeconds);

    // A hit on every planted line, none elsewhere ("useless" and "idiot" on each).
    const bool scannerOk = matchCount == planted * 2;

    QTemporaryDir dir;
    double grepRate = 0;
    double rgRate = 0;
    if (dir.isValid()) {
        QFile textFile(dir.filePath(QStringLiteral("transcript.txt")));
        QFile termFile(dir.filePath(QStringLiteral("terms.txt")));
        if (textFile.open(QIODevice::WriteOnly) && termFile.open(QIODevice::WriteOnly)) {
            textFile.write(utf8);
            termFile.write(scanner.terms().join(QLatin1Char('\n')).toUtf8() + '\n');
            textFile.close();
            termFile.close();
            const QStringList arguments = { QStringLiteral("-c"), QStringLiteral("-F"), QStringLiteral("-i"),
                QStringLiteral("-f"), termFile.fileName(), textFile.fileName() };
            grepRate = referenceRate(QStringLiteral("grep"), arguments, runs, utf8.size());
            rgRate = referenceRate(QStringLiteral("rg"), arguments, runs, utf8.size());
        }
    }
    std::printf("transcript scan MB/s: %.1f  reference: grep -F -i -f %.1f MB/s  ratio: %.2f  rg -F -i -f: %.1f MB/s  "
                "ratio-rg: %.2f  (%.1f MB, %lld terms, %lld matches, median of %d; wall clock %.1f MB/s)\n",
        scanRate, grepRate, grepRate > 0 ? scanRate / grepRate : 0.0, rgRate, rgRate > 0 ? scanRate / rgRate : 0.0,
        double(utf8.size()) / 1e6, qint64(scanner.terms().size()), qint64(matchCount), runs,
        double(utf8.size()) / 1e6 / median(wallSeconds));
    if (!scannerOk) {
        std::printf("FAIL: the scanner found %lld matches, %d planted\n", qint64(matchCount), planted * 2);
        return 1;
    }
    return rate.cpu > 0 && grepRate > 0 ? 0 : 1;
}
