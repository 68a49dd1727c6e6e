#include "AppContext.h"
#include "Clock.h"
#include "Command.h"
#include "CommandLine.h"
#include "Database.h"
#include "DatabaseLocation.h"
#include "TestBackend.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

// The command line (cli.md) through the appealdesk_cli library, in this process: arguments in,
// stdout and stderr into buffers, the database a temporary file, a FixedClock where a time matters.
// The binary* tests run the real program for what only a process shows: exit codes, headless
// start-up for --help and --version, a subcommand before or after the common options.
namespace {

const QString DataDir = QStringLiteral(APPEALDESK_TEST_DATA);
const QString ExampleCase = QStringLiteral("AP-2026-000123");
const QString At = QStringLiteral("2026-11-20T10:00:00Z");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Columns a text takes in a terminal: Thai vowel and tone marks take none.
int displayWidth(const QString& text)
{
    int width = 0;
    for (const QChar c : text)
        width += c.category() == QChar::Mark_NonSpacing ? 0 : 1;
    return width;
}

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void helpAndVersion();
    void helpListsEveryCommandInOneColumn();
    void usageErrors_data();
    void usageErrors();
    void periodErrors_data();
    void periodErrors();
    void importExitCodes();
    void importBadFileReportsPosition();
    void suggestFileIsDeterministic();
    void suggestStoredCase();
    void suggestRefusesBadInput_data();
    void suggestRefusesBadInput();
    void decideOnceWithOverrideRules();
    void strikesJson();
    void claimUsesTheClock();
    void reopenAsTeamLead();
    void listDerivesStatusAtTheInstant();
    void listFormatsAndRefusals();
    void eventRecordsFollowUps();
    void settingsListAndSet();
    void jsonOutputsEscapeC1Controls();
    void whatIfPrintsOneObjectAndSavesNothing();
    void suggestAmountsInUiLanguage();
    void reportInUiLanguage();
    void setupRolesGrantsTheGroupRoles();

    void binaryHeadlessHelpAndVersion();
    void binaryExitCodes();
    void binarySubcommandBeforeOrAfterOptions();

private:
    // In this process; `clock` null: the real one.
    Run run(const QStringList& arguments, const Clock* clock = nullptr) const;
    // The built program, in a process of its own.
    Run runBinary(const QStringList& arguments) const;
    // The desk of the test function: a file on SQLite, an empty schema of the test server on PostgreSQL.
    QString db() const { return m_db; }

    QString waitingBundle() const;

    QString m_db;

    QTemporaryDir m_home;
    QTemporaryDir m_dir;
};

void tst_Cli::initTestCase()
{
    TESTBACKEND_REQUIRE_SERVER();
    QStandardPaths::setTestModeEnabled(true);
    AppContext::setApplicationNames(); // as the program does: --version prints them
    QVERIFY(m_home.isValid());
    QVERIFY(m_dir.isValid());
    QVERIFY(QFileInfo::exists(QStringLiteral(APPEALDESK_BINARY)));
}

void tst_Cli::init()
{
    const QString file = m_dir.filePath(QStringLiteral("cli.sqlite"));
    QFile::remove(file);
    QFile::remove(file + QStringLiteral("-wal"));
    QFile::remove(file + QStringLiteral("-shm"));
    TestBackend::dropFresh();
    QString error;
    m_db = TestBackend::freshLocation(&error, file);
    QVERIFY2(!m_db.isEmpty(), qPrintable(error));
}

Run tst_Cli::run(const QStringList& arguments, const Clock* clock) const
{
    QBuffer outBuffer;
    QBuffer errBuffer;
    outBuffer.open(QIODevice::WriteOnly);
    errBuffer.open(QIODevice::WriteOnly);
    Run result;
    {
        QTextStream out(&outBuffer);
        QTextStream err(&errBuffer);
        AppContext::Options defaults;
        // Never the user's own files, even for a command without --db.
        defaults.databasePath = db();
        defaults.settingsPath = m_dir.filePath(QStringLiteral("appealdesk.conf"));
        defaults.connectionName = QStringLiteral("tst_cli");
        defaults.clock = clock;
        CommandLine commandLine(QStringList { QStringLiteral("appealdesk") } + arguments, out, err, defaults);
        result.exitCode = commandLine.exec();
    } // the streams flush, the database closes
    result.out = outBuffer.data();
    result.err = errBuffer.data();
    return result;
}

Run tst_Cli::runBinary(const QStringList& arguments) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Never the user's own data folder, even for a command without --db.
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(APPEALDESK_BINARY), arguments);
    Run result;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

void tst_Cli::helpAndVersion()
{
    const Run help = run({ QStringLiteral("--help") });
    QCOMPARE(help.exitCode, 0);
    for (const char* command : { "import", "suggest", "decide", "strikes", "report" })
        QVERIFY2(help.out.contains(command), command);
    const Run importHelp = run({ QStringLiteral("import"), QStringLiteral("--help") });
    QCOMPARE(importHelp.exitCode, 0);
    QVERIFY(importHelp.out.contains("--skip-invalid"));
    const Run version = run({ QStringLiteral("--version") });
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.contains(APPEALDESK_VERSION));
}

