#include "CsvReportWriter.h"
#include "Migrations.h"
#include "SearchRowFunction.h"
#include "ReportFonts.h"
#include "ReportGenerator.h"
#include "ReportMasking.h"
#include "ReportQuery.h"
#include "ReportSections.h"
#include "ReportSummary.h"
#include "Translator.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFontDatabase>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <limits>

namespace {
const QString kHostileNick = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"x\")");
const QString kScriptNick = QStringLiteral("<script>alert(1)</script>");
const QString kHostileNote = QStringLiteral("-2+3 =cmd|' /C calc'!A0\nsecond line, with \"quotes\"");
const QString kThaiNote = QStringLiteral("ผู้ใช้ส่งข้อความหยาบคาย");
const QString kBulgarianNote = QStringLiteral("Продавачът не отговори");

qint64 ms(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

// RFC 4180 reader for the checks: records of cells.
QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> records;
    QStringList record;
    QString cell;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << cell;
            cell.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            record << cell;
            records << record;
            record.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    return records;
}
} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void csvGolden();
    void csvCell_data();
    void csvCell();
    void csvInjection();
    void csvBom();
    void masking_data();
    void masking();
    void maskedByDefault();
    void unmaskedIsAudited();
    void filters_data();
    void filters();
    void percentiles_data();
    void percentiles();
    void summary();
    void emptyPeriod_data();
    void emptyPeriod();
    void htmlStructure();
    void separatorsInUserText();
    void htmlEscapesChartLabels();
    void pdfText();
    void reportFontsInstalled();
    void missingReportFontIsSaid();
    void datesInReportLanguage_data();
    void datesInReportLanguage();
    void percentagesInReportLanguage();
    void pdfPagesAndPaper();
    void pdfRowLimit();
    void pdfTableHoldsEveryRow();
    void pdfCellsShowHostileTextLiterally();
    void cancel();
    void badPeriod();

private:
    void exec(const QString& sql, const QVariantList& values = {});
    qint64 addUser(const QString& userId, const QString& nickname, const QString& kycName);
    qint64 addCase(const QString& caseId, const QString& kind, const char* opened, const char* due,
        const QString& language, const QString& fiat, const QString& amount);
    void addDecision(qint64 ref, const QString& outcome, const QString& suggested, bool isOverride, const QString& note,
        const QString& agent, const char* decided, const QString& clauses, const QString& revision);
    QByteArray generate(const ReportOptions& options, bool* ok = nullptr);
    ReportOptions november(ReportOptions::Format format) const;
    QString pdfToText(const QByteArray& pdf);

    QSqlDatabase m_db;
    QTemporaryDir m_dir;
    int m_connection = 0;
    QHash<QString, qint64> m_users;
};

void TestReports::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestReports::exec(const QString& sql, const QVariantList& values)
{
    QSqlQuery query(m_db);
    QVERIFY2(query.prepare(sql), qPrintable(query.lastError().text()));
    for (const QVariant& v : values) {
        // A null QString binds as SQL NULL; the schema wants '' for "none".
        const bool nullText = v.typeId() == QMetaType::QString && v.toString().isNull();
        query.addBindValue(nullText ? QVariant(QString(QLatin1String(""))) : v);
    }
    QVERIFY2(query.exec(), qPrintable(query.lastError().text() + QLatin1Char(' ') + sql));
}

qint64 TestReports::addUser(const QString& userId, const QString& nickname, const QString& kycName)
{
    exec(QStringLiteral("INSERT INTO users (user_id, nickname, kyc_name) VALUES (?, ?, ?)"),
        { userId, nickname, kycName });
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT last_insert_rowid()"));
    q.next();
    m_users.insert(userId, q.value(0).toLongLong());
    return q.value(0).toLongLong();
}

qint64 TestReports::addCase(const QString& caseId, const QString& kind, const char* opened, const char* due,
    const QString& language, const QString& fiat, const QString& amount)
{
    exec(QStringLiteral("INSERT INTO cases (case_id, kind, opened_at, language, fiat, fiat_amount, status, due_at,"
                        " imported_at) VALUES (?, ?, ?, ?, ?, ?, 'decided', ?, 0)"),
        { caseId, kind, ms(opened), language, fiat, amount, due ? QVariant(ms(due)) : QVariant() });
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT last_insert_rowid()"));
    q.next();
    return q.value(0).toLongLong();
}

void TestReports::addDecision(qint64 ref, const QString& outcome, const QString& suggested, bool isOverride,
    const QString& note, const QString& agent, const char* decided, const QString& clauses, const QString& revision)
{
    exec(QStringLiteral("INSERT INTO decisions (case_ref, outcome, suggested_outcome, override, note, agent,"
                        " decided_at, clauses, revision, suggestion_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '{}')"),
        { ref, outcome, suggested, isOverride ? 1 : 0, note, agent, ms(decided), clauses, revision });
}

