#pragma once

#include "CaseFacts.h"
#include "CaseStore.h"
#include "Suggestion.h"

#include <QWidget>

#include <optional>

class CaseService;
class CaseStore;
class Clock;
class OrderFactsPanel;
class QAction;
class PartiesPanel;
class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTreeView;
class SuggestionPanel;
class TimelineModel;
class TranscriptView;

// The right-hand side of the main window: one case's order facts, timeline,
// transcript, suggestion and parties, and the decision controls.
class CaseView : public QWidget
{
    Q_OBJECT

public:
    // How long a claim from the window holds, as `appealdesk claim` without --minutes.
    static constexpr int ClaimMinutes = 30;
    enum Tab
    {
        TimelineTab,
        TranscriptTab,
        SuggestionTab,
        PartiesTab
    };

    explicit CaseView(CaseService& service, QWidget* parent = nullptr);
    ~CaseView() override;

    QString currentCaseId() const;
    void setAgentName(const QString& name);

    // The suggestion shown for the current case, computed at the clock's now.
    Suggestion currentSuggestion() const { return m_suggestion; }
    bool isDecided() const { return m_decision.has_value(); }
    // The agent whose claim on the shown case holds (read when the case is shown), or empty.
    QString claimHolder() const { return m_claimHolder; }
    QLabel* claimBanner() const { return m_claimBanner; }

    TranscriptView* transcriptView() const { return m_transcript; }
    SuggestionPanel* suggestionPanel() const { return m_suggestionPanel; }
    PartiesPanel* partiesPanel() const { return m_parties; }
    TimelineModel* timelineModel() const { return m_timeline; }

public slots:
    void showCase(const QString& caseId); // empty: nothing shown
    void acceptSuggestion(); // asks for confirmation, then records
    void overrideDecision(); // another outcome, note required
    void findInTranscript();
    void recordEvent(); // asks which event, then records it and updates the suggestion
    void toggleClaim(); // claims the case for the agent, or ends the agent's own claim
    void editPolicySettings(); // team lead tool: the policy settings dialog, saved and audited
    // Keyboard (issue 14, item 12): the transcript's selected message confirmed as abuse; the Parties tab's
    // selected strike (or its first live one) voided; a tab of the case shown and focused.
    void confirmAbuse();
    void voidSelectedStrike();
    void showTab(int tab); // CaseView::Tab
    void reopenCase(); // team lead tool: reopens the shown decided case, with a reason (issue 14, item 8)
    // Another window changed the desk (DeskChangeFeed, issue 15, item 4): the shown case is read again
    // when its decision, claim, events or suggestion changed, and the banner says when another agent
    // claimed or decided it meanwhile. A note typed for a decision stays (m_draftNote).
    void reloadFromDesk();

signals:
    void caseChanged(const QString& caseId); // an event, a claim or the settings changed the stored case
    void caseDecided(const QString& caseId); // a decision was stored: the queue moves on to the next case
    void openCaseRequested(const QString& caseId); // e.g. a party's earlier case
    void policySettingsChanged(); // saved: every other undecided case's queue columns are now stale
    void reopenAvailable(bool available); // a decided case is shown and the agent is a team lead

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslateUi();
    Suggestion suggestFor(const CaseFacts& facts) const;
    void recordEventOfType(std::optional<EventType> preset);
    void decide(int mode);
    void voidStrike(const StrikeRecord& strike);
    void refreshSuggestion(); // recomputes for now and stores the queue columns
    void showPanels();
    void showNothing(const QString& message);
    void updateActions();
    void readClaim(); // the claim that holds now, into m_claimHolder and m_claimUntil
    void showClaim(); // the banner and the Claim / Release button
    QString agentName() const;

    CaseService& m_service;
    CaseStore& m_store; // reads; every write goes through m_service
    const Clock& m_clock;
    QString m_agent;
    QString m_caseId;
    std::optional<CaseFacts> m_facts;
    Suggestion m_suggestion;
    mutable QDateTime m_suggestedAt; // the instant m_suggestion was computed for
    std::optional<DecisionRecord> m_decision;
    QString m_claimHolder; // the agent whose claim holds now, or empty
    QDateTime m_claimUntil;
    // The note of a decision that was not recorded (another agent's claim, a changed suggestion): offered
    // again in the next dialog on the same case, so the agent does not type it twice.
    QString m_draftNote;
    QString m_draftCaseId;
    // What another agent did to the shown case while it was on screen (reloadFromDesk), or empty.
    QString m_deskNotice;

    QStackedWidget* m_stack;
    QLabel* m_emptyLabel;
    OrderFactsPanel* m_factsPanel;
    TimelineModel* m_timeline;
    QTreeView* m_timelineView;
    QTabWidget* m_caseTabs;
    QTabWidget* m_sideTabs;
    QSplitter* m_splitter;
    TranscriptView* m_transcript;
    SuggestionPanel* m_suggestionPanel;
    PartiesPanel* m_parties;
    QPushButton* m_acceptButton;
    QPushButton* m_overrideButton;
    QPushButton* m_recordButton;
    QPushButton* m_claimButton;
    QLabel* m_claimBanner;
    QAction* m_confirmAbuse;
};