// The top-level help is made from the registry: every command has its line (suggest two), and in
// every language the descriptions start in one column.
void tst_Cli::helpListsEveryCommandInOneColumn()
{
    static const QRegularExpression gap(QStringLiteral("^  (.*?\\S)( {2,})\\S"));
    for (const char* language : { "en", "sv", "bg", "th" }) {
        const Run help = run({ QStringLiteral("--lang"), QString::fromLatin1(language), QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        const QStringList lines = QString::fromUtf8(help.out).split(QLatin1Char('\n'));
        QSet<int> columns;
        int commandLines = 0;
        for (const auto& command : CommandLine::commands()) {
            const QString prefix = QStringLiteral("  ") + command->name() + QLatin1Char(' ');
            for (const QString& line : lines) {
                if (!line.startsWith(prefix))
                    continue;
                ++commandLines;
                const QRegularExpressionMatch m = gap.match(line);
                QVERIFY2(m.hasMatch(), qPrintable(line));
                columns.insert(2 + displayWidth(m.captured(1)) + int(m.captured(2).size()));
            }
        }
        int helpLines = 0; // a command with several forms (suggest, audit) has a line for each
        for (const auto& command : CommandLine::commands())
            helpLines += int(command->helpLines().size());
        QCOMPARE(commandLines, helpLines);
        QVERIFY2(columns.size() == 1, language);
    }
}

void tst_Cli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("import without a file") << QStringList { QStringLiteral("import") };
    QTest::newRow("import, unknown option")
        << QStringList { QStringLiteral("import"), QStringLiteral("--frobnicate"), QStringLiteral("x.json") };
    QTest::newRow("suggest without input") << QStringList { QStringLiteral("suggest") };
    QTest::newRow("strikes with an argument") << QStringList { QStringLiteral("strikes"), QStringLiteral("extra") };
    QTest::newRow("demo without --cases") << QStringList { QStringLiteral("demo") };
    QTest::newRow("reopen without --reason") << QStringList { QStringLiteral("reopen"), ExampleCase };
    QTest::newRow("reopen without a case")
        << QStringList { QStringLiteral("reopen"), QStringLiteral("--reason"), QStringLiteral("r") };
    QTest::newRow("decide without --agent") << QStringList { QStringLiteral("decide"), QStringLiteral("--case"),
        ExampleCase, QStringLiteral("--outcome"), QStringLiteral("release") };
}

void tst_Cli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run r = run(arguments << QStringLiteral("--db") << db());
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
    QVERIFY(r.out.isEmpty());
}

// review, whatif and report read --from and --to alike (Command::parsePeriod), each with its own default.
void tst_Cli::periodErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("review, --to not a date") << QStringList { QStringLiteral("review"), QStringLiteral("--stats"),
        QStringLiteral("--to"), QStringLiteral("2026-13-01") }
                                             << QStringLiteral("--to: not a date (YYYY-MM-DD): 2026-13-01");
    QTest::newRow("review, --from after the default --to") << QStringList { QStringLiteral("review"),
        QStringLiteral("--list"), QStringLiteral("--from"), QStringLiteral("2999-01-01") }
                                                           << QStringLiteral("--to is before --from");
    QTest::newRow("whatif, --from not a date") << QStringList { QStringLiteral("whatif"), QStringLiteral("--set"),
        QStringLiteral("live_chat_ladder_days=2,14,60"), QStringLiteral("--from"), QStringLiteral("soon") }
                                               << QStringLiteral("--from: not a date (YYYY-MM-DD): soon");
    QTest::newRow("report, --to before --from") << QStringList { QStringLiteral("report"), QStringLiteral("--from"),
        QStringLiteral("2026-02-01"), QStringLiteral("--to"), QStringLiteral("2026-01-31"), QStringLiteral("--format"),
        QStringLiteral("csv"), QStringLiteral("-o"), QStringLiteral("never-written.csv") }
                                                << QStringLiteral("--to is before --from");
}

void tst_Cli::periodErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    // report reads the desk's agents and clauses before its options: it needs a desk.
    QCOMPARE(
        run({ QStringLiteral("import"), QStringLiteral("--db"), db(), DataDir + QStringLiteral("/good/example.json") })
            .exitCode,
        0);
    const Run r = run(arguments << QStringLiteral("--db") << db());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void tst_Cli::importExitCodes()
{
    const QString good = DataDir + QStringLiteral("/good/example.json");
    Run r = run({ QStringLiteral("import"), QStringLiteral("--db"), db(), good });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("imported 1"), r.out.constData());
    // Issue 13, item 6: import creates the database, and says so.
    if (!TestBackend::isPostgresql()) { // a server's database is made by its administrator
        QCOMPARE(r.err, QByteArray("Created a new database: ") + db().toUtf8() + "\n");
        QCOMPARE(QFile::permissions(db()) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
    }

    // 13.14 the same file imported twice: nothing was wrong, so exit 0, and each case is said to be there.
    r = run({ QStringLiteral("import"), QStringLiteral("--db"), db(), good });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.contains(ExampleCase.toUtf8()));
    QVERIFY2(r.err.contains("already imported"), r.err.constData());

    r = run({ QStringLiteral("import"), QStringLiteral("--replace"), QStringLiteral("--db"), db(), good });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("replaced 1"));

    // Progress on stderr when asked for (or when stderr is a terminal), ending at 100 %.
    r = run({ QStringLiteral("import"), QStringLiteral("--progress"), QStringLiteral("--replace"),
        QStringLiteral("--db"), db(), good });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("100%"), r.err.constData());

    r = run({ QStringLiteral("import"), QStringLiteral("--db"), db(), m_dir.filePath(QStringLiteral("missing.json")) });
    QCOMPARE(r.exitCode, 1);
}

void tst_Cli::importBadFileReportsPosition()
{
    const QString bad = DataDir + QStringLiteral("/bad/amount-comma.json");
    const Run r = run({ QStringLiteral("import"), QStringLiteral("--db"), db(), bad });
    QCOMPARE(r.exitCode, 1);
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(QRegularExpression(QStringLiteral("^%1:\\d+:\\d+: ").arg(QRegularExpression::escape(bad)),
                 QRegularExpression::MultilineOption)
                 .match(err)
                 .hasMatch(),
        qPrintable(err));
    QVERIFY(r.out.contains("imported 0"));
}

