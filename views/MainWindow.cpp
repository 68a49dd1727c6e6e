#include "MainWindow.h"

#include "AppSettings.h"
#include "CaseService.h"
#include "CaseShortcutGuard.h"
#include "CaseView.h"
#include "Clock.h"
#include "Database.h"
#include "DeskChangeFeed.h"
#include "DeskFileActions.h"
#include "Icons.h"
#include "ImportDialog.h"
#include "LanguageMenu.h"
#include "PlainMessageBox.h"
#include "QueueFilterBar.h"
#include "QueueModel.h"
#include "QueueView.h"
#include "ReportDialog.h"
#include "ReviewView.h"
#include "ShortcutsDialog.h"
#include "SuggestionRefreshJob.h"
#include "TeamFiguresView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

MainWindow::MainWindow(CaseService& service, AppSettings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_service(service)
    , m_db(service.database())
    , m_store(service.store())
    , m_clock(service.clock())
    , m_settings(settings)
    , m_model(new QueueModel(m_db.path(), m_clock, this))
    , m_filterBar(new QueueFilterBar(this))
    , m_queue(new QueueView(this))
    , m_caseView(new CaseView(service, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_queuePane(new QWidget(m_splitter))
    , m_clockTimer(new QTimer(this))
    , m_statusTimer(new QTimer(this))
    , m_refreshJob(new SuggestionRefreshJob(m_db.path(), this))
    , m_deskFeed(new DeskChangeFeed(m_db, this))
    , m_deskTimer(new QTimer(this))
    , m_shortcutGuard(new CaseShortcutGuard(this, this))
    , m_fileActions(new DeskFileActions(m_db, m_clock, settings, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::icon(Icons::Id::App));

    auto* leftLayout = new QVBoxLayout(m_queuePane);
    leftLayout->setContentsMargins(4, 4, 0, 4);
    leftLayout->addWidget(m_filterBar);
    leftLayout->addWidget(m_queue, 1);
    m_splitter->addWidget(m_queuePane);
    m_splitter->addWidget(m_caseView);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    setCentralWidget(m_splitter);
    statusBar();

    createActions();
    createMenus();
    retranslateUi();

    const QString agent = m_settings.agentName();
    m_caseView->setAgentName(agent);
    m_filterBar->setAgentName(agent);

    connect(m_filterBar, &QueueFilterBar::filterChanged, this, &MainWindow::applyFilter);
    connect(m_model, &QueueModel::countChanged, m_filterBar, &QueueFilterBar::showCount);
    connect(m_model, &QueueModel::countChanged, m_filterBar,
        [this] { m_filterBar->showOtherStatuses(m_model->otherStatusCount()); });
    connect(m_queue->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
        [this](int column, Qt::SortOrder order) { m_settings.setQueueSort(column, order); });
    connect(m_caseView, &CaseView::caseDecided, this, &MainWindow::caseDecided);
    connect(m_caseView, &CaseView::caseChanged, this, &MainWindow::caseChanged);
    connect(m_caseView, &CaseView::openCaseRequested, this, &MainWindow::openCase);
    connect(m_caseView, &CaseView::policySettingsChanged, this, &MainWindow::refreshSuggestions);
    connect(m_refreshJob, &SuggestionRefreshJob::progress, this, [this](qint64 done, qint64 total) {
        statusBar()->showMessage(tr("Updating the queue for the new settings: %L1 of %L2 cases…").arg(done).arg(total));
    });
    connect(m_refreshJob, &SuggestionRefreshJob::finished, this, &MainWindow::suggestionsRefreshed);
    m_clockTimer->setInterval(ClockTickMs);
    connect(m_clockTimer, &QTimer::timeout, m_model, &QueueModel::clockTicked);
    connect(m_clockTimer, &QTimer::timeout, this, &MainWindow::checkStatusChange);
    m_statusTimer->setSingleShot(true);
    m_statusTimer->setTimerType(Qt::PreciseTimer);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::checkStatusChange);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::scheduleStatusChange);
    m_deskTimer->setSingleShot(true);
    m_deskTimer->setInterval(DeskChangeDelayMs);
    connect(m_deskTimer, &QTimer::timeout, this, &MainWindow::showDeskChanges);
    connect(m_deskFeed, &DeskChangeFeed::changed, this, &MainWindow::deskChanged);
    connect(m_deskFeed, &DeskChangeFeed::lost, this, [this] { statusBar()->showMessage(m_deskFeed->error()); });
    connect(m_filterBar, &QueueFilterBar::searchSubmitted, this, [this] {
        // Return in the search box opens the first hit.
        if (m_model->rowCount() > 0) {
            m_queue->selectRow(0);
            m_queue->setFocus(Qt::ShortcutFocusReason);
        }
    });
    connect(m_filterBar, &QueueFilterBar::searchLeft, this, [this] {
        m_queue->setFocus(Qt::ShortcutFocusReason);
        if (m_queue->currentRow() < 0)
            m_queue->moveBy(1);
    });
    connect(m_fileActions, &DeskFileActions::imported, this, [this](int stored) {
        refreshQueue();
        statusBar()->showMessage(tr("%Ln case(s) imported.", nullptr, stored), 10000);
    });
    connect(m_fileActions, &DeskFileActions::message, statusBar(), &QStatusBar::showMessage);
    connect(m_fileActions, &DeskFileActions::databaseSwitchRequested, this, &MainWindow::databaseSwitchRequested);
    qApp->installEventFilter(m_shortcutGuard);
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(m_shortcutGuard);
}

void MainWindow::createActions()
{
    const auto make = [this](ActionId id, Icons::Id icon, const QList<QKeySequence>& keys, auto slot) {
        auto* action = new QAction(Icons::icon(icon), QString(), this);
        action->setShortcuts(keys);
        addAction(action); // shortcuts work even with the menu bar hidden
        connect(action, &QAction::triggered, this, slot);
        m_actions.insert(id, action);
        return action;
    };
    make(ActionId::Import, Icons::Id::Import, { QKeySequence::Open }, [this] { m_fileActions->chooseImportFiles(); });
    make(ActionId::BackUp, Icons::Id::App, {}, [this] { m_fileActions->backUp(); });
    make(ActionId::ConnectServer, Icons::Id::App, {}, [this] { m_fileActions->connectToTeamServer(); });
    make(ActionId::Reports, Icons::Id::Report, { QKeySequence(Qt::CTRL | Qt::Key_R) }, &MainWindow::showReports);
    make(ActionId::Quit, Icons::Id::Quit, { QKeySequence::Quit }, &QWidget::close);
    make(ActionId::FocusSearch, Icons::Id::Search, { QKeySequence::Find, QKeySequence(Qt::Key_Slash) }, [this] {
        m_filterBar->searchBox()->setFocus(Qt::ShortcutFocusReason);
        m_filterBar->searchBox()->selectAll();
    });
    // Ctrl+F searches in the pane that has the focus: here the queue, in the case pane the transcript.
    QAction* focusSearch = m_actions.value(ActionId::FocusSearch);
    removeAction(focusSearch);
    focusSearch->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_queuePane->addAction(focusSearch);
    make(ActionId::FindInTranscript, Icons::Id::Search, { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F) },
        [this] { m_caseView->findInTranscript(); });
    make(ActionId::AgentName, Icons::Id::About, {}, &MainWindow::askAgentName);
    make(ActionId::PolicySettings, Icons::Id::Override, {}, [this] { m_caseView->editPolicySettings(); });
    make(ActionId::Refresh, Icons::Id::Refresh, { QKeySequence::Refresh }, &MainWindow::refreshQueue);
    make(ActionId::ClearFilters, Icons::Id::Clear, { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L) },
        [this] { m_filterBar->clear(); });
    make(ActionId::SwitchPane, Icons::Id::Next, { QKeySequence(Qt::Key_F6) }, &MainWindow::switchPane);
    make(ActionId::NextCase, Icons::Id::Next, { QKeySequence(Qt::Key_J), QKeySequence(Qt::CTRL | Qt::Key_Down) },
        [this] { m_queue->moveBy(1); });
    make(ActionId::PreviousCase, Icons::Id::Previous, { QKeySequence(Qt::Key_K), QKeySequence(Qt::CTRL | Qt::Key_Up) },
        [this] { m_queue->moveBy(-1); });
    make(ActionId::AcceptSuggestion, Icons::Id::Accept,
        { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) },
        [this] { m_caseView->acceptSuggestion(); });
    make(ActionId::OverrideDecision, Icons::Id::Override,
        { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Enter) },
        [this] { m_caseView->overrideDecision(); });
    make(ActionId::RecordEvent, Icons::Id::Override, { QKeySequence(Qt::CTRL | Qt::Key_E) },
        [this] { m_caseView->recordEvent(); });
    make(ActionId::ClaimCase, Icons::Id::About, { QKeySequence(Qt::CTRL | Qt::Key_L) },
        [this] { m_caseView->toggleClaim(); });
    // Issue 14, item 12: every action of the case has its keys, from the queue as from the case.
    make(ActionId::ConfirmAbuse, Icons::Id::Override, { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A) },
        [this] { m_caseView->confirmAbuse(); });
    make(ActionId::VoidStrike, Icons::Id::Clear, { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K) },
        [this] { m_caseView->voidSelectedStrike(); });
    make(ActionId::ShowTimeline, Icons::Id::Next, { QKeySequence(Qt::CTRL | Qt::Key_1) },
        [this] { m_caseView->showTab(CaseView::TimelineTab); });
    make(ActionId::ShowTranscript, Icons::Id::Next, { QKeySequence(Qt::CTRL | Qt::Key_2) },
        [this] { m_caseView->showTab(CaseView::TranscriptTab); });
    make(ActionId::ShowSuggestion, Icons::Id::Next, { QKeySequence(Qt::CTRL | Qt::Key_3) },
        [this] { m_caseView->showTab(CaseView::SuggestionTab); });
    make(ActionId::ShowParties, Icons::Id::Next, { QKeySequence(Qt::CTRL | Qt::Key_4) },
        [this] { m_caseView->showTab(CaseView::PartiesTab); });
    make(ActionId::Shortcuts, Icons::Id::Help, { QKeySequence(Qt::CTRL | Qt::Key_Question) },
        &MainWindow::showShortcuts);
    make(ActionId::About, Icons::Id::About, {}, &MainWindow::showAbout);
    // Team lead (issue 14, item 8): enabled while a decided case is shown to a team lead.
    make(ActionId::ReopenCase, Icons::Id::Refresh, { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O) },
        [this] { m_caseView->reopenCase(); });
    m_actions.value(ActionId::ReopenCase)->setEnabled(false);
    connect(m_caseView, &CaseView::reopenAvailable, m_actions.value(ActionId::ReopenCase), &QAction::setEnabled);
    make(ActionId::SecondReview, Icons::Id::Report, {}, &MainWindow::showSecondReview);
    make(ActionId::TeamFigures, Icons::Id::Report, {}, &MainWindow::showTeamFigures);
    m_actions.value(ActionId::Quit)->setMenuRole(QAction::QuitRole);
    m_actions.value(ActionId::About)->setMenuRole(QAction::AboutRole);
    QList<QAction*> caseActions;
    for (ActionId id : { ActionId::FindInTranscript, ActionId::Refresh, ActionId::ClearFilters, ActionId::NextCase,
             ActionId::PreviousCase, ActionId::AcceptSuggestion, ActionId::OverrideDecision, ActionId::RecordEvent,
             ActionId::ClaimCase, ActionId::ConfirmAbuse, ActionId::VoidStrike, ActionId::ShowTimeline,
             ActionId::ShowTranscript, ActionId::ShowSuggestion, ActionId::ShowParties })
        caseActions << action(id);
    m_shortcutGuard->setCaseActions(caseActions);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(action(ActionId::Import));
    m_fileMenu->addAction(action(ActionId::BackUp));
    m_fileMenu->addAction(action(ActionId::ConnectServer));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(action(ActionId::Quit));
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(action(ActionId::FocusSearch));
    m_editMenu->addAction(action(ActionId::FindInTranscript));
    m_editMenu->addSeparator();
    m_editMenu->addAction(action(ActionId::AgentName));
    m_editMenu->addAction(action(ActionId::PolicySettings));
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(action(ActionId::Refresh));
    m_viewMenu->addAction(action(ActionId::ClearFilters));
    m_viewMenu->addAction(action(ActionId::SwitchPane));
    m_viewMenu->addSeparator();
    m_languageMenu = new LanguageMenu(m_settings, this);
    m_viewMenu->addMenu(m_languageMenu);
    m_caseMenu = menuBar()->addMenu(QString());
    m_caseMenu->addAction(action(ActionId::NextCase));
    m_caseMenu->addAction(action(ActionId::PreviousCase));
    m_caseMenu->addSeparator();
    m_caseMenu->addAction(action(ActionId::AcceptSuggestion));
    m_caseMenu->addAction(action(ActionId::OverrideDecision));
    m_caseMenu->addAction(action(ActionId::RecordEvent));
    m_caseMenu->addAction(action(ActionId::ClaimCase));
    m_caseMenu->addAction(action(ActionId::ConfirmAbuse));
    m_caseMenu->addAction(action(ActionId::VoidStrike));
    m_caseMenu->addSeparator();
    m_caseMenu->addAction(action(ActionId::ShowTimeline));
    m_caseMenu->addAction(action(ActionId::ShowTranscript));
    m_caseMenu->addAction(action(ActionId::ShowSuggestion));
    m_caseMenu->addAction(action(ActionId::ShowParties));
    m_reportsMenu = menuBar()->addMenu(QString());
    m_reportsMenu->addAction(action(ActionId::Reports));
    m_teamLeadMenu = menuBar()->addMenu(QString());
    m_teamLeadMenu->addAction(action(ActionId::SecondReview));
    m_teamLeadMenu->addAction(action(ActionId::TeamFigures));
    m_teamLeadMenu->addAction(action(ActionId::ReopenCase));
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(action(ActionId::Shortcuts));
    m_helpMenu->addAction(action(ActionId::About));
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("AppealDesk"));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_caseMenu->setTitle(tr("&Case"));
    m_reportsMenu->setTitle(tr("&Reports"));
    m_teamLeadMenu->setTitle(tr("Tea&m lead"));
    m_helpMenu->setTitle(tr("&Help"));
    m_languageMenu->setTitle(tr("&Language"));
    const QList<QPair<ActionId, QString>> texts = {
        { ActionId::Import, tr("&Import cases…") },
        { ActionId::BackUp, tr("&Back up the database…") },
        { ActionId::ConnectServer, tr("Co&nnect to a team server…") },
        { ActionId::Reports, tr("&Case report…") },
        { ActionId::Quit, tr("&Quit") },
        { ActionId::FocusSearch, tr("&Search the queue") },
        { ActionId::FindInTranscript, tr("Find in &transcript") },
        { ActionId::AgentName, tr("&Agent name…") },
        { ActionId::PolicySettings, tr("&Policy settings…") },
        { ActionId::Refresh, tr("&Refresh the queue") },
        { ActionId::ClearFilters, tr("&Clear search and filters") },
        { ActionId::SwitchPane, tr("S&witch pane") },
        { ActionId::NextCase, tr("&Next case") },
        { ActionId::PreviousCase, tr("&Previous case") },
        { ActionId::AcceptSuggestion, tr("&Accept the suggestion…") },
        { ActionId::OverrideDecision, tr("&Override…") },
        { ActionId::RecordEvent, tr("&Record an event…") },
        { ActionId::ClaimCase, tr("C&laim or release the case") },
        { ActionId::ConfirmAbuse, tr("Confirm a&buse on the selected message…") },
        { ActionId::VoidStrike, tr("&Void the selected strike…") },
        { ActionId::ShowTimeline, tr("Show the &timeline") },
        { ActionId::ShowTranscript, tr("Show the tran&script") },
        { ActionId::ShowSuggestion, tr("Show the s&uggestion") },
        { ActionId::ShowParties, tr("Show the parti&es") },
        { ActionId::Shortcuts, tr("&Keyboard shortcuts") },
        { ActionId::About, tr("A&bout AppealDesk") },
        { ActionId::ReopenCase, tr("Re&open the decided case…") },
        { ActionId::SecondReview, tr("&Second review of decisions…") },
        { ActionId::TeamFigures, tr("&Consistency and charts…") },
    };
    for (const auto& [id, text] : texts)
        action(id)->setText(text);
}

