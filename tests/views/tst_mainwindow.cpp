#include "AppSettings.h"
#include "CaseService.h"
#include "CaseStore.h"
#include "CaseView.h"
#include "Clock.h"
#include "Database.h"
#include "DecisionDialog.h"
#include "DemoGenerator.h"
#include "DemoLoader.h"
#include "ImportDialog.h"
#include "MainWindow.h"
#include "PolicySettingsDialog.h"
#include "QueueFilterBar.h"
#include "QueueModel.h"
#include "QueueView.h"
#include "ShortcutsDialog.h"
#include "SuggestionRefreshJob.h"
#include "TranscriptView.h"
#include "Translator.h"
#include "VoidStrikeDialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

namespace {
constexpr int kCases = 300;
}

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void opensWithTheQueue();
    void selectingARowShowsTheCase();
    void keyboardMovesTheSelection();
    void shortcutsDoNotFireWhileTyping();
    void filterChangesTheCount();
    void searchIsDebounced();
    void decidingMovesToTheNextCase();
    void openCaseClearsHidingFilters();
    void layoutAndFiltersPersist();
    void importRunsInTheBackground();
    void cancelledImportStoresNothing();
    void shortcutListNamesEveryShortcut();
    void retranslatesWithoutRestart();
    void languageSwitchReformatsNumbers();
    void backUpWritesACheckedCopy();
    void settingsChangeUpdatesOtherCasesInTheQueue();
    void quittingDuringTheRefreshDoesNotCrash();
    void searchOrFilterHidingTheCaseClearsThePane();
    void returnInTheSearchOpensTheFirstHit();
    void decidingStaysInPlace();
    void claimFromTheQueueWithTheShortcut();
    void languageMenuSwitchesAndRemembers();
    void searchOffersTheOtherStatuses();
    void countFollowsTheFirstRows();
    void everyCaseActionHasKeysInTheShortcutWindow();
    void tabShortcutsWorkFromTheQueue();
    void voidStrikeFromTheKeyboard();

private:
    void createWindow();
    int countWhere(const QString& condition);
    QComboBox* statusCombo() const;
    // Saves the settings through the case view's dialog with the SLA set to `hours`.
    void changeSlaHoursThroughTheDialog(int hours);
    // Answers the next decision dialog: OK, with `note` in an override's note. Sets m_dialogHandled.
    void answerNextDecisionDialog(const QString& note = QString());
    bool isDecided(const QString& caseId);
    QPushButton* caseButton(const char* name) const;
    bool m_dialogHandled = false;
    // Closes a modal dialog that appears within `ms`; true if one did.
    bool modalAppearsDuring(const std::function<void()>& action);

    QTemporaryDir m_dir;
    QString m_path;
    FixedClock m_clock { DemoGenerator::defaultReferenceNow() };
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CaseStore> m_store;
    std::unique_ptr<CaseService> m_service;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("desk.sqlite"));
    Database db(m_path, QStringLiteral("fill"));
    QVERIFY2(db.open(), qPrintable(db.error()));
    CaseStore store(db);
    const DemoSummary summary = DemoLoader::fill(db, store, kCases, 7, m_clock.now());
    QVERIFY2(summary.ok(), qPrintable(summary.error));
    QCOMPARE(summary.cases, kCases);
}

void TestMainWindow::init()
{
    m_db = std::make_unique<Database>(m_path, QStringLiteral("window"));
    QVERIFY(m_db->open());
    m_store = std::make_unique<CaseStore>(*m_db);
    m_service = std::make_unique<CaseService>(*m_db, *m_store, m_clock);
    m_qsettings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_qsettings->clear();
    m_settings = std::make_unique<AppSettings>(*m_qsettings);
    m_settings->setValue(AppSettings::AgentName, QStringLiteral("Tester"));
    QCOMPARE(m_settings->value(AppSettings::FilterStatus).toString(), QStringLiteral("open")); // an agent's default
    m_settings->setValue(AppSettings::FilterStatus, QString());
    createWindow();
}

void TestMainWindow::createWindow()
{
    m_window = std::make_unique<MainWindow>(*m_service, *m_settings);
    QVERIFY2(m_window->openQueue(), qPrintable(m_window->queueError()));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_qsettings.reset();
    m_service.reset();
    m_store.reset();
    m_db.reset();
}

int TestMainWindow::countWhere(const QString& condition)
{
    QSqlQuery q(m_db->connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM cases WHERE ") + condition) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QComboBox* TestMainWindow::statusCombo() const
{
    for (QComboBox* combo : m_window->filterBar()->findChildren<QComboBox*>()) {
        if (combo->findData(QStringLiteral("open")) >= 0)
            return combo;
    }
    return nullptr;
}

bool TestMainWindow::modalAppearsDuring(const std::function<void()>& action)
{
    bool appeared = false;
    QTimer closer;
    closer.setInterval(50);
    connect(&closer, &QTimer::timeout, this, [&] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            appeared = true;
            modal->close();
        }
    });
    closer.start();
    action();
    QTest::qWait(200);
    return appeared;
}