void TestReports::init()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("reports%1").arg(++m_connection));
    m_db.setDatabaseName(QStringLiteral(":memory:"));
    QVERIFY(m_db.open());
    QString error; // the runner installs it for schema 13 too
    QVERIFY2(SearchRowFunction::install(m_db, &error), qPrintable(error));
    for (const Migrations::Migration& migration : Migrations::all())
        for (const QString& statement : migration.sqlite)
            exec(statement);
    m_users.clear();

    addUser(QStringLiteral("U-1"), QStringLiteral("nordic_bear"), QStringLiteral("Eva Andersson"));
    addUser(QStringLiteral("U-2"), kHostileNick, QStringLiteral("Николай Петров"));
    addUser(QStringLiteral("U-3"), kScriptNick, QStringLiteral("สมชาย ใจดี"));
    addUser(QStringLiteral("U-4"), QStringLiteral("@SUM(1+1)"), QStringLiteral("Björn Ek"));
    const auto party = [this](qint64 ref, int seq, const char* role, const QString& user) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT nickname, kyc_name FROM users WHERE user_id = ?"));
        q.addBindValue(user);
        q.exec();
        q.next();
        exec(QStringLiteral("INSERT INTO parties (case_ref, seq, role, user_ref, nickname, kyc_name)"
                            " VALUES (?, ?, ?, ?, ?, ?)"),
            { ref, seq, QString::fromLatin1(role), m_users.value(user), q.value(0), q.value(1) });
    };
    const auto order = [this](qint64 ref, const QString& fiat, const QString& amount, const QString& account) {
        exec(QStringLiteral("INSERT INTO orders (case_ref, number, created_at, fiat, fiat_amount, seller_account,"
                            " status) VALUES (?, ?, 0, ?, ?, ?, 'paid')"),
            { ref, QString::number(ref * 1000), fiat, amount, account });
    };
    const auto strike = [this](qint64 ref, const QString& user, const QString& kind, const QString& clause) {
        exec(QStringLiteral(
                 "INSERT INTO strikes (user_id, kind, case_ref, clause, at, agent) VALUES (?, ?, ?, ?, 0, 'a')"),
            { user, kind, ref, clause });
    };
    const auto sanction = [this](qint64 ref, const QString& user, const QString& scope, const QVariant& days) {
        exec(QStringLiteral("INSERT INTO sanctions (user_id, scope, days, starts_at, clause, case_ref)"
                            " VALUES (?, ?, ?, 0, 'x', ?)"),
            { user, scope, days, ref });
    };

    const QString p2p = QStringLiteral("p2p_appeal");
    qint64 c = addCase(QStringLiteral("AP-2026-000001"), p2p, "2026-11-02T09:00:00Z", "2026-11-02T10:00:00Z",
        QStringLiteral("sv"), QStringLiteral("SEK"), QStringLiteral("1575.00"));
    order(c, QStringLiteral("SEK"), QStringLiteral("1575.00"), QStringLiteral("Swish 070-123 45 67"));
    party(c, 0, "buyer", QStringLiteral("U-1"));
    party(c, 1, "seller", QStringLiteral("U-2"));
    addDecision(c, QStringLiteral("refund"), QStringLiteral("refund"), false, QString(), QStringLiteral("anna"),
        "2026-11-02T09:45:00Z", QStringLiteral("S2b"), QStringLiteral("p2p-2021-04-07"));
    strike(c, QStringLiteral("U-1"), QStringLiteral("kyc_name_mismatch"), QStringLiteral("S2b"));
    sanction(c, QStringLiteral("U-1"), QStringLiteral("p2p"), 15);

    c = addCase(QStringLiteral("AP-2026-000002"), p2p, "2026-11-03T10:00:00Z", "2026-11-03T11:00:00Z",
        QStringLiteral("bg"), QStringLiteral("BGN"), QStringLiteral("12250.50"));
    order(c, QStringLiteral("BGN"), QStringLiteral("12250.50"), QStringLiteral("BG80 BNBG 9661 1020 3456 78"));
    party(c, 0, "buyer", QStringLiteral("U-4"));
    party(c, 1, "seller", QStringLiteral("U-2"));
    addDecision(c, QStringLiteral("release"), QStringLiteral("refund"), true, kHostileNote, QStringLiteral("boris"),
        "2026-11-03T12:30:00Z", QStringLiteral("B3,G0"), QStringLiteral("p2p-2021-04-07"));
    sanction(c, QStringLiteral("U-2"), QStringLiteral("partial"), QVariant());

    c = addCase(QStringLiteral("LC-2026-000003"), QStringLiteral("live_chat_abuse"), "2026-11-04T08:00:00Z", nullptr,
        QStringLiteral("th"), QString(), QString());
    party(c, 0, "user", QStringLiteral("U-3"));
    addDecision(c, QStringLiteral("suspend"), QStringLiteral("suspend"), false, kThaiNote, QStringLiteral("anna"),
        "2026-11-05T08:00:00Z", QStringLiteral("LC1"), QStringLiteral("live-chat-2021-07-06"));
    strike(c, QStringLiteral("U-3"), QStringLiteral("live_chat_abuse"), QStringLiteral("LC1"));
    sanction(c, QStringLiteral("U-3"), QStringLiteral("live_chat"), 1);

    c = addCase(QStringLiteral("AP-2026-000004"), p2p, "2026-10-30T09:00:00Z", nullptr, QStringLiteral("en"),
        QStringLiteral("EUR"), QStringLiteral("99.00"));
    party(c, 0, "buyer", QStringLiteral("U-1"));
    addDecision(c, QStringLiteral("cancel"), QStringLiteral("cancel"), false, QString(), QStringLiteral("anna"),
        "2026-10-31T23:59:59Z", QStringLiteral("S1"), QStringLiteral("p2p-2021-04-07"));

    c = addCase(QStringLiteral("AP-2026-000005"), p2p, "2026-11-10T09:00:00Z", "2026-11-10T18:00:00Z",
        QStringLiteral("bg"), QStringLiteral("BGN"), QStringLiteral("300"));
    order(c, QStringLiteral("BGN"), QStringLiteral("300"), QStringLiteral("1234"));
    party(c, 0, "buyer", QStringLiteral("U-1"));
    party(c, 1, "seller", QStringLiteral("U-4"));
    addDecision(c, QStringLiteral("cancel"), QStringLiteral("cancel"), false, kBulgarianNote, QStringLiteral("boris"),
        "2026-11-30T23:59:59Z", QStringLiteral("S1"), QStringLiteral("p2p-2021-04-07"));
    strike(c, QStringLiteral("U-1"), QStringLiteral("non_payment_cancellation"), QStringLiteral("S1"));

    // Opened in the period but not decided: not in the report.
    addCase(QStringLiteral("AP-2026-000006"), p2p, "2026-11-11T09:00:00Z", nullptr, QStringLiteral("en"),
        QStringLiteral("EUR"), QStringLiteral("5.00"));
    exec(QStringLiteral("UPDATE cases SET status = 'open' WHERE case_id = 'AP-2026-000006'"));
    exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('sla_hours', '24')"));
}

void TestReports::cleanup()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

ReportOptions TestReports::november(ReportOptions::Format format) const
{
    ReportOptions options;
    options.from = QDate(2026, 11, 1);
    options.to = QDate(2026, 11, 30);
    options.format = format;
    options.language = QStringLiteral("en");
    return options;
}

QByteArray TestReports::generate(const ReportOptions& options, bool* ok)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    ReportGenerator generator(m_db, options);
    generator.setGeneratedAt(QDateTime(QDate(2026, 12, 1), QTime(8, 0), QTimeZone::utc()));
    const bool written = generator.write(&buffer);
    if (ok)
        *ok = written;
    else if (!written)
        qWarning() << generator.error();
    return bytes;
}

