#include "StoreFixtures.h"
#include "TestBackend.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QtTest>

using namespace StoreFixtures;

// PolicySettingsStore: the settings round trip, their audit entries, and the SLA the queue counts from.
class tst_PolicySettingsStore : public QObject, protected StoreTest
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void settingsRoundTrip();
};

void tst_PolicySettingsStore::initTestCase()
{
    TESTBACKEND_REQUIRE_SERVER();
    QStandardPaths::setTestModeEnabled(true);
}

void tst_PolicySettingsStore::init()
{
    QString error;
    QVERIFY2(openStore(&error), qPrintable(error));
}

void tst_PolicySettingsStore::cleanup()
{
    closeStore();
}

void tst_PolicySettingsStore::settingsRoundTrip()
{
    QCOMPARE(m_store->settings().policySettings(), PolicySettings());
    PolicySettings changed;
    changed.responseWindowMinutes = 45;
    changed.slaHours = 8;
    changed.partialSanctionDays = 10;
    changed.liveChatLadderDays = { 2, 14, 60 };
    changed.holidays = { QDate(2026, 12, 24), QDate(2026, 12, 25) };
    QVERIFY(m_store->settings().save(changed, QStringLiteral("lead.li"), utc("2026-11-21T08:00:00Z")));
    QCOMPARE(m_store->settings().policySettings(), changed);
    CaseStore other(*m_db);
    QCOMPARE(other.settings().policySettings(), changed);
    changed.partialSanctionDays.reset();
    changed.holidays.clear();
    QVERIFY(m_store->settings().save(changed, QStringLiteral("lead.li"), utc("2026-11-21T09:00:00Z")));
    QCOMPARE(m_store->settings().policySettings(), changed);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'settings'")), QStringLiteral("2"));
    // The queue's SLA follows the saved setting.
    const CaseFacts f = p2pCase(QStringLiteral("AP-SLA"));
    QVERIFY(insert(f));
    QCOMPARE(scalar(QStringLiteral("SELECT due_at FROM cases")).toLongLong(),
        f.openedAt.addSecs(8 * 3600).toMSecsSinceEpoch());
}

QTEST_GUILESS_MAIN(tst_PolicySettingsStore)
#include "tst_policysettingsstore.moc"