void tst_Cli::suggestFileIsDeterministic()
{
    const QStringList arguments = { QStringLiteral("suggest"), DataDir + QStringLiteral("/good/blank-lines.jsonl"),
        QStringLiteral("--at"), At };
    const Run first = run(arguments);
    QCOMPARE(first.exitCode, 0);
    const Run second = run(arguments);
    QCOMPARE(second.out, first.out);
    const QList<QByteArray> lines = first.out.trimmed().split('\n');
    QVERIFY(lines.size() >= 2);
    for (const QByteArray& line : lines) {
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(line, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(!o.value(QStringLiteral("case")).toString().isEmpty());
        QVERIFY(o.contains(QStringLiteral("outcome")));
        QVERIFY(o.value(QStringLiteral("clauses")).isArray());
    }
    QVERIFY(!QFileInfo::exists(db())); // nothing stored
}

void tst_Cli::suggestStoredCase()
{
    QCOMPARE(
        run({ QStringLiteral("import"), QStringLiteral("--db"), db(), DataDir + QStringLiteral("/good/example.json") })
            .exitCode,
        0);
    const Run stored = run({ QStringLiteral("suggest"), QStringLiteral("--db"), db(), QStringLiteral("--case"),
        ExampleCase, QStringLiteral("--at"), At });
    QCOMPARE(stored.exitCode, 0);
    QCOMPARE(stored.out.count('\n'), 1);
    const Run fromFile = run({ QStringLiteral("suggest"), QStringLiteral("--db"), db(),
        DataDir + QStringLiteral("/good/example.json"), QStringLiteral("--at"), At });
    QCOMPARE(fromFile.exitCode, 0);
    QCOMPARE(stored.out, fromFile.out); // the stored case is the case of the file
}

void tst_Cli::suggestRefusesBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("unknown case") << QStringList { QStringLiteral("--case"), QStringLiteral("AP-none") };
    QTest::newRow("invalid bundle") << QStringList { DataDir + QStringLiteral("/bad/time-no-zone.jsonl") };
    QTest::newRow("time without zone") << QStringList { DataDir + QStringLiteral("/good/example.json"),
        QStringLiteral("--at"), QStringLiteral("2026-11-20T10:00:00") };
}

void tst_Cli::suggestRefusesBadInput()
{
    QFETCH(QStringList, arguments);
    const Run r = run(QStringList { QStringLiteral("suggest"), QStringLiteral("--db"), db() } + arguments);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.err.isEmpty());
}

void tst_Cli::decideOnceWithOverrideRules()
{
    const FixedClock clock(QDateTime::fromString(At, Qt::ISODate));
    QCOMPARE(
        run({ QStringLiteral("import"), QStringLiteral("--db"), db(), DataDir + QStringLiteral("/good/example.json") },
            &clock)
            .exitCode,
        0);
    // Now, as decide judges it (decide takes no --at).
    const Run suggestion = run(
        { QStringLiteral("suggest"), QStringLiteral("--db"), db(), QStringLiteral("--case"), ExampleCase }, &clock);
    const QJsonObject policy = QJsonDocument::fromJson(suggestion.out).object();
    const QString suggested = policy.value(QStringLiteral("outcome")).toString();
    const QString other = suggested == QLatin1String("release") ? QStringLiteral("refund") : QStringLiteral("release");
    const QStringList base = { QStringLiteral("decide"), QStringLiteral("--db"), db(), QStringLiteral("--case"),
        ExampleCase, QStringLiteral("--agent"), QStringLiteral("agent.anna") };

    const Run moved
        = run(base + QStringList { QStringLiteral("--outcome"), suggested, QStringLiteral("--at"), At }, &clock);
    QCOMPARE(moved.exitCode, 2);
    QVERIFY2(moved.err.contains("takes no --at"), moved.err.constData());
    // --expect: the policy suggests something else now, so nothing is stored and both are printed.
    const Run stale = run(base
            + QStringList { QStringLiteral("--outcome"), other, QStringLiteral("--note"), QStringLiteral("n"),
                QStringLiteral("--expect"), other },
        &clock);
    QCOMPARE(stale.exitCode, 1);
    const QJsonObject both = QJsonDocument::fromJson(stale.out).object();
    QCOMPARE(both.value(QStringLiteral("stale")).toBool(), true);
    QCOMPARE(both.value(QStringLiteral("expected")).toString(), other);
    QCOMPARE(
        both.value(QStringLiteral("suggestion")).toObject().value(QStringLiteral("outcome")).toString(), suggested);

    QCOMPARE(run(base + QStringList { QStringLiteral("--outcome"), QStringLiteral("maybe") }, &clock).exitCode, 1);
    const Run noNote = run(base + QStringList { QStringLiteral("--outcome"), other }, &clock);
    QCOMPARE(noNote.exitCode, 1);
    QVERIFY(noNote.err.contains("--note"));
    QCOMPARE(run({ QStringLiteral("decide"), QStringLiteral("--db"), db(), QStringLiteral("--case"),
                     QStringLiteral("AP-none"), QStringLiteral("--agent"), QStringLiteral("a"),
                     QStringLiteral("--outcome"), suggested },
                 &clock)
                 .exitCode,
        1);

    const Run decided = run(base
            + QStringList { QStringLiteral("--outcome"), other, QStringLiteral("--note"),
                QStringLiteral("bank statement") },
        &clock);
    QCOMPARE(decided.exitCode, 0);
    QCOMPARE(decided.out.count('\n'), 1);
    const QJsonObject d = QJsonDocument::fromJson(decided.out).object();
    QCOMPARE(d.value(QStringLiteral("case")).toString(), ExampleCase);
    QCOMPARE(d.value(QStringLiteral("outcome")).toString(), other);
    QCOMPARE(d.value(QStringLiteral("suggested_outcome")).toString(), suggested);
    QCOMPARE(d.value(QStringLiteral("override")).toBool(), true);
    const QDateTime decidedAt = QDateTime::fromString(d.value(QStringLiteral("decided_at")).toString(), Qt::ISODate);
    QCOMPARE(decidedAt, clock.now()); // the clock, never an --at (the real one: binaryExitCodes)
    // An override without --keep records none of the policy's strikes and sanctions, and says so.
    QCOMPARE(d.value(QStringLiteral("strikes")).toArray().size(), 0);
    QCOMPARE(d.value(QStringLiteral("sanctions")).toArray().size(), 0);
    const QJsonObject dropped = d.value(QStringLiteral("dropped")).toObject();
    QCOMPARE(dropped.value(QStringLiteral("strikes")).toArray().size(),
        policy.value(QStringLiteral("strikes")).toArray().size());
    QCOMPARE(dropped.value(QStringLiteral("sanctions")).toArray().size(),
        policy.value(QStringLiteral("sanctions")).toArray().size());

    const Run again = run(base + QStringList { QStringLiteral("--outcome"), suggested }, &clock);
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains("already decided"));
}