// PDF text with every space and line break taken out: where a table cell or a line wraps depends on the
// font's widths, so the tests compare text without them (the needles too).
static QString unwrapped(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

static bool pdfContains(const QString& pdfText, const QString& needle)
{
    return unwrapped(pdfText).contains(unwrapped(needle));
}

QString TestReports::pdfToText(const QByteArray& pdf)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return QString();
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return QString();
    file.close();
    QProcess process;
    // -raw: text in content order, so Thai marks stay after their base letters.
    process.start(
        tool, { QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QString();
    // Ligatures (fi, fl) extract as their presentation forms; a reader's search folds them.
    return QString::fromUtf8(process.readAllStandardOutput())
        .replace(QChar(0xFB01), QStringLiteral("fi"))
        .replace(QChar(0xFB02), QStringLiteral("fl"));
}

void TestReports::csvGolden()
{
    const QByteArray csv = generate(november(ReportOptions::Csv));
    QFile golden(QStringLiteral(APPEALDESK_TEST_DATA "/reports/november_en.csv"));
    QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(golden.fileName()));
    const QByteArray expected = golden.readAll();
    if (csv != expected) {
        const QList<QByteArray> got = csv.split('\n');
        const QList<QByteArray> want = expected.split('\n');
        for (int i = 0; i < std::min(got.size(), want.size()); ++i)
            QCOMPARE(got.at(i), want.at(i));
        QCOMPARE(got.size(), want.size());
    }
    QCOMPARE(csv, expected);
}

void TestReports::csvCell_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("cell");
    QTest::newRow("plain") << QStringLiteral("anna") << QStringLiteral("anna");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("equals") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
    QTest::newRow("minus") << QStringLiteral("-1") << QStringLiteral("'-1");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t'=1");
    QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
    QTest::newRow("formula with comma") << QStringLiteral("=HYPERLINK(\"u\",\"x\")")
                                        << QStringLiteral("\"'=HYPERLINK(\"\"u\"\",\"\"x\"\")\"");
    QTest::newRow("inner equals kept") << QStringLiteral("a=b") << QStringLiteral("a=b");
    // Issue 13, item 14: Swedish and Bulgarian spreadsheets split on ';'; others on tabs or '|'.
    QTest::newRow("13.14 formula after a semicolon")
        << QStringLiteral("paid;=HYPERLINK(1)") << QStringLiteral("paid;'=HYPERLINK(1)");
    QTest::newRow("13.14 formula after a comma") << QStringLiteral("x,@SUM(A1)") << QStringLiteral("\"x,'@SUM(A1)\"");
    QTest::newRow("13.14 formula after a bar") << QStringLiteral("x|-2+3") << QStringLiteral("x|'-2+3");
    QTest::newRow("13.14 separator then space is text") << QStringLiteral("a; =b") << QStringLiteral("a; =b");
    // Issue 13, item 11: ESC and BEL never reach a terminal or a spreadsheet raw.
    QTest::newRow("13.11 escape sequence")
        << QStringLiteral("\x1b[31mred\x07") << QStringLiteral("\u241b[31mred\u2407");
    QTest::newRow("13.11 C1 control") << QStringLiteral("a\u009bb") << QStringLiteral("a\ufffdb");
}

void TestReports::csvCell()
{
    QFETCH(QString, value);
    QFETCH(QString, cell);
    QCOMPARE(CsvReportWriter::cell(value), cell);
}

void TestReports::csvInjection()
{
    const QList<QStringList> records = parseCsv(QString::fromUtf8(generate(november(ReportOptions::Csv))));
    QCOMPARE(records.size(), 5); // header + 4 decided cases in November
    const int columns = int(CsvReportWriter::headers().size());
    bool sawNick = false;
    bool sawNote = false;
    for (const QStringList& record : records) {
        QCOMPARE(record.size(), columns);
        for (const QString& cell : record) {
            QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@\t\r").contains(cell.at(0)), qPrintable(cell));
            sawNick = sawNick || cell == QLatin1Char('\'') + kHostileNick;
            sawNote = sawNote || cell == QLatin1Char('\'') + kHostileNote;
        }
    }
    QVERIFY(sawNick);
    QVERIFY(sawNote); // the embedded newline and quotes survive the round trip
    QVERIFY(records.at(2).contains(QStringLiteral("'@SUM(1+1)")));
}

void TestReports::csvBom()
{
    ReportOptions options = november(ReportOptions::Csv);
    QVERIFY(!generate(options).startsWith("\xEF\xBB\xBF"));
    options.csvBom = true;
    const QByteArray csv = generate(options);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(csv.mid(3), generate(november(ReportOptions::Csv)));
}

void TestReports::masking_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("initials");
    QTest::newRow("latin") << QStringLiteral("Eva Andersson") << QStringLiteral("E. A.");
    QTest::newRow("cyrillic") << QStringLiteral("Николай Петров") << QStringLiteral("Н. П.");
    QTest::newRow("thai") << QStringLiteral("สมชาย ใจดี") << QStringLiteral("ส. ใ.");
    QTest::newRow("spaces") << QStringLiteral("  Björn   Ek ") << QStringLiteral("B. E.");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("surrogate pair") << QStringLiteral("\U0001D4D0nna") << QStringLiteral("\U0001D4D0.");
}

void TestReports::masking()
{
    QFETCH(QString, name);
    QFETCH(QString, initials);
    QCOMPARE(ReportMasking::initials(name), initials);

    QCOMPARE(ReportMasking::accountNumber(QStringLiteral("Swish 070-123 45 67")), QStringLiteral("****4567"));
    QCOMPARE(ReportMasking::accountNumber(QStringLiteral("BG80 BNBG 9661 1020 3456 78")), QStringLiteral("****5678"));
    QCOMPARE(ReportMasking::accountNumber(QStringLiteral("1234")), QStringLiteral("****"));
    QCOMPARE(ReportMasking::accountNumber(QString()), QString());
}

