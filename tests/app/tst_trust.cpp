#include "AppContext.h"
#include "AuditLog.h"
#include "CaseStore.h"
#include "Clock.h"
#include "CommandLine.h"
#include "Database.h"
#include "Importer.h"
#include "OutputFile.h"
#include "PolicySettingsStore.h"

#include <QBuffer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

// Issue 13 ("Trust, second round"): each attack of the issue, run as the attacker ran it (the command
// line, sqlite3-style statements on a plain connection), named after its item. Each failed before the fix.
namespace {

const QString DataDir = QStringLiteral(APPEALDESK_TEST_DATA);
const QString Period[]
    = { QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-12-31") };

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

int modeOf(const QString& path)
{
    struct stat st;
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

QByteArray contentOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_Trust : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void item1_forgedDecisionIsNamed();
    void item1_forgedStrikeAndVoidAreNamed();
    void item1_forgedSettingsAreNamed();
    void item1_decisionWithoutEntryIsNamed();
    void item1_truncatedChainFailsAgainstCheckpoint();
    void item1_rewrittenChainFailsAgainstCheckpoint();
    void item1_checkpointFileAndKey();
    void item2_importReplaceAndClaimAreAudited();

    void item5_reportNeverReplacesTheDatabase();
    void item5_noSymlinkNoSilentOverwrite();
    void item5_outputsArePrivateAndAtomic();
    void item5_demoOutNeverReplacesTheDatabase();

    void item6_readCommandsRefuseMissingDatabase();
    void item6_existingDatabaseMadePrivate();
    void item6_backupAppearsOnlyWhenChecked();

    void item7_demoRefusesImportedCases();
    void item8_damagedLargeFileRefusedBeforeWriting();
    void item9_diskFullIsNamed();
    void item11_controlCharactersNeverReachAnOutput();

private:
    Run run(const QStringList& arguments, const Clock* clock = nullptr) const;
    // A copy of the demo database changed by `statements` on a plain SQLite connection, triggers dropped.
    QString tampered(const QStringList& statements);
    // Recomputes every hash of the chain from entry 1 (what an attacker with the source code does).
    static bool rehashChain(const QString& path);
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QString m_demo; // 300 demo cases, settings saved once, a strike voided
    int m_copies = 0;
};

void tst_Trust::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    AppContext::setApplicationNames();
    QVERIFY(m_dir.isValid());
    m_demo = path(QStringLiteral("demo.sqlite"));
    Run r = run(
        { QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("300"), QStringLiteral("--db"), m_demo });
    QCOMPARE(r.exitCode, 0);
    Database db(m_demo, QStringLiteral("trust-setup"));
    QVERIFY2(db.open(), qPrintable(db.error()));
    CaseStore store(db);
    PolicySettings settings = store.settings().policySettings();
    settings.slaHours += 1;
    QVERIFY(store.settings().save(settings, QStringLiteral("lead"), QDateTime::currentDateTimeUtc()));
    QVERIFY(store.strikes().voidStrike(
        1, QStringLiteral("lead"), QStringLiteral("appeal upheld"), QDateTime::currentDateTimeUtc()));
    r = run({ QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), m_demo });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

Run tst_Trust::run(const QStringList& arguments, const Clock* clock) const
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
        defaults.databasePath = m_dir.filePath(QStringLiteral("default.sqlite"));
        defaults.settingsPath = m_dir.filePath(QStringLiteral("appealdesk.conf"));
        defaults.connectionName = QStringLiteral("tst_trust");
        defaults.clock = clock;
        CommandLine commandLine(
            QStringList { QStringLiteral("appealdesk"), QStringLiteral("--lang"), QStringLiteral("en") } + arguments,
            out, err, defaults);
        result.exitCode = commandLine.exec();
    }
    result.out = QString::fromUtf8(outBuffer.data());
    result.err = QString::fromUtf8(errBuffer.data());
    return result;
}

