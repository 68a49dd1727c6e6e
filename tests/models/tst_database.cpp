#include "Database.h"
#include "Migrations.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

class tst_Database : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void migratesFromZero();
    void reopensWithoutMigrating();
    void newerVersionRefused();
    void failedMigrationLeavesOldVersion();
    void fileIsPrivate();
    void walAndForeignKeys();
    void damagedFileDetected_data();
    void damagedFileDetected();
    void largeFileCheckDeferred();
    void beginWriteRefusesNesting();
    void rollbackDiscards();
    void commitHooksFlushOrFail();

private:
    QString dbPath(const QString& name) const { return m_dir.filePath(name); }
    static QString scalar(Database& db, const QString& sql)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(sql) || !q.next())
            return QString();
        return q.value(0).toString();
    }

    QTemporaryDir m_dir;
};

void tst_Database::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_Database::migratesFromZero()
{
    Database db(dbPath(QStringLiteral("fresh.sqlite")), QStringLiteral("fresh"));
    QVERIFY2(db.open(), qPrintable(db.error()));
    QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
    for (const char* table : { "cases", "users", "parties", "orders", "payments", "events", "messages", "history",
             "decisions", "strikes", "sanctions", "settings", "audit_log", "case_search" }) {
        QCOMPARE(scalar(db,
                     QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = '%1'").arg(QLatin1String(table))),
            QStringLiteral("1"));
    }
}

void tst_Database::reopensWithoutMigrating()
{
    const QString path = dbPath(QStringLiteral("reopen.sqlite"));
    {
        Database db(path, QStringLiteral("first"));
        QVERIFY2(db.open(), qPrintable(db.error()));
        QVERIFY(db.beginWrite());
        QVERIFY(db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('sla_hours', '12')")));
        QVERIFY(db.commit());
    }
    Database db(path, QStringLiteral("second"));
    QVERIFY2(db.open(), qPrintable(db.error()));
    QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
    QCOMPARE(scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = 'sla_hours'")), QStringLiteral("12"));
}

void tst_Database::newerVersionRefused()
{
    const QString path = dbPath(QStringLiteral("newer.sqlite"));
    {
        Database db(path, QStringLiteral("newer-setup"));
        QVERIFY(db.open());
        QVERIFY(db.exec(QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1)));
    }
    Database db(path, QStringLiteral("newer"));
    QVERIFY(!db.open());
    QVERIFY(!db.isOpen());
    QVERIFY2(db.error().contains(QLatin1String("newer")), qPrintable(db.error()));
}

void tst_Database::failedMigrationLeavesOldVersion()
{
    const QString path = dbPath(QStringLiteral("conflict.sqlite"));
    {
        // A table in the way of the second statement of migration 1: the first must be undone too.
        Database db(path, QStringLiteral("conflict-setup"));
        QVERIFY(db.open());
        QVERIFY(db.exec(QStringLiteral("PRAGMA user_version = 0")));
        QVERIFY(db.exec(QStringLiteral("DROP TABLE cases")));
        QVERIFY(db.exec(QStringLiteral("DROP TABLE users")));
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE keep_me (x)")));
        const QStringList tables = { QStringLiteral("orders"), QStringLiteral("parties"), QStringLiteral("payments"),
            QStringLiteral("events"), QStringLiteral("messages"), QStringLiteral("history"),
            QStringLiteral("decisions"), QStringLiteral("strikes"), QStringLiteral("sanctions"),
            QStringLiteral("settings"), QStringLiteral("audit_log"), QStringLiteral("case_search") };
        for (const QString& t : tables)
            QVERIFY(db.exec(QStringLiteral("DROP TABLE %1").arg(t)));
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE cases (x)")));
    }
    Database db(path, QStringLiteral("conflict"));
    QVERIFY(!db.open());
    QVERIFY2(db.error().contains(QLatin1String("Migration")), qPrintable(db.error()));
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
    raw.setDatabaseName(path);
    QVERIFY(raw.open());
    {
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'users'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

void tst_Database::fileIsPrivate()
{
    const QString path = dbPath(QStringLiteral("private.sqlite"));
    Database db(path, QStringLiteral("private"));
    QVERIFY(db.open());
    QVERIFY(db.beginWrite());
    QVERIFY(db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'v')")));
    QVERIFY(db.commit());
    const QFile::Permissions owner = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
    QCOMPARE(QFile::permissions(path), owner);
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
    QCOMPARE(QFile::permissions(path + QStringLiteral("-wal")), owner);
    QCOMPARE(QFile::permissions(path + QStringLiteral("-shm")), owner);
}

void tst_Database::walAndForeignKeys()
{
    Database db(dbPath(QStringLiteral("wal.sqlite")), QStringLiteral("wal"));
    QVERIFY(db.open());
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA busy_timeout")), QStringLiteral("5000"));
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA synchronous")), QStringLiteral("1")); // NORMAL
    QVERIFY(db.beginWrite(true));
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA synchronous")), QStringLiteral("2")); // FULL
    QVERIFY(db.commit());
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA synchronous")), QStringLiteral("1"));
}

void tst_Database::damagedFileDetected_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("keepHeader");
    QTest::newRow("not a database") << QByteArray("just some text, not SQLite\n").repeated(200) << false;
    QTest::newRow("garbage pages") << QByteArray("\xde\xad\xbe\xef", 4).repeated(4096) << true;
}

void tst_Database::damagedFileDetected()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, keepHeader);
    const QString path = dbPath(QStringLiteral("damaged-%1.sqlite")
                                    .arg(QString::fromLatin1(QTest::currentDataTag()))
                                    .replace(QLatin1Char(' '), QLatin1Char('-')));
    {
        Database db(path, QStringLiteral("damaged-setup"));
        QVERIFY(db.open());
        QVERIFY(db.beginWrite());
        for (int i = 0; i < 200; ++i)
            QVERIFY(db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('k%1', '%2')")
                                .arg(i)
                                .arg(QString(500, QLatin1Char('x')))));
        QVERIFY(db.commit());
        QVERIFY(db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    if (keepHeader)
        file.seek(4096); // keep page 1 (header and schema), overwrite the data pages
    else
        file.resize(0);
    file.write(content);
    file.close();
    const QByteArray damaged = [&] {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();

    Database db(path, QStringLiteral("damaged"));
    QVERIFY(!db.open());
    QVERIFY2(db.error().contains(QLatin1String("damaged")), qPrintable(db.error()));
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), damaged); // never written to
}

// A full check of a large file would hold up every start; open() checks the
// structure and leaves the full check to verifyIntegrity(), which still finds the damage.
void tst_Database::largeFileCheckDeferred()
{
    const QString path = dbPath(QStringLiteral("large.sqlite"));
    {
        Database db(path, QStringLiteral("large-setup"));
        QVERIFY(db.open());
        QVERIFY(!db.integrityCheckDeferred());
        QVERIFY(db.beginWrite());
        QSqlQuery insert(db.connection());
        QVERIFY(insert.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)")));
        const QString value(4000, QLatin1Char('v'));
        for (int i = 0; i < 9000; ++i) {
            insert.addBindValue(QStringLiteral("key-%1").arg(i, 5, 10, QLatin1Char('0')).repeated(200));
            insert.addBindValue(value);
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
        QVERIFY(db.commit());
        QVERIFY(db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    QVERIFY(QFileInfo(path).size() > Database::FullCheckMaxBytes);
    {
        Database db(path, QStringLiteral("large-clean"));
        QVERIFY2(db.open(), qPrintable(db.error()));
        QVERIFY(db.integrityCheckDeferred());
        QVERIFY2(db.verifyIntegrity(), qPrintable(db.error()));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.seek((file.size() / 2) / 4096 * 4096);
    file.write(QByteArray("\xde\xad\xbe\xef", 4).repeated(16 * 1024));
    file.close();

    Database db(path, QStringLiteral("large-damaged"));
    QVERIFY2(db.open(), qPrintable(db.error()));
    QVERIFY(db.integrityCheckDeferred());
    QVERIFY(!db.verifyIntegrity());
    QVERIFY2(db.error().contains(QLatin1String("damaged")), qPrintable(db.error()));
}

void tst_Database::beginWriteRefusesNesting()
{
    Database db(QStringLiteral(":memory:"), QStringLiteral("nesting"));
    QVERIFY(db.open());
    QVERIFY(db.beginWrite());
    QVERIFY(db.inTransaction());
    QVERIFY(!db.beginWrite());
    QVERIFY(db.commit());
    QVERIFY(!db.inTransaction());
    QVERIFY(!db.commit());
}

void tst_Database::rollbackDiscards()
{
    Database db(QStringLiteral(":memory:"), QStringLiteral("rollback"));
    QVERIFY(db.open());
    QVERIFY(db.beginWrite());
    QVERIFY(db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'v')")));
    db.rollback();
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM settings")), QStringLiteral("0"));
}

void tst_Database::commitHooksFlushOrFail()
{
    Database db(QStringLiteral(":memory:"), QStringLiteral("hooks"));
    QVERIFY(db.open());
    int flushed = 0;
    int discarded = 0;
    bool refuse = false;
    const int id = db.addCommitHook(
        [&](QString* error) {
            if (refuse) {
                *error = QStringLiteral("refused");
                return false;
            }
            ++flushed;
            return db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('flushed', 'yes')"));
        },
        [&] { ++discarded; });

    QVERIFY(db.beginWrite());
    QVERIFY(db.commit());
    QCOMPARE(flushed, 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = 'flushed'")), QStringLiteral("yes"));

    refuse = true;
    QVERIFY(db.beginWrite());
    QVERIFY(db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'v')")));
    QVERIFY(!db.commit());
    QCOMPARE(db.error(), QStringLiteral("refused"));
    QVERIFY(!db.inTransaction());
    QCOMPARE(discarded, 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'k'")), QStringLiteral("0"));

    db.removeCommitHook(id);
    QVERIFY(db.beginWrite());
    QVERIFY(db.commit());
    QCOMPARE(flushed, 1);
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