void TestReports::maskedByDefault()
{
    for (ReportOptions::Format format : { ReportOptions::Csv, ReportOptions::Html }) {
        const QString text = QString::fromUtf8(generate(november(format)));
        QVERIFY(!text.contains(QStringLiteral("Andersson")));
        QVERIFY(!text.contains(QStringLiteral("Петров")));
        QVERIFY(!text.contains(QStringLiteral("070-123")));
        QVERIFY(text.contains(QStringLiteral("E. A.")));
        QVERIFY(text.contains(QStringLiteral("****4567")));
        QVERIFY(text.contains(QStringLiteral("U-1"))); // user ids are kept
    }
    QSqlQuery q(m_db);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestReports::unmaskedIsAudited()
{
    ReportOptions options = november(ReportOptions::Csv);
    options.mask = false;
    options.actor = QStringLiteral("lead.lena");
    for (int i = 0; i < 2; ++i) {
        const QString text = QString::fromUtf8(generate(options));
        QVERIFY(text.contains(QStringLiteral("Eva Andersson")));
        QVERIFY(text.contains(QStringLiteral("Swish 070-123 45 67")));
    }
    QSqlQuery q(m_db);
    QVERIFY(q.exec(QStringLiteral("SELECT at, actor, action, subject, before, after, prev_hash, hash FROM audit_log"
                                  " ORDER BY id")));
    QString prev(64, QLatin1Char('0'));
    int entries = 0;
    while (q.next()) {
        ++entries;
        QCOMPARE(q.value(1).toString(), QStringLiteral("lead.lena"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("report_unmasked"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("csv 2026-11-01..2026-11-30"));
        QCOMPARE(q.value(6).toString(), prev);
        const QStringList fields = { prev, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString() };
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(fields.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256).toHex());
        QCOMPARE(q.value(7).toString(), hash);
        prev = hash;
    }
    QCOMPARE(entries, 2);
}

void TestReports::filters_data()
{
    QTest::addColumn<QString>("agent");
    QTest::addColumn<QString>("clause");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QStringList>("cases");
    const QDate nov1(2026, 11, 1);
    QTest::newRow("all") << QString() << QString() << QString() << nov1
                         << QStringList { QStringLiteral("AP-2026-000001"), QStringLiteral("AP-2026-000002"),
                                QStringLiteral("LC-2026-000003"), QStringLiteral("AP-2026-000005") };
    QTest::newRow("agent") << QStringLiteral("anna") << QString() << QString() << nov1
                           << QStringList { QStringLiteral("AP-2026-000001"), QStringLiteral("LC-2026-000003") };
    QTest::newRow("second clause") << QString() << QStringLiteral("G0") << QString() << nov1
                                   << QStringList { QStringLiteral("AP-2026-000002") };
    QTest::newRow("clause is exact") << QString() << QStringLiteral("S2") << QString() << nov1 << QStringList();
    QTest::newRow("kind") << QString() << QString() << QStringLiteral("live_chat_abuse") << nov1
                          << QStringList { QStringLiteral("LC-2026-000003") };
    QTest::newRow("agent and clause") << QStringLiteral("boris") << QStringLiteral("S1") << QString() << nov1
                                      << QStringList { QStringLiteral("AP-2026-000005") };
    QTest::newRow("unknown agent") << QStringLiteral("nobody") << QString() << QString() << nov1 << QStringList();
    QTest::newRow("last day of october included")
        << QString() << QString() << QString() << QDate(2026, 10, 31)
        << QStringList { QStringLiteral("AP-2026-000004"), QStringLiteral("AP-2026-000001"),
               QStringLiteral("AP-2026-000002"), QStringLiteral("LC-2026-000003"), QStringLiteral("AP-2026-000005") };
}

void TestReports::filters()
{
    QFETCH(QString, agent);
    QFETCH(QString, clause);
    QFETCH(QString, kind);
    QFETCH(QDate, from);
    QFETCH(QStringList, cases);
    ReportOptions options = november(ReportOptions::Csv);
    options.agent = agent;
    options.clause = clause;
    options.kind = kind;
    options.from = from;

    ReportQuery query(m_db, options);
    QVERIFY2(query.exec(), qPrintable(query.error()));
    QStringList got;
    ReportRow row;
    while (query.next(&row))
        got << row.caseId;
    QVERIFY(query.error().isEmpty());
    QCOMPARE(got, cases);

    const QList<QStringList> records = parseCsv(QString::fromUtf8(generate(options)));
    QCOMPARE(records.size(), cases.size() + 1);
    for (int i = 0; i < cases.size(); ++i)
        QCOMPARE(records.at(i + 1).first(), cases.at(i));
}

void TestReports::percentiles_data()
{
    QTest::addColumn<QVector<qint64>>("sorted");
    QTest::addColumn<qint64>("median");
    QTest::addColumn<qint64>("p90");
    QTest::newRow("empty") << QVector<qint64>() << qint64(0) << qint64(0);
    QTest::newRow("one") << QVector<qint64> { 7 } << qint64(7) << qint64(7);
    QTest::newRow("two") << QVector<qint64> { 10, 20 } << qint64(15) << qint64(20);
    QTest::newRow("ten") << QVector<qint64> { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 } << qint64(5) << qint64(9);
    QTest::newRow("eleven") << QVector<qint64> { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 } << qint64(6) << qint64(10);
}

void TestReports::percentiles()
{
    QFETCH(QVector<qint64>, sorted);
    QFETCH(qint64, median);
    QFETCH(qint64, p90);
    QCOMPARE(ReportSummary::median(sorted), median);
    QCOMPARE(ReportSummary::percentile(sorted, 90), p90);
}

void TestReports::summary()
{
    ReportQuery query(m_db, november(ReportOptions::Html));
    QVERIFY(query.exec());
    ReportSummary summary;
    ReportRow row;
    while (query.next(&row))
        summary.add(row);
    summary.finish();

    QCOMPARE(summary.cases(), 4);
    QCOMPARE(summary.overall().overrides, 1);
    QCOMPARE(summary.overall().late, 2); // case 2 (2.5 h after a 1 h deadline) and case 5 (20 days)
    QCOMPARE(summary.withDeadline(), 3);
    QCOMPARE(summary.byOutcome().value(QStringLiteral("cancel")), 1);
    QCOMPARE(summary.byOutcome().value(QStringLiteral("release")), 1);
    // 45 min, 2.5 h, 24 h, ~20.6 days: the median averages the middle pair.
    QCOMPARE(summary.overall().medianSecs, (150 * 60 + 24 * 3600) / 2);
    QCOMPARE(summary.overall().p90Secs,
        QDateTime::fromMSecsSinceEpoch(ms("2026-11-10T09:00:00Z"))
            .secsTo(QDateTime::fromMSecsSinceEpoch(ms("2026-11-30T23:59:59Z"))));

    const QList<ReportSummary::Group> agents = summary.byAgent();
    QCOMPARE(agents.size(), 2);
    QCOMPARE(agents.at(1).key, QStringLiteral("boris"));
    QCOMPARE(agents.at(1).cases, 2);
    QCOMPARE(agents.at(1).overrideRate(), 50.0);
    const QList<ReportSummary::Group> clauses = summary.byClause();
    QCOMPARE(clauses.size(), 4); // B3, LC1, S1, S2b: a case counts for its first clause
    QCOMPARE(clauses.first().key, QStringLiteral("B3"));
    QCOMPARE(clauses.first().overrideRate(), 100.0);

    QCOMPARE(summary.strikesByKind().value(QStringLiteral("kyc_name_mismatch")), 1);
    QCOMPARE(summary.sanctionsByScope().value(QStringLiteral("partial")), 1);
    QCOMPARE(summary.topStrikeUsers().first().userId, QStringLiteral("U-1"));
    QCOMPARE(summary.topStrikeUsers().first().strikes, 2);
    QCOMPARE(
        summary.revisions(), QStringList({ QStringLiteral("live-chat-2021-07-06"), QStringLiteral("p2p-2021-04-07") }));
}

void TestReports::emptyPeriod_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("csv") << int(ReportOptions::Csv);
    QTest::newRow("html") << int(ReportOptions::Html);
    QTest::newRow("pdf") << int(ReportOptions::Pdf);
}

void TestReports::emptyPeriod()
{
    QFETCH(int, format);
    ReportOptions options = november(ReportOptions::Format(format));
    options.from = QDate(2025, 1, 1);
    options.to = QDate(2025, 1, 31);
    bool ok = false;
    const QByteArray bytes = generate(options, &ok);
    QVERIFY(ok);
    switch (format) {
    case ReportOptions::Csv:
        QCOMPARE(parseCsv(QString::fromUtf8(bytes)).size(), 1); // the header line alone
        break;
    case ReportOptions::Html:
        QVERIFY(QString::fromUtf8(bytes).contains(ReportSections::emptyPeriodText().toHtmlEscaped()));
        QVERIFY(!bytes.contains("case-table"));
        break;
    case ReportOptions::Pdf: {
        QVERIFY(bytes.startsWith("%PDF"));
        const QString text = pdfToText(bytes);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext is not installed");
        QVERIFY(pdfContains(text, ReportSections::emptyPeriodText()));
        break;
    }
    }
}

void TestReports::htmlStructure()
{
    const QString html = QString::fromUtf8(generate(november(ReportOptions::Html)));
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"en")));
    QVERIFY(html.endsWith(QStringLiteral("</body>\n</html>\n")));
    QCOMPARE(html.count(QStringLiteral("<html")), 1);
    QCOMPARE(html.count(QStringLiteral("<body>")), 1);
    // Self-contained: no script, no external resource.
    QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QStringLiteral(" src="), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QStringLiteral("<link"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QStringLiteral("<?xml")));
    // User text escaped, in the table and in the top-users summary.
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(html.contains(kHostileNote.toHtmlEscaped()));
    QVERIFY(html.contains(kThaiNote));
    // Six charts, each a balanced inline <svg>: outcomes, override rate by clause and by agent, time to
    // decision, and (issue 17, item 4) overrides by clause and agent and SLA breaches per day.
    QCOMPARE(html.count(QStringLiteral("<svg")), 6);
    QCOMPARE(html.count(QStringLiteral("</svg>")), 6);
    // One table row per case plus the header row.
    const int start = int(html.indexOf(QStringLiteral("<table id=\"case-table\">")));
    QVERIFY(start > 0);
    const int end = int(html.indexOf(QStringLiteral("</table>"), start));
    QCOMPARE(html.mid(start, end - start).count(QStringLiteral("<tr>")), 5);
    // Every opened element of the kinds we write is closed.
    for (const char* tag : { "table", "thead", "tbody", "tr", "section", "dl", "h2", "h3" })
        QCOMPARE(html.count(QStringLiteral("<%1").arg(QLatin1String(tag)) + QLatin1Char('>'))
                + html.count(QStringLiteral("<%1 ").arg(QLatin1String(tag))),
            html.count(QStringLiteral("</%1>").arg(QLatin1String(tag))));
    // The header: period, revisions, settings, generation time, audit head.
    QVERIFY(html.contains(QStringLiteral("p2p-2021-04-07")));
    QVERIFY(html.contains(QStringLiteral("sla_hours = 24")));
    QVERIFY(html.contains(QStringLiteral("Audit chain head")));
    QVERIFY(html.contains(QStringLiteral("Override rate")));
}