QString tst_Trust::tampered(const QStringList& statements)
{
    const QString copy = path(QStringLiteral("tampered-%1.sqlite").arg(++m_copies));
    if (!QFile::copy(m_demo, copy))
        return QString();
    const QString name = QStringLiteral("attacker-%1").arg(m_copies);
    bool ok = true;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(copy);
        ok = raw.open();
        QSqlQuery q(raw);
        for (const QString& statement : QStringList { QStringLiteral("DROP TRIGGER audit_no_update"),
                                            QStringLiteral("DROP TRIGGER audit_no_delete") }
                + statements) {
            ok = ok && q.exec(statement);
            if (!ok)
                qWarning() << q.lastError().text() << statement;
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok ? copy : QString();
}

bool tst_Trust::rehashChain(const QString& file)
{
    const QString name = QStringLiteral("rehash");
    bool ok = true;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(file);
        ok = raw.open();
        QSqlQuery read(raw);
        ok = ok
            && read.exec(QStringLiteral("SELECT id, at, actor, action, subject, before, after FROM audit_log"
                                        " ORDER BY id"));
        QList<QVariantList> rows;
        while (ok && read.next())
            rows << QVariantList { read.value(0), read.value(1), read.value(2), read.value(3), read.value(4),
                read.value(5), read.value(6) };
        QByteArray prev(64, '0');
        QSqlQuery write(raw);
        for (const QVariantList& row : std::as_const(rows)) {
            const QByteArray hash = AuditLog::hash(prev, row.at(1).toLongLong(), row.at(2).toString(),
                row.at(3).toString(), row.at(4).toString(), row.at(5).toString(), row.at(6).toString());
            write.prepare(QStringLiteral("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?"));
            write.addBindValue(QString::fromLatin1(prev));
            write.addBindValue(QString::fromLatin1(hash));
            write.addBindValue(row.at(0));
            ok = ok && write.exec();
            prev = hash;
        }
        ok = ok
            && write.exec(QStringLiteral("UPDATE audit_head SET entries = (SELECT max(id) FROM audit_log),"
                                         " hash = (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1)"));
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// 1. UPDATE decisions SET outcome='release', agent='mallory': the chain still recomputes, the live row does not
// match its entry, and verify names the case.
void tst_Trust::item1_forgedDecisionIsNamed()
{
    const QString copy = tampered({ QStringLiteral("UPDATE decisions SET outcome = CASE outcome WHEN 'release' THEN"
                                                   " 'refund' ELSE 'release' END, agent = 'mallory' WHERE id = 3") });
    QVERIFY(!copy.isEmpty());
    const Run r = run({ QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), copy });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("differs from its audit entry")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("\"mallory\"")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("outcome is")), qPrintable(r.err));
}

void tst_Trust::item1_forgedStrikeAndVoidAreNamed()
{
    // A strike moved to another user, and the voided strike counted again.
    QString copy = tampered({ QStringLiteral("UPDATE strikes SET user_id = 'U-00001' WHERE id = 2") });
    Run r = run({ QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), copy });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("its strikes")), qPrintable(r.err));

    copy = tampered({ QStringLiteral("UPDATE strikes SET voided_at = NULL, voided_by = NULL, void_reason = NULL"
                                     " WHERE id = 1") });
    r = run({ QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), copy });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("strike 1 on case")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("counts again")), qPrintable(r.err));

    copy = tampered({ QStringLiteral("INSERT INTO strikes (user_id, kind, case_ref, clause, at, agent)"
                                     " SELECT 'U-12345', 'abusive_language', case_ref, 'LC1', decided_at, agent"
                                     " FROM decisions WHERE id = 1") });
    r = run({ QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), copy });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("its strikes")), qPrintable(r.err));
}