bool MainWindow::openQueue()
{
    // The saved sort and filter go in first: counting a million cases for a
    // filter about to be replaced would double the start-up time.
    const auto [column, order] = m_settings.queueSort(QueueModel::ColumnCount);
    m_model->sort(column, order);
    m_model->setFilter(m_settings.queueFilter());
    if (!m_model->open()) {
        m_queueError = m_model->lastError();
        return false;
    }
    m_queue->setQueueModel(m_model);
    // After the view's own reset, which clears its selection.
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::reselectCurrentCase);
    connect(m_queue->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) { currentRowChanged(current.isValid() ? current.row() : -1); });
    m_filterBar->loadChoices(*m_model);
    restoreLayout();
    m_filterBar->showCount(m_model->rowCount(), m_model->isCountCapped(), m_model->isCountExact());
    m_clockTimer->start();
    scheduleStatusChange();
    // The agent starts with the keyboard in the queue (issue 14, item 12): arrows and Return work at once.
    m_queue->setFocus(Qt::OtherFocusReason);
    // Issue 15, item 5: what only a team lead does is greyed out for an agent's login, saying why.
    const std::pair<ActionId, TeamRoles::LeadAction> leadActions[] = {
        { ActionId::PolicySettings, TeamRoles::LeadAction::SaveSettings },
        { ActionId::SecondReview, TeamRoles::LeadAction::Review },
        { ActionId::ReopenCase, TeamRoles::LeadAction::Reopen },
    };
    for (const auto& [id, leadAction] : leadActions) {
        if (m_service.mayDo(leadAction))
            continue;
        QAction* refused = action(id);
        refused->setEnabled(false);
        refused->setToolTip(TeamRoles::refusal(leadAction));
        refused->setStatusTip(refused->toolTip());
        m_fileMenu->setToolTipsVisible(true);
        m_editMenu->setToolTipsVisible(true);
        m_teamLeadMenu->setToolTipsVisible(true);
    }
    // Without the feed the desk still works: the agent refreshes by hand (F5), as before.
    if (!m_deskFeed->start())
        statusBar()->showMessage(m_deskFeed->error());
    return true;
}