void TestReports::separatorsInUserText()
{
    // The query joins lists with control characters; a nickname holding them must not lose its party.
    exec(QStringLiteral("UPDATE parties SET nickname = ? WHERE nickname = 'nordic_bear'"),
        { QStringLiteral("a\x1e"
                         "b\x1f"
                         "c") });
    ReportQuery query(m_db, november(ReportOptions::Csv));
    QVERIFY(query.exec());
    ReportRow row;
    QVERIFY(query.next(&row));
    QCOMPARE(row.caseId, QStringLiteral("AP-2026-000001"));
    QCOMPARE(row.parties.size(), 2);
    QCOMPARE(row.party(QStringLiteral("buyer"))->nickname, QStringLiteral("a b c"));
    QCOMPARE(row.party(QStringLiteral("seller"))->userId, QStringLiteral("U-2"));
}

void TestReports::htmlEscapesChartLabels()
{
    // Agent names reach the charts' SVG text as well as the tables.
    const qint64 ref = addCase(QStringLiteral("AP-2026-000007"), QStringLiteral("p2p_appeal"), "2026-11-12T09:00:00Z",
        nullptr, QStringLiteral("en"), QStringLiteral("EUR"), QStringLiteral("1.00"));
    addDecision(ref, QStringLiteral("release"), QStringLiteral("refund"), true, QStringLiteral("n"),
        QStringLiteral("<img src=x onerror=alert(1)>&amp;"), "2026-11-12T10:00:00Z", QStringLiteral("B1"),
        QStringLiteral("p2p-2021-04-07"));
    const QString html = QString::fromUtf8(generate(november(ReportOptions::Html)));
    QVERIFY(!html.contains(QStringLiteral("<img")));
    QVERIFY(html.contains(QStringLiteral("&lt;img src=x onerror=alert(1)&gt;&amp;amp;")));
    const int svg = int(html.indexOf(QStringLiteral("<svg")));
    QVERIFY(svg > 0);
    QVERIFY(html.indexOf(QStringLiteral("onerror"), svg) > 0); // the label is in a chart, escaped
}