void tst_Trust::item1_forgedSettingsAreNamed()
{
    const QString copy = tampered({ QStringLiteral("UPDATE settings SET value = '999' WHERE key = 'sla_hours'") });
    const Run r = run({ QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), copy });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("the setting sla_hours is \"999\"")), qPrintable(r.err));
}

// The decision's entry removed and the whole chain recomputed: every hash checks, the decision has no entry.
void tst_Trust::item1_decisionWithoutEntryIsNamed()
{
    const QString copy = tampered({ QStringLiteral("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log"
                                                   " WHERE action = 'decide')"),
        QStringLiteral("CREATE TABLE renumber AS SELECT * FROM audit_log ORDER BY id"),
        QStringLiteral("DELETE FROM audit_log"),
        QStringLiteral("INSERT INTO audit_log (at, actor, action, subject, before, after, prev_hash, hash)"
                       " SELECT at, actor, action, subject, before, after, prev_hash, hash FROM renumber ORDER BY id"),
        QStringLiteral("DROP TABLE renumber") });
    QVERIFY(!copy.isEmpty());
    QVERIFY(rehashChain(copy));
    const Run r = run({ QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), copy });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("has no audit entry")), qPrintable(r.err));
}

// The last entries deleted and audit_head fixed: the chain verifies, the checkpoint does not.
void tst_Trust::item1_truncatedChainFailsAgainstCheckpoint()
{
    const QString key = path(QStringLiteral("truncate.key"));
    const QString checkpoint = path(QStringLiteral("truncate.checkpoint"));
    QCOMPARE(run({ QStringLiteral("audit"), QStringLiteral("keygen"), QStringLiteral("-o"), key }).exitCode, 0);
    Run r = run({ QStringLiteral("audit"), QStringLiteral("checkpoint"), QStringLiteral("--key"), key,
        QStringLiteral("-o"), checkpoint, QStringLiteral("--db"), m_demo });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList verify = { QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--checkpoint"),
        checkpoint, QStringLiteral("--public-key"), key + QStringLiteral(".pub"), QStringLiteral("--db") };
    r = run(verify + QStringList { m_demo });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QLatin1String("extends the checkpoint")));

    // The settings and void entries are the last two: with them gone, the rows are put back as well.
    const QString copy = tampered({ QStringLiteral("DELETE FROM audit_log WHERE id > (SELECT max(id) - 2 FROM"
                                                   " audit_log)"),
        QStringLiteral("DELETE FROM settings"),
        QStringLiteral("UPDATE strikes SET voided_at = NULL, voided_by = NULL, void_reason = NULL WHERE id = 1"),
        QStringLiteral("UPDATE audit_head SET entries = (SELECT max(id) FROM audit_log),"
                       " hash = (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1)") });
    QVERIFY(!copy.isEmpty());
    r = run({ QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), copy });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err)); // without the anchor, nothing shows
    r = run(verify + QStringList { copy });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("entries were removed")), qPrintable(r.err));
}

// An entry rewritten (the decision with it) and every hash recomputed: only the checkpoint tells.
void tst_Trust::item1_rewrittenChainFailsAgainstCheckpoint()
{
    const QString key = path(QStringLiteral("rewrite.key"));
    const QString checkpoint = path(QStringLiteral("rewrite.checkpoint"));
    QCOMPARE(run({ QStringLiteral("audit"), QStringLiteral("keygen"), QStringLiteral("-o"), key }).exitCode, 0);
    QCOMPARE(run({ QStringLiteral("audit"), QStringLiteral("checkpoint"), QStringLiteral("--key"), key,
                     QStringLiteral("-o"), checkpoint, QStringLiteral("--db"), m_demo })
                 .exitCode,
        0);
    const QString copy = tampered({ QStringLiteral("UPDATE decisions SET note = 'forged' WHERE id = 1"),
        QStringLiteral("UPDATE audit_log SET after = json_set(after, '$.note', 'forged')"
                       " WHERE id = (SELECT min(id) FROM audit_log WHERE action = 'decide')") });
    QVERIFY(!copy.isEmpty());
    QVERIFY(rehashChain(copy));
    Run r = run({ QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), copy });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err)); // every hash recomputes, every row matches
    r = run({ QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--checkpoint"), checkpoint,
        QStringLiteral("--db"), copy });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("the chain was rewritten")), qPrintable(r.err));
}