void MainWindow::deskChanged(const DeskChange& change)
{
    if (change.concerns(m_caseView->currentCaseId()))
        m_deskChangesShownCase = true;
    if (!m_deskTimer->isActive())
        m_deskTimer->start();
}

void MainWindow::showDeskChanges()
{
    m_keepShownCase = true;
    m_model->refresh();
    m_keepShownCase = false;
    if (m_deskChangesShownCase)
        m_caseView->reloadFromDesk();
    m_deskChangesShownCase = false;
}

void MainWindow::scheduleStatusChange()
{
    m_statusTimer->stop();
    if (!m_model->isOpen())
        return;
    const QDateTime next = m_model->nextStatusChange();
    if (!next.isValid())
        return;
    // At most an hour ahead: the clock of a suspended machine jumps; the check then looks again.
    m_statusTimer->start(int(qBound(qint64(0), m_clock.now().msecsTo(next), qint64(3600 * 1000))));
}

void MainWindow::checkStatusChange()
{
    // A deadline that passed since the queue was read changes a waiting case to open: read it again.
    const QDateTime next = m_model->isOpen() ? m_model->nextStatusChange() : QDateTime();
    if (next.isValid() && next <= m_clock.now())
        m_model->refresh(); // the reset schedules the next change
    else
        scheduleStatusChange();
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings.value(AppSettings::WindowGeometry).toByteArray())) {
        const QRect available = screen()->availableGeometry();
        resize(qMin(1600, available.width() * 9 / 10), qMin(1000, available.height() * 9 / 10));
    }
    restoreState(m_settings.value(AppSettings::WindowState).toByteArray());
    // Without a saved state the case gets half the window (it needs room for its chat), once the window is
    // shown: before, the splitter has no width of its own and sizes set then are spread by the size hints.
    m_defaultSplitPending = !m_splitter->restoreState(m_settings.value(AppSettings::SplitterState).toByteArray());
    // The header state brings the column widths; the model has the saved sort and filter
    // already (openQueue), the header and the filter bar are set to show them.
    m_queue->horizontalHeader()->restoreState(m_settings.value(AppSettings::QueueHeaderState).toByteArray());
    const auto [column, order] = m_settings.queueSort(QueueModel::ColumnCount);
    m_queue->horizontalHeader()->setSortIndicator(column, order);
    m_filterBar->setFilter(m_settings.queueFilter());
}

