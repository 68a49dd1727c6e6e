#include "Database.h"
#include "Migrations.h"
#include "SearchFolding.h"
#include "SqlDialect.h"
#include "TestBackend.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
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
    void migration9FoldsStoredSearchRows();
    void migration13RestatesStoredSearchRows();
    void failedMigrationLeavesOldVersion();
    void releasedMigrationsNeverChange_data();
    void releasedMigrationsNeverChange();
    void fileIsPrivate();
    void walAndForeignKeys();
    void damagedFileDetected_data();
    void damagedFileDetected();
    void largeFileCheckDeferred();
    void beginWriteRefusesNesting();
    void rollbackDiscards();
    void commitHooksFlushOrFail();
    void writersTakeTurns();
    void auditNumbersHaveNoGaps();
    void serverBackupWritesANewFile();
    void cleanup();

private:
    QString dbPath(const QString& name) const { return m_dir.filePath(name); }
    // A fresh desk on the test's backend: the file `name` in the temporary folder on SQLite,
    // an empty schema of the test server on PostgreSQL.
    QString location(const QString& name) const
    {
        QString error;
        const QString where = TestBackend::freshLocation(&error, dbPath(name));
        if (where.isEmpty())
            qWarning("%s", qPrintable(error));
        return where;
    }
    static QString scalar(Database& db, const QString& sql)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(sql) || !q.next())
            return QString();
        return q.value(0).toString();
    }

    // A case row with only what the schema requires, id `ref` and case id AP-`ref`.
    static bool insertBareCase(Database& db, int ref)
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("INSERT INTO cases (id, case_id, kind, opened_at, imported_at)"
                                 " VALUES (:id, :case_id, 'live_chat_abuse', 0, 0)"));
        q.bindValue(QStringLiteral(":id"), ref);
        q.bindValue(QStringLiteral(":case_id"), QStringLiteral("AP-%1").arg(ref));
        if (q.exec())
            return true;
        qWarning("%s", qPrintable(q.lastError().text()));
        return false;
    }

    QTemporaryDir m_dir;
};

void tst_Database::initTestCase()
{
    TESTBACKEND_REQUIRE_SERVER();
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void tst_Database::cleanup()
{
    TestBackend::dropFresh();
}

void tst_Database::migratesFromZero()
{
    Database db(location(QStringLiteral("fresh.sqlite")), QStringLiteral("fresh"));
    QVERIFY2(db.open(), qPrintable(db.error()));
    QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
    for (const char* table :
        { "cases", "users", "parties", "orders", "payments", "events", "messages", "history", "decisions", "strikes",
            "sanctions", "settings", "audit_log", "audit_head", "case_search", "case_counts" }) {
        QSqlQuery q(db.connection());
        QVERIFY2(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))) && q.next(), table);
        QCOMPARE(q.value(0).toInt(), 0);
    }
    if (TestBackend::isPostgresql()) {
        // The queue's substring search has its trigram index.
        QCOMPARE(scalar(db,
                     QStringLiteral("SELECT indexdef LIKE '%gin_trgm_ops%' FROM pg_indexes"
                                    " WHERE indexname = 'case_search_body' AND schemaname = current_schema()")),
            QStringLiteral("true"));
    }
}

void tst_Database::reopensWithoutMigrating()
{
    const QString path = location(QStringLiteral("reopen.sqlite"));
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
    const QString path = location(QStringLiteral("newer.sqlite"));
    {
        Database db(path, QStringLiteral("newer-setup"));
        QVERIFY(db.open());
        for (const QString& statement : db.dialect().setSchemaVersion(Migrations::latestVersion() + 1))
            QVERIFY2(db.exec(statement), qPrintable(db.error()));
    }
    Database db(path, QStringLiteral("newer"));
    QVERIFY(!db.open());
    QVERIFY(!db.isOpen());
    QVERIFY2(db.error().contains(QLatin1String("newer")), qPrintable(db.error()));
}

