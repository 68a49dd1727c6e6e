#include "StoreFixtures.h"
#include "TestBackend.h"

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
    void appendToABareConnectionJoinsTheChain();
};

void tst_AuditLog::initTestCase()
{
    TESTBACKEND_REQUIRE_SERVER();
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
    QVERIFY(m_db->exec(QStringLiteral("DROP TRIGGER audit_no_update")
        + (TestBackend::isPostgresql() ? QStringLiteral(" ON audit_log") : QString())));
    QVERIFY(m_db->exec(QStringLiteral("UPDATE audit_log SET after = 'x' WHERE id = 2")));
    QVERIFY(!m_store->audit().verifyChain());
}

// The report generator holds only a connection: its entries chain like every other.
void tst_AuditLog::appendToABareConnectionJoinsTheChain()
{
    AuditLog& audit = m_store->audit();
    QString error;
    QCOMPARE(audit.head(), QString());
    QCOMPARE(AuditLog::headOf(m_db->connection(), &error), QString());
    QVERIFY(error.isEmpty());
    QVERIFY(audit.append(QStringLiteral("agent.anna"), QStringLiteral("note"), QStringLiteral("AP-1"), QString(),
        QStringLiteral("first"), utc("2026-11-21T08:00:00Z")));
    QVERIFY(m_db->beginWrite());
    QVERIFY2(AuditLog::appendTo(m_db->connection(), QStringLiteral("lead.lena"), QStringLiteral("report_unmasked"),
                 QStringLiteral("csv 2026-11-01..2026-11-30"), QString(), QStringLiteral("agent="),
                 utc("2026-11-21T09:00:00Z"), &error),
        qPrintable(error));
    QVERIFY(m_db->commit());
    QVERIFY(audit.append(QStringLiteral("agent.bo"), QStringLiteral("note"), QStringLiteral("AP-2"), QString(),
        QStringLiteral("third"), utc("2026-11-21T10:00:00Z")));

    const AuditVerification result = audit.verify();
    QVERIFY2(result.ok, qPrintable(result.problem));
    QCOMPARE(result.entries, 3);
    QCOMPARE(audit.head(), result.head);
    QCOMPARE(AuditLog::headOf(m_db->connection(), &error), result.head);
    QCOMPARE(scalar(QStringLiteral("SELECT hash FROM audit_log WHERE id = 2")),
        QString::fromLatin1(AuditLog::hash(scalar(QStringLiteral("SELECT hash FROM audit_log WHERE id = 1")).toLatin1(),
            utc("2026-11-21T09:00:00Z").toMSecsSinceEpoch(), QStringLiteral("lead.lena"),
            QStringLiteral("report_unmasked"), QStringLiteral("csv 2026-11-01..2026-11-30"), QString(),
            QStringLiteral("agent="))));
}

QTEST_GUILESS_MAIN(tst_AuditLog)
#include "tst_auditlog.moc"