void TestMainWindow::opensWithTheQueue()
{
    QueueModel* model = m_window->queueModel();
    QCOMPARE(model->rowCount(), kCases);
    auto* count = m_window->filterBar()->findChild<QLabel*>(QStringLiteral("queueCount"));
    QVERIFY(count);
    QVERIFY2(count->text().contains(QLatin1String("300")), qPrintable(count->text()));
    // Fixed row heights and column widths: nothing was measured over the model.
    QCOMPARE(m_window->queueView()->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
    QCOMPARE(m_window->queueView()->horizontalHeader()->sectionResizeMode(0), QHeaderView::Interactive);
}

void TestMainWindow::selectingARowShowsTheCase()
{
    QueueView* queue = m_window->queueView();
    queue->selectRow(5);
    const QString id = m_window->queueModel()->caseIdAt(5);
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_window->caseView()->currentCaseId(), id);
    queue->selectRow(200);
    QCOMPARE(m_window->caseView()->currentCaseId(), m_window->queueModel()->caseIdAt(200));
}

void TestMainWindow::keyboardMovesTheSelection()
{
    QueueView* queue = m_window->queueView();
    queue->setFocus();
    queue->selectRow(0);
    QTest::keyClick(queue, Qt::Key_J);
    QCOMPARE(queue->currentRow(), 1);
    QTest::keyClick(queue, Qt::Key_J);
    QCOMPARE(queue->currentRow(), 2);
    QTest::keyClick(queue, Qt::Key_K);
    QCOMPARE(queue->currentRow(), 1);
    QTest::keyClick(queue, Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(queue->currentRow(), 2);
    QTest::keyClick(queue, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(queue->currentRow(), 1);
    QCOMPARE(m_window->caseView()->currentCaseId(), m_window->queueModel()->caseIdAt(1));
    // F6 goes to the case pane and back.
    QTest::keyClick(queue, Qt::Key_F6);
    QVERIFY(m_window->caseView()->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QCOMPARE(QApplication::focusWidget(), queue);
    // Ctrl+F focuses the search box.
    QTest::keyClick(queue, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), m_window->filterBar()->searchBox());
}

void TestMainWindow::shortcutsDoNotFireWhileTyping()
{
    // An open case, so that accepting would ask for confirmation.
    statusCombo()->setCurrentIndex(statusCombo()->findData(QStringLiteral("open")));
    QVERIFY(m_window->queueModel()->rowCount() > 2);
    QueueView* queue = m_window->queueView();
    queue->selectRow(1);
    QLineEdit* search = m_window->filterBar()->searchBox();
    search->setFocus();
    QVERIFY(m_window->isTypingInTextField());

    // The plain keys type (J is a letter of the search), the keys with Ctrl act from a single-line field too:
    // Ctrl+Return works from anywhere but a multi-line text field (issue 14, item 12).
    QTest::keyClick(search, Qt::Key_J);
    QTest::keyClick(search, Qt::Key_K);
    QCOMPARE(queue->currentRow(), 1);
    QCOMPARE(search->text(), QStringLiteral("jk"));
    QVERIFY(modalAppearsDuring([&] { QTest::keyClick(search, Qt::Key_Return, Qt::ControlModifier); }));
    // A multi-line field keeps Ctrl+Return (a line break) and every other key of the case. (Offscreen, nothing
    // gives the window back its activation after a dialog: a window manager's part.)
    QApplication::setActiveWindow(m_window.get());
    search->clear();
    m_window->filterBar()->applyNow();
    queue->selectRow(1);
    auto* note = new QPlainTextEdit(m_window->caseView());
    note->show();
    note->setFocus();
    QVERIFY(m_window->isTypingInTextField());
    QVERIFY(!modalAppearsDuring([&] { QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier); }));
    QVERIFY(
        !modalAppearsDuring([&] { QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier); }));
    QTest::keyClick(note, Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(queue->currentRow(), 1);
    delete note;
    search->setFocus();

    // The same keys act once the focus is back in the queue.
    search->clear();
    QTest::qWait(QueueFilterBar::SearchDelayMs + 100);
    queue->setFocus();
    QVERIFY(!m_window->isTypingInTextField());
    queue->selectRow(1);
    QTest::keyClick(queue, Qt::Key_J);
    QCOMPARE(queue->currentRow(), 2);
    QVERIFY(modalAppearsDuring([&] { QTest::keyClick(queue, Qt::Key_Return, Qt::ControlModifier); }));
}

void TestMainWindow::filterChangesTheCount()
{
    QComboBox* status = statusCombo();
    QVERIFY(status);
    status->setCurrentIndex(status->findData(QStringLiteral("decided")));
    const int decided = countWhere(QStringLiteral("status = 'decided'"));
    QVERIFY(decided > 0 && decided < kCases);
    QCOMPARE(m_window->queueModel()->rowCount(), decided);
    auto* count = m_window->filterBar()->findChild<QLabel*>(QStringLiteral("queueCount"));
    QVERIFY2(count->text().contains(QString::number(decided)), qPrintable(count->text()));
    QCOMPARE(m_settings->value(AppSettings::FilterStatus).toString(), QStringLiteral("decided"));
    status->setCurrentIndex(0);
    QCOMPARE(m_window->queueModel()->rowCount(), kCases);
}

void TestMainWindow::searchIsDebounced()
{
    const QString id = m_window->queueModel()->caseIdAt(42);
    QLineEdit* search = m_window->filterBar()->searchBox();
    search->setFocus();
    QTest::keyClicks(search, id);
    QCOMPARE(m_window->queueModel()->rowCount(), kCases); // not yet: the agent may still be typing
    QTRY_COMPARE_WITH_TIMEOUT(m_window->queueModel()->rowCount(), 1, 2000);
    QCOMPARE(m_window->queueModel()->caseIdAt(0), id);
    // Escape leaves the search box for the queue.
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(QApplication::focusWidget(), m_window->queueView());
}

void TestMainWindow::decidingMovesToTheNextCase()
{
    statusCombo()->setCurrentIndex(statusCombo()->findData(QStringLiteral("open")));
    QueueModel* model = m_window->queueModel();
    const int before = model->rowCount();
    QVERIFY(before > 5);
    m_window->queueView()->selectRow(3);
    const QString decided = model->caseIdAt(3);
    const QString next = model->caseIdAt(4);
    QCOMPARE(m_window->caseView()->currentCaseId(), decided);
    // The case view records the decision and says so; the queue follows.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE cases SET status = 'decided' WHERE case_id = '%1'").arg(decided)));
    emit m_window->caseView()->caseDecided(decided);
    QCOMPARE(model->rowCount(), before - 1);
    QCOMPARE(m_window->queueView()->currentCaseId(), next);
    QCOMPARE(m_window->caseView()->currentCaseId(), next);

    // Without a status filter the decided case stays listed: the next one is below it.
    statusCombo()->setCurrentIndex(0);
    m_window->queueView()->selectRow(3);
    const QString stays = model->caseIdAt(3);
    const QString below = model->caseIdAt(4);
    QVERIFY(q.exec(QStringLiteral("UPDATE cases SET status = 'decided' WHERE case_id = '%1'").arg(stays)));
    emit m_window->caseView()->caseDecided(stays);
    QCOMPARE(model->caseIdAt(3), stays);
    QCOMPARE(m_window->caseView()->currentCaseId(), below);
}

void TestMainWindow::openCaseClearsHidingFilters()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT case_id FROM cases WHERE status = 'decided' LIMIT 1")) && q.next());
    const QString decided = q.value(0).toString();
    q.finish();
    statusCombo()->setCurrentIndex(statusCombo()->findData(QStringLiteral("open")));
    QCOMPARE(m_window->queueModel()->rowOfCase(decided), -1);
    QVERIFY(m_window->openCase(decided));
    QCOMPARE(m_window->queueModel()->rowCount(), kCases);
    QCOMPARE(m_window->queueView()->currentCaseId(), decided);
    QCOMPARE(m_window->caseView()->currentCaseId(), decided);
    // Issue 14, item 11: opening a case (as --open does) leaves the saved filter for the next start.
    QCOMPARE(m_settings->value(AppSettings::FilterStatus).toString(), QStringLiteral("open"));
    QVERIFY(!m_window->openCase(QStringLiteral("AP-0000-none")));
}

