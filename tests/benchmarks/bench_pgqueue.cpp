// Issue 15, "Measured": the first queue page on PostgreSQL after a sort, a filter and a text search,
// next to psql running the very statements the queue ran (the same run, the same server), as a ratio.
//   bench_pgqueue [--cases N] [--runs R] [--keep | --reuse URI]
// The server is the one APPEALDESK_TEST_PG_URI names (tests/pg/pg-cluster.sh start DIR prints it);
// the cases are made in a fresh schema by SQL (generate_series), with the schema's own indexes.
// As a test (ctest -L postgresql) it runs at a smoke size; by hand: --cases 1000000, on a cluster started with
// APPEALDESK_PG_SERVER_OPTIONS="-c shared_buffers=1GB" (the README's figures; a server sized for the desk).
#include "Database.h"
#include "QueueModel.h"
#include "QueueQuery.h"
#include "QueueStatements.h"
#include "SqlDialect.h"
#include "TestBackend.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

const qint64 kBase = QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// `sql` with its `?` replaced by the values as SQL literals, for psql.
QString inlined(const QueueStatement& s)
{
    QString out;
    int next = 0;
    for (const QChar ch : s.sql) {
        if (ch != QLatin1Char('?')) {
            out += ch;
            continue;
        }
        const QVariant v = s.values.value(next++);
        if (v.typeId() == QMetaType::QString) {
            QString text = v.toString();
            text.replace(QLatin1Char('\''), QStringLiteral("''"));
            out += QLatin1Char('\'') + text + QLatin1Char('\'');
        } else {
            out += QString::number(v.toLongLong());
        }
    }
    return out;
}