void MainWindow::saveLayout()
{
    m_settings.setValue(AppSettings::WindowGeometry, saveGeometry());
    m_settings.setValue(AppSettings::WindowState, saveState());
    m_settings.setValue(AppSettings::SplitterState, m_splitter->saveState());
    m_settings.setValue(AppSettings::QueueHeaderState, m_queue->horizontalHeader()->saveState());
    m_settings.sync();
}

void MainWindow::applyFilter(const QueueFilter& filter)
{
    if (m_keepSavedFilter) {
        m_model->setFilter(filter);
        return;
    }
    m_settings.setQueueFilter(filter);
    m_model->setFilter(filter);
    if (!m_model->lastError().isEmpty())
        statusBar()->showMessage(tr("The queue could not be read: %1").arg(m_model->lastError()));
}

void MainWindow::currentRowChanged(int row)
{
    if (row < 0)
        return;
    const QString caseId = m_model->caseIdAt(row);
    if (!caseId.isEmpty() && caseId != m_caseView->currentCaseId())
        m_caseView->showCase(caseId);
}

void MainWindow::reselectCurrentCase()
{
    if (!m_reselectOnReset)
        return;
    // A case far down the new order stays shown but unselected: finding its row would take a while.
    const QString shown = m_caseView->currentCaseId();
    const int row = m_model->rowOfCase(shown, ReselectLimit);
    if (row >= 0) {
        m_queue->selectRow(row);
        return;
    }
    // Another agent decided the shown case and the filter hides it now: it stays, saying so (CaseView).
    if (m_keepShownCase)
        return;
    // Hidden by the filter or the search, or nothing found: no stale case with its actions enabled.
    if (!shown.isEmpty() && !m_model->containsCase(shown))
        m_caseView->showCase(QString());
}