void TestMainWindow::layoutAndFiltersPersist()
{
    statusCombo()->setCurrentIndex(statusCombo()->findData(QStringLiteral("waiting")));
    m_window->queueView()->setColumnWidth(QueueModel::AppellantColumn, 231);
    m_window->queueView()->sortByColumn(QueueModel::AmountColumn, Qt::DescendingOrder);
    m_window->close();
    m_window.reset();
    createWindow();
    QCOMPARE(m_window->filterBar()->filter().status, std::optional(CaseStatus::Waiting));
    QCOMPARE(m_window->queueModel()->rowCount(), countWhere(QStringLiteral("status = 'waiting'")));
    QCOMPARE(m_window->queueView()->columnWidth(QueueModel::AppellantColumn), 231);
    QCOMPARE(m_window->queueModel()->sortColumn(), int(QueueModel::AmountColumn));
    QCOMPARE(m_window->queueModel()->sortOrder(), Qt::DescendingOrder);
}

void TestMainWindow::importRunsInTheBackground()
{
    const QString bundle = m_dir.filePath(QStringLiteral("more.jsonl"));
    QString error;
    QVERIFY2(DemoLoader::writeBundle(bundle, 5, 4242, m_clock.now(), &error), qPrintable(error));
    const QString broken = m_dir.filePath(QStringLiteral("broken.json"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"cases\": [ {\"case_id\": 12");
    file.close();

    // Only bundle files are taken from a drop.
    QMimeData other;
    other.setUrls({ QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("notes.txt"))) });
    QDragEnterEvent enterOther(QPoint(10, 10), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enterOther);
    QVERIFY(!enterOther.isAccepted());

    const int before = countWhere(QStringLiteral("1"));
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(bundle), QUrl::fromLocalFile(broken) });
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    auto* dialog = m_window->findChild<ImportDialog*>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 10000);
    const QList<ImportReport> reports = dialog->reports();
    QCOMPARE(reports.size(), 2);
    QCOMPARE(reports.at(0).imported + reports.at(0).skipped.size(), 5);
    QVERIFY(reports.at(1).fileRejected);
    QCOMPARE(dialog->storedCount(), reports.at(0).imported);
    QCOMPARE(countWhere(QStringLiteral("1")), before + reports.at(0).imported);
    QCOMPARE(m_window->queueModel()->rowCount(), before + reports.at(0).imported);
    dialog->close();
}

