#pragma once

#include "DeskFileActions.h"
#include "LanguageMenu.h"

#include <QMainWindow>
#include <QMap>

#include <utility>

class AppSettings;
class CaseService;
class CaseShortcutGuard;
class CaseStore;
class CaseView;
class Clock;
class Database;
class DeskChangeFeed;
struct DeskChange;
class QAction;
class QActionGroup;
class QMenu;
class QSplitter;
class QTimer;
class QueueFilterBar;
class QueueModel;
class QueueView;
class SuggestionRefreshJob;
struct QueueFilter;

// The agent's window: the appeal queue with its filters on the left, the
// selected case on the right, menus and keyboard shortcuts.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class ActionId
    {
        Import,
        BackUp,
        Reports,
        Quit,
        FocusSearch,
        FindInTranscript,
        AgentName,
        PolicySettings,
        Refresh,
        ClearFilters,
        SwitchPane,
        NextCase,
        PreviousCase,
        AcceptSuggestion,
        OverrideDecision,
        RecordEvent,
        ClaimCase,
        ConfirmAbuse,
        VoidStrike,
        ShowTimeline,
        ShowTranscript,
        ShowSuggestion,
        ShowParties,
        Shortcuts,
        About,
        ReopenCase,
        SecondReview,
        TeamFigures,
        ConnectServer
    };

    static constexpr int ClockTickMs = 30000;
    // After a sort or filter change the shown case is selected again if it is within these many rows.
    static constexpr int ReselectLimit = 20000;

    MainWindow(CaseService& service, AppSettings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the queue's own connection and restores the saved layout and filters.
    bool openQueue();
    QString queueError() const { return m_queueError; }

    QueueModel* queueModel() const { return m_model; }
    SuggestionRefreshJob* suggestionRefreshJob() const { return m_refreshJob; }
    // What other windows change reaches this one through it (issue 15, item 4); started by openQueue().
    DeskChangeFeed* deskFeed() const { return m_deskFeed; }
    // Changes that come within this time are shown together (one queue read for a burst).
    static constexpr int DeskChangeDelayMs = 100;
    // The seam for tests: the next backup goes to `path` without asking.
    void setNextBackupPath(const QString& path) { m_fileActions->setNextBackupPath(path); }
    QueueView* queueView() const { return m_queue; }
    QueueFilterBar* filterBar() const { return m_filterBar; }
    CaseView* caseView() const { return m_caseView; }
    QAction* action(ActionId id) const { return m_actions.value(id); }

    // Shows the case and selects it in the queue (clearing the filters if they hide it).
    bool openCase(const QString& caseId);
    void importFiles(const QStringList& files) { m_fileActions->importFiles(files); }
    void setAgentName(const QString& name);
    // View → Language (issue 14, item 13): installs the catalogue (every open widget retranslates on its
    // LanguageChange) and remembers the choice for the next start.
    void setLanguage(const QString& language) { m_languageMenu->choose(language); }
    QActionGroup* languageActions() const { return m_languageMenu->choices(); }

    // True while the focus is in a field the agent types into: the case
    // shortcuts then leave the keys to the field.
    bool isTypingInTextField() const;

signals:
    // File → Connect to a team server… connected to `uri` (issue 15, item 1): the program opens the
    // window again on it (GuiStartup, through a new AppContext).
    void databaseSwitchRequested(const QString& uri);

protected:
    void showEvent(QShowEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void createMenus();
    void retranslateUi();
    void restoreLayout();
    void saveLayout();
    void applyFilter(const QueueFilter& filter);
    void currentRowChanged(int row);
    void reselectCurrentCase();
    void caseDecided(const QString& caseId);
    void caseChanged(const QString& caseId);
    void refreshQueue();
    void deskChanged(const DeskChange& change);
    void showDeskChanges();
    // Status follows the clock: when a waiting case's deadline passes, the queue is read again (it is open then).
    void scheduleStatusChange();
    void checkStatusChange();
    void refreshSuggestions(); // in the background, after the policy settings changed
    void suggestionsRefreshed(bool ok, const QString& error);
    void switchPane();
    void askAgentName();
    void showSecondReview(); // team lead: the review view (issue 17, item 2)
    void showTeamFigures(); // team lead: consistency and charts (issue 17, items 3 and 4)
    void showReports();
    void showShortcuts();
    void showAbout();

    CaseService& m_service;
    Database& m_db;
    CaseStore& m_store;
    const Clock& m_clock;
    AppSettings& m_settings;
    QString m_queueError;
    QueueModel* m_model;
    QueueFilterBar* m_filterBar;
    QueueView* m_queue;
    CaseView* m_caseView;
    QSplitter* m_splitter;
    QWidget* m_queuePane;
    QTimer* m_clockTimer;
    QTimer* m_statusTimer; // fires when the next waiting case's deadline passes
    SuggestionRefreshJob* m_refreshJob;
    DeskChangeFeed* m_deskFeed;
    QTimer* m_deskTimer; // gathers a burst of changes from other windows
    CaseShortcutGuard* m_shortcutGuard; // the case actions never fire while typing in a text field
    DeskFileActions* m_fileActions; // import (also by drops), backup, connect
    bool m_deskChangesShownCase = false; // one of the gathered changes concerns the shown case
    bool m_keepShownCase = false; // a refresh for other windows' changes never closes the shown case
    QMap<ActionId, QAction*> m_actions;
    bool m_reselectOnReset = true;
    bool m_keepSavedFilter = false; // openCase() clears the filters without saving that
    bool m_defaultSplitPending = false; // no saved splitter state: halve the window when it is shown
    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_caseMenu = nullptr;
    QMenu* m_reportsMenu = nullptr;
    QMenu* m_teamLeadMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    LanguageMenu* m_languageMenu = nullptr;
};