void MainWindow::caseDecided(const QString& caseId)
{
    const int row = m_queue->currentRow();
    // The row is known: no need to search for the decided case after the refresh.
    m_reselectOnReset = row < 0;
    m_model->refresh();
    m_reselectOnReset = true;
    // The decided case stays in its row unless the filter now hides it; the next case is below it or in its place.
    const int next = row < 0 ? m_model->rowOfCase(caseId) + 1 : (m_model->caseIdAt(row) == caseId ? row + 1 : row);
    if (m_model->rowCount() > 0)
        m_queue->selectRow(qBound(0, next, m_model->rowCount() - 1));
    else
        m_caseView->showCase(QString());
    // The agent goes on with the keyboard from the queue, whichever button decided.
    m_queue->setFocus(Qt::OtherFocusReason);
    statusBar()->showMessage(tr("Case %1 decided.").arg(caseId), 5000);
}

void MainWindow::caseChanged(const QString& caseId)
{
    Q_UNUSED(caseId);
    m_model->refresh();
}

void MainWindow::refreshSuggestions()
{
    m_refreshJob->start(m_clock.now());
}

void MainWindow::suggestionsRefreshed(bool ok, const QString& error)
{
    m_model->refresh();
    if (ok)
        statusBar()->showMessage(tr("The queue is up to date with the new settings."), 5000);
    else
        statusBar()->showMessage(tr("The queue could not be updated for the new settings: %1").arg(error));
}