void TestMainWindow::cancelledImportStoresNothing()
{
    const QString bundle = m_dir.filePath(QStringLiteral("big.jsonl"));
    QString error;
    QVERIFY2(DemoLoader::writeBundle(bundle, 20000, 99, m_clock.now(), &error), qPrintable(error));
    const int before = countWhere(QStringLiteral("1"));
    m_window->importFiles({ bundle });
    auto* dialog = m_window->findChild<ImportDialog*>();
    QVERIFY(dialog);
    QVERIFY(dialog->isRunning());
    dialog->reject(); // Cancel: the dialog stays until the worker has rolled back
    QVERIFY(dialog->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 20000);
    QCOMPARE(dialog->reports().size(), 1);
    QVERIFY(dialog->reports().at(0).cancelled);
    QCOMPARE(dialog->storedCount(), 0);
    QCOMPARE(countWhere(QStringLiteral("1")), before);
    dialog->reject();
    QVERIFY(!dialog->isVisible());
}

void TestMainWindow::shortcutListNamesEveryShortcut()
{
    using Id = MainWindow::ActionId;
    ShortcutsDialog dialog({ m_window->action(Id::FocusSearch), m_window->action(Id::NextCase),
                               m_window->action(Id::About), m_window->action(Id::AcceptSuggestion) },
        m_window.get());
    auto* list = dialog.findChild<QTreeWidget*>();
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), 3); // About has no shortcut
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Search the queue"));
    QVERIFY(list->topLevelItem(0)->text(1).contains(QStringLiteral("Ctrl+F")));
    QVERIFY(list->topLevelItem(1)->text(1).contains(QStringLiteral("J")));
}

void TestMainWindow::retranslatesWithoutRestart()
{
    QAction* import = m_window->action(MainWindow::ActionId::Import);
    const QString english = import->text();
    const QString header = m_window->queueModel()->headerData(QueueModel::AgeColumn, Qt::Horizontal).toString();
    QVERIFY(Translator::install(QStringLiteral("sv")));
    QCoreApplication::processEvents();
    QVERIFY(import->text() != english);
    QVERIFY(m_window->queueModel()->headerData(QueueModel::AgeColumn, Qt::Horizontal).toString() != header);
    QVERIFY(m_window->filterBar()->searchBox()->placeholderText()
        != QLatin1String("Search case, order, user, nickname or chat text"));
    QVERIFY(Translator::install(QStringLiteral("en")));
    QCoreApplication::processEvents();
    QCOMPARE(import->text(), english);
}

// A language switch in the running window formats amounts the new language's way, in the queue and in the
// open case, whose suggestion is made again (its steps carry amounts).
void TestMainWindow::languageSwitchReformatsNumbers()
{
    QVERIFY(Translator::install(QStringLiteral("en")));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT case_id FROM cases WHERE suggested_clause IN ('S2b', 'B1', 'B2')"
                                  " AND status <> 'decided' ORDER BY case_id LIMIT 1")));
    QVERIFY(q.next());
    const QString id = q.value(0).toString();
    QVERIFY(m_window->openCase(id));
    const auto caseText = [this] {
        QStringList texts;
        for (const QLabel* label : m_window->caseView()->findChildren<QLabel*>())
            texts << label->text();
        return texts.join(QLatin1Char('\n'));
    };
    const auto queueAmount = [this] {
        QueueModel* model = m_window->queueModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString amount = model->index(row, QueueModel::AmountColumn).data().toString();
            if (amount.size() > 6)
                return amount;
        }
        return QString();
    };
    static const QRegularExpression pointAmount(QStringLiteral("\\d\\.\\d\\d [A-Z]{3}\\b"));
    static const QRegularExpression commaAmount(QStringLiteral("\\d,\\d\\d [A-Z]{3}\\b"));
    QVERIFY2(caseText().contains(pointAmount), qPrintable(caseText()));
    QVERIFY(queueAmount().contains(QLatin1Char('.')));

    QVERIFY(Translator::install(QStringLiteral("sv")));
    QCoreApplication::processEvents();
    QCOMPARE(m_window->caseView()->currentCaseId(), id);
    QVERIFY2(caseText().contains(commaAmount), qPrintable(caseText()));
    QVERIFY2(!caseText().contains(pointAmount), qPrintable(pointAmount.match(caseText()).captured()));
    QVERIFY2(queueAmount().contains(QLatin1Char(',')) && !queueAmount().contains(QLatin1Char('.')),
        qPrintable(queueAmount()));

    QVERIFY(Translator::install(QStringLiteral("en")));
    QCoreApplication::processEvents();
    QVERIFY(caseText().contains(pointAmount));
}

