#include "Database.h"
#include "RollbackJournalScope.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// RollbackJournalScope (issue 16): the only connection on a file writes through a rollback journal while the
// scope lives, and through the write-ahead log again after it; with another connection open nothing changes.
class TestRollbackJournalScope : public QObject
{
    Q_OBJECT

private slots:
    void onlyConnectionUsesARollbackJournal();
    void anotherConnectionKeepsTheLog();

private:
    static QString journalMode(Database& db);
};

QString TestRollbackJournalScope::journalMode(Database& db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next() ? q.value(0).toString() : QString();
}

void TestRollbackJournalScope::onlyConnectionUsesARollbackJournal()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("desk.sqlite")), QStringLiteral("journal-only"));
    QVERIFY2(db.open(), qPrintable(db.error()));
    QCOMPARE(journalMode(db), QStringLiteral("wal"));
    {
        RollbackJournalScope scope(db);
        QVERIFY(scope.isActive());
        QCOMPARE(journalMode(db), QStringLiteral("delete"));
        QVERIFY(db.beginWrite());
        QVERIFY(db.exec(QStringLiteral("INSERT INTO users (user_id, nickname) VALUES ('u1', 'Anna')")));
        QVERIFY(db.commit());
    }
    QCOMPARE(journalMode(db), QStringLiteral("wal"));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM users")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestRollbackJournalScope::anotherConnectionKeepsTheLog()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("desk.sqlite"));
    Database db(path, QStringLiteral("journal-first"));
    QVERIFY2(db.open(), qPrintable(db.error()));
    Database other(path, QStringLiteral("journal-second"));
    QVERIFY2(other.open(), qPrintable(other.error()));
    {
        RollbackJournalScope scope(db);
        QVERIFY(!scope.isActive());
        QCOMPARE(journalMode(db), QStringLiteral("wal"));
    }
    QCOMPARE(journalMode(db), QStringLiteral("wal"));
    QCOMPARE(journalMode(other), QStringLiteral("wal"));
}

QTEST_GUILESS_MAIN(TestRollbackJournalScope)
#include "tst_rollbackjournalscope.moc"
