#include "Database.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// `appealdesk report` end to end: options, exit codes, the summary line, the
// file, and the audit entry of an unmasked export.
class TestReportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void usageErrors_data();
    void usageErrors();
    void help();
    void writesReport_data();
    void writesReport();
    void emptyPeriod();
    void unmaskedIsAudited();
    void pdfRowLimit();
    void unwritableFile();

private:
    int run(const QStringList& arguments, QString* out = nullptr, QString* err = nullptr);
    int auditEntries();

    QTemporaryDir m_dir;
    QString m_db;
};

void TestReportCommand::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(APPEALDESK_BINARY)), APPEALDESK_BINARY);
    m_db = m_dir.filePath(QStringLiteral("desk.sqlite"));
    Database db(m_db, QStringLiteral("reportcommand"));
    QVERIFY2(db.open(), qPrintable(db.error()));
    QSqlQuery q(db.connection());
    const qint64 opened
        = QDateTime::fromString(QStringLiteral("2026-11-02T09:00:00Z"), Qt::ISODate).toMSecsSinceEpoch();
    QVERIFY(q.exec(
        QStringLiteral("INSERT INTO users (user_id, nickname, kyc_name) VALUES ('U-1', 'bear', 'Eva Andersson')")));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO cases (case_id, kind, opened_at, fiat, fiat_amount, status, imported_at)"
                                  " VALUES ('AP-1', 'p2p_appeal', %1, 'SEK', '10.00', 'decided', 0)")
                       .arg(opened)));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO parties (case_ref, seq, role, user_ref, nickname, kyc_name)"
                                  " VALUES (1, 0, 'buyer', 1, 'bear', 'Eva Andersson')")));
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO decisions (case_ref, outcome, suggested_outcome, override, note, agent,"
                                   " decided_at, clauses, revision, suggestion_json)"
                                   " VALUES (1, 'refund', 'refund', 0, '', 'anna', %1, 'S2b', 'p2p-2021-04-07', '{}')")
                        .arg(opened + 3600000)),
        qPrintable(q.lastError().text()));
}

int TestReportCommand::run(const QStringList& arguments, QString* out, QString* err)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("USER"), QStringLiteral("lead.lena"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(APPEALDESK_BINARY),
        QStringList { QStringLiteral("report"), QStringLiteral("--db"), m_db } + arguments);
    if (!process.waitForFinished(60000))
        return -1;
    if (out)
        *out = QString::fromUtf8(process.readAllStandardOutput());
    if (err)
        *err = QString::fromUtf8(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

int TestReportCommand::auditEntries()
{
    Database db(m_db, QStringLiteral("audit-count"));
    if (!db.open())
        return -1;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'report_unmasked'")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void TestReportCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString out = m_dir.filePath(QStringLiteral("never.csv"));
    const QStringList base = { QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
        QStringLiteral("2026-11-30"), QStringLiteral("-o"), out };
    QTest::newRow("no format") << base << QStringLiteral("--format is required");
    QTest::newRow("bad format") << base + QStringList { QStringLiteral("--format"), QStringLiteral("xls") }
                                << QStringLiteral("--format must be");
    QTest::newRow("no period") << QStringList { QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"),
        out } << QStringLiteral("--from is required");
    QTest::newRow("bad date") << QStringList { QStringLiteral("--from"), QStringLiteral("2026-13-01"),
        QStringLiteral("--to"), QStringLiteral("2026-11-30"), QStringLiteral("--format"), QStringLiteral("csv"),
        QStringLiteral("-o"), out }
                              << QStringLiteral("not a date");
    QTest::newRow("to before from") << QStringList { QStringLiteral("--from"), QStringLiteral("2026-11-30"),
        QStringLiteral("--to"), QStringLiteral("2026-11-01"), QStringLiteral("--format"), QStringLiteral("csv"),
        QStringLiteral("-o"), out } << QStringLiteral("--to is before --from");
    QTest::newRow("bad kind") << base
            + QStringList { QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--kind"),
                  QStringLiteral("chat") }
                              << QStringLiteral("--kind must be one of");
    QTest::newRow("bad paper") << base
            + QStringList { QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--paper"),
                  QStringLiteral("a3") }
                               << QStringLiteral("--paper must be");
    QTest::newRow("unknown option") << base
            + QStringList { QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--colour") }
                                    << QStringLiteral("colour");
    QTest::newRow("stray argument") << base
            + QStringList { QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("extra") }
                                    << QStringLiteral("unexpected argument extra");
}

void TestReportCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QString out;
    QString err;
    QCOMPARE(run(arguments, &out, &err), 2);
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY(out.isEmpty());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.csv"))));
}

void TestReportCommand::help()
{
    QString out;
    QCOMPARE(run({ QStringLiteral("--help") }, &out), 0);
    for (const char* option : { "--from", "--to", "--format", "--agent", "--clause", "--kind", "--no-mask", "--bom",
             "--paper", "--summary-only" })
        QVERIFY2(out.contains(QLatin1String(option)), option);
}

void TestReportCommand::writesReport_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("csv") << QStringLiteral("csv") << QByteArray("Case,Kind,");
    QTest::newRow("html") << QStringLiteral("html") << QByteArray("<!DOCTYPE html>");
    QTest::newRow("pdf") << QStringLiteral("pdf") << QByteArray("%PDF-");
}