void TestReports::pdfText()
{
    bool ok = false;
    const QByteArray pdf = generate(november(ReportOptions::Pdf), &ok);
    QVERIFY(ok);
    QVERIFY(pdf.startsWith("%PDF"));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext is not installed");
    const QString text = pdfToText(pdf);
    QVERIFY(!text.isEmpty());
    if (QFontDatabase::hasFamily(QStringLiteral("Noto Sans Thai"))) {
        QVERIFY2(pdfContains(text, kThaiNote), qPrintable(text));
    } else {
        // Fallback Thai fonts (Tlwg) draw tone marks with private-use glyphs that extract as U+F7xx:
        // the letters must still be there.
        qWarning("Noto Sans Thai is not installed (fonts-noto-core): checking Thai letters without marks");
        const QRegularExpression marks(
            QStringLiteral("[\\x{0E31}\\x{0E34}-\\x{0E3A}\\x{0E47}-\\x{0E4E}\\x{F700}-\\x{F71F}]"));
        QVERIFY(pdfContains(QString(text).remove(marks), QString(kThaiNote).remove(marks)));
    }
    QVERIFY(pdfContains(text, kBulgarianNote));
    QVERIFY(pdfContains(text, QStringLiteral("AP-2026-000002")));
    QVERIFY(pdfContains(text, QStringLiteral("Override rate by clause")));
    QVERIFY(pdfContains(text, QStringLiteral("Page 1")));
    QVERIFY(!pdfContains(text, QStringLiteral("Andersson")));
}

// The fonts the PDF and the charts name are on this machine (.ci/packages installs them): a report made
// here lays out as it does for a team lead.
void TestReports::reportFontsInstalled()
{
    QVERIFY(ReportFonts::families(ReportFonts::Table).contains(QStringLiteral("DejaVu Sans Condensed")));
    QVERIFY(ReportFonts::families(ReportFonts::Body).contains(QStringLiteral("Noto Sans Thai")));
    for (const auto role : { ReportFonts::Body, ReportFonts::Table })
        for (const ReportFonts::Choice& c : ReportFonts::choices(role))
            QVERIFY2(c.installed, qPrintable(c.family + QLatin1String(": install ") + c.package));
    ReportGenerator generator(m_db, november(ReportOptions::Pdf));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(generator.write(&buffer));
    QCOMPARE(generator.warnings(), QStringList());
}

void TestReports::missingReportFontIsSaid()
{
    const QStringList installed = { QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans Thai") };
    QCOMPARE(ReportFonts::missingFontMessages(ReportFonts::Body, installed), QStringList());
    const QStringList messages = ReportFonts::missingFontMessages(ReportFonts::Table, installed);
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().contains(QStringLiteral("\"DejaVu Sans Condensed\"")), qPrintable(messages.first()));
    QVERIFY(messages.first().contains(QStringLiteral("fonts-dejavu-extra")));
    // Names the family that stands in (fontconfig always has one).
    const ReportFonts::Choice condensed = ReportFonts::choices(ReportFonts::Table, installed).first();
    QVERIFY(!condensed.installed);
    QVERIFY(!condensed.usedInstead.isEmpty());
    QVERIFY(messages.first().contains(condensed.usedInstead));
}

// Month names, times and numbers of the report language, never the C locale's English ("1 Nov 2026"),
// whatever the process's locale; the report language may also come from the UI's (QLocale's default).
void TestReports::datesInReportLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QLocale>("uiLocale");
    QTest::addColumn<QStringList>("expected");

    const QStringList thai = { QStringLiteral("1 พฤศจิกายน 2026"), QStringLiteral("30 พฤศจิกายน 2026"),
        QStringLiteral("1 ธันวาคม 2026 08:00 UTC") };
    QTest::newRow("th") << "th" << QLocale::c() << thai;
    QTest::newRow("th from the UI") << "" << QLocale(QLocale::Thai, QLocale::Thailand) << thai;
    QTest::newRow("sv") << "sv" << QLocale::c()
                        << QStringList { QStringLiteral("1 november 2026"), QStringLiteral("30 november 2026"),
                               QStringLiteral("1 december 2026 08:00 UTC"), QStringLiteral("690,00 EUR") };
    QTest::newRow("bg") << "bg" << QLocale::c()
                        << QStringList { QStringLiteral("1 ноември 2026 г."), QStringLiteral("30 ноември 2026 г."),
                               QStringLiteral("1 декември 2026 г. 8:00 ч. UTC") };
    QTest::newRow("en") << "en" << QLocale::c()
                        << QStringList { QStringLiteral("November 1, 2026"), QStringLiteral("November 30, 2026"),
                               QStringLiteral("December 1, 2026 8:00 AM UTC") };
}

