#include "CaseStore.h"
#include "Database.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

// Backups: Database::backupTo and `appealdesk backup FILE` write a private,
// checked, complete copy with VACUUM INTO, never over an existing file.
class tst_Backup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void backupIsCompletePrivateAndChecked();
    void backupWhileAnotherConnectionWrites();
    void existingFileIsNeverOverwritten();
    void commandLine();

private:
    static int modeOf(const QString& path)
    {
        struct stat st;
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
    }
    static QString scalar(const QString& path, const QString& sql);

    QTemporaryDir m_dir;
    QString m_db;
    QString m_head;
};

QString tst_Backup::scalar(const QString& path, const QString& sql)
{
    Database db(path, QStringLiteral("backup-read"));
    if (!db.open())
        return db.error();
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return QString();
    return q.value(0).toString();
}

void tst_Backup::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("desk.sqlite"));
    QProcess import;
    import.start(QStringLiteral(APPEALDESK_BINARY),
        { QStringLiteral("import"), QStringLiteral(APPEALDESK_TEST_DATA "/good/example.json"), QStringLiteral("--db"),
            m_db });
    QVERIFY(import.waitForFinished(60000));
    QCOMPARE(import.exitCode(), 0);
    Database db(m_db, QStringLiteral("backup-setup"));
    QVERIFY(db.open());
    CaseStore store(db);
    for (int i = 0; i < 20; ++i)
        QVERIFY(store.audit().append(QStringLiteral("agent.anna"), QStringLiteral("note"), QString::number(i),
            QString(), QStringLiteral("entry %1").arg(i), QDateTime(QDate(2026, 11, 20), QTime(9, i), Qt::UTC)));
    m_head = store.audit().verify().head;
}

void tst_Backup::backupIsCompletePrivateAndChecked()
{
    const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
    {
        Database db(m_db, QStringLiteral("backup-source"));
        QVERIFY(db.open());
        QVERIFY2(db.backupTo(copy), qPrintable(db.error()));
    }
    QCOMPARE(modeOf(copy), 0600);
    QCOMPARE(scalar(copy, QStringLiteral("SELECT case_id FROM cases")), QStringLiteral("AP-2026-000123"));
    QCOMPARE(scalar(copy, QStringLiteral("SELECT COUNT(*) FROM audit_log")), QStringLiteral("21")); // with the import
    Database db(copy, QStringLiteral("backup-verify"));
    QVERIFY(db.open());
    CaseStore store(db);
    const AuditVerification audit = store.audit().verify();
    QVERIFY(audit.ok);
    QCOMPARE(audit.head, m_head);
}

// Another connection holds a write transaction: the copy has the committed state only.
void tst_Backup::backupWhileAnotherConnectionWrites()
{
    Database writer(m_db, QStringLiteral("backup-writer"));
    QVERIFY(writer.open());
    QVERIFY(writer.beginWrite());
    QVERIFY(writer.exec(QStringLiteral("UPDATE cases SET appellant = 'uncommitted'")));
    const QString copy = m_dir.filePath(QStringLiteral("during-write.sqlite"));
    {
        Database db(m_db, QStringLiteral("backup-reader"));
        QVERIFY(db.open());
        QVERIFY2(db.backupTo(copy), qPrintable(db.error()));
    }
    writer.rollback();
    QVERIFY(scalar(copy, QStringLiteral("SELECT appellant FROM cases")) != QLatin1String("uncommitted"));
}

void tst_Backup::existingFileIsNeverOverwritten()
{
    const QString existing = m_dir.filePath(QStringLiteral("existing.sqlite"));
    QFile file(existing);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    Database db(m_db, QStringLiteral("backup-existing"));
    QVERIFY(db.open());
    QVERIFY(!db.backupTo(existing));
    QVERIFY(db.error().contains(QLatin1String("already exists")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("keep me"));

    const QString empty = m_dir.filePath(QStringLiteral("empty.sqlite"));
    QVERIFY(QFile(empty).open(QIODevice::WriteOnly));
    QVERIFY(!db.backupTo(empty));

    // A folder that does not exist: refused, nothing left behind.
    QVERIFY(!db.backupTo(m_dir.filePath(QStringLiteral("missing/copy.sqlite"))));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing/copy.sqlite"))));
}

void tst_Backup::commandLine()
{
    const QString copy = m_dir.filePath(QStringLiteral("cli.sqlite"));
    const auto backup = [&] {
        QProcess process;
        process.start(QStringLiteral(APPEALDESK_BINARY),
            { QStringLiteral("backup"), copy, QStringLiteral("--db"), m_db, QStringLiteral("--lang"),
                QStringLiteral("en") });
        process.waitForFinished(60000);
        return std::make_pair(
            process.exitCode(), QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError()));
    };
    auto [code, output] = backup();
    QCOMPARE(code, 0);
    QCOMPARE(output.trimmed(), QStringLiteral("%1: backup written, integrity ok").arg(copy));
    QCOMPARE(modeOf(copy), 0600);
    QCOMPARE(scalar(copy, QStringLiteral("SELECT COUNT(*) FROM audit_log")), QStringLiteral("21")); // with the import
    const qint64 size = QFileInfo(copy).size();
    std::tie(code, output) = backup();
    QCOMPARE(code, 1);
    QVERIFY2(output.contains(QLatin1String("already exists")), qPrintable(output));
    QCOMPARE(QFileInfo(copy).size(), size);
}

QTEST_GUILESS_MAIN(tst_Backup)
#include "tst_backup.moc"
