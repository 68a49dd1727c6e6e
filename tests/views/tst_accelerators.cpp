#include "DecisionDialog.h"
#include "DeskWindow.h"
#include "ImportDialog.h"
#include "PolicySettingsDialog.h"
#include "RecordEventDialog.h"
#include "ReopenDialog.h"
#include "ReportDialog.h"
#include "ReviewView.h"
#include "ShortcutsDialog.h"
#include "TeamFiguresView.h"
#include "VoidStrikeDialog.h"
#include "WelcomeDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>
#include <QTextBrowser>

#include <functional>
#include <memory>

// Alt+letter activates a control only while no other control of the same scope claims that letter:
// with two, it cycles between them instead. The scopes: the items of one menu, and the labelled
// controls of one window (the main window's menu bar titles share it with its buttons and tabs).
class TestAccelerators : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void menus_data() { DeskWindow::addLanguageRows(); }
    void menus();
    void mainWindow_data() { DeskWindow::addLanguageRows(); }
    void mainWindow();
    void dialogs_data() { DeskWindow::addLanguageRows(); }
    void dialogs();

private:
    struct Labelled
    {
        QString text;
        QString what;
    };

    // The accelerator letter of `text` (upper case), a null QChar for none; `error` for a malformed text.
    static QChar accelerator(const QString& text, QString* error);
    // The problems of one scope: malformed texts and letters claimed twice.
    static QStringList clashes(const QString& scope, const QList<Labelled>& items);
    static QList<Labelled> menuItems(const QMenu* menu);
    static QStringList checkMenu(const QMenu* menu, const QString& path);
    // The labelled controls whose accelerator works in `window`.
    static QList<Labelled> labelledControls(const QWidget* window);

    DeskWindow m_desk;
};

void TestAccelerators::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestAccelerators::init()
{
    QFETCH(QString, language);
    QString error;
    QVERIFY2(m_desk.open(language, &error), qPrintable(error));
}

void TestAccelerators::cleanup()
{
    m_desk.close();
}

QChar TestAccelerators::accelerator(const QString& text, QString* error)
{
    QChar letter;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('&')) {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        if (i + 1 == text.size() || text.at(i + 1).isSpace() || !text.at(i + 1).isLetterOrNumber()) {
            *error = QStringLiteral("an '&' not before a letter");
            return QChar();
        }
        if (!letter.isNull()) {
            *error = QStringLiteral("two accelerators");
            return QChar();
        }
        letter = text.at(i + 1).toUpper();
    }
    return letter;
}

QStringList TestAccelerators::clashes(const QString& scope, const QList<Labelled>& items)
{
    QStringList problems;
    QMap<QChar, QStringList> byLetter;
    for (const Labelled& item : items) {
        QString error;
        const QChar letter = accelerator(item.text, &error);
        if (!error.isEmpty())
            problems << QStringLiteral("%1: %2 \"%3\": %4").arg(scope, item.what, item.text, error);
        else if (!letter.isNull())
            byLetter[letter] << QStringLiteral("%1 \"%2\"").arg(item.what, item.text);
    }
    for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it) {
        if (it.value().size() > 1)
            problems << QStringLiteral("%1: Alt+%2 is claimed by %3")
                            .arg(scope, it.key(), it.value().join(QStringLiteral(", ")));
    }
    return problems;
}

QList<TestAccelerators::Labelled> TestAccelerators::menuItems(const QMenu* menu)
{
    QList<Labelled> items;
    for (const QAction* action : menu->actions()) {
        if (!action->isSeparator())
            items << Labelled { action->text(), QStringLiteral("item") };
    }
    return items;
}

QStringList TestAccelerators::checkMenu(const QMenu* menu, const QString& path)
{
    QStringList problems = clashes(path, menuItems(menu));
    for (const QAction* action : menu->actions()) {
        if (const QMenu* sub = action->menu())
            problems << checkMenu(sub, path + QStringLiteral(" > ") + action->text());
    }
    return problems;
}

QList<TestAccelerators::Labelled> TestAccelerators::labelledControls(const QWidget* window)
{
    // On GNOME (and the desktops that use its theme) the standard buttons carry accelerators, offscreen
    // they do not: check the GNOME labels, which the translations give, where a button keeps Qt's text.
    struct Standard
    {
        const char* plain; // QPlatformTheme's label, what the button shows offscreen
        const char* gnome;
    };
    static const QMap<QDialogButtonBox::StandardButton, Standard> gnome {
        { QDialogButtonBox::Ok, { "OK", "&OK" } },
        { QDialogButtonBox::Save, { "Save", "&Save" } },
        { QDialogButtonBox::Cancel, { "Cancel", "&Cancel" } },
        { QDialogButtonBox::Close, { "Close", "&Close" } },
    };
    QList<Labelled> items;
    const auto inScope = [window](const QWidget* w) { return w->window() == window; };
    for (const QAbstractButton* button : window->findChildren<QAbstractButton*>()) {
        if (!inScope(button))
            continue;
        QString text = button->text();
        if (const auto* box = qobject_cast<const QDialogButtonBox*>(button->parentWidget())) {
            const auto standard = box->standardButton(const_cast<QAbstractButton*>(button));
            if (gnome.contains(standard)
                && text == QCoreApplication::translate("QPlatformTheme", gnome.value(standard).plain))
                text = QCoreApplication::translate("QGnomeTheme", gnome.value(standard).gnome);
        }
        items << Labelled { text, QStringLiteral("button") };
    }
    for (const QLabel* label : window->findChildren<QLabel*>()) {
        if (inScope(label) && label->buddy())
            items << Labelled { label->text(), QStringLiteral("label") };
    }
    for (const QGroupBox* group : window->findChildren<QGroupBox*>()) {
        if (inScope(group))
            items << Labelled { group->title(), QStringLiteral("group") };
    }
    for (const QTabBar* tabs : window->findChildren<QTabBar*>()) {
        if (!inScope(tabs))
            continue;
        for (int i = 0; i < tabs->count(); ++i)
            items << Labelled { tabs->tabText(i), QStringLiteral("tab") };
    }
    for (const QMenuBar* bar : window->findChildren<QMenuBar*>()) {
        if (!inScope(bar))
            continue;
        for (const QAction* action : bar->actions())
            items << Labelled { action->text(), QStringLiteral("menu") };
    }
    return items;
}