void TestMainWindow::backUpWritesACheckedCopy()
{
    const QString copy = m_dir.filePath(QStringLiteral("backup.sqlite"));
    m_window->setNextBackupPath(copy);
    m_window->action(MainWindow::ActionId::BackUp)->trigger();
    QVERIFY(QFile::exists(copy));
    const QFileDevice::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
    QVERIFY(QFile::permissions(copy) & QFile::ReadOwner);
    QCOMPARE(QFile::permissions(copy) & others, QFileDevice::Permissions());
    {
        Database backup(copy, QStringLiteral("backup-check"));
        QVERIFY2(backup.open(), qPrintable(backup.error()));
        QVERIFY(backup.verifyIntegrity());
        QCOMPARE(CaseStore(backup).cases().count(), m_store->cases().count());
    }
    // An existing file is never overwritten: the agent is told, nothing changes.
    const QByteArray before = [&] {
        QFile f(copy);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    m_window->setNextBackupPath(copy);
    QVERIFY(modalAppearsDuring([&] { m_window->action(MainWindow::ActionId::BackUp)->trigger(); }));
    QFile after(copy);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before);
}

void TestMainWindow::changeSlaHoursThroughTheDialog(int hours)
{
    bool handled = false;
    QTimer closer;
    closer.setInterval(10);
    connect(&closer, &QTimer::timeout, this, [&] {
        auto* dialog = qobject_cast<PolicySettingsDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        closer.stop();
        dialog->slaHoursBox()->setValue(hours);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        handled = true;
    });
    closer.start();
    m_window->action(MainWindow::ActionId::PolicySettings)->trigger();
    QVERIFY(handled);
    QCOMPARE(m_store->settings().policySettings().slaHours, hours);
}

void TestMainWindow::settingsChangeUpdatesOtherCasesInTheQueue()
{
    QCOMPARE(m_store->settings().policySettings().slaHours, 24);
    // An undecided case whose SLA clock is the queue's default (no policy deadline), not the one on screen.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT case_id, opened_at FROM cases WHERE status <> 'decided'"
                                  " AND due_at = opened_at + 24 * 3600 * 1000 ORDER BY id LIMIT 2")));
    QVERIFY(q.next());
    const QString shown = q.value(0).toString();
    QVERIFY(q.next());
    const QString other = q.value(0).toString();
    const QDateTime openedAt = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), QTimeZone::utc());
    q.finish();
    QVERIFY(m_window->openCase(shown));

    QueueModel* model = m_window->queueModel();
    const auto dueOf = [model, other] {
        const int row = model->rowOfCase(other);
        return row < 0 ? QDateTime()
                       : model->index(row, QueueModel::SlaColumn).data(QueueModel::DueTimeRole).toDateTime();
    };
    QCOMPARE(dueOf(), openedAt.addSecs(24 * 3600));

    changeSlaHoursThroughTheDialog(8);
    QVERIFY(m_window->suggestionRefreshJob()->isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(dueOf(), openedAt.addSecs(8 * 3600), 20000);
    QTRY_VERIFY(!m_window->suggestionRefreshJob()->isRunning());
    QVERIFY(countWhere(QStringLiteral("status <> 'decided' AND due_at = opened_at + 24 * 3600 * 1000")) == 0);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("up to date")),
        qPrintable(m_window->statusBar()->currentMessage()));

    // A second change while one runs replaces it; the last settings win.
    changeSlaHoursThroughTheDialog(12);
    changeSlaHoursThroughTheDialog(24);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->suggestionRefreshJob()->isRunning(), 20000);
    QCOMPARE(dueOf(), openedAt.addSecs(24 * 3600));
    QCOMPARE(countWhere(QStringLiteral("status <> 'decided' AND due_at = opened_at + 12 * 3600 * 1000")), 0);
}

void TestMainWindow::quittingDuringTheRefreshDoesNotCrash()
{
    changeSlaHoursThroughTheDialog(10);
    QVERIFY(m_window->suggestionRefreshJob()->isRunning());
    m_window.reset(); // cancels and waits for the batch under way
    // Whatever was written is whole batches; put the default back for the other tests' data.
    PolicySettings settings = m_store->settings().policySettings();
    settings.slaHours = 24;
    QVERIFY(m_store->settings().save(settings, QStringLiteral("Tester"), m_clock.now()));
}