void TestReports::datesInReportLanguage()
{
    QFETCH(QString, language);
    QFETCH(QLocale, uiLocale);
    QFETCH(QStringList, expected);
    const QLocale saved;
    QLocale::setDefault(uiLocale);
    const auto restore = qScopeGuard([&saved] { QLocale::setDefault(saved); });
    exec(QStringLiteral("UPDATE cases SET fiat_amount = '1690.00', fiat = 'EUR' WHERE case_id = 'AP-2026-000001'"));
    const QRegularExpression englishMonth(
        QStringLiteral("\\b(October|November|December)\\b|\\b\\d{1,2} (Oct|Nov|Dec)\\b|\\b(Oct|Nov|Dec) \\d"));

    ReportOptions options = november(ReportOptions::Html);
    options.language = language;
    const QString html = QString::fromUtf8(generate(options));
    for (const QString& text : expected)
        QVERIFY2(html.contains(text), qPrintable(text));
    if (language != QLatin1String("en"))
        QVERIFY2(!englishMonth.match(html).hasMatch(), qPrintable(englishMonth.match(html).captured()));

    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext is not installed");
    options.format = ReportOptions::Pdf;
    QString pdf = pdfToText(generate(options));
    QVERIFY(!pdf.isEmpty());
    // The period is in the page footer too.
    QVERIFY2(unwrapped(pdf).count(unwrapped(expected.at(0))) >= 2, qPrintable(pdf));
    if (language != QLatin1String("en"))
        QVERIFY2(!englishMonth.match(pdf).hasMatch(), qPrintable(englishMonth.match(pdf).captured()));
    // The fallback Thai fonts extract their marks as private-use characters: compare the letters.
    const bool thaiMarksLost = !QFontDatabase::hasFamily(QStringLiteral("Noto Sans Thai"));
    const QRegularExpression marks(
        QStringLiteral("[\\x{0E31}\\x{0E34}-\\x{0E3A}\\x{0E47}-\\x{0E4E}\\x{F700}-\\x{F71F}]"));
    if (thaiMarksLost)
        pdf.remove(marks);
    for (QString text : expected) {
        if (thaiMarksLost)
            text.remove(marks);
        QVERIFY2(pdfContains(pdf, text), qPrintable(text + QLatin1String(" not in: ") + pdf.left(2000)));
    }
}

// "7,1 %" in Swedish and Bulgarian (the catalogue's form, with a no-break space), "7.1%" in English.
void TestReports::percentagesInReportLanguage()
{
    const auto restore = qScopeGuard([] { Translator::install(QStringLiteral("en")); });
    const QRegularExpression spaced(QStringLiteral("\\d\\x{00A0}%"));
    const QRegularExpression attached(QStringLiteral("\\d%"));
    for (const QString& language : { QStringLiteral("sv"), QStringLiteral("bg"), QStringLiteral("en") }) {
        QVERIFY(Translator::install(language));
        ReportOptions options = november(ReportOptions::Html);
        options.language = language;
        const QString html = QString::fromUtf8(generate(options));
        const bool english = language == QLatin1String("en");
        QVERIFY2(spaced.match(html).hasMatch() != english, qPrintable(language));
        QVERIFY2(attached.match(html).hasMatch() == english, qPrintable(language));
    }
}

void TestReports::pdfPagesAndPaper()
{
    // Enough cases for several pages of the per-case table.
    for (int i = 0; i < 150; ++i) {
        const QString id = QStringLiteral("AP-2026-1%1").arg(i, 5, 10, QLatin1Char('0'));
        const qint64 ref = addCase(id, QStringLiteral("p2p_appeal"), "2026-11-20T09:00:00Z", nullptr,
            QStringLiteral("en"), QStringLiteral("EUR"), QStringLiteral("10.00"));
        addDecision(ref, QStringLiteral("release"), QStringLiteral("release"), false, QString(), QStringLiteral("carl"),
            "2026-11-20T10:00:00Z", QStringLiteral("B1"), QStringLiteral("p2p-2021-04-07"));
    }
    ReportOptions options = november(ReportOptions::Pdf);
    options.letterPaper = true;
    bool ok = false;
    const QByteArray pdf = generate(options, &ok);
    QVERIFY(ok);
    const QRegularExpression mediaBox(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
    const QRegularExpressionMatch match = mediaBox.match(QString::fromLatin1(pdf));
    QVERIFY(match.hasMatch());
    QCOMPARE(qRound(match.captured(1).toDouble()), 792); // Letter, landscape
    QCOMPARE(qRound(match.captured(2).toDouble()), 612);
    options.letterPaper = false;
    const QRegularExpressionMatch a4 = mediaBox.match(QString::fromLatin1(generate(options)));
    QCOMPARE(qRound(a4.captured(1).toDouble()), 842);

    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext is not installed");
    const QString text = pdfToText(pdf);
    const QStringList pages = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QVERIFY2(pages.size() >= 5, qPrintable(QString::number(pages.size())));
    // Every page of the per-case table repeats its header.
    int tablePages = 0;
    for (const QString& page : pages)
        if (page.contains(QStringLiteral("AP-2026-100")) && pdfContains(page, QStringLiteral("Override note")))
            ++tablePages;
    int pagesWithRows = 0;
    for (const QString& page : pages)
        if (page.contains(QStringLiteral("AP-2026-100")))
            ++pagesWithRows;
    QVERIFY(pagesWithRows >= 3);
    QCOMPARE(tablePages, pagesWithRows);
    QVERIFY(pdfContains(text, QStringLiteral("Page %1").arg(pages.size())));
}

void TestReports::pdfRowLimit()
{
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    ReportGenerator generator(m_db, november(ReportOptions::Pdf));
    generator.setPdfRowLimit(3);
    QVERIFY(generator.write(&buffer));
    QVERIFY(generator.tableLeftOut());
    QCOMPARE(generator.rowCount(), 4);
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext is not installed");
    const QString text = pdfToText(pdf);
    QVERIFY(pdfContains(text, QStringLiteral("too many to list in a PDF")));
    QVERIFY(pdfContains(text, QStringLiteral("Override rate by clause"))); // summary and charts stay
    QVERIFY(!pdfContains(text, QStringLiteral("AP-2026-000002")));

    ReportGenerator html(m_db, november(ReportOptions::Html));
    html.setPdfRowLimit(3); // a PDF limit only
    QByteArray bytes;
    QBuffer htmlBuffer(&bytes);
    htmlBuffer.open(QIODevice::WriteOnly);
    QVERIFY(html.write(&htmlBuffer));
    QVERIFY(!html.tableLeftOut());
    QVERIFY(bytes.contains("AP-2026-000002"));
}

// Issue 16: the PDF lists every case by default (the old limit was 20,000 rows), in decision order, each
// once, and every page the table runs onto starts with its header row. At a test's size: 300 extra cases
// over many pages, a few of them with notes long enough to be cut.
void TestReports::pdfTableHoldsEveryRow()
{
    const int count = 300;
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        const QString id = QStringLiteral("AP-2026-2%1").arg(i, 5, 10, QLatin1Char('0'));
        ids << id;
        const qint64 ref = addCase(id, QStringLiteral("p2p_appeal"), "2026-11-20T09:00:00Z", nullptr,
            QStringLiteral("sv"), QStringLiteral("SEK"), QString::number(100 + i) + QStringLiteral(".00"));
        const QString note = i % 7 == 0 ? QStringLiteral("lång anteckning ").repeated(60) : QString();
        const QByteArray decided = QDateTime(QDate(2026, 11, 21), QTime(8, 0), QTimeZone::utc())
                                       .addSecs(60 * i)
                                       .toString(Qt::ISODate)
                                       .toLatin1();
        addDecision(ref, QStringLiteral("release"), QStringLiteral("refund"), true, note, QStringLiteral("dora"),
            decided.constData(), QStringLiteral("B1"), QStringLiteral("p2p-2021-04-07"));
    }
    QCOMPARE(ReportGenerator::NoPdfRowLimit, std::numeric_limits<qint64>::max());
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        ReportGenerator generator(m_db, november(ReportOptions::Pdf)); // no limit set: the default
        QVERIFY(generator.write(&buffer));
        QVERIFY(!generator.tableLeftOut());
        QCOMPARE(generator.rowCount(), count + 4);
    }
    // A limit still leaves the table out above it, and keeps it at it.
    for (const qint64 limit : { qint64(count + 3), qint64(count + 4) }) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        ReportGenerator generator(m_db, november(ReportOptions::Pdf));
        generator.setPdfRowLimit(limit);
        QVERIFY(generator.write(&buffer));
        QCOMPARE(generator.tableLeftOut(), limit < count + 4);
    }
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext is not installed");
    const QString text = pdfToText(pdf);
    const QStringList pages = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    QVERIFY2(pages.size() >= 8, qPrintable(QString::number(pages.size())));
    // Every row once, in decision order.
    const QString all = unwrapped(text);
    qsizetype last = -1;
    for (const QString& id : ids) {
        QVERIFY2(all.count(id) == 1, qPrintable(id + QLatin1Char(' ') + text.left(2000)));
        const qsizetype at = all.indexOf(id);
        QVERIFY2(at > last, qPrintable(id));
        last = at;
    }
    // The long notes are cut with an ellipsis, within the row.
    QVERIFY(all.count(QStringLiteral("långanteckning")) < 20 * (count / 7));
    QVERIFY(all.count(QChar(0x2026)) >= count / 7);
    // Each page with rows has the header row above its first row.
    int pagesWithRows = 0;
    for (const QString& page : pages) {
        const QString flat = unwrapped(page);
        const qsizetype firstRow = flat.indexOf(QStringLiteral("AP-2026-2"));
        if (firstRow < 0)
            continue;
        ++pagesWithRows;
        const qsizetype header = flat.indexOf(QStringLiteral("Overridenote"));
        QVERIFY2(header >= 0 && header < firstRow, qPrintable(page.left(300)));
        QVERIFY(flat.indexOf(QStringLiteral("Selleraccount")) < firstRow);
    }
    QVERIFY(pagesWithRows >= 8);
}