void TestAccelerators::menus()
{
    QFETCH(QString, language);
    QStringList problems;
    int menus = 0;
    for (const QAction* action : m_desk.window().menuBar()->actions()) {
        if (const QMenu* menu = action->menu()) {
            problems << checkMenu(menu, action->text());
            ++menus;
        }
    }
    QVERIFY(menus >= 5);
    // Qt's own context menus of text fields, translated by our catalogue.
    QLineEdit line;
    std::unique_ptr<QMenu> lineMenu(line.createStandardContextMenu());
    QVERIFY(lineMenu->actions().size() >= 5);
    problems << checkMenu(lineMenu.get(), QStringLiteral("line edit context menu"));
    QTextBrowser browser;
    browser.setHtml(QStringLiteral("<a href='https://example.org'>link</a>"));
    std::unique_ptr<QMenu> textMenu(browser.createStandardContextMenu(QPoint(1, 1)));
    problems << checkMenu(textMenu.get(), QStringLiteral("text context menu"));
    QVERIFY2(problems.isEmpty(), qPrintable(language + QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
}

void TestAccelerators::mainWindow()
{
    QFETCH(QString, language);
    const QList<Labelled> items = labelledControls(&m_desk.window());
    QVERIFY(items.size() >= 10);
    const QStringList problems = clashes(QStringLiteral("main window"), items);
    QVERIFY2(problems.isEmpty(), qPrintable(language + QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
}

void TestAccelerators::dialogs()
{
    QFETCH(QString, language);
    CaseFacts facts;
    facts.id = QStringLiteral("AP-1");
    facts.parties = { Party { Role::Buyer, QStringLiteral("U-1"), QStringLiteral("nordic_bear"), QString() },
        Party { Role::Seller, QStringLiteral("U-2"), QStringLiteral("fastusdt"), QString() } };
    facts.messages = { Message { QDateTime(), Channel::OrderChat, Role::Buyer, QStringLiteral("hello") } };
    Suggestion suggestion;
    suggestion.caseId = facts.id;
    suggestion.revision = QStringLiteral("p2p-2021-04-07");
    suggestion.clauses = { QStringLiteral("S2a") };
    suggestion.outcome = Outcome::Cancel;
    const QDateTime at = m_desk.clock().now();

    const QList<std::pair<QString, std::function<QDialog*()>>> dialogs {
        { QStringLiteral("policy settings"), [] { return new PolicySettingsDialog(PolicySettings()); } },
        { QStringLiteral("reports"), [this] { return new ReportDialog(m_desk.database()); } },
        { QStringLiteral("accept the suggestion"),
            [&] {
                return new DecisionDialog(
                    DecisionDialog::AcceptSuggestion, suggestion, facts, QStringLiteral("anna"), at);
            } },
        { QStringLiteral("override"),
            [&] {
                return new DecisionDialog(
                    DecisionDialog::OverrideSuggestion, suggestion, facts, QStringLiteral("anna"), at);
            } },
        { QStringLiteral("record an event"), [&] { return new RecordEventDialog(facts, -1); } },
        { QStringLiteral("void strike"), [] { return new VoidStrikeDialog(QStringLiteral("wrong-account payment")); } },
        { QStringLiteral("import"),
            [this] { return new ImportDialog(m_desk.databasePath(), QStringList(), m_desk.clock()); } },
        { QStringLiteral("keyboard shortcuts"), [this] { return new ShortcutsDialog(m_desk.window().actions()); } },
        { QStringLiteral("welcome"), [] { return new WelcomeDialog(QStringLiteral("anna"), true); } },
        { QStringLiteral("reopen"), [] { return new ReopenDialog(DecisionRecord()); } },
        { QStringLiteral("second review"),
            [this] { return new ReviewView(m_desk.service(), QStringLiteral("lead")); } },
        { QStringLiteral("consistency and charts"), [this] { return new TeamFiguresView(m_desk.service()); } },
    };
    QStringList problems;
    int accelerators = 0;
    for (const auto& [name, create] : dialogs) {
        std::unique_ptr<QDialog> dialog(create());
        const QList<Labelled> items = labelledControls(dialog.get());
        problems << clashes(name, items);
        for (const Labelled& item : items) {
            QString error;
            accelerators += accelerator(item.text, &error).isNull() ? 0 : 1;
        }
    }
    QVERIFY(accelerators >= 15); // the walk found the dialogs' labels and buttons
    QVERIFY2(problems.isEmpty(), qPrintable(language + QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestAccelerators)
#include "tst_accelerators.moc"
