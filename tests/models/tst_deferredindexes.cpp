#include "Database.h"
#include "DeferredIndexes.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// DeferredIndexes (issue 16): the plain indexes of the schema dropped inside a write transaction and made
// again with the same statements; the indexes of constraints stay throughout.
class TestDeferredIndexes : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void dropsPlainIndexesOnly();
    void restoreMakesTheSameIndexes();
    void rollbackBringsThemBack();

private:
    QStringList indexes(const QString& where = QString()) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

QStringList TestDeferredIndexes::indexes(const QString& where) const
{
    QStringList result;
    QSqlQuery q(m_db->connection());
    const QString sql = QStringLiteral("SELECT name, ifnull(sql, '') FROM sqlite_master WHERE type = 'index' %1"
                                       " ORDER BY name")
                            .arg(where.isEmpty() ? QString() : QStringLiteral("AND ") + where);
    if (q.exec(sql))
        while (q.next())
            result << q.value(0).toString() + QLatin1Char('|') + q.value(1).toString();
    return result;
}

void TestDeferredIndexes::init()
{
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("desk.sqlite")), QStringLiteral("deferred"));
    QVERIFY2(m_db->open(), qPrintable(m_db->error()));
}

void TestDeferredIndexes::cleanup()
{
    m_db.reset();
    QFile::remove(m_dir.filePath(QStringLiteral("desk.sqlite")));
}

void TestDeferredIndexes::dropsPlainIndexesOnly()
{
    const QStringList constraints = indexes(QStringLiteral("sql IS NULL"));
    const QStringList plain = indexes(QStringLiteral("sql LIKE 'CREATE INDEX %'"));
    QVERIFY(constraints.size() > 3);
    QVERIFY(plain.size() > 20);
    QVERIFY(m_db->beginWrite());
    DeferredIndexes deferred(*m_db);
    QString error;
    QVERIFY2(deferred.drop(&error), qPrintable(error));
    QCOMPARE(deferred.count(), plain.size());
    QCOMPARE(indexes(QStringLiteral("sql LIKE 'CREATE INDEX %'")), QStringList());
    QCOMPARE(indexes(QStringLiteral("sql IS NULL")), constraints);
    QVERIFY2(deferred.restore(&error), qPrintable(error));
    QVERIFY(m_db->commit());
}

void TestDeferredIndexes::restoreMakesTheSameIndexes()
{
    const QStringList before = indexes();
    QVERIFY(m_db->beginWrite());
    {
        DeferredIndexes deferred(*m_db);
        QString error;
        QVERIFY2(deferred.drop(&error), qPrintable(error));
        QVERIFY(m_db->exec(QStringLiteral("INSERT INTO users (user_id, nickname) VALUES ('u1', 'Anna')")));
        QVERIFY2(deferred.restore(&error), qPrintable(error));
        QCOMPARE(deferred.count(), 0);
    }
    QVERIFY(m_db->commit());
    QCOMPARE(indexes(), before);
    // The rows written meanwhile are in the index made again.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT user_id FROM users INDEXED BY users_nickname WHERE nickname = 'anna'"
                                  " COLLATE NOCASE")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("u1"));
}

void TestDeferredIndexes::rollbackBringsThemBack()
{
    const QStringList before = indexes();
    QVERIFY(m_db->beginWrite());
    DeferredIndexes deferred(*m_db);
    QString error;
    QVERIFY2(deferred.drop(&error), qPrintable(error));
    m_db->rollback();
    QCOMPARE(indexes(), before);
}

QTEST_GUILESS_MAIN(TestDeferredIndexes)
#include "tst_deferredindexes.moc"