void tst_Cli::strikesJson()
{
    QCOMPARE(
        run({ QStringLiteral("import"), QStringLiteral("--db"), db(), DataDir + QStringLiteral("/good/example.json") })
            .exitCode,
        0);
    const FixedClock clock(QDateTime::fromString(At, Qt::ISODate));
    const Run all = run({ QStringLiteral("strikes"), QStringLiteral("--db"), db() }, &clock);
    QCOMPARE(all.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(all.out).object().value(QStringLiteral("at")).toString(), At);
    const QJsonArray users = QJsonDocument::fromJson(all.out).object().value(QStringLiteral("users")).toArray();
    QCOMPARE(users.size(), 1); // the bundle's history: U-99120, one abusive_language strike
    const QJsonObject seller = users.at(0).toObject();
    QCOMPARE(seller.value(QStringLiteral("user")).toString(), QStringLiteral("U-99120"));
    QCOMPARE(seller.value(QStringLiteral("strikes")).toObject().value(QStringLiteral("abusive_language")).toInt(), 1);
    QVERIFY(seller.value(QStringLiteral("active_sanctions")).toArray().isEmpty());

    const Run one = run({ QStringLiteral("strikes"), QStringLiteral("--db"), db(), QStringLiteral("--user"),
        QStringLiteral("U-48213") });
    QCOMPARE(one.exitCode, 0);
    const QJsonArray buyer = QJsonDocument::fromJson(one.out).object().value(QStringLiteral("users")).toArray();
    QCOMPARE(buyer.size(), 1);
    QVERIFY(buyer.at(0).toObject().value(QStringLiteral("strikes")).toObject().isEmpty());
}

void tst_Cli::claimUsesTheClock()
{
    QCOMPARE(
        run({ QStringLiteral("import"), QStringLiteral("--db"), db(), DataDir + QStringLiteral("/good/example.json") })
            .exitCode,
        0);
    const FixedClock clock(QDateTime::fromString(At, Qt::ISODate));
    const QStringList claim = { QStringLiteral("claim"), QStringLiteral("--db"), db(), QStringLiteral("--case"),
        ExampleCase, QStringLiteral("--agent"), QStringLiteral("agent.anna") };
    Run r = run(claim + QStringList { QStringLiteral("--minutes"), QStringLiteral("45") }, &clock);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("case AP-2026-000123 claimed by agent.anna until 2026-11-20T10:45:00Z\n"));
    r = run(claim + QStringList { QStringLiteral("--at"), At }, &clock);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith("appealdesk claim: claim takes no --at"), r.err.constData());
    r = run(claim + QStringList { QStringLiteral("--release") }, &clock);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("case AP-2026-000123 released by agent.anna\n"));
}

// Issue 14, item 8: `reopen CASE --reason TEXT` puts a decided case back in the queue, on the real clock.
void tst_Cli::reopenAsTeamLead()
{
    FixedClock clock(QDateTime::fromString(At, Qt::ISODate));
    QCOMPARE(
        run({ QStringLiteral("import"), QStringLiteral("--db"), db(), DataDir + QStringLiteral("/good/example.json") },
            &clock)
            .exitCode,
        0);
    const QStringList reopen = { QStringLiteral("reopen"), QStringLiteral("--db"), db(), ExampleCase,
        QStringLiteral("--agent"), QStringLiteral("lead.maria"), QStringLiteral("--reason"),
        QStringLiteral("the payer's name was misread") };
    Run r = run(reopen, &clock);
    QCOMPARE(r.exitCode, 1); // not decided yet
    QVERIFY2(r.err.contains("not decided"), r.err.constData());

    const QString suggested = QJsonDocument::fromJson(
        run({ QStringLiteral("suggest"), QStringLiteral("--db"), db(), QStringLiteral("--case"), ExampleCase }, &clock)
            .out)
                                  .object()
                                  .value(QStringLiteral("outcome"))
                                  .toString();
    const QStringList decide = { QStringLiteral("decide"), QStringLiteral("--db"), db(), QStringLiteral("--case"),
        ExampleCase, QStringLiteral("--agent"), QStringLiteral("agent.anna"), QStringLiteral("--outcome"), suggested };
    QCOMPARE(run(decide, &clock).exitCode, 0);

    r = run(reopen + QStringList { QStringLiteral("--at"), At }, &clock);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("takes no --at"), r.err.constData());
    QCOMPARE(run({ QStringLiteral("reopen"), QStringLiteral("--db"), db(), QStringLiteral("AP-none"),
                     QStringLiteral("--reason"), QStringLiteral("r") },
                 &clock)
                 .exitCode,
        1);

    clock.set(clock.now().addSecs(1800));
    r = run(reopen, &clock);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.count('\n'), 1);
    const QJsonObject line = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(line.value(QStringLiteral("case")).toString(), ExampleCase);
    QCOMPARE(line.value(QStringLiteral("reopened_by")).toString(), QStringLiteral("lead.maria"));
    QCOMPARE(line.value(QStringLiteral("reopened_at")).toString(), QStringLiteral("2026-11-20T10:30:00Z"));
    QCOMPARE(line.value(QStringLiteral("reason")).toString(), QStringLiteral("the payer's name was misread"));
    const QJsonObject was = line.value(QStringLiteral("decision")).toObject();
    QCOMPARE(was.value(QStringLiteral("agent")).toString(), QStringLiteral("agent.anna"));
    QCOMPARE(was.value(QStringLiteral("outcome")).toString(), suggested);
    QCOMPARE(line.value(QStringLiteral("voided_strikes")).toArray().size(),
        was.value(QStringLiteral("strikes")).toArray().size());

    // Back in the queue: listed as undecided, on both backends, and the agent decides it again.
    const QStringList list = { QStringLiteral("list"), QStringLiteral("--db"), db(), QStringLiteral("--format"),
        QStringLiteral("tsv"), QStringLiteral("--status") };
    Run listed = run(list + QStringList { QStringLiteral("decided") }, &clock);
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(!listed.out.contains(ExampleCase.toUtf8()), listed.out.constData());
    listed = run(list + QStringList { QStringLiteral("all") }, &clock);
    QVERIFY2(listed.out.contains(ExampleCase.toUtf8()), listed.out.constData());
    QCOMPARE(run(decide, &clock).exitCode, 0);
    QCOMPARE(run(reopen, &clock).exitCode, 0); // and it can be reopened again
    const Run verified = run({ QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db() });
    QCOMPARE(verified.exitCode, 0);
    QVERIFY2(verified.out.contains("2 decisions"), verified.out.constData());
}