void tst_Trust::item1_checkpointFileAndKey()
{
    const QString key = path(QStringLiteral("lead.key"));
    Run r = run({ QStringLiteral("audit"), QStringLiteral("keygen"), QStringLiteral("-o"), key });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(modeOf(key), 0600);
    // Never in the database: the key file names no database, and keygen never replaces one.
    QVERIFY(!contentOf(m_demo).contains(contentOf(key).split('\n').value(2).mid(7)));
    r = run({ QStringLiteral("audit"), QStringLiteral("keygen"), QStringLiteral("-o"), key });
    QCOMPARE(r.exitCode, 1);
    r = run({ QStringLiteral("audit"), QStringLiteral("keygen"), QStringLiteral("-o"), m_demo, QStringLiteral("--db"),
        m_demo });
    QCOMPARE(r.exitCode, 1);

    const QString checkpoint = path(QStringLiteral("lead.checkpoint"));
    QCOMPARE(run({ QStringLiteral("audit"), QStringLiteral("checkpoint"), QStringLiteral("--key"), key,
                     QStringLiteral("-o"), checkpoint, QStringLiteral("--db"), m_demo })
                 .exitCode,
        0);
    // With each report: FILE.checkpoint beside it, which verifies against the trusted key.
    const QString report = path(QStringLiteral("lead-report.csv"));
    r = run(QStringList { QStringLiteral("report") } + QStringList(std::begin(Period), std::end(Period))
        + QStringList { QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), report,
            QStringLiteral("--checkpoint-key"), key, QStringLiteral("--db"), m_demo });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(modeOf(report + QStringLiteral(".checkpoint")), 0600);
    r = run({ QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--checkpoint"),
        report + QStringLiteral(".checkpoint"), QStringLiteral("--public-key"), key + QStringLiteral(".pub"),
        QStringLiteral("--db"), m_demo });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    // A changed checkpoint (a later "entries" line) fails its signature.
    QByteArray text = contentOf(checkpoint);
    const QString forged = path(QStringLiteral("forged.checkpoint"));
    QFile file(forged);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.replace("entries ", "entries 1"));
    file.close();
    r = run({ QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--checkpoint"), forged,
        QStringLiteral("--db"), m_demo });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("signature")), qPrintable(r.err));
    // Signed by another key than the one the verifier trusts.
    const QString other = path(QStringLiteral("other.key"));
    QCOMPARE(run({ QStringLiteral("audit"), QStringLiteral("keygen"), QStringLiteral("-o"), other }).exitCode, 0);
    r = run({ QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--checkpoint"), checkpoint,
        QStringLiteral("--public-key"), other + QStringLiteral(".pub"), QStringLiteral("--db"), m_demo });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("not by")), qPrintable(r.err));
}