bool fill(Database& db, int cases, QString* error)
{
    // Synthetic rows of the shapes the queue reads: kinds, statuses, deadlines (some none), clauses,
    // agents, languages, fiats; one party, one order and one search row per case; one case in 50 (open ones among them) has
    // "refund" in its chat.
    const QString n = QString::number(cases);
    const QString base = QString::number(kBase);
    const QStringList statements = {
        QStringLiteral("SET maintenance_work_mem = '256MB'"),
        QStringLiteral("ALTER TABLE cases DISABLE TRIGGER case_counts_insert"),
        QStringLiteral("INSERT INTO users (id, user_id, nickname) SELECT g, 'U-' || g, 'trader' || g"
                       " FROM generate_series(1, %1) g")
            .arg(n),
        QStringLiteral(
            "INSERT INTO cases (id, case_id, kind, opened_at, appellant, language, fiat, fiat_amount,"
            " amount_units, status, suggested_clause, due_at, assigned_agent, imported_at)"
            " SELECT g, 'AP-' || lpad(CAST(g AS TEXT), 9, '0'),"
            " (ARRAY['p2p_appeal','live_chat_abuse','live_chat_suspension_appeal'])[1 + g % 3],"
            " %2 - CAST(g % 100000 AS BIGINT) * 60000, (ARRAY['buyer','seller',''])[1 + g % 3],"
            " (ARRAY['en','sv','bg','th'])[1 + (g / 3) % 4], (ARRAY['SEK','EUR','THB','BGN'])[1 + (g / 7) % 4],"
            " CAST(g % 100000 AS TEXT) || '.00', CAST(g % 100000 AS BIGINT) * 100000000,"
            " CASE WHEN g % 10 < 6 THEN 'decided' WHEN g % 10 < 8 THEN 'waiting' ELSE 'open' END,"
            " (ARRAY['B1','B3','S2b','LC1',''])[1 + (g / 11) % 5],"
            " CASE WHEN g % 13 = 0 THEN NULL ELSE %2 + ((CAST(g AS BIGINT) * 7919) % 200000 - 100000) * 60000 END,"
            " (ARRAY['','alice','bob'])[1 + (g / 5) % 3], %2 FROM generate_series(1, %1) g")
            .arg(n, base),
        QStringLiteral("INSERT INTO parties (case_ref, seq, role, user_ref) SELECT g, 0,"
                       " (ARRAY['buyer','seller','user'])[1 + g % 3], g FROM generate_series(1, %1) g")
            .arg(n),
        QStringLiteral("INSERT INTO orders (case_ref, number, created_at, fiat, fiat_amount, status)"
                       " SELECT g, CAST(70000000 + g AS TEXT), %2, 'SEK', '1', 'paid' FROM generate_series(1, %1) g")
            .arg(n, base),
        QStringLiteral("INSERT INTO case_search (case_ref, body) SELECT g, 'AP-' || lpad(CAST(g AS TEXT), 9, '0')"
                       " || chr(10) || CAST(70000000 + g AS TEXT) || chr(10) || 'U-' || g || chr(10) || 'trader' || g"
                       " || chr(10) || CASE WHEN g % 50 = 9 THEN 'please refund ขอบคุณครับ' ELSE 'payment sent' END"
                       " FROM generate_series(1, %1) g")
            .arg(n),
        QStringLiteral("ALTER TABLE cases ENABLE TRIGGER case_counts_insert"),
        QStringLiteral("DELETE FROM case_counts"),
        QStringLiteral("INSERT INTO case_counts (status, n) SELECT status, COUNT(*) FROM cases GROUP BY status"),
    };
    QSqlQuery q(db.connection());
    for (const QString& statement : statements) {
        if (!q.exec(statement)) {
            *error = q.lastError().text();
            return false;
        }
    }
    for (const QString& statement : db.dialect().continueIds({ QStringLiteral("users"), QStringLiteral("cases") })) {
        if (!q.exec(statement)) {
            *error = q.lastError().text();
            return false;
        }
    }
    for (const char* table : { "users", "cases", "parties", "orders", "case_search", "case_counts" }) {
        if (!q.exec(QStringLiteral("ANALYZE ") + QLatin1String(table))) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

struct Scenario
{
    const char* name;
    QueueFilter filter;
    QueueField sort;
    bool ascending;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("cases"), QStringLiteral("Cases to make (default 20000)."), QStringLiteral("N"),
        QStringLiteral("20000") });
    parser.addOption({ QStringLiteral("runs"), QStringLiteral("Runs per figure (default 5)."), QStringLiteral("R"),
        QStringLiteral("5") });
    parser.addOption({ QStringLiteral("keep"), QStringLiteral("Keep the schema (printed) for psql.") });
    parser.addOption({ QStringLiteral("reuse"), QStringLiteral("Measure a schema kept by --keep (its URI)."),
        QStringLiteral("URI") });
    parser.addHelpOption();
    parser.process(app);
    const int cases = parser.value(QStringLiteral("cases")).toInt();
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    if (!TestBackend::isPostgresql()) {
        std::puts("SKIP: bench_pgqueue measures the PostgreSQL queue (set APPEALDESK_TEST_BACKEND=postgresql)");
        return 0;
    }
    if (TestBackend::serverMissing()) {
        std::puts("SKIP: no PostgreSQL server for the tests");
        return 0;
    }
    const QString psql = QStandardPaths::findExecutable(QStringLiteral("psql"));
    if (psql.isEmpty()) {
        std::fprintf(stderr, "psql is not installed\n");
        return 1;
    }
    QString error;
    const bool reuse = parser.isSet(QStringLiteral("reuse"));
    const QString location = reuse ? parser.value(QStringLiteral("reuse")) : TestBackend::freshLocation(&error);
    if (location.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    int status = 0;
    {
        Database db(location, QStringLiteral("bench"));
        if (!db.open()) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error()));
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        if (reuse) {
            QSqlQuery q(db.connection());
            std::printf("cases: %s (a kept schema)\n",
                q.exec(QStringLiteral("SELECT COUNT(*) FROM cases")) && q.next() ? qPrintable(q.value(0).toString()) : "?");
        } else if (!fill(db, cases, &error)) {
            std::fprintf(stderr, "fill: %s\n", qPrintable(error));
            return 1;
        } else {
            std::printf("cases: %d (made and indexed in %.1f s)\n", cases, timer.elapsed() / 1000.0);
        }

        QueueFilter sortOnly;
        QueueFilter filtered;
        filtered.status = CaseStatus::Open;
        filtered.kind = QStringLiteral("p2p_appeal");
        filtered.language = QStringLiteral("sv");
        QueueFilter search;
        search.status = CaseStatus::Open;
        search.text = QStringLiteral("refund");
        const QList<Scenario> scenarios = {
            { "sort", sortOnly, QueueField::Amount, false },
            { "filter", filtered, QueueField::Sla, true },
            { "search", search, QueueField::Age, true },
        };
        const QDateTime asOf = QDateTime::fromMSecsSinceEpoch(kBase, Qt::UTC);
        for (const Scenario& scenario : scenarios) {
            QueueQuery query(location);
            if (!query.open()) {
                std::fprintf(stderr, "%s\n", qPrintable(query.lastError()));
                return 1;
            }
            query.setAsOf(asOf);
            query.setFilter(scenario.filter);
            query.setSort(scenario.sort, scenario.ascending);
            // The statements as the queue runs them, for psql (values inlined).
            QueueStatements statements;
            statements.dialect = &db.dialect();
            statements.filter = scenario.filter;
            statements.sortField = scenario.sort;
            statements.ascending = scenario.ascending;
            statements.asOf = kBase;
            statements.searching = !scenario.filter.text.isEmpty();
            // What the window does before the first paint (QueueModel): a count that stops after
            // CountBound rows, the search once with its status filter, the first page. The exact count
            // and the other statuses follow on QueueCounter's thread, timed apart below.
            query.setCountsOtherStatuses(false);
            QList<double> ours;
            int shown = 0;
            int count = 0;
            bool exact = true;
            for (int run = 0; run <= runs; ++run) {
                query.clearCountCache();
                timer.restart();
                count = query.recount(QueueModel::CountBound);
                const QList<QueueRow> page = query.rows(nullptr, false, 128, 0);
                const double ms = timer.nsecsElapsed() / 1e6;
                if (count < 0 || (!query.lastError().isEmpty())) {
                    std::fprintf(stderr, "%s: %s\n", scenario.name, qPrintable(query.lastError()));
                    return 1;
                }
                exact = query.isCountExact();
                shown = int(page.size());
                if (run > 0) // the first run prepares the statements
                    ours << ms;
            }
            QList<double> behind;
            int total = count;
            if (!exact || (statements.searching && scenario.filter.status)) {
                QueueQuery counter(location);
                QueueFilter all = scenario.filter;
                if (statements.searching)
                    all.status.reset();
                if (!counter.open())
                    return 1;
                counter.setAsOf(asOf);
                counter.setFilter(all);
                for (int run = 0; run <= runs; ++run) {
                    counter.clearCountCache();
                    timer.restart();
                    total = counter.recount();
                    if (run > 0)
                        behind << timer.nsecsElapsed() / 1e6;
                }
            }
            statements.preferSortIndex = count > 5000;
            QStringList script = { QStringLiteral("\\set QUIET on"),
                QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS queue_hits (id BIGINT PRIMARY KEY);"),
                QStringLiteral("\\timing on") };
            for (int run = 0; run <= runs; ++run) {
                script << QStringLiteral("\\echo run %1").arg(run);
                if (statements.searching) {
                    script << QStringLiteral("DELETE FROM pg_temp.queue_hits;");
                    for (const QueueStatement& s : statements.searchFill(QueueQuery::SearchCap + 1))
                        script << inlined(s) + QLatin1Char(';');
                }
                script << inlined(exact ? statements.count() : statements.boundedCount(QueueModel::CountBound))
                        + QLatin1Char(';')
                       << inlined(statements.page(nullptr, false, 128, 0)) + QLatin1Char(';');
            }
            QTemporaryDir dir;
            QFile file(dir.filePath(QStringLiteral("queue.sql")));
            if (!file.open(QIODevice::WriteOnly) || file.write(script.join(QLatin1Char('\n')).toUtf8()) < 0) {
                std::fprintf(stderr, "cannot write the psql script\n");
                return 1;
            }
            file.close();
            QProcess process;
            process.start(psql,
                { QStringLiteral("-X"), QStringLiteral("-A"), QStringLiteral("-t"), QStringLiteral("-v"),
                    QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), location, QStringLiteral("-f"),
                    file.fileName() });
            if (!process.waitForFinished(600000) || process.exitCode() != 0) {
                std::fprintf(stderr, "psql: %s\n", process.readAllStandardError().constData());
                return 1;
            }
            // "Time: 1.234 ms" after each statement; summed per run, the first run left out as above.
            QList<double> reference;
            double sum = 0;
            int run = -1;
            static const QRegularExpression time(QStringLiteral("^Time: ([0-9.]+) ms"));
            for (const QString& line : QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'))) {
                if (line.startsWith(QLatin1String("run "))) {
                    if (run > 0)
                        reference << sum;
                    run = line.mid(4).toInt();
                    sum = 0;
                    continue;
                }
                const QRegularExpressionMatch m = time.match(line);
                if (m.hasMatch() && run >= 0)
                    sum += m.captured(1).toDouble();
            }
            if (run > 0)
                reference << sum;
            const double a = median(ours);
            const double b = median(reference);
            std::printf("first page, %s: %.2f ms (%d of %d%s rows) | psql %.2f ms | ratio %.2f | target <= 3\n",
                scenario.name, a, shown, count, exact ? "" : "+", b, b > 0 ? a / b : 0.0);
            if (!behind.isEmpty())
                std::printf("  then on the counting thread: %s %d in %.2f ms\n",
                    statements.searching ? "matches in every status" : "exact count", total, median(behind));
            std::fflush(stdout);
            if (shown == 0 || b <= 0)
                status = 1;
        }
        if (parser.isSet(QStringLiteral("keep")))
            std::printf("kept: %s\n", qPrintable(location));
    }
    if (!parser.isSet(QStringLiteral("keep")) && !reuse)
        TestBackend::dropFresh();
    return status;
}