// Issue 13, item 11: a C1 control (CSI, U+009B) given to a command comes back escaped in its JSON, never raw.
void tst_Cli::jsonOutputsEscapeC1Controls()
{
    QCOMPARE(
        run({ QStringLiteral("import"), QStringLiteral("--db"), db(), DataDir + QStringLiteral("/good/example.json") })
            .exitCode,
        0);
    const QString user = QStringLiteral("U-1") + QChar(0x9B) + QStringLiteral("31m") + QChar(0x7F);
    const Run r = run({ QStringLiteral("strikes"), QStringLiteral("--db"), db(), QStringLiteral("--user"), user });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("\"U-1\\u009b31m\\u007f\""), r.out.constData());
    QVERIFY(!r.out.contains("\xc2\x9b"));
    QVERIFY(!r.out.contains('\x7f'));
    const QJsonArray users = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("users")).toArray();
    QCOMPARE(users.first().toObject().value(QStringLiteral("user")).toString(), user);
}

// Issue 17: the keys `settings --list` prints are those `--set` and `whatif --set` take; a change is audited.
void tst_Cli::settingsListAndSet()
{
    // Issue 13, item 6: settings reads and writes a desk, and never creates one.
    if (!TestBackend::isPostgresql())
        QCOMPARE(
            run({ QStringLiteral("settings"), QStringLiteral("--db"), db(), QStringLiteral("--list") }).exitCode, 1);
    QCOMPARE(
        run({ QStringLiteral("import"), QStringLiteral("--db"), db(), DataDir + QStringLiteral("/good/example.json") })
            .exitCode,
        0);
    Run r = run({ QStringLiteral("settings"), QStringLiteral("--db"), db(), QStringLiteral("--list") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("live_chat_ladder_days=1,7,30\n"), r.out.constData());
    QVERIFY(r.out.contains("partial_sanction_days=\n"));
    QCOMPARE(r.out.count('\n'), 17);
    // Settled reading 4: one holiday list per market, the shipped one until a team lead edits it.
    QVERIFY2(r.out.contains("holidays_sek=2020-01-01,2020-01-06,"), r.out.constData());
    QVERIFY(r.out.contains("holidays_bgn=") && r.out.contains("holidays_thb=") && r.out.contains("holidays_eur="));

    const QStringList set = { QStringLiteral("settings"), QStringLiteral("--db"), db(), QStringLiteral("--agent"),
        QStringLiteral("lead.lena"), QStringLiteral("--set") };
    r = run(set
        + QStringList {
            QStringLiteral("sla_hours=12"), QStringLiteral("--set"), QStringLiteral("price_anomaly_percent=101") });
    QCOMPARE(r.exitCode, 2); // one bad value: nothing is saved
    QVERIFY2(r.err.contains("price_anomaly_percent"), r.err.constData());
    r = run({ QStringLiteral("settings"), QStringLiteral("--db"), db(), QStringLiteral("--list") });
    QVERIFY(r.out.contains("sla_hours=24\n"));

    r = run(set
        + QStringList {
            QStringLiteral("sla_hours=12"), QStringLiteral("--set"), QStringLiteral("live_chat_ladder_days=2,14") });
    QCOMPARE(r.exitCode, 0);
    r = run({ QStringLiteral("settings"), QStringLiteral("--db"), db(), QStringLiteral("--list") });
    QVERIFY(r.out.contains("sla_hours=12\n"));
    QVERIFY(r.out.contains("live_chat_ladder_days=2,14\n"));
    r = run(set + QStringList { QStringLiteral("holidays_bgn=2026-05-04, 2026-05-25,2026-05-04") });
    QCOMPARE(r.exitCode, 0);
    r = run({ QStringLiteral("settings"), QStringLiteral("--db"), db(), QStringLiteral("--list") });
    QVERIFY2(r.out.contains("holidays_bgn=2026-05-04,2026-05-25\n"), r.out.constData());
    QCOMPARE(run(set + QStringList { QStringLiteral("holidays_thb=2026-13-01") }).exitCode, 2);
    r = run({ QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db() });
    QCOMPARE(r.exitCode, 0);

    QCOMPARE(run({ QStringLiteral("settings"), QStringLiteral("--db"), db() }).exitCode, 2);
    QCOMPARE(run(set + QStringList { QStringLiteral("nonsense=1") }).exitCode, 2);
}

void tst_Cli::whatIfPrintsOneObjectAndSavesNothing()
{
    QCOMPARE(
        run({ QStringLiteral("import"), QStringLiteral("--db"), db(), DataDir + QStringLiteral("/good/example.json") })
            .exitCode,
        0);
    const FixedClock clock(QDateTime::fromString(At, Qt::ISODate));
    Run r = run({ QStringLiteral("whatif"), QStringLiteral("--db"), db(), QStringLiteral("--set"),
                    QStringLiteral("live_chat_ladder_days=2,14,60"), QStringLiteral("--from"),
                    QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-11-30") },
        &clock);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.count('\n'), 1);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("open_cases")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("open_changed")).toInt(), 0); // the example is a P2P case
    QVERIFY(o.value(QStringLiteral("by_clause")).isArray());
    QCOMPARE(o.value(QStringLiteral("past_differ")).toInt(), 0);
    QCOMPARE(o.value(QStringLiteral("from")).toString(), QStringLiteral("2026-11-01"));
    QVERIFY(o.value(QStringLiteral("settings_changed")).toObject().contains(QStringLiteral("live_chat_ladder_days")));
    r = run({ QStringLiteral("settings"), QStringLiteral("--db"), db(), QStringLiteral("--list") });
    QVERIFY(r.out.contains("live_chat_ladder_days=1,7,30\n")); // nothing saved

    QCOMPARE(run({ QStringLiteral("whatif"), QStringLiteral("--db"), db() }).exitCode, 2);
    QCOMPARE(run({ QStringLiteral("whatif"), QStringLiteral("--db"), db(), QStringLiteral("--set"),
                     QStringLiteral("sla_hours=0") })
                 .exitCode,
        2);
}

