#include "AppSettings.h"
#include "WelcomeDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

// Issue 14, item 11: the first start asks the agent's name; Cancel stores nothing and loads no demo cases, which
// come only when asked for on an empty database.
class tst_WelcomeDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cancelStoresNothing();
    void nameIsStored();
    void demoOnlyWhenAskedOnAnEmptyDatabase();

private:
    // ask() with `answer` run on the dialog once it is up.
    WelcomeDialog::Outcome ask(bool databaseEmpty, const std::function<void(WelcomeDialog*)>& answer);

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<AppSettings> m_settings;
};

void tst_WelcomeDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_qsettings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    m_settings = std::make_unique<AppSettings>(*m_qsettings);
}

WelcomeDialog::Outcome tst_WelcomeDialog::ask(bool databaseEmpty, const std::function<void(WelcomeDialog*)>& answer)
{
    bool answered = false;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto* dialog = qobject_cast<WelcomeDialog*>(QApplication::activeModalWidget());
        if (!dialog || answered)
            return;
        answered = true;
        answer(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    poll.start();
    const WelcomeDialog::Outcome outcome = WelcomeDialog::ask(*m_settings, databaseEmpty);
    [&] { QVERIFY(answered); }();
    return outcome;
}

void tst_WelcomeDialog::cancelStoresNothing()
{
    m_qsettings->clear();
    const auto outcome = ask(true, [](WelcomeDialog* dialog) {
        QCOMPARE(dialog->nameField()->text(), AppSettings::systemUserName());
        QTest::keyClick(dialog->nameField(), Qt::Key_Escape);
    });
    QCOMPARE(outcome, WelcomeDialog::Outcome::Quit);
    QCOMPARE(m_settings->agentName(), QString());
    QVERIFY(!m_qsettings->contains(AppSettings::name(AppSettings::AgentName)));
}

void tst_WelcomeDialog::nameIsStored()
{
    m_qsettings->clear();
    const auto outcome = ask(true, [](WelcomeDialog* dialog) {
        QVERIFY(dialog->demoBox()->isVisible());
        QVERIFY(!dialog->demoBox()->isChecked()); // off unless asked for
        dialog->nameField()->clear();
        QTest::keyClicks(dialog->nameField(), QStringLiteral("  Åsa Lindqvist "));
        QTest::keyClick(dialog->nameField(), Qt::Key_Return);
    });
    QCOMPARE(outcome, WelcomeDialog::Outcome::Start);
    QCOMPARE(m_settings->agentName(), QStringLiteral("Åsa Lindqvist"));
}

void tst_WelcomeDialog::demoOnlyWhenAskedOnAnEmptyDatabase()
{
    m_qsettings->clear();
    auto outcome = ask(true, [](WelcomeDialog* dialog) {
        dialog->demoBox()->setChecked(true);
        // An empty name cannot start the desk.
        dialog->nameField()->clear();
        QTest::keyClick(dialog->nameField(), Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QTest::keyClicks(dialog->nameField(), QStringLiteral("Tester"));
        QTest::keyClick(dialog->nameField(), Qt::Key_Return);
    });
    QCOMPARE(outcome, WelcomeDialog::Outcome::StartWithDemo);
    QCOMPARE(m_settings->agentName(), QStringLiteral("Tester"));

    // A database with cases: no demo offered.
    m_qsettings->clear();
    outcome = ask(false, [](WelcomeDialog* dialog) {
        QVERIFY(!dialog->demoBox()->isVisible());
        dialog->demoBox()->setChecked(true);
        QTest::keyClick(dialog->nameField(), Qt::Key_Return);
    });
    QCOMPARE(outcome, WelcomeDialog::Outcome::Start);
}

QTEST_MAIN(tst_WelcomeDialog)
#include "tst_welcomedialog.moc"