void MainWindow::refreshQueue()
{
    m_model->refresh();
    m_filterBar->loadChoices(*m_model);
}

bool MainWindow::openCase(const QString& caseId)
{
    if (!m_store.cases().exists(caseId)) {
        statusBar()->showMessage(tr("There is no case %1.").arg(caseId));
        return false;
    }
    int row = m_model->rowOfCase(caseId);
    if (row < 0 && m_filterBar->filter() != QueueFilter()) {
        // Shown for this case only: the agent's saved filter stays for the next start.
        m_keepSavedFilter = true;
        m_filterBar->clear();
        m_keepSavedFilter = false;
        row = m_model->rowOfCase(caseId);
    }
    if (row >= 0)
        m_queue->selectRow(row);
    if (m_caseView->currentCaseId() != caseId)
        m_caseView->showCase(caseId);
    return true;
}

void MainWindow::switchPane()
{
    if (m_caseView->isAncestorOf(focusWidget())) {
        m_queue->setFocus(Qt::TabFocusReason);
        return;
    }
    // The first widget of the case view that takes keyboard focus.
    QWidget* w = m_caseView;
    for (int guard = 0; guard < 1000; ++guard) {
        w = w->nextInFocusChain();
        if (w == m_caseView)
            break;
        if (m_caseView->isAncestorOf(w) && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(Qt::TabFocusReason);
            return;
        }
    }
    m_caseView->setFocus(Qt::TabFocusReason);
}