// The example, marked paid at 09:35: its real-time B3 deadline is 09:50, so imported at 09:45 it is waiting.
QString tst_Cli::waitingBundle() const
{
    QFile example(DataDir + QStringLiteral("/good/example.json"));
    if (!example.open(QIODevice::ReadOnly))
        return QString();
    QByteArray bundle = example.readAll();
    bundle.replace("\"2026-11-20T09:07:00Z\"", "\"2026-11-20T09:35:00Z\"");
    const QString path = m_dir.filePath(QStringLiteral("waiting.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bundle) != bundle.size())
        return QString();
    return path;
}

// cli.md, second edition: `list` shows the queue at an instant, with the status derived at it: a waiting
// case whose deadline has passed is open, without anything written in between.
void tst_Cli::listDerivesStatusAtTheInstant()
{
    const QString bundle = waitingBundle();
    QVERIFY(!bundle.isEmpty());
    const FixedClock importClock(QDateTime::fromString(QStringLiteral("2026-11-20T09:45:00Z"), Qt::ISODate));
    QCOMPARE(run({ QStringLiteral("import"), QStringLiteral("--db"), db(), bundle }, &importClock).exitCode, 0);
    const auto list = [&](const QString& status, const QString& at) {
        return run({ QStringLiteral("list"), QStringLiteral("--db"), db(), QStringLiteral("--status"), status,
                       QStringLiteral("--at"), at },
            &importClock);
    };
    Run r = list(QStringLiteral("waiting"), QStringLiteral("2026-11-20T09:49:59Z"));
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QCOMPARE(r.out.count('\n'), 1);
    const QJsonObject line = QJsonDocument::fromJson(r.out.trimmed()).object();
    QCOMPARE(line.value(QStringLiteral("case")).toString(), ExampleCase);
    QCOMPARE(line.value(QStringLiteral("status")).toString(), QStringLiteral("waiting"));
    QCOMPARE(line.value(QStringLiteral("due_at")).toString(), QStringLiteral("2026-11-20T09:50:00Z"));
    QCOMPARE(line.value(QStringLiteral("overdue")).toBool(), false);
    QCOMPARE(line.value(QStringLiteral("nickname")).toString(), QStringLiteral("nordic_bear"));
    QCOMPARE(list(QStringLiteral("open"), QStringLiteral("2026-11-20T09:49:59Z")).out, QByteArray());

    // At the deadline the same stored case is open, and no longer waiting.
    r = list(QStringLiteral("open"), QStringLiteral("2026-11-20T09:50:00Z"));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out.trimmed()).object().value(QStringLiteral("status")).toString(),
        QStringLiteral("open"));
    QCOMPARE(list(QStringLiteral("waiting"), QStringLiteral("2026-11-20T09:50:00Z")).out, QByteArray());
    r = list(QStringLiteral("all"), QStringLiteral("2026-11-20T10:00:00Z"));
    QCOMPARE(QJsonDocument::fromJson(r.out.trimmed()).object().value(QStringLiteral("overdue")).toBool(), true);
}

void tst_Cli::listFormatsAndRefusals()
{
    const FixedClock clock(QDateTime::fromString(At, Qt::ISODate));
    QCOMPARE(
        run({ QStringLiteral("import"), QStringLiteral("--db"), db(), DataDir + QStringLiteral("/good/example.json") },
            &clock)
            .exitCode,
        0);
    const QStringList list = { QStringLiteral("list"), QStringLiteral("--db"), db() };
    Run r = run(list + QStringList { QStringLiteral("--format"), QStringLiteral("tsv") }, &clock);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.endsWith('\n'));
    const QList<QByteArray> lines = r.out.chopped(1).split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith("case\tstatus\tkind\tclause\t"), lines.at(0).constData());
    QVERIFY2(lines.at(1).startsWith("AP-2026-000123\topen\tp2p_appeal\tB3\tbuyer\tU-48213\tnordic_bear\t"),
        lines.at(1).constData());
    QCOMPARE(lines.at(0).count('\t'), lines.at(1).count('\t'));
    // Filters: the same as the window's.
    QCOMPARE(run(list + QStringList { QStringLiteral("--kind"), QStringLiteral("live_chat_abuse") }, &clock).out,
        QByteArray());
    QCOMPARE(
        run(list + QStringList { QStringLiteral("--search"), QStringLiteral("nordic") }, &clock).out.count('\n'), 1);
    QCOMPARE(run(list + QStringList { QStringLiteral("--clause"), QStringLiteral("B4") }, &clock).out, QByteArray());
    QCOMPARE(run(list + QStringList { QStringLiteral("--limit"), QStringLiteral("1") }, &clock).out.count('\n'), 1);
    for (const QStringList& bad : { QStringList { QStringLiteral("--status"), QStringLiteral("pending") },
             QStringList { QStringLiteral("--kind"), QStringLiteral("p2p") },
             QStringList { QStringLiteral("--limit"), QStringLiteral("0") },
             QStringList { QStringLiteral("--format"), QStringLiteral("xml") } }) {
        r = run(list + bad, &clock);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith("appealdesk list: "), r.err.constData());
        QCOMPARE(r.out, QByteArray());
    }
    r = run(list + QStringList { QStringLiteral("--at"), QStringLiteral("tomorrow") }, &clock);
    QCOMPARE(r.exitCode, 1);
}