// 2. An import, a --replace and a claim each leave an entry.
void tst_Trust::item2_importReplaceAndClaimAreAudited()
{
    const QString db = path(QStringLiteral("item2.sqlite"));
    const QString good = DataDir + QStringLiteral("/good/example.json");
    QCOMPARE(run({ QStringLiteral("import"), QStringLiteral("--db"), db, good }).exitCode, 0);
    QCOMPARE(
        run({ QStringLiteral("import"), QStringLiteral("--replace"), QStringLiteral("--db"), db, good }).exitCode, 0);
    QCOMPARE(run({ QStringLiteral("claim"), QStringLiteral("--db"), db, QStringLiteral("--case"),
                     QStringLiteral("AP-2026-000123"), QStringLiteral("--agent"), QStringLiteral("agent.anna") })
                 .exitCode,
        0);
    Database database(db, QStringLiteral("item2"));
    QVERIFY(database.open());
    QSqlQuery q(database.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT action, subject, after FROM audit_log ORDER BY id")));
    QStringList actions;
    while (q.next()) {
        actions << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
        if (q.value(0).toString() == QLatin1String("import"))
            QVERIFY2(q.value(2).toString().contains(QLatin1String("\"sha256\":\"")), qPrintable(q.value(2).toString()));
        if (q.value(0).toString() == QLatin1String("replace"))
            QVERIFY(q.value(2).toString().contains(QLatin1String("\"outcome\"")));
    }
    QCOMPARE(actions,
        QStringList({ QStringLiteral("import example.json"), QStringLiteral("replace AP-2026-000123"),
            QStringLiteral("import example.json"), QStringLiteral("claim AP-2026-000123") }));
    CaseStore store(database);
    QVERIFY(store.audit().verify().ok);
}

// 5. report -o naming the database (or its -wal) replaced it with the CSV, exit 0.
void tst_Trust::item5_reportNeverReplacesTheDatabase()
{
    const QString db = path(QStringLiteral("item5.sqlite"));
    QVERIFY(QFile::copy(m_demo, db));
    const QByteArray before = contentOf(db);
    const QStringList targets = { db, db + QStringLiteral("-wal"), db + QStringLiteral("-shm"),
        QFileInfo(db).absolutePath() + QStringLiteral("/./") + QFileInfo(db).fileName() };
    for (const QString& target : targets) {
        const Run r = run(QStringList { QStringLiteral("report") } + QStringList(std::begin(Period), std::end(Period))
            + QStringList { QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), target,
                QStringLiteral("--force"), QStringLiteral("--db"), db });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("open database")), qPrintable(r.err));
    }
    // A hard link to the database is the same file.
    const QString link = path(QStringLiteral("item5-hardlink.csv"));
    QVERIFY(::link(QFile::encodeName(db).constData(), QFile::encodeName(link).constData()) == 0);
    const Run r = run(QStringList { QStringLiteral("report") } + QStringList(std::begin(Period), std::end(Period))
        + QStringList { QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), link,
            QStringLiteral("--force"), QStringLiteral("--db"), db });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(contentOf(db), before);
}