bool MainWindow::isTypingInTextField() const
{
    return CaseShortcutGuard::isTextField(QApplication::focusWidget());
}

void MainWindow::setAgentName(const QString& name)
{
    m_settings.setValue(AppSettings::AgentName, name);
    m_caseView->setAgentName(name);
    m_filterBar->setAgentName(name);
}

void MainWindow::askAgentName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Agent name"), tr("The name recorded with your decisions:"),
        QLineEdit::Normal, m_settings.agentName(), &ok)
                             .trimmed();
    if (ok && !name.isEmpty())
        setAgentName(name);
}

// The team lead's views list cases; one opens in the window, which the view then makes way for.
template<typename View> static void runCaseList(View& view, MainWindow* window)
{
    QObject::connect(&view, &View::openCaseRequested, window, [window, &view](const QString& caseId) {
        view.accept();
        window->openCase(caseId);
    });
    view.exec();
}

void MainWindow::showSecondReview()
{
    ReviewView view(m_service, m_settings.agentName(), this);
    connect(&view, &ReviewView::caseChanged, this, &MainWindow::caseChanged);
    runCaseList(view, this);
}

void MainWindow::showTeamFigures()
{
    TeamFiguresView view(m_service, this);
    runCaseList(view, this);
}

void MainWindow::showReports()
{
    ReportDialog dialog(m_db, this);
    dialog.setUnmaskAllowed(m_service.mayDo(TeamRoles::LeadAction::UnmaskedReport),
        TeamRoles::refusal(TeamRoles::LeadAction::UnmaskedReport));
    // The report is in the UI language (the dialog's default); the agent goes into the audit log.
    dialog.setActor(m_settings.agentName());
    dialog.exec();
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(m_actions.values(), this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("About AppealDesk"));
    box.setTextFormat(Qt::PlainText);
    box.setIconPixmap(windowIcon().pixmap(64, 64));
    box.setText(tr("AppealDesk %1").arg(QStringLiteral(APPEALDESK_VERSION)));
    box.setInformativeText(tr("The appeal desk for agents of the P2P market: queue, case view, policy "
                              "suggestions, decisions and strikes.\nBuilt with Qt %1.")
                               .arg(QLatin1String(qVersion())));
    box.exec();
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (!std::exchange(m_defaultSplitPending, false))
        return;
    // Once the shown window is laid out (on X11 that follows the show event).
    QTimer::singleShot(0, this, [this] {
        const int total = m_splitter->width();
        m_splitter->setSizes({ total / 2, total - total / 2 });
    });
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    event->accept();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
    }
    QMainWindow::changeEvent(event);
}