// policy.md, settled reading 14: the follow-up events, from the command line, on an open and a decided case.
void tst_Cli::eventRecordsFollowUps()
{
    QCOMPARE(
        run({ QStringLiteral("import"), QStringLiteral("--db"), db(), DataDir + QStringLiteral("/good/example.json") })
            .exitCode,
        0);
    const FixedClock clock(QDateTime::fromString(At, Qt::ISODate));
    const QStringList event = { QStringLiteral("event"), QStringLiteral("--db"), db(), QStringLiteral("--case"),
        ExampleCase, QStringLiteral("--agent"), QStringLiteral("agent.anna"), QStringLiteral("--type") };
    Run r = run(event + QStringList { QStringLiteral("payment_proof") }, &clock);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out, QByteArray("case AP-2026-000123: payment_proof recorded by agent.anna\n"));
    QCOMPARE(
        run(event + QStringList { QStringLiteral("payment_proof"), QStringLiteral("--at"), At }, &clock).exitCode, 2);
    QCOMPARE(run(event + QStringList { QStringLiteral("weather") }, &clock).exitCode, 2);
    QCOMPARE(run(event + QStringList { QStringLiteral("note") }, &clock).exitCode, 2); // a note needs its text

    const Run decided
        = run({ QStringLiteral("decide"), QStringLiteral("--db"), db(), QStringLiteral("--case"), ExampleCase,
                  QStringLiteral("--agent"), QStringLiteral("agent.anna"), QStringLiteral("--outcome"),
                  QStringLiteral("refund"), QStringLiteral("--note"), QStringLiteral("seller agreed") },
            &clock);
    QVERIFY2(decided.exitCode == 0, decided.err.constData());
    r = run(event + QStringList { QStringLiteral("refund_proof") }, &clock);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = run(event + QStringList { QStringLiteral("refund_confirmed") }, &clock);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // Only the follow-ups on a decided case.
    r = run(event + QStringList { QStringLiteral("seller_contacted") }, &clock);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("is decided"), r.err.constData());

    const DatabaseLocation location = DatabaseLocation::parse(db());
    QSqlDatabase check = QSqlDatabase::addDatabase(location.driverName(), QStringLiteral("events"));
    location.applyTo(check);
    QVERIFY(check.open());
    {
        QSqlQuery q(check);
        QVERIFY(q.exec(QStringLiteral("SELECT ")
            + (TestBackend::isPostgresql() ? QStringLiteral("string_agg(type || ':' || by_role, ',')")
                                           : QStringLiteral("group_concat(type || ':' || by_role, ',')"))
            + QStringLiteral(" FROM (SELECT type, by_role, id FROM events WHERE agent = 'agent.anna' ORDER BY id)"
                             " AS recorded")));
        QVERIFY(q.next());
        QCOMPARE(
            q.value(0).toString(), QStringLiteral("payment_proof:buyer,refund_proof:seller,refund_confirmed:buyer"));
        QVERIFY(q.exec(QStringLiteral("SELECT status FROM cases")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("decided"));
    }
    check.close();
    check = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("events"));
}

// cli.md's example step byte for byte in English, also under the C locale ctest sets; in Swedish the
// amount has a decimal comma (no group separator) while field names and enum values stay English.
void tst_Cli::suggestAmountsInUiLanguage()
{
    QFile example(DataDir + QStringLiteral("/good/example.json"));
    QVERIFY(example.open(QIODevice::ReadOnly));
    QByteArray bundle = example.readAll();
    QVERIFY(bundle.contains("\"payer_name\": \"Eva Andersson\""));
    bundle.replace("\"payer_name\": \"Eva Andersson\"", "\"payer_name\": \"Karl Lindqvist\""); // S2b
    const QString path = m_dir.filePath(QStringLiteral("s2b.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bundle) == bundle.size());
    file.close();

    QJsonObject byLanguage[2];
    const char* languages[] = { "en", "sv" };
    for (int i = 0; i < 2; ++i) {
        const Run r = run({ QStringLiteral("suggest"), path, QStringLiteral("--at"), At, QStringLiteral("--lang"),
            QString::fromLatin1(languages[i]) });
        QCOMPARE(r.exitCode, 0);
        byLanguage[i] = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(byLanguage[i].value(QStringLiteral("outcome")).toString(), QStringLiteral("refund"));
        QCOMPARE(byLanguage[i].value(QStringLiteral("clauses")).toArray().at(0).toString(), QStringLiteral("S2b"));
        QCOMPARE(byLanguage[i]
                     .value(QStringLiteral("strikes"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("kind"))
                     .toString(),
            QStringLiteral("kyc_name_mismatch"));
    }
    const QJsonObject& en = byLanguage[0];
    const QJsonObject& sv = byLanguage[1];
    QCOMPARE(sv.keys(), en.keys());
    QCOMPARE(en.value(QStringLiteral("steps")).toArray().at(0).toString(),
        QStringLiteral("Ask the seller to refund 1575.00 SEK to the buyer and upload proof"));
    const QString svStep = sv.value(QStringLiteral("steps")).toArray().at(0).toString();
    QVERIFY2(svStep.contains(QStringLiteral("1575,00 SEK")), qPrintable(svStep));
    QVERIFY(svStep != en.value(QStringLiteral("steps")).toArray().at(0).toString()); // translated
}

// --lang before the command still sets the report's language, and its dates are that language's.
// Issue 15, item 5: `setup-roles` creates the group roles and their grants on a server; a SQLite file has one
// local user (a usage error); a login's name is quoted by the server, never pasted into SQL.
void tst_Cli::setupRolesGrantsTheGroupRoles()
{
    if (!TestBackend::isPostgresql()) {
        const Run file = run({ QStringLiteral("setup-roles"), QStringLiteral("--db"), db() });
        QCOMPARE(file.exitCode, 2);
        QVERIFY2(file.err.contains("team lead"), file.err.constData());
        return;
    }
    const Run made = run({ QStringLiteral("setup-roles"), QStringLiteral("--db"), db() });
    QVERIFY2(made.exitCode == 0, made.err.constData());
    QVERIFY2(made.out.contains("setup-roles: roles=appealdesk_agent,appealdesk_team_lead"), made.out.constData());
    // Again (after an upgrade): harmless.
    QCOMPARE(run({ QStringLiteral("setup-roles"), QStringLiteral("--db"), db() }).exitCode, 0);
    const Run hostile = run({ QStringLiteral("setup-roles"), QStringLiteral("--db"), db(), QStringLiteral("--agent"),
        QStringLiteral("x; DROP TABLE cases; --") });
    QCOMPARE(hostile.exitCode, 1);
    QVERIFY2(hostile.err.contains("x; DROP TABLE cases; --"), hostile.err.constData());
    {
        Database check(db(), QStringLiteral("tst_cli-roles"));
        QVERIFY2(check.open(), qPrintable(check.error()));
        QSqlQuery q(check.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT has_table_privilege('appealdesk_agent', 'cases', 'SELECT'),"
                                      " has_table_privilege('appealdesk_agent', 'settings', 'UPDATE'),"
                                      " has_table_privilege('appealdesk_team_lead', 'settings', 'UPDATE'),"
                                      " has_table_privilege('appealdesk_team_lead', 'decisions', 'UPDATE'),"
                                      " to_regclass('cases') IS NOT NULL"))
            && q.next());
        QCOMPARE(q.value(0).toBool(), true);
        QCOMPARE(q.value(1).toBool(), false);
        QCOMPARE(q.value(2).toBool(), true);
        QCOMPARE(q.value(3).toBool(), false);
        QCOMPARE(q.value(4).toBool(), true); // the hostile name did nothing
    }
}

void tst_Cli::reportInUiLanguage()
{
    QCOMPARE(
        run({ QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("200"), QStringLiteral("--db"), db() })
            .exitCode,
        0);
    const QString html = m_dir.filePath(QStringLiteral("report.html"));
    const Run r = run({ QStringLiteral("--lang"), QStringLiteral("th"), QStringLiteral("report"),
        QStringLiteral("--db"), db(), QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
        QStringLiteral("2026-12-31"), QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("-o"), html });
    QCOMPARE(r.exitCode, 0);
    QFile file(html);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QStringLiteral("<html lang=\"th\"")));
    QVERIFY2(text.contains(QStringLiteral("1 มกราคม 2026")), qPrintable(text.left(3000)));
    QVERIFY(text.contains(QStringLiteral("31 ธันวาคม 2026")));
    const QRegularExpression english(QStringLiteral("\\b(January|December)\\b|\\b\\d{1,2} [A-Z][a-z]{2} 2026\\b"));
    QVERIFY2(!english.match(text).hasMatch(), qPrintable(english.match(text).captured()));
}