void TestMainWindow::answerNextDecisionDialog(const QString& note)
{
    m_dialogHandled = false;
    auto* timer = new QTimer(this);
    timer->setInterval(10);
    connect(timer, &QTimer::timeout, this, [this, timer, note] {
        auto* dialog = qobject_cast<DecisionDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        if (dialog->noteEdit())
            dialog->noteEdit()->setPlainText(note);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        m_dialogHandled = true;
    });
    timer->start();
}

bool TestMainWindow::isDecided(const QString& caseId)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT status FROM cases WHERE case_id = :id"));
    q.bindValue(QStringLiteral(":id"), caseId);
    return q.exec() && q.next() && q.value(0).toString() == QLatin1String("decided");
}

QPushButton* TestMainWindow::caseButton(const char* name) const
{
    return m_window->caseView()->findChild<QPushButton*>(QLatin1String(name));
}

// Issue 14, item 3: a filter or search that hides the shown case, or finds nothing, clears the case pane.
void TestMainWindow::searchOrFilterHidingTheCaseClearsThePane()
{
    statusCombo()->setCurrentIndex(statusCombo()->findData(QStringLiteral("open")));
    QueueModel* model = m_window->queueModel();
    m_window->queueView()->selectRow(2);
    const QString shown = model->caseIdAt(2);
    QCOMPARE(m_window->caseView()->currentCaseId(), shown);
    QVERIFY(caseButton("overrideButton")->isEnabled());

    m_window->filterBar()->searchBox()->setText(QStringLiteral("no such case anywhere"));
    QTRY_COMPARE(model->rowCount(), 0);
    QCOMPARE(m_window->caseView()->currentCaseId(), QString());
    QVERIFY(!caseButton("acceptButton")->isEnabled());
    QVERIFY(!caseButton("overrideButton")->isEnabled());

    m_window->filterBar()->searchBox()->clear();
    QTRY_VERIFY(model->rowCount() > 0);
    m_window->queueView()->selectRow(2);
    QCOMPARE(m_window->caseView()->currentCaseId(), shown);
    // The decided cases do not include it.
    statusCombo()->setCurrentIndex(statusCombo()->findData(QStringLiteral("decided")));
    QVERIFY(model->rowCount() > 0);
    QCOMPARE(m_window->caseView()->currentCaseId(), QString());
    QVERIFY(!caseButton("overrideButton")->isEnabled());
    // A filter that still lists it keeps it.
    statusCombo()->setCurrentIndex(statusCombo()->findData(QStringLiteral("open")));
    m_window->queueView()->selectRow(2);
    statusCombo()->setCurrentIndex(0);
    QCOMPARE(m_window->caseView()->currentCaseId(), shown);
    QVERIFY(caseButton("overrideButton")->isEnabled());
}

// Issue 14, item 3: Return in the search box opens the first hit at once, and the keyboard is in the queue.
void TestMainWindow::returnInTheSearchOpensTheFirstHit()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QueueModel* model = m_window->queueModel();
    const QString wanted = model->caseIdAt(7);
    QLineEdit* search = m_window->filterBar()->searchBox();
    search->setFocus();
    QTest::keyClicks(search, wanted);
    QTest::keyClick(search, Qt::Key_Return); // before the search's pause has passed
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(m_window->caseView()->currentCaseId(), wanted);
    QCOMPARE(m_window->queueView()->currentCaseId(), wanted);
    QCOMPARE(QApplication::focusWidget(), m_window->queueView());
}

// Issue 14, item 2: after a decision the next case of the list is selected (the one before at the end),
// and the keyboard stays in the queue.
void TestMainWindow::decidingStaysInPlace()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    statusCombo()->setCurrentIndex(statusCombo()->findData(QStringLiteral("open")));
    QueueModel* model = m_window->queueModel();
    QueueView* queue = m_window->queueView();
    int row = 3;
    for (; row < model->rowCount() - 1; ++row) {
        queue->selectRow(row);
        if (m_window->caseView()->currentSuggestion().outcome != Outcome::None)
            break;
    }
    QVERIFY(row < model->rowCount() - 1);
    const QString decided = model->caseIdAt(row);
    const QString next = model->caseIdAt(row + 1);
    const int before = model->rowCount();
    queue->setFocus();
    answerNextDecisionDialog();
    QTest::keyClick(queue, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(m_dialogHandled);
    QVERIFY(isDecided(decided));
    QCOMPARE(model->rowCount(), before - 1);
    QCOMPARE(queue->currentRow(), row);
    QCOMPARE(queue->currentCaseId(), next);
    QCOMPARE(m_window->caseView()->currentCaseId(), next);
    QCOMPARE(m_window->focusWidget(), queue); // the window is active again once the dialog is gone

    // The last case, overridden with the button: the one before it is selected, the keyboard in the queue.
    const int last = model->rowCount() - 1;
    queue->selectRow(last);
    const QString lastCase = model->caseIdAt(last);
    const QString previous = model->caseIdAt(last - 1);
    answerNextDecisionDialog(QStringLiteral("The seller showed the bank statement."));
    caseButton("overrideButton")->click();
    QVERIFY(m_dialogHandled);
    QVERIFY(isDecided(lastCase));
    QCOMPARE(queue->currentRow(), last - 1);
    QCOMPARE(m_window->caseView()->currentCaseId(), previous);
    QCOMPARE(m_window->focusWidget(), queue); // the window is active again once the dialog is gone
}

