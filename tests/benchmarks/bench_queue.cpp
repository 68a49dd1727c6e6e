// The desktop figures of issue 7 on one database, each next to its reference:
//   the first queue page painted after a sort change, a filter change and a text search,
//   against sqlite3 running the very statements the queue model ran (traced on its connection);
//   every frame of scrolling to the end of the queue and back;
//   a case with a 2,000-message transcript opened to a painted view;
//   resident memory (VmRSS) with the queue open.
// run.sh runs it at 1,000 and at 1,000,000 cases and compares the two.
//   bench_queue [--db PATH] [--runs R] [--sql]   (without --db: a smoke run on 2,000 fresh demo cases)
#include "CaseService.h"
#include "CaseStore.h"
#include "CaseView.h"
#include "Clock.h"
#include "Database.h"
#include "DemoGenerator.h"
#include "DemoLoader.h"
#include "PolicyEngine.h"
#include "QueueModel.h"
#include "QueueView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QFile>
#include <QHeaderView>
#include <QProcess>
#include <QScrollBar>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

const QString kLongCaseId = QStringLiteral("AP-BENCH-2000MSG");
constexpr int kLongTranscript = 2000;

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return 0;
}

// Collects the statements a connection runs (with their bound values) while `active`.
struct Tracer
{
    bool active = false;
    QStringList statements;

    static int callback(unsigned type, void* context, void* statement, void*)
    {
        auto* self = static_cast<Tracer*>(context);
        if (type != SQLITE_TRACE_PROFILE || !self->active)
            return 0;
        if (char* sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(statement))) {
            const QString text = QString::fromUtf8(sql);
            sqlite3_free(sql);
            // FTS5's own statements on its shadow tables run inside the queue's statement: the shell runs them too
            // when it runs that statement.
            static const QRegularExpression internal(QStringLiteral(
                "'main'\\.('[a-z_]+_(idx|data|content|docsize|config)'|data_version)"));
            if (!internal.match(text).hasMatch())
                self->statements << text;
        }
        return 0;
    }

    bool attach(const QString& connectionPrefix)
    {
        for (const QString& name : QSqlDatabase::connectionNames()) {
            if (!name.startsWith(connectionPrefix))
                continue;
            const QVariant handle = QSqlDatabase::database(name, false).driver()->handle();
            if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
                sqlite3* db = *static_cast<sqlite3* const*>(handle.constData());
                return db && sqlite3_trace_v2(db, SQLITE_TRACE_PROFILE, &Tracer::callback, this) == SQLITE_OK;
            }
        }
        return false;
    }
};

// Milliseconds sqlite3 (the shell) takes to run `statements` on `path`: the script repeats
// them `repeats` times, less the time of the same shell without them, per repeat;
// median of three such runs; -1 if it fails.
double sqliteMs(const QString& path, const QStringList& statements, int repeats)
{
    const QString prelude = QStringLiteral("PRAGMA temp_store = MEMORY;\n"
                                           "CREATE TEMP TABLE IF NOT EXISTS queue_hits (id INTEGER PRIMARY KEY);\n");
    QString block;
    for (const QString& statement : statements)
        block += statement + QStringLiteral(";\n");
    const auto wallMs = [&](const QString& script) {
        QProcess sqlite;
        sqlite.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer timer;
        timer.start();
        sqlite.start(QStringLiteral("sqlite3"), { QStringLiteral("-readonly"), path });
        sqlite.write(script.toUtf8());
        sqlite.closeWriteChannel();
        if (!sqlite.waitForFinished(600000) || sqlite.exitCode() != 0)
            return -1.0;
        return double(timer.nsecsElapsed()) / 1e6;
    };
    QList<double> times;
    for (int run = 0; run < 3; ++run) {
        const double empty = wallMs(prelude);
        const double full = wallMs(prelude + block.repeated(repeats));
        if (empty < 0 || full < 0)
            return -1;
        times << qMax(0.0, full - empty) / repeats;
    }
    return median(times);
}