void tst_Trust::item5_noSymlinkNoSilentOverwrite()
{
    const QString target = path(QStringLiteral("item5-target.txt"));
    QFile file(target);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    const QString link = path(QStringLiteral("item5-link.csv"));
    QVERIFY(QFile::link(target, link));
    const QStringList report = QStringList { QStringLiteral("report") }
        + QStringList(std::begin(Period), std::end(Period))
        + QStringList { QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--db"), m_demo,
              QStringLiteral("-o") };
    Run r = run(report + QStringList { link, QStringLiteral("--force") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("symbolic link")), qPrintable(r.err));
    QCOMPARE(contentOf(target), QByteArray("keep me"));
    QVERIFY(QFileInfo(link).isSymLink());

    // An existing file: only with --force.
    r = run(report + QStringList { target });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("--force")), qPrintable(r.err));
    QCOMPARE(contentOf(target), QByteArray("keep me"));
    r = run(report + QStringList { target, QStringLiteral("--force") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(contentOf(target).startsWith("case_id") || contentOf(target).size() > 100);
}

// 5. Reports, even --no-mask ones, were created 0644; a replaced file kept its mode.
void tst_Trust::item5_outputsArePrivateAndAtomic()
{
    const QString csv = path(QStringLiteral("item5-private.csv"));
    QFile old(csv);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.close();
    QVERIFY(::chmod(QFile::encodeName(csv).constData(), 0644) == 0);
    const Run r = run(QStringList { QStringLiteral("report") } + QStringList(std::begin(Period), std::end(Period))
        + QStringList { QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--no-mask"),
            QStringLiteral("--by"), QStringLiteral("lead"), QStringLiteral("-o"), csv, QStringLiteral("--force"),
            QStringLiteral("--db"), m_demo });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(modeOf(csv), 0600);

    // Written beside the target and renamed: a cancelled writer leaves neither the target nor a temporary file.
    const QString cancelled = path(QStringLiteral("item5-cancelled.csv"));
    {
        OutputFile out(cancelled);
        QVERIFY(out.open());
        out.device()->write("half");
        out.cancel();
    }
    QVERIFY(!QFile::exists(cancelled));
    const QStringList left
        = QDir(m_dir.path())
              .entryList({ QStringLiteral("*item5-cancelled*") }, QDir::AllEntries | QDir::Hidden | QDir::System);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
}

void tst_Trust::item5_demoOutNeverReplacesTheDatabase()
{
    const QString db = path(QStringLiteral("item5-demo.sqlite"));
    QVERIFY(QFile::copy(m_demo, db));
    const QByteArray before = contentOf(db);
    Run r = run({ QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("5"), QStringLiteral("--out"), db,
        QStringLiteral("--force"), QStringLiteral("--db"), db });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(contentOf(db), before);
    const QString bundle = path(QStringLiteral("item5-demo.jsonl"));
    QCOMPARE(
        run({ QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("5"), QStringLiteral("--out"), bundle })
            .exitCode,
        0);
    QCOMPARE(modeOf(bundle), 0600);
    r = run(
        { QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("6"), QStringLiteral("--out"), bundle });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("already exists")), qPrintable(r.err));
}