// Issue 14, item 9: Ctrl+L claims the selected case from the queue (and again releases it), through
// CaseService; the banner and the queue's Agent column show it at once.
void TestMainWindow::claimFromTheQueueWithTheShortcut()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    statusCombo()->setCurrentIndex(statusCombo()->findData(QStringLiteral("open")));
    QueueView* queue = m_window->queueView();
    queue->selectRow(1);
    const QString caseId = queue->currentCaseId();
    QVERIFY(m_window->action(MainWindow::ActionId::ClaimCase));
    queue->setFocus();
    QTest::keyClick(queue, Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(m_store->claims().holder(caseId, m_clock.now()), QStringLiteral("Tester"));
    QVERIFY(m_window->caseView()->claimBanner()->isVisible());
    QVERIFY(m_window->caseView()->claimBanner()->text().contains(QStringLiteral("You are working on this case")));
    const int row = m_window->queueModel()->rowOfCase(caseId);
    QCOMPARE(m_window->queueModel()->index(row, QueueModel::AgentColumn).data().toString(), QStringLiteral("Tester"));
    QCOMPARE(queue->currentCaseId(), caseId);
    QTest::keyClick(queue, Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(m_store->claims().holder(caseId, m_clock.now()), QString());
    QVERIFY(!m_window->caseView()->claimBanner()->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

// Issue 14, item 13: View → Language, applied at once to every open widget and remembered.
void TestMainWindow::languageMenuSwitchesAndRemembers()
{
    QActionGroup* languages = m_window->languageActions();
    QVERIFY(languages);
    QStringList codes;
    for (QAction* a : languages->actions())
        codes << a->data().toString();
    QCOMPARE(codes, Translator::availableLanguages());
    QCOMPARE(languages->checkedAction()->data().toString(), QStringLiteral("en"));
    m_window->openCase(m_window->queueModel()->caseIdAt(0));
    QPushButton* accept = caseButton("acceptButton");
    const QString englishAccept = accept->text();
    const QString englishMenu = m_window->menuBar()->actions().constFirst()->text();
    for (QAction* a : languages->actions()) {
        if (a->data().toString() == QLatin1String("sv"))
            a->trigger();
    }
    QCoreApplication::processEvents();
    QCOMPARE(Translator::currentLanguage(), QStringLiteral("sv"));
    QCOMPARE(languages->checkedAction()->data().toString(), QStringLiteral("sv"));
    QCOMPARE(m_settings->value(AppSettings::UiLanguage).toString(), QStringLiteral("sv"));
    QVERIFY(m_window->menuBar()->actions().constFirst()->text() != englishMenu);
    QVERIFY(accept->text() != englishAccept);
    QVERIFY(m_window->filterBar()->searchBox()->placeholderText()
        != QLatin1String("Search case, order, user, nickname or chat text"));
    // The next window (the next start) finds it.
    QSettings reread(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    QCOMPARE(reread.value(AppSettings::name(AppSettings::UiLanguage)).toString(), QStringLiteral("sv"));
    m_window->setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    QCOMPARE(accept->text(), englishAccept);
    QCOMPARE(languages->checkedAction()->data().toString(), QStringLiteral("en"));
}

// Issue 14, item 4: when the status filter hides matches of the search, one click shows them.
void TestMainWindow::searchOffersTheOtherStatuses()
{
    statusCombo()->setCurrentIndex(statusCombo()->findData(QStringLiteral("decided")));
    QToolButton* others = m_window->filterBar()->otherStatusesButton();
    QVERIFY(others->isHidden());
    // Text every case has (the case ids' prefix), so that the other statuses have matches too.
    QLineEdit* search = m_window->filterBar()->searchBox();
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("AP-20"));
    QTest::keyClick(search, Qt::Key_Return);
    const int decided = countWhere(QStringLiteral("status = 'decided'"));
    const int all = countWhere(QStringLiteral("1")); // earlier tests imported some
    QCOMPARE(m_window->queueModel()->rowCount(), decided);
    // Counted on the queue's counting thread once the page is shown.
    QTRY_VERIFY(!others->isHidden());
    QVERIFY2(others->text().contains(QString::number(all - decided)), qPrintable(others->text()));
    QTest::mouseClick(others, Qt::LeftButton);
    QVERIFY(!m_window->filterBar()->filter().status);
    QCOMPARE(m_window->filterBar()->filter().text, QStringLiteral("AP-20"));
    QCOMPARE(m_window->queueModel()->rowCount(), all);
    QVERIFY(others->isHidden());
}

// Issue 15: a count that reads many rows follows the first rows; the label says so until it is known.
void TestMainWindow::countFollowsTheFirstRows()
{
    QueueModel* model = m_window->queueModel();
    model->setSortIndexThreshold(0);
    model->setCountBound(2);
    QComboBox* language = nullptr;
    for (QComboBox* combo : m_window->filterBar()->findChildren<QComboBox*>()) {
        if (combo->findData(QStringLiteral("sv")) >= 0)
            language = combo;
    }
    QVERIFY(language);
    statusCombo()->setCurrentIndex(0); // any status
    QVERIFY(countWhere(QStringLiteral("language = 'sv'")) > 3);
    language->setCurrentIndex(language->findData(QStringLiteral("sv")));
    QLabel* count = m_window->filterBar()->countLabel();
    QCOMPARE(model->rowCount(), 3);
    QVERIFY2(count->text().contains(QLatin1String("3+")), qPrintable(count->text()));
    QTRY_VERIFY(model->isCountExact());
    QCOMPARE(model->rowCount(), countWhere(QStringLiteral("language = 'sv'")));
    QCOMPARE(count->text(), QStringLiteral("%1 cases").arg(model->rowCount()));
    language->setCurrentIndex(0);
    model->setCountBound(QueueModel::CountBound);
    model->setSortIndexThreshold(5000);
}

// Issue 14, item 12: every action of the case has keys, listed in the shortcut window.
void TestMainWindow::everyCaseActionHasKeysInTheShortcutWindow()
{
    using Id = MainWindow::ActionId;
    const QList<Id> caseActions = { Id::ClaimCase, Id::ConfirmAbuse, Id::VoidStrike, Id::ShowTimeline,
        Id::ShowTranscript, Id::ShowSuggestion, Id::ShowParties, Id::NextCase, Id::PreviousCase, Id::AcceptSuggestion,
        Id::OverrideDecision, Id::RecordEvent };
    QList<QAction*> all;
    for (Id id : caseActions) {
        QVERIFY2(!m_window->action(id)->shortcuts().isEmpty(), qPrintable(m_window->action(id)->text()));
        all << m_window->action(id);
    }
    ShortcutsDialog dialog(all, m_window.get());
    auto* list = dialog.findChild<QTreeWidget*>();
    QCOMPARE(list->topLevelItemCount(), int(caseActions.size()));
    // No two actions share keys.
    QSet<QString> keys;
    for (QAction* a : m_window->findChildren<QAction*>()) {
        for (const QKeySequence& k : a->shortcuts()) {
            QVERIFY2(!keys.contains(k.toString()), qPrintable(k.toString()));
            keys.insert(k.toString());
        }
    }
}

void TestMainWindow::tabShortcutsWorkFromTheQueue()
{
    QueueView* queue = m_window->queueView();
    queue->setFocus();
    queue->selectRow(0);
    auto* caseTabs = m_window->caseView()->findChild<QTabWidget*>(QStringLiteral("caseTabs"));
    auto* sideTabs = m_window->caseView()->findChild<QTabWidget*>(QStringLiteral("sideTabs"));
    QTest::keyClick(queue, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(caseTabs->currentIndex(), 1);
    QVERIFY(m_window->caseView()->transcriptView()->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(sideTabs->currentIndex(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(caseTabs->currentIndex(), 0);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(sideTabs->currentIndex(), 0);
    // Back to the queue with F6, and on to the next case there.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QCOMPARE(QApplication::focusWidget(), queue);
}

// Issue 14, item 12: Ctrl+Shift+K from the queue asks to void the case's party's strike, on the Parties tab.
void TestMainWindow::voidStrikeFromTheKeyboard()
{
    QString withStrike;
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT case_id FROM cases ORDER BY id")));
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    q.finish();
    for (const QString& id : std::as_const(ids)) {
        const std::optional<CaseFacts> facts = m_store->cases().load(id);
        for (const Party& p : facts->parties) {
            for (const StrikeRecord& strike : m_store->strikes().strikesOf(p.userId))
                withStrike = strike.voided || !withStrike.isEmpty() ? withStrike : id;
        }
        if (!withStrike.isEmpty())
            break;
    }
    QVERIFY2(!withStrike.isEmpty(), "no demo case whose party has a strike");
    QVERIFY(m_window->openCase(withStrike));
    QueueView* queue = m_window->queueView();
    queue->setFocus();
    auto* sideTabs = m_window->caseView()->findChild<QTabWidget*>(QStringLiteral("sideTabs"));
    sideTabs->setCurrentIndex(0);
    bool voidDialog = false;
    QTimer watch;
    watch.setInterval(20);
    connect(&watch, &QTimer::timeout, this, [&] {
        if (auto* dialog = qobject_cast<VoidStrikeDialog*>(QApplication::activeModalWidget())) {
            voidDialog = true;
            dialog->reject(); // nothing voided
        }
    });
    watch.start();
    QTest::keyClick(queue, Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::qWait(100);
    QVERIFY(voidDialog);
    QCOMPARE(sideTabs->currentIndex(), 1);
}