struct Action
{
    QString name; // one figure: sort, filter or search
    QString variant;
    std::function<void()> prepare; // untimed: back to the starting state, caches dropped
    std::function<void()> change; // timed, together with the paint
};

struct Result
{
    double ms = 0; // until painted, median over the runs
    double model = 0; // until the model holds the visible rows (the SQL and the rows' values), median
    double sqlite = 0; // the same statements in sqlite3, median
    // Below a millisecond both sides are call overhead and timer noise: the reference counts as 1 ms.
    double ratio() const { return model / qMax(sqlite, 1.0); }
    QString variant;
};

// The case with a long transcript: a demo case's parties and order, 2,000 messages.
bool ensureLongCase(Database& db, CaseStore& store)
{
    if (store.cases().exists(kLongCaseId))
        return true;
    CaseFacts facts = DemoGenerator(1).generate(0).facts;
    facts.id = kLongCaseId;
    const QList<Message> seed = facts.messages;
    QDateTime at = facts.openedAt;
    for (int i = facts.messages.size(); i < kLongTranscript; ++i) {
        Message message = seed.isEmpty() ? Message() : seed.at(i % seed.size());
        at = at.addSecs(20);
        message.at = at;
        if (seed.isEmpty()) {
            message.from = i % 2 ? Role::Buyer : Role::Seller;
            message.text = QStringLiteral("Message %1: I have paid, please check your bank account.").arg(i);
        }
        facts.messages << message;
    }
    const Suggestion suggestion = PolicyEngine().suggest(facts, DemoGenerator::defaultReferenceNow());
    return db.beginWrite() && store.cases().insert(facts, suggestion, DemoGenerator::defaultReferenceNow())
        && db.commit();
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Queue, scrolling, case view and memory figures"));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QStringLiteral("Demo database to measure (a case with a long transcript is added once)."),
        QStringLiteral("PATH"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of each timing (median)."),
        QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption sqlOption(
        QStringLiteral("sql"), QStringLiteral("Print the statements each change ran, with their values."));
    parser.addOption(dbOption);
    parser.addOption(runsOption);
    parser.addOption(sqlOption);
    parser.process(app);
    const int runs = qMax(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    QString path = parser.value(dbOption);
    const FixedClock clock(DemoGenerator::defaultReferenceNow());
    Database db(path.isEmpty() ? dir.filePath(QStringLiteral("smoke.sqlite")) : path, QStringLiteral("bench-queue"));
    if (!db.open()) {
        std::fprintf(stderr, "cannot open the database: %s\n", qPrintable(db.error()));
        return 1;
    }
    path = db.path();
    CaseStore store(db);
    if (parser.value(dbOption).isEmpty()) {
        const DemoSummary demo = DemoLoader::fill(db, store, 2000, 1, clock.now());
        if (!demo.ok()) {
            std::fprintf(stderr, "demo: %s\n", qPrintable(demo.error));
            return 1;
        }
    }
    if (!ensureLongCase(db, store)) {
        std::fprintf(stderr, "cannot store the long case: %s\n", qPrintable(store.cases().lastError()));
        return 1;
    }
    const double rssEmpty = residentMb();

    QueueModel model(path, clock);
    if (!model.open()) {
        std::fprintf(stderr, "queue: %s\n", qPrintable(model.lastError()));
        return 1;
    }
    QueueView view;
    view.resize(1280, 800);
    view.setQueueModel(&model);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view)) {
        std::fprintf(stderr, "the queue view is not shown\n");
        return 1;
    }
    Tracer tracer;
    if (!tracer.attach(QStringLiteral("queue-"))) {
        std::fprintf(stderr, "cannot trace the queue's connection\n");
        return 1;
    }
    const int cases = model.rowCount();
    std::printf("cases: %d\n", cases);

    // Delayed layouts first (a model reset schedules one), then the visible rows.
    const auto paint = [&] {
        QCoreApplication::processEvents();
        view.viewport()->repaint();
    };
    const auto reset = [&] {
        model.setFilter(QueueFilter());
        view.sortByColumn(QueueModel::SlaColumn, Qt::AscendingOrder);
        model.refresh(); // drops the cached counts
        view.scrollToTop();
        paint();
    };
    const auto sortBy
        = [&](int column, Qt::SortOrder order) { return [&, column, order] { view.sortByColumn(column, order); }; };
    const auto filterBy = [&](QueueFilter filter) { return [&, filter] { model.setFilter(filter); }; };

    QList<Action> actions;
    const auto addSort = [&](const QString& variant, int column, Qt::SortOrder order) {
        actions << Action { QStringLiteral("sort"), variant, reset, sortBy(column, order) };
    };
    addSort(QStringLiteral("age, youngest first"), QueueModel::AgeColumn, Qt::AscendingOrder);
    addSort(QStringLiteral("amount, largest first"), QueueModel::AmountColumn, Qt::DescendingOrder);
    addSort(QStringLiteral("case id"), QueueModel::CaseIdColumn, Qt::AscendingOrder);
    addSort(QStringLiteral("status"), QueueModel::StatusColumn, Qt::AscendingOrder);
    addSort(QStringLiteral("appellant"), QueueModel::AppellantColumn, Qt::AscendingOrder);

    const auto addFilter = [&](const QString& name, const QString& variant, const QueueFilter& filter) {
        actions << Action { name, variant, reset, filterBy(filter) };
    };
    QueueFilter f;
    f.status = CaseStatus::Open;
    addFilter(QStringLiteral("filter"), QStringLiteral("status open"), f);
    f = QueueFilter();
    f.kind = QStringLiteral("live_chat_abuse");
    addFilter(QStringLiteral("filter"), QStringLiteral("kind live chat abuse"), f);
    f.status = CaseStatus::Open;
    addFilter(QStringLiteral("filter"), QStringLiteral("kind live chat abuse, open"), f);
    f = QueueFilter();
    f.language = QStringLiteral("th");
    f.status = CaseStatus::Decided;
    addFilter(QStringLiteral("filter"), QStringLiteral("language th, decided"), f);
    const QStringList fiats = model.distinctValues(QueueModel::FiatColumn);
    if (!fiats.isEmpty()) {
        f = QueueFilter();
        f.fiat = fiats.constLast();
        addFilter(QStringLiteral("filter"), QStringLiteral("fiat ") + f.fiat, f);
    }
    for (const QString& text :
        { QStringLiteral("release"), QStringLiteral("Swish"), QStringLiteral("Sw"), model.caseIdAt(cases / 2) }) {
        f = QueueFilter();
        f.text = text;
        addFilter(QStringLiteral("search"), QLatin1Char('"') + text + QLatin1Char('"'), f);
    }

    // Rows the view shows: what the model must have read before the first paint.
    const int visibleRows = view.viewport()->height() / qMax(1, view.verticalHeader()->defaultSectionSize()) + 1;
    QHash<QString, Result> slowest; // per figure: the slowest variant to paint
    QHash<QString, Result> farthest; // per figure: the variant farthest from sqlite3
    for (const Action& action : actions) {
        QList<double> times;
        QList<double> modelTimes;
        QStringList statements;
        // The timed runs untraced (tracing costs microseconds a statement, and a search runs one of FTS5's per
        // hit), then one run traced for the statements sqlite3 runs.
        for (int run = 0; run <= runs; ++run) {
            const bool traced = run == runs;
            action.prepare();
            tracer.statements.clear();
            tracer.active = traced;
            QElapsedTimer timer;
            timer.start();
            action.change();
            const int rows = qMin(model.rowCount(), visibleRows);
            for (int row = 0; row < rows; ++row) {
                for (int column = 0; column < QueueModel::ColumnCount; ++column)
                    model.index(row, column).data();
            }
            const double modelMs = double(timer.nsecsElapsed()) / 1e6;
            tracer.active = false;
            paint();
            if (traced) {
                statements = tracer.statements;
            } else {
                modelTimes << modelMs;
                times << double(timer.nsecsElapsed()) / 1e6;
            }
        }
        const Result result { median(times), median(modelTimes), sqliteMs(path, statements, 10), action.variant };
        std::printf("  %-6s %-24s painted %8.2f ms  model %8.2f ms  sqlite3 %8.2f ms  (%lld statements, %d rows)\n",
            qPrintable(action.name), qPrintable(action.variant), result.ms, result.model, result.sqlite,
            qint64(statements.size()), model.rowCount());
        if (parser.isSet(sqlOption)) {
            for (const QString& statement : std::as_const(statements))
                std::printf("    %s;\n", qPrintable(statement));
        }
        if (!model.lastError().isEmpty() || result.sqlite < 0) {
            std::fprintf(stderr, "queue: %s\n", qPrintable(model.lastError()));
            return 1;
        }
        if (!slowest.contains(action.name) || result.ms > slowest.value(action.name).ms)
            slowest.insert(action.name, result);
        if (!farthest.contains(action.name) || result.ratio() > farthest.value(action.name).ratio())
            farthest.insert(action.name, result);
    }
    for (const QString& name : { QStringLiteral("sort"), QStringLiteral("filter"), QStringLiteral("search") }) {
        const Result& s = slowest[name];
        const Result& f = farthest[name];
        std::printf("%s-ms: %.2f variant: %s\n", qPrintable(name), s.ms, qPrintable(s.variant));
        std::printf("%s-model-ms: %.2f sqlite3-ms: %.2f ratio: %.2f variant: %s\n", qPrintable(name), f.model, f.sqlite,
            f.ratio(), qPrintable(f.variant));
    }

    // Scrolling: to the end and back by dragging the scroll bar (60 steps each way),
    // then page by page from the top (200 pages), then Ctrl+End and Ctrl+Home.
    reset();
    QList<double> frames;
    const auto frame = [&](const std::function<void()>& step) {
        QElapsedTimer timer;
        timer.start();
        step();
        paint();
        frames << double(timer.nsecsElapsed()) / 1e6;
    };
    QScrollBar* bar = view.verticalScrollBar();
    constexpr int Steps = 60;
    for (int i = 1; i <= Steps; ++i)
        frame([&] { bar->setValue(int(qint64(bar->maximum()) * i / Steps)); });
    for (int i = Steps - 1; i >= 0; --i)
        frame([&] { bar->setValue(int(qint64(bar->maximum()) * i / Steps)); });
    for (int i = 0; i < 200; ++i)
        frame([&] { bar->triggerAction(QAbstractSlider::SliderPageStepAdd); });
    frame([&] { view.scrollToBottom(); });
    frame([&] { view.scrollToTop(); });
    std::printf("scroll-max-frame-ms: %.2f median: %.2f frames: %lld\n",
        *std::max_element(frames.begin(), frames.end()), median(frames), qint64(frames.size()));

    // A case with a long transcript, opened to a painted view.
    QList<double> opens;
    {
        CaseService service(db, store, clock);
        CaseView caseView(service);
        caseView.resize(1280, 800);
        caseView.show();
        if (!QTest::qWaitForWindowExposed(&caseView))
            return 1;
        const QString other = model.caseIdAt(0);
        for (int run = 0; run < runs; ++run) {
            caseView.showCase(other);
            QCoreApplication::processEvents();
            caseView.repaint();
            QElapsedTimer timer;
            timer.start();
            caseView.showCase(kLongCaseId);
            QCoreApplication::processEvents();
            caseView.repaint();
            opens << double(timer.nsecsElapsed()) / 1e6;
        }
    }
    std::printf("case-open-ms: %.2f messages: %d\n", median(opens), kLongTranscript);
    std::printf("rss-mb: %.1f before the queue: %.1f\n", residentMb(), rssEmpty);
    return 0;
}
