#include "StoreFixtures.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QtTest>

using namespace StoreFixtures;

// AuditLog: the hash chain, appended through the store or through a bare connection.
class tst_AuditLog : public QObject, protected StoreTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void auditChainLinked();
};

void tst_AuditLog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_AuditLog::init()
{
    QString error;
    QVERIFY2(openStore(&error), qPrintable(error));
}

void tst_AuditLog::cleanup()
{
    closeStore();
}

void tst_AuditLog::auditChainLinked()
{
    for (int i = 0; i < 5; ++i)
        QVERIFY(m_store->audit().append(QStringLiteral("agent.anna"), QStringLiteral("note"),
            QStringLiteral("AP-%1").arg(i), QString(), QStringLiteral("after %1").arg(i),
            utc("2026-11-21T08:00:00Z").addSecs(i)));
    QCOMPARE(
        scalar(QStringLiteral("SELECT prev_hash FROM audit_log ORDER BY id LIMIT 1")), QString(64, QLatin1Char('0')));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT prev_hash, hash FROM audit_log ORDER BY id")));
    QString prev = QString(64, QLatin1Char('0'));
    while (q.next()) {
        QCOMPARE(q.value(0).toString(), prev);
        QCOMPARE(q.value(1).toString().size(), 64);
        prev = q.value(1).toString();
    }
    QVERIFY(m_store->audit().verifyChain());
    QVERIFY(!m_db->exec(QStringLiteral("UPDATE audit_log SET after = 'x' WHERE id = 2"))); // append-only
    QVERIFY(!m_db->exec(QStringLiteral("DELETE FROM audit_log WHERE id = 2")));
    // Someone with raw file access edits a row: the chain shows it.
    QVERIFY(m_db->exec(QStringLiteral("DROP TRIGGER audit_no_update")));
    QVERIFY(m_db->exec(QStringLiteral("UPDATE audit_log SET after = 'x' WHERE id = 2")));
    QVERIFY(!m_store->audit().verifyChain());
}

QTEST_GUILESS_MAIN(tst_AuditLog)
#include "tst_auditlog.moc"