// Issue 14, item 4: the search rows stored before folding get their folded copy, on both backends, with the table
// the import folds with; rows without accents stay as they were.
void tst_Database::migration9FoldsStoredSearchRows()
{
    QVERIFY(Migrations::latestVersion() >= 9);
    const QString path = location(QStringLiteral("fold.sqlite"));
    const QString accented = QStringLiteral("AP-1\nhej göteborgare, Ærø Łódź straße");
    const QString plain = QStringLiteral("AP-2\nplain text");
    {
        Database db(path, QStringLiteral("fold-setup"));
        QVERIFY2(db.open(), qPrintable(db.error()));
        QVERIFY(db.beginWrite());
        int ref = 0;
        for (const QString& body : { accented, plain }) {
            ++ref;
            QVERIFY(insertBareCase(db, ref));
            QSqlQuery q(db.connection());
            // As a version 8 import stored it: the text alone.
            q.prepare(db.dialect().insertSearchRow());
            q.bindValue(0, ref);
            q.bindValue(1, body);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        // Migration 9 itself, on the rows as version 8 left them (the later versions cannot run twice).
        const DatabaseLocation::Backend backend = TestBackend::isPostgresql() ? DatabaseLocation::Backend::Postgresql
                                                                                : DatabaseLocation::Backend::Sqlite;
        for (const QString& statement : Migrations::statements(9, backend))
            QVERIFY2(db.exec(statement), qPrintable(db.error()));
        QVERIFY(db.commit());
    }
    Database db(path, QStringLiteral("fold"));
    QVERIFY2(db.open(), qPrintable(db.error()));
    QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
    const QString column = TestBackend::isPostgresql() ? QStringLiteral("case_ref") : QStringLiteral("rowid");
    const auto body = [&](int ref) {
        return scalar(db, QStringLiteral("SELECT body FROM case_search WHERE %1 = %2").arg(column).arg(ref));
    };
    QCOMPARE(body(1), accented + QStringLiteral("\nAP-1\nhej goteborgare, AEro Lodz strasse"));
    QCOMPARE(SearchFolding::restated(body(1)), SearchFolding::searchable(accented));
    QCOMPARE(body(2), plain);
}

// Issue 16: schema 13 puts the search rows of a version 12 file into today's form (one folded, lower-case copy) in a
// trigram table without positions, and the queue's search finds them as before, whatever the case typed.
void tst_Database::migration13RestatesStoredSearchRows()
{
    if (TestBackend::isPostgresql())
        QSKIP("PostgreSQL keeps its search table: ILIKE ignores case (the rows it stores are restated as written)");
    QVERIFY(Migrations::latestVersion() >= 13);
    const QString path = dbPath(QStringLiteral("restate.sqlite"));
    // As schema 9 to 12 stored them: the text, then its folded copy when that differs.
    const QString swedish = QStringLiteral("AP-1\nHej Göteborgare, betala NU");
    const QString oldSwedish = swedish + QStringLiteral("\nAP-1\nHej Goteborgare, betala NU");
    const QString bulgarian = QStringLiteral("AP-2\nИван Петров: Платих [*]");
    {
        Database db(path, QStringLiteral("restate-setup"));
        QVERIFY2(db.open(), qPrintable(db.error()));
        QVERIFY(db.beginWrite());
        QVERIFY(db.exec(QStringLiteral("DROP TABLE case_search")));
        QVERIFY(db.exec(QStringLiteral("CREATE VIRTUAL TABLE case_search USING fts5(body, tokenize = 'trigram')")));
        int ref = 0;
        for (const QString& body : { oldSwedish, bulgarian }) {
            ++ref;
            QVERIFY(insertBareCase(db, ref));
            QSqlQuery q(db.connection());
            q.prepare(QStringLiteral("INSERT INTO case_search (rowid, body) VALUES (?, ?)"));
            q.addBindValue(ref);
            q.addBindValue(body);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        QVERIFY(db.exec(QStringLiteral("PRAGMA user_version = 12")));
        QVERIFY(db.commit());
    }
    Database db(path, QStringLiteral("restate"));
    QVERIFY2(db.open(), qPrintable(db.error()));
    QCOMPARE(db.schemaVersion(), Migrations::latestVersion());
    QVERIFY(scalar(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'case_search'"))
                .contains(QLatin1String("detail = 'none'")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT body FROM case_search WHERE rowid = 1")),
        QStringLiteral("ap-1\nhej goteborgare, betala nu"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT body FROM case_search WHERE rowid = 2")),
        QStringLiteral("ap-2\nиван петров: платих [*]"));
    const auto found = [&](const QString& text) {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT group_concat(c.case_id) FROM ") + db.dialect().searchFrom()
            + QStringLiteral(" WHERE ") + db.dialect().searchMatch());
        q.addBindValue(db.dialect().searchPattern(text));
        return q.exec() && q.next() ? q.value(0).toString() : q.lastError().text();
    };
    QCOMPARE(found(QStringLiteral("GÖTEBORGARE")), QStringLiteral("AP-1"));
    QCOMPARE(found(QStringLiteral("goteborgare, Betala")), QStringLiteral("AP-1"));
    QCOMPARE(found(QStringLiteral("ИВАН петров")), QStringLiteral("AP-2"));
    QCOMPARE(found(QStringLiteral("платих [*]")), QStringLiteral("AP-2"));
    QCOMPARE(found(QStringLiteral("платих [?]")), QString()); // the pattern's own characters are literal
    QCOMPARE(found(QStringLiteral("Иван Петров: Платих X")), QString());
}

void tst_Database::failedMigrationLeavesOldVersion()
{
    if (TestBackend::isPostgresql()) {
        // A table in the way of migration 1 on an empty schema: nothing of it stays, DDL included.
        const QString path = location(QString());
        const DatabaseLocation where = DatabaseLocation::parse(path);
        QSqlDatabase raw = QSqlDatabase::addDatabase(where.driverName(), QStringLiteral("raw"));
        where.applyTo(raw);
        QVERIFY2(raw.open(), qPrintable(raw.lastError().text()));
        {
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE cases (x INTEGER)")));
        }
        {
            Database db(path, QStringLiteral("conflict"));
            QVERIFY(!db.open());
            QVERIFY2(db.error().contains(QLatin1String("Migration")), qPrintable(db.error()));
        }
        {
            QSqlQuery q(raw);
            QVERIFY(
                q.exec(QStringLiteral("SELECT to_regclass('users') IS NULL, to_regclass('appealdesk_schema') IS NULL"))
                && q.next());
            QVERIFY(q.value(0).toBool());
            QVERIFY(q.value(1).toBool());
        }
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        return;
    }
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

// Databases in the field ran the released versions: their SQL stays the same to the byte on both backends (issue
// 12: the SQL moved to InitialSchema and SchemaChanges as it was), and so does version 9's fold table
// (SearchFolding). SHA-256 of each version's statements joined by ";\n". A new version needs no row here.
void tst_Database::releasedMigrationsNeverChange_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QByteArray>("sqlite");
    QTest::addColumn<QByteArray>("postgresql");
    struct Released
    {
        int version;
        const char* sqlite;
        const char* postgresql;
    };
    const Released released[] = {
        { 1, "087dfdc425743fe741e5fac0065c3c4a6d3ce87173b74fda5a04543435a75634",
            "bdf830c5d36629e97621a667ce8ad2a1218bfd8f524a22242825cd53194e29c5" },
        { 2, "de3866dfc5cbf5493982b5fa316e6a5d8a25d23ed0b339fe7c459ccd1e5f7cb5",
            "d30a12144c857e2d51dbc7ae598d8f28fdf3df8175ab4ea470eba25846dcf310" },
        { 3, "844702d6dc747e19cd0f48a79c9e2ff5554d4b819ed60b3ec516c50e4d43869b",
            "fdc8efa7f6852630b584b6f67c231798b7fecc0501e703f76787d285b32bac13" },
        { 4, "291a61ee8503a309764baf145aa7baa6e0b2f49ef374ea5707f15c491cb7d122",
            "849c8ed3b1620b08e8a0c9688a00af10d29d1b8e53aa7b649147c7724c7c548e" },
        { 5, "9d8a1e6bb5d86ddb601f27ca37b0329a821f1f2cec25f9c2347b57cb5e206376",
            "9d8a1e6bb5d86ddb601f27ca37b0329a821f1f2cec25f9c2347b57cb5e206376" },
        { 6, "e95a7e2d382f98afaeef79d5aa18f9aa4dcf33e42f57d772e234f34e820c985b",
            "f7451fd55f32e02da50858bcb5a5f3a5e9aab1a9b674b9496d9bf47940aa2bd6" },
        { 7, "0b89f1b49c8866e4566e5fc244eb2194519811cec21f3137f52b9d3b400c25a3",
            "0b89f1b49c8866e4566e5fc244eb2194519811cec21f3137f52b9d3b400c25a3" },
        { 8, "86e90940c8f96e4bbcff20917ed634e0425bca6683ff059fe3a67a943231a6e7",
            "062f1746fc8b6cdc4f8c2bb12d8df4b60e620446faa2708f71ce957d0179cd9b" },
        { 9, "8da3e4fd5646037c680da091a92953c7b070f12e394f1a62aa82ceeaccb360a5",
            "dad054a2e241c493bb7f82f3cb825664a9b1a8117cef237771670ac5f1f0438d" },
        { 10, "1a9bc9b7d6081c982f40c0a69dccc22274e8fb4b4fe31f3e62aeb3bd270770c9",
            "a663dfaf52bc17d8cdfc3a40c1d232e1bbb7f7b556dc4bfd84e2fd58788c2bd8" },
        { 11, "a36e1b4bc361be9fa305ff83e6cd13136ae2170e60dea20237b1f8566a4e045e",
            "415d216425813094a074c6eed19a6260dc93e2b78bec8b1b6ab7ef599eae59d3" },
        { 12, "71da862c8509ae09be3fa1ca606640a39a8b5f837686cfce654cf71a04fbf0fd",
            "916d49957c7c67dae66d5b2ad2d7186cbb875024977c74f7cd94c4c416e3ee87" },
    };
    for (const Released& r : released)
        QTest::addRow("version %d", r.version) << r.version << QByteArray(r.sqlite) << QByteArray(r.postgresql);
}

void tst_Database::releasedMigrationsNeverChange()
{
    QFETCH(int, version);
    QFETCH(QByteArray, sqlite);
    QFETCH(QByteArray, postgresql);
    QVERIFY(version <= Migrations::latestVersion());
    const auto hash = [&](DatabaseLocation::Backend backend) {
        const QString joined = Migrations::statements(version, backend).join(QStringLiteral(";\n"));
        return QCryptographicHash::hash(joined.toUtf8(), QCryptographicHash::Sha256).toHex();
    };
    QCOMPARE(hash(DatabaseLocation::Backend::Sqlite), sqlite);
    QCOMPARE(hash(DatabaseLocation::Backend::Postgresql), postgresql);
}

void tst_Database::fileIsPrivate()
{
    if (TestBackend::isPostgresql())
        QSKIP("a SQLite file only");
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
    if (TestBackend::isPostgresql())
        QSKIP("a SQLite file only");
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
    if (TestBackend::isPostgresql())
        QSKIP("a SQLite file only");
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
    if (TestBackend::isPostgresql())
        QSKIP("a SQLite file only");
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
    Database db(location(QStringLiteral("nesting.sqlite")), QStringLiteral("nesting"));
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
    Database db(location(QStringLiteral("rollback.sqlite")), QStringLiteral("rollback"));
    QVERIFY(db.open());
    QVERIFY(db.beginWrite());
    QVERIFY(db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('k', 'v')")));
    db.rollback();
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM settings")), QStringLiteral("0"));
}

void tst_Database::commitHooksFlushOrFail()
{
    Database db(location(QStringLiteral("hooks.sqlite")), QStringLiteral("hooks"));
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

// Two writers on one database: the second waits until the first ends (SQLite's write lock, the
// PostgreSQL writers' advisory lock), so the audit chain is extended by one at a time.
void tst_Database::writersTakeTurns()
{
    const QString path = location(QStringLiteral("turns.sqlite"));
    Database first(path, QStringLiteral("turns-first"));
    QVERIFY2(first.open(), qPrintable(first.error()));
    Database second(path, QStringLiteral("turns-second"));
    QVERIFY2(second.open(), qPrintable(second.error()));
    // Waiting is bounded here so that the test sees the wait as a failure to begin.
    QVERIFY(second.exec(TestBackend::isPostgresql() ? QStringLiteral("SET lock_timeout = 200")
                                                    : QStringLiteral("PRAGMA busy_timeout = 200")));
    QVERIFY(first.beginWrite());
    QVERIFY(!second.beginWrite());
    QVERIFY(!second.inTransaction());
    QVERIFY(first.commit());
    QVERIFY2(second.beginWrite(), qPrintable(second.error()));
    QVERIFY(second.commit());
}

// The audit chain is verified by counting its entries 1, 2, 3...: an append that was rolled
// back leaves no hole (a PostgreSQL sequence would).
void tst_Database::auditNumbersHaveNoGaps()
{
    Database db(location(QStringLiteral("numbers.sqlite")), QStringLiteral("numbers"));
    QVERIFY2(db.open(), qPrintable(db.error()));
    const QString insert = QStringLiteral("INSERT INTO audit_log (at, actor, action, prev_hash, hash)"
                                          " VALUES (1, 'a', 'test', 'p', '%1')");
    QVERIFY(db.beginWrite());
    QVERIFY(db.exec(insert.arg(QLatin1String("h1"))));
    QVERIFY(db.commit());
    QVERIFY(db.beginWrite());
    QVERIFY(db.exec(insert.arg(QLatin1String("gone"))));
    db.rollback();
    QVERIFY(db.beginWrite());
    QVERIFY(db.exec(insert.arg(QLatin1String("h2"))));
    QVERIFY(db.commit());
    QCOMPARE(scalar(db, QStringLiteral("SELECT id FROM audit_log WHERE hash = 'h2'")), QStringLiteral("2"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT entries FROM audit_head WHERE id = 1")), QStringLiteral("2"));
    // Append-only on both backends.
    QVERIFY(!db.exec(QStringLiteral("UPDATE audit_log SET actor = 'b'")));
    QVERIFY(!db.exec(QStringLiteral("DELETE FROM audit_log")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), QStringLiteral("2"));
}

// Issue 15, item 6: a server desk is backed up (ServerBackup: pg_dump, or an export into a SQLite desk;
// tst_teamdata tests both) into a new file, never over an existing one.
void tst_Database::serverBackupWritesANewFile()
{
    if (!TestBackend::isPostgresql())
        QSKIP("a server's backup only");
    Database db(location(QString()), QStringLiteral("backup"));
    QVERIFY2(db.open(), qPrintable(db.error()));
    const QString file = dbPath(QStringLiteral("server-backup"));
    QVERIFY2(db.backupTo(file), qPrintable(db.error()));
    QVERIFY(QFileInfo(file).size() > 0);
    QVERIFY(!db.backupNote().isEmpty());
    QVERIFY(!db.backupTo(file));
    QVERIFY2(db.error().contains(QLatin1String("already exists")), qPrintable(db.error()));
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