// Without a subcommand the program opens the window: --help and --version alone run headless and exit.
void tst_Cli::binaryHeadlessHelpAndVersion()
{
    for (const char* option : { "--help", "-h" }) {
        const Run help = runBinary({ QStringLiteral("--db"), db(), QString::fromLatin1(option) });
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains("Commands:") && help.out.contains("purge"), help.out.constData());
    }
    for (const char* option : { "--version", "-v" }) {
        const Run version = runBinary({ QString::fromLatin1(option) });
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out, QByteArray("AppealDesk " APPEALDESK_VERSION "\n"));
    }
    QVERIFY(!QFileInfo::exists(db()));
}

void tst_Cli::binaryExitCodes()
{
    Run r = runBinary({ QStringLiteral("import"), QStringLiteral("--db"), db() });
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, QByteArray("appealdesk import: no file to import\nTry: appealdesk --help\n"));
    QVERIFY(r.out.isEmpty());
    r = runBinary(
        { QStringLiteral("import"), QStringLiteral("--db"), db(), DataDir + QStringLiteral("/good/example.json") });
    QCOMPARE(r.exitCode, 0);
    r = runBinary({ QStringLiteral("suggest"), QStringLiteral("--db"), db(), QStringLiteral("--case"),
        QStringLiteral("AP-none") });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, QByteArray("unknown case AP-none\n"));

    const QStringList decide = { QStringLiteral("decide"), QStringLiteral("--db"), db(), QStringLiteral("--case"),
        ExampleCase, QStringLiteral("--agent"), QStringLiteral("agent.anna"), QStringLiteral("--outcome") };
    r = runBinary(decide + QStringList { QStringLiteral("release"), QStringLiteral("--at"), At });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("decide takes no --at: commands that write use the real clock"), r.err.constData());
    // The suggestion now, as decide judges it; decided at the real clock's now.
    r = runBinary({ QStringLiteral("suggest"), QStringLiteral("--db"), db(), QStringLiteral("--case"), ExampleCase });
    QCOMPARE(r.exitCode, 0);
    const QString suggested = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("outcome")).toString();
    r = runBinary(decide + QStringList { suggested });
    QCOMPARE(r.exitCode, 0);
    const QDateTime decidedAt = QDateTime::fromString(
        QJsonDocument::fromJson(r.out).object().value(QStringLiteral("decided_at")).toString(), Qt::ISODate);
    QVERIFY(qAbs(decidedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60); // the real clock
    r = runBinary(decide + QStringList { suggested });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("already decided"));
}

// Options may come before the subcommand: `--db PATH strikes` is `strikes --db PATH`; and the report,
// after them, still gets its (offscreen) Gui application and the --lang before it.
void tst_Cli::binarySubcommandBeforeOrAfterOptions()
{
    QCOMPARE(runBinary({ QStringLiteral("--db"), db(), QStringLiteral("import"),
                           DataDir + QStringLiteral("/good/example.json") })
                 .exitCode,
        0);
    const Run after
        = runBinary({ QStringLiteral("strikes"), QStringLiteral("--db"), db(), QStringLiteral("--at"), At });
    QCOMPARE(after.exitCode, 0);
    const Run before
        = runBinary({ QStringLiteral("--db"), db(), QStringLiteral("strikes"), QStringLiteral("--at"), At });
    QCOMPARE(before.exitCode, 0);
    QCOMPARE(before.out, after.out);
    QVERIFY(before.out.contains("U-99120"));

    const QString html = m_dir.filePath(QStringLiteral("binary-report.html"));
    const Run report = runBinary({ QStringLiteral("--lang"), QStringLiteral("sv"), QStringLiteral("--db"), db(),
        QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
        QStringLiteral("2026-12-31"), QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("-o"), html });
    QCOMPARE(report.exitCode, 0);
    QVERIFY2(report.out.startsWith("report: cases=0 format=html"), report.out.constData());
    QFile file(html);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("<html lang=\"sv\""));
}

// Painting the report's pages needs fonts, hence a QGuiApplication (offscreen), as the program makes for `report`.
QTEST_MAIN(tst_Cli)
#include "tst_cli.moc"