void TestReportCommand::writesReport()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, magic);
    const QString path = m_dir.filePath(QStringLiteral("report.") + format);
    QString out;
    QString err;
    QCOMPARE(run({ QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                     QStringLiteral("2026-11-30"), QStringLiteral("--format"), format, QStringLiteral("-o"), path,
                     QStringLiteral("--lang"), QStringLiteral("en") },
                 &out, &err),
        0);
    QVERIFY2(out.startsWith(
                 QStringLiteral("report: cases=1 format=%1 from=2026-11-01 to=2026-11-30 masked=yes").arg(format)),
        qPrintable(out + err));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith(magic));
    QVERIFY(!bytes.contains("Andersson"));
}

void TestReportCommand::emptyPeriod()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.pdf"));
    QString out;
    QCOMPARE(run({ QStringLiteral("--from"), QStringLiteral("2025-01-01"), QStringLiteral("--to"),
                     QStringLiteral("2025-01-31"), QStringLiteral("--format"), QStringLiteral("pdf"),
                     QStringLiteral("-o"), path },
                 &out),
        0);
    QVERIFY2(out.startsWith(QStringLiteral("report: cases=0 ")), qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("No cases were decided in this period")));
    QVERIFY(QFile::exists(path));
}

void TestReportCommand::unmaskedIsAudited()
{
    const int before = auditEntries();
    QVERIFY(before >= 0);
    const QString path = m_dir.filePath(QStringLiteral("unmasked.csv"));
    QString out;
    QCOMPARE(run({ QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                     QStringLiteral("2026-11-30"), QStringLiteral("--format"), QStringLiteral("csv"),
                     QStringLiteral("-o"), path, QStringLiteral("--no-mask") },
                 &out),
        0);
    QVERIFY(out.contains(QStringLiteral("masked=no")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("Eva Andersson"));
    QCOMPARE(auditEntries(), before + 1);
}

void TestReportCommand::pdfRowLimit()
{
    const QString path = m_dir.filePath(QStringLiteral("limited.pdf"));
    const QStringList base = { QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
        QStringLiteral("2026-11-30"), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"), path,
        QStringLiteral("--force"), QStringLiteral("--pdf-max-rows") }; // the same file each time
    QString out;
    QCOMPARE(run(base + QStringList { QStringLiteral("0") }, &out), 0);
    QVERIFY2(out.contains(QStringLiteral("cases=1 ")) && out.contains(QStringLiteral("table=no")), qPrintable(out));
    QCOMPARE(run(base + QStringList { QStringLiteral("1") }, &out), 0);
    QVERIFY2(out.contains(QStringLiteral("table=yes")), qPrintable(out));
    QString err;
    QCOMPARE(run(base + QStringList { QStringLiteral("many") }, &out, &err), 2);
    QVERIFY(err.contains(QStringLiteral("--pdf-max-rows needs a whole number")));
}

void TestReportCommand::unwritableFile()
{
    const QString path = m_dir.filePath(QStringLiteral("missing-folder/report.csv"));
    QString err;
    QCOMPARE(run({ QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                     QStringLiteral("2026-11-30"), QStringLiteral("--format"), QStringLiteral("csv"),
                     QStringLiteral("-o"), path },
                 nullptr, &err),
        1);
    QVERIFY(err.contains(QStringLiteral("Cannot write")));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestReportCommand)
#include "tst_reportcommand.moc"
