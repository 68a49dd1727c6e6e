#include "PolicySettingsDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

class TestPolicySettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void parsesTheLadder_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QList<int>>("days");
        QTest::newRow("default") << QStringLiteral("1, 7, 30") << true << QList<int> { 1, 7, 30 };
        QTest::newRow("no spaces") << QStringLiteral("2,14") << true << QList<int> { 2, 14 };
        QTest::newRow("one step") << QStringLiteral(" 5 ") << true << QList<int> { 5 };
        QTest::newRow("empty") << QString() << false << QList<int>();
        QTest::newRow("zero") << QStringLiteral("0, 7") << false << QList<int>();
        QTest::newRow("negative") << QStringLiteral("1, -7") << false << QList<int>();
        QTest::newRow("word") << QStringLiteral("1, week") << false << QList<int>();
        QTest::newRow("trailing comma") << QStringLiteral("1, 7,") << false << QList<int>();
        QTest::newRow("decimal") << QStringLiteral("1.5") << false << QList<int>();
        QTest::newRow("too long") << QStringLiteral("1, 99999") << false << QList<int>();
    }

    void parsesTheLadder()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QList<int>, days);
        QList<int> parsed = { 42 };
        QCOMPARE(PolicySettingsDialog::parseLadder(text, &parsed), valid);
        QCOMPARE(parsed, valid ? days : QList<int> { 42 });
    }

    void roundTripsEverySetting()
    {
        PolicySettings s;
        s.responseWindowMinutes = 45;
        s.realtimeReleaseMinutes = 20;
        s.nonInstantBusinessDays = 3;
        s.priceAnomalyPercent = 85;
        s.nonPaymentPartialThreshold = 4;
        s.wrongAccountThreshold = 3;
        s.wrongAccountSanctionDays = 60;
        s.kycMismatchSanctionDays = 10;
        s.abusiveLanguageThreshold = 5;
        s.partialSanctionDays = 14;
        s.liveChatLadderDays = { 2, 14, 60, 365 };
        s.slaHours = 12;
        s.holidays = { QDate(2026, 12, 25), QDate(2026, 1, 1), QDate(2026, 12, 24) };
        PolicySettingsDialog dialog(s);
        PolicySettings expected = s;
        expected.holidays = { QDate(2026, 1, 1), QDate(2026, 12, 24), QDate(2026, 12, 25) }; // sorted
        QCOMPARE(dialog.settings(), expected);

        PolicySettings defaults;
        PolicySettingsDialog defaultDialog(defaults);
        QCOMPARE(defaultDialog.settings(), defaults); // partial length stays "the team decides"
    }

    void invalidLadderCannotBeSaved()
    {
        PolicySettingsDialog dialog { PolicySettings() };
        QPushButton* save = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
        QVERIFY(save->isEnabled());
        dialog.ladderEdit()->setText(QStringLiteral("1, x"));
        QVERIFY(!dialog.isValid());
        QVERIFY(!save->isEnabled());
        save->click();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        dialog.ladderEdit()->setText(QStringLiteral("3"));
        QVERIFY(save->isEnabled());
        QCOMPARE(dialog.settings().liveChatLadderDays, QList<int> { 3 });
    }
};

QTEST_MAIN(TestPolicySettingsDialog)
#include "tst_policysettingsdialog.moc"