// 6. A mistyped --db on a read command created an empty database and said "ok, 0 entries".
void tst_Trust::item6_readCommandsRefuseMissingDatabase()
{
    const QString missing = path(QStringLiteral("typo.sqlite"));
    const QList<QStringList> commands = {
        { QStringLiteral("audit"), QStringLiteral("verify") },
        { QStringLiteral("strikes") },
        { QStringLiteral("suggest"), QStringLiteral("--case"), QStringLiteral("AP-1") },
        QStringList { QStringLiteral("report") } + QStringList(std::begin(Period), std::end(Period))
            + QStringList { QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"),
                path(QStringLiteral("typo.csv")) },
        { QStringLiteral("backup"), path(QStringLiteral("typo-backup.sqlite")) },
        { QStringLiteral("decide"), QStringLiteral("--case"), QStringLiteral("AP-1"), QStringLiteral("--agent"),
            QStringLiteral("a"), QStringLiteral("--outcome"), QStringLiteral("refund") },
    };
    for (const QStringList& command : commands) {
        const Run r = run(command + QStringList { QStringLiteral("--db"), missing });
        QVERIFY2(r.exitCode != 0, qPrintable(command.join(QLatin1Char(' '))));
        QVERIFY2(r.err.contains(QLatin1String("There is no database at")), qPrintable(r.err));
        QVERIFY2(!QFile::exists(missing), qPrintable(command.join(QLatin1Char(' '))));
    }
    // import and demo create one, and say so.
    const Run r = run(
        { QStringLiteral("import"), QStringLiteral("--db"), missing, DataDir + QStringLiteral("/good/example.json") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(QLatin1String("Created a new database")), qPrintable(r.err));
    QCOMPARE(modeOf(missing), 0600);
}

// 6. An existing empty 0644 file used as a database stayed 0644.
void tst_Trust::item6_existingDatabaseMadePrivate()
{
    const QString db = path(QStringLiteral("item6-open.sqlite"));
    QFile file(db);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QVERIFY(::chmod(QFile::encodeName(db).constData(), 0644) == 0);
    const Run r = run({ QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(modeOf(db), 0600);
}

// 6. A backup killed half-way left a 0-byte file under its name: the copy is made under a temporary name.
void tst_Trust::item6_backupAppearsOnlyWhenChecked()
{
    const QString target = path(QStringLiteral("item6-backup.sqlite"));
    OutputFile out(target);
    out.protectDatabase(m_demo);
    const QString staged = out.stage();
    QVERIFY(!staged.isEmpty());
    QVERIFY(staged != target);
    QCOMPARE(QFileInfo(staged).absolutePath(), QFileInfo(target).absolutePath());
    QCOMPARE(modeOf(staged), 0600);
    QVERIFY(!QFile::exists(target)); // what a kill at this point leaves: no file under the backup's name
    QVERIFY(out.commitStaged());
    QVERIFY(QFile::exists(target));
    QVERIFY(!QFile::exists(staged));

    // The command: the database itself as the target is refused, a new name gets a checked copy.
    Run r = run({ QStringLiteral("backup"), m_demo, QStringLiteral("--db"), m_demo });
    QCOMPARE(r.exitCode, 1);
    const QString copy = path(QStringLiteral("item6-backup-2.sqlite"));
    r = run({ QStringLiteral("backup"), copy, QStringLiteral("--db"), m_demo });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(modeOf(copy), 0600);
    QVERIFY(QDir(m_dir.path()).entryList({ QStringLiteral(".item6-backup-2*") }, QDir::Hidden | QDir::Files).isEmpty());
}

// 7. demo into a database with imported cases added fake cases and strikes.
void tst_Trust::item7_demoRefusesImportedCases()
{
    const QString db = path(QStringLiteral("item7.sqlite"));
    QCOMPARE(
        run({ QStringLiteral("import"), QStringLiteral("--db"), db, DataDir + QStringLiteral("/good/example.json") })
            .exitCode,
        0);
    const Run r
        = run({ QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("20"), QStringLiteral("--db"), db });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("imported cases")), qPrintable(r.err));
    Database database(db, QStringLiteral("item7"));
    QVERIFY(database.open());
    CaseStore store(database);
    QCOMPARE(store.cases().count(), qint64(1));

    // A demo database takes more demo cases.
    const QString demo = path(QStringLiteral("item7-demo.sqlite"));
    QVERIFY(QFile::copy(m_demo, demo));
    QCOMPARE(
        run({ QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("310"), QStringLiteral("--db"), demo })
            .exitCode,
        0);
}

// 8. A file over 64 MiB (only its structure is checked when opened) with a damaged index page: import ran.
void tst_Trust::item8_damagedLargeFileRefusedBeforeWriting()
{
    const QString db = path(QStringLiteral("item8.sqlite"));
    QVERIFY(QFile::copy(m_demo, db));
    QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
    qint64 pageSize = 0;
    qint64 rootPage = 0;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("item8"));
        raw.setDatabaseName(db);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE padding (b BLOB)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO padding VALUES (zeroblob(%1))").arg(Database::FullCheckMaxBytes)));
        QVERIFY(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'sanctions_user'")) && q.next());
        rootPage = q.value(0).toLongLong();
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
        pageSize = q.value(0).toLongLong();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("item8"));
    QVERIFY(QFileInfo(db).size() > Database::FullCheckMaxBytes);
    QFile file(db);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek((rootPage - 1) * pageSize));
    file.write(QByteArray(64, '\xee')); // the index page's header: no longer a b-tree page
    file.close();

    const QString bundle = DataDir + QStringLiteral("/good/example.json");
    const Run r = run({ QStringLiteral("import"), QStringLiteral("--db"), db, bundle });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("damaged")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("Nothing was written")), qPrintable(r.err));
    QVERIFY(!r.out.contains(QLatin1String("imported 1")));
}