// Control characters as their visible symbols, markup and formulas as plain text, Thai and Cyrillic in
// the PDF's table, whichever way a cell is laid out (simple letters, shaped words, a word cut anywhere).
void TestReports::pdfCellsShowHostileTextLiterally()
{
    const qint64 ref = addCase(QStringLiteral("AP-2026-000009"), QStringLiteral("p2p_appeal"), "2026-11-12T09:00:00Z",
        nullptr, QStringLiteral("en"), QStringLiteral("EUR"), QStringLiteral("1.00"));
    const QString note
        = QStringLiteral("\x1b[31mred\x07 <b>bold</b> =SUM(A1) Продавачът ผู้ใช้ ") + QStringLiteral("x").repeated(300);
    addDecision(ref, QStringLiteral("release"), QStringLiteral("refund"), true, note, QStringLiteral("anna"),
        "2026-11-12T10:00:00Z", QStringLiteral("B1"), QStringLiteral("p2p-2021-04-07"));
    bool ok = false;
    const QByteArray pdf = generate(november(ReportOptions::Pdf), &ok);
    QVERIFY(ok);
    QVERIFY(!pdf.contains("\x1b[31m"));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext is not installed");
    const QString text = pdfToText(pdf);
    QVERIFY(!text.contains(QChar(0x1b)) && !text.contains(QChar(0x07)));
    QVERIFY2(
        pdfContains(text, QStringLiteral("\u241b[31mred\u2407 <b>bold</b> =SUM(A1) Продавачът")), qPrintable(text));
    if (QFontDatabase::hasFamily(QStringLiteral("Noto Sans Thai")))
        QVERIFY(pdfContains(text, QStringLiteral("ผู้ใช้")));
    // The word of 300 letters is cut between letters, and the cell ends in an ellipsis.
    QVERIFY(pdfContains(text, QStringLiteral("xxxxxxxxxx")));
    QVERIFY(!pdfContains(text, QStringLiteral("x").repeated(300)));
    QVERIFY(text.contains(QChar(0x2026)));
}

void TestReports::cancel()
{
    const QString path = m_dir.filePath(QStringLiteral("cancelled.csv"));
    ReportGenerator generator(m_db, november(ReportOptions::Csv));
    generator.setProgress([](qint64, qint64) { return false; });
    QVERIFY(!generator.writeFile(path));
    QVERIFY(generator.wasCancelled());
    QVERIFY(!QFile::exists(path));

    ReportGenerator complete(m_db, november(ReportOptions::Csv));
    qint64 last = -1;
    complete.setProgress([&last](qint64 done, qint64 total) {
        last = done;
        return done <= total;
    });
    QVERIFY(complete.writeFile(path));
    QCOMPARE(last, 4);
    QCOMPARE(complete.rowCount(), 4);
    QVERIFY(QFile::exists(path));
}

void TestReports::badPeriod()
{
    ReportOptions options = november(ReportOptions::Html);
    options.to = QDate(2026, 10, 1);
    bool ok = true;
    QVERIFY(generate(options, &ok).isEmpty());
    QVERIFY(!ok);
    options.to = QDate();
    QVERIFY(generate(options, &ok).isEmpty());
    QVERIFY(!ok);
}

// Painting PDF pages and SVG charts needs fonts, hence a QGuiApplication (offscreen).
QTEST_MAIN(TestReports)
#include "tst_reports.moc"
