#include "CaseStore.h"
#include "Clock.h"
#include "Database.h"
#include "Importer.h"
#include "MarketHolidays.h"
#include "MarketHolidaysEditor.h"
#include "PolicySettingsDialog.h"
#include "Translator.h"
#include "WhatIfPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

class TestPolicySettingsDialog : public QObject
{
    Q_OBJECT

private:
    static PolicySettings ones()
    {
        PolicySettings s;
        s.partialSanctionDays = 1;
        s.slaHours = 1;
        s.priceAnomalyPercent = 90;
        return s;
    }

    // Selects the whole text, as a click into the box or a step does, and types `keys`.
    static void type(QSpinBox* box, const QString& keys)
    {
        box->selectAll();
        QTest::keyClicks(box, keys);
    }

private slots:
    void cleanup() { QVERIFY(Translator::install(QStringLiteral("en"))); }

    void countsFollowThePluralForm_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("oneDay");
        QTest::addColumn<QString>("twoDays");
        QTest::addColumn<QString>("oneHour");
        QTest::addColumn<QString>("percent");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("1 day") << QStringLiteral("2 days")
                            << QStringLiteral("1 hour") << QStringLiteral("90%");
        QTest::newRow("sv") << QStringLiteral("sv") << QStringLiteral("1 dag") << QStringLiteral("2 dagar")
                            << QStringLiteral("1 timme") << QStringLiteral("90 %");
        QTest::newRow("bg") << QStringLiteral("bg") << QStringLiteral("1 ден") << QStringLiteral("2 дни")
                            << QStringLiteral("1 час") << QStringLiteral("90 %");
        QTest::newRow("th") << QStringLiteral("th") << QStringLiteral("1 วัน") << QStringLiteral("2 วัน")
                            << QStringLiteral("1 ชั่วโมง") << QStringLiteral("90%");
    }

    void countsFollowThePluralForm()
    {
        QFETCH(QString, language);
        QFETCH(QString, oneDay);
        QFETCH(QString, twoDays);
        QFETCH(QString, oneHour);
        QFETCH(QString, percent);
        QVERIFY(Translator::install(language));
        PolicySettingsDialog dialog(ones());
        CountSpinBox* days = dialog.partialDaysBox();
        QCOMPARE(days->text(), oneDay);
        days->setValue(2);
        QCOMPARE(days->text(), twoDays);
        QCOMPARE(dialog.priceAnomalyBox()->text(), percent);
        for (CountSpinBox* box : dialog.findChildren<CountSpinBox*>()) {
            if (box->unit() == CountSpinBox::Unit::Hours)
                QCOMPARE(box->text(), oneHour);
        }
    }

    void typingANumberKeepsTheUnit()
    {
        QVERIFY(Translator::install(QStringLiteral("sv")));
        PolicySettingsDialog dialog(ones());
        CountSpinBox* days = dialog.partialDaysBox();
        QCOMPARE(days->text(), QStringLiteral("1 dag"));
        type(days, QStringLiteral("3"));
        QCOMPARE(days->value(), 3);
        QCOMPARE(days->text(), QStringLiteral("3 dagar"));
        // The cursor stays after the digit, so the next one extends the number.
        QTest::keyClicks(days, QStringLiteral("0"));
        QCOMPARE(days->value(), 30);
        QCOMPARE(days->text(), QStringLiteral("30 dagar"));
        // Letters do not edit the unit.
        QTest::keyClicks(days, QStringLiteral("x"));
        QCOMPARE(days->text(), QStringLiteral("30 dagar"));
        QCOMPARE(days->value(), 30);
        // Above the maximum is refused; a cleared box goes back to its value when the agent leaves it.
        QCOMPARE(days->maximum(), 3650);
        type(days, QStringLiteral("9999"));
        QCOMPARE(days->value(), 999);
        QCOMPARE(days->text(), QStringLiteral("999 dagar"));
        type(days, QStringLiteral("1"));
        QCOMPARE(days->text(), QStringLiteral("1 dag"));
        QTest::keyClick(days, Qt::Key_Backspace);
        QCOMPARE(days->text(), QString());
        QTest::keyClick(days, Qt::Key_Return);
        QCOMPARE(days->text(), QStringLiteral("1 dag"));
        QCOMPARE(days->value(), 1);
        // Steps and the saved settings see the number only.
        days->stepUp();
        QCOMPARE(days->text(), QStringLiteral("2 dagar"));
        QCOMPARE(dialog.settings().partialSanctionDays, std::optional<int>(2));
    }

    void retranslatesTheUnits()
    {
        PolicySettingsDialog dialog(ones());
        QCOMPARE(dialog.partialDaysBox()->text(), QStringLiteral("1 day"));
        QCOMPARE(dialog.priceAnomalyBox()->text(), QStringLiteral("90%"));
        QVERIFY(Translator::install(QStringLiteral("sv")));
        QCoreApplication::processEvents();
        QCOMPARE(dialog.partialDaysBox()->text(), QStringLiteral("1 dag"));
        QCOMPARE(dialog.priceAnomalyBox()->text(), QStringLiteral("90 %"));
    }

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

    // Settled reading 4: one list per market, edited by a team lead, the shipped one a click away.
    void editsTheHolidaysOfEachMarket()
    {
        PolicySettings s;
        s.marketHolidays.insert(QStringLiteral("BGN"), { QDate(2026, 5, 25) });
        PolicySettingsDialog dialog(s);
        MarketHolidaysEditor* editor = dialog.marketHolidaysEditor();
        QCOMPARE(editor->market(), QStringLiteral("SEK"));
        QCOMPARE(editor->dayList()->count(), int(MarketHolidays::shipped(QStringLiteral("SEK")).size()));

        editor->marketBox()->setCurrentIndex(editor->marketBox()->findData(QStringLiteral("BGN")));
        QCOMPARE(editor->dayList()->count(), 1);
        editor->dateEdit()->setDate(QDate(2026, 5, 4)); // a bridge day the government moved
        editor->addButton()->click();
        editor->addButton()->click(); // twice is once
        QCOMPARE(editor->dayList()->count(), 2);
        QCOMPARE(dialog.settings().marketHolidays.value(QStringLiteral("BGN")),
            QList<QDate>({ QDate(2026, 5, 4), QDate(2026, 5, 25) }));

        editor->dayList()->setCurrentRow(1);
        editor->removeButton()->click();
        QCOMPARE(dialog.settings().marketHolidays.value(QStringLiteral("BGN")), QList<QDate>({ QDate(2026, 5, 4) }));
        editor->restoreButton()->click();
        QCOMPARE(dialog.settings().marketHolidays.value(QStringLiteral("BGN")),
            MarketHolidays::shipped(QStringLiteral("BGN")));
        // The other markets are untouched.
        QCOMPARE(dialog.settings().marketHolidays.value(QStringLiteral("THB")),
            MarketHolidays::shipped(QStringLiteral("THB")));
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

    // Issue 17: "Preview changes" judges the desk under the values in the dialog, in the background, and lists the
    // changes by clause with their cases; nothing is saved.
    void previewShowsWhatWouldChange()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("desk.sqlite"));
        {
            Database db(path, QStringLiteral("whatif-setup"));
            QVERIFY2(db.open(), qPrintable(db.error()));
            CaseStore store(db);
            QFile bundle(dir.filePath(QStringLiteral("lc1.jsonl")));
            QVERIFY(bundle.open(QIODevice::WriteOnly));
            bundle.write(R"({"id":"LC-1","kind":"live_chat_abuse","opened_at":"2026-11-20T09:00:00Z","language":"en",)"
                         R"("parties":[{"role":"user","user_id":"U-1","nickname":"n"}],)"
                         R"("events":[{"at":"2026-11-20T09:05:00Z","type":"abuse_confirmed","by":"agent",)"
                         R"("party":"user","agent":"agent.k","message_index":0}],)"
                         R"("messages":[{"at":"2026-11-20T09:01:00Z","channel":"live_chat","from":"user",)"
                         R"("text":"you idiot"}]})"
                         "\n");
            bundle.close();
            const Clock clock;
            Importer importer(db, store, clock);
            QVERIFY(importer.importFile(bundle.fileName()).complete());
        }
        QVERIFY(Translator::install(QStringLiteral("en"))); // "1 open case", not "case(s)"
        PolicySettingsDialog dialog { PolicySettings() };
        dialog.enableWhatIf(path);
        QVERIFY(dialog.previewButton());
        dialog.ladderEdit()->setText(QStringLiteral("2, 14, 60"));
        dialog.previewButton()->click();
        QVERIFY(dialog.whatIfPanel()->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.whatIfPanel()->isRunning(), 30000);
        const WhatIfResult& r = dialog.whatIfPanel()->result();
        QCOMPARE(r.openCases, 1);
        QCOMPARE(r.openChanged, 1);
        QVERIFY2(dialog.whatIfPanel()->summary().startsWith(QLatin1String("1 of 1 open case would")),
            qPrintable(dialog.whatIfPanel()->summary()));
        QTreeWidgetItem* open = dialog.whatIfPanel()->table()->topLevelItem(0);
        QCOMPARE(open->childCount(), 1);
        QCOMPARE(open->child(0)->text(0), QStringLiteral("LC1"));
        QCOMPARE(open->child(0)->child(0)->text(0), QStringLiteral("LC-1")); // the row opens to its cases
        QCOMPARE(dialog.previewButton()->text(), QStringLiteral("&Preview changes"));
    }
};

QTEST_MAIN(TestPolicySettingsDialog)
#include "tst_policysettingsdialog.moc"