// 9. A full disk said "damaged or not a database: disk I/O error", an import rolled back said "rejected 0".
void tst_Trust::item9_diskFullIsNamed()
{
    const QString db = path(QStringLiteral("item9.sqlite"));
    Database database(db, QStringLiteral("item9"));
    QVERIFY(database.open());
    CaseStore store(database);
    // SQLite's own limit stands in for the disk: past it every write fails with SQLITE_FULL.
    QSqlQuery q(database.connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
    QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(q.value(0).toLongLong())));
    const QString bundle = path(QStringLiteral("item9.jsonl"));
    QCOMPARE(run({ QStringLiteral("demo"), QStringLiteral("--cases"), QStringLiteral("200"), QStringLiteral("--out"),
                     bundle })
                 .exitCode,
        0);
    const FixedClock clock(QDateTime::currentDateTimeUtc());
    Importer importer(database, store, clock);
    const ImportReport report = importer.importFile(bundle);
    QVERIFY(report.fileRejected);
    const QString messages = report.messages().join(QLatin1Char('\n'));
    QVERIFY2(messages.contains(QLatin1String("the disk is full")), qPrintable(messages));
    QVERIFY2(messages.contains(QLatin1String("nothing of this file was stored")), qPrintable(messages));
    QVERIFY(!messages.contains(QLatin1String("damaged")));
    QCOMPARE(store.cases().count(), qint64(0));
}

// 11. ESC and BEL sequences in a nickname were written raw into the outputs (CSV was fixed before; HTML and
// the import's messages were not). A C1 CSI (U+009B) is a terminal's ESC [ as well.
void tst_Trust::item11_controlCharactersNeverReachAnOutput()
{
    QByteArray bundle = contentOf(DataDir + QStringLiteral("/good/example.json"));
    QVERIFY(bundle.contains("\"nordic_bear\""));
    bundle.replace("\"nordic_bear\"", "\"nordic\\u001b[31m\\u0007bear\\u009b2J\"");
    const QString file = path(QStringLiteral("item11.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bundle);
    out.close();
    const QString db = path(QStringLiteral("item11.sqlite"));
    QCOMPARE(run({ QStringLiteral("import"), QStringLiteral("--db"), db, file }).exitCode, 0);
    Run r = run({ QStringLiteral("suggest"), QStringLiteral("--db"), db, QStringLiteral("--case"),
        QStringLiteral("AP-2026-000123") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.contains(QChar(0x1b)) && !r.out.contains(QChar(0x9b)));
    const QString outcome
        = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("outcome")).toString();
    r = run({ QStringLiteral("decide"), QStringLiteral("--db"), db, QStringLiteral("--case"),
        QStringLiteral("AP-2026-000123"), QStringLiteral("--agent"), QStringLiteral("agent.anna"),
        QStringLiteral("--outcome"), outcome == QLatin1String("none") ? QStringLiteral("refund") : outcome,
        QStringLiteral("--note"), QStringLiteral("checked") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    for (const QString& format : { QStringLiteral("html"), QStringLiteral("csv") }) {
        const QString report = path(QStringLiteral("item11.") + format);
        r = run(QStringList { QStringLiteral("report") } + QStringList(std::begin(Period), std::end(Period))
            + QStringList { QStringLiteral("--format"), format, QStringLiteral("--no-mask"), QStringLiteral("--by"),
                QStringLiteral("lead"), QStringLiteral("-o"), report, QStringLiteral("--db"), db });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QByteArray text = contentOf(report);
        QVERIFY2(text.contains("nordic"), qPrintable(format));
        QVERIFY2(!text.contains('\x1b') && !text.contains('\x07') && !text.contains("\xc2\x9b"), qPrintable(format));
    }
    // The import's own messages quote a hostile id with its controls escaped.
    bundle.replace("\"AP-2026-000123\"", "\"AP-\\u009b1\"");
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bundle);
    out.close();
    r = run({ QStringLiteral("import"), QStringLiteral("--db"), db, file });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(!r.err.contains(QChar(0x9b)), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("\\u009b")), qPrintable(r.err));
}

QTEST_MAIN(tst_Trust)
#include "tst_trust.moc"
