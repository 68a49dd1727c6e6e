#include "CaseView.h"

#include "AgentEvents.h"
#include "CaseService.h"
#include "CaseStore.h"
#include "Clock.h"
#include "Database.h"
#include "DateText.h"
#include "DecisionDialog.h"
#include "DecisionSummary.h"
#include "OrderFactsPanel.h"
#include "PartiesPanel.h"
#include "PlainMessageBox.h"
#include "PolicyLabels.h"
#include "PolicySettingsDialog.h"
#include "RecordEventDialog.h"
#include "ReopenDialog.h"
#include "SuggestionPanel.h"
#include "TimelineDelegate.h"
#include "TimelineModel.h"
#include "TranscriptModel.h"
#include "TranscriptView.h"
#include "UntrustedText.h"
#include "VoidStrikeDialog.h"

#include <QAction>
#include <QApplication>
#include <QColor>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

static QScrollArea* scrolled(QWidget* widget, QWidget* parent)
{
    auto* area = new QScrollArea(parent);
    area->setWidget(widget);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

CaseView::CaseView(CaseService& service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_store(service.store())
    , m_clock(service.clock())
    , m_stack(new QStackedWidget(this))
    , m_emptyLabel(new QLabel(this))
    , m_factsPanel(new OrderFactsPanel(this))
    , m_timeline(new TimelineModel(this))
    , m_timelineView(new QTreeView(this))
    , m_caseTabs(new QTabWidget(this))
    , m_sideTabs(new QTabWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_transcript(new TranscriptView(this))
    , m_suggestionPanel(new SuggestionPanel(service.clock(), this))
    , m_parties(new PartiesPanel(this))
    , m_acceptButton(new QPushButton(this))
    , m_overrideButton(new QPushButton(this))
    , m_recordButton(new QPushButton(this))
    , m_claimButton(new QPushButton(this))
    , m_claimBanner(new QLabel(this))
    , m_confirmAbuse(new QAction(this))
{
    m_acceptButton->setObjectName(QStringLiteral("acceptButton"));
    m_overrideButton->setObjectName(QStringLiteral("overrideButton"));
    m_claimButton->setObjectName(QStringLiteral("claimButton"));
    // "Being worked by NAME until TIME": the name is user data, shown as plain text.
    m_claimBanner->setObjectName(QStringLiteral("claimBanner"));
    m_claimBanner->setTextFormat(Qt::PlainText);
    m_claimBanner->setWordWrap(true);
    m_claimBanner->setMargin(6);
    m_claimBanner->setAutoFillBackground(true);
    QPalette bannerPalette = m_claimBanner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xff, 0xf1, 0xc2));
    bannerPalette.setColor(QPalette::WindowText, QColor(0x3d, 0x2e, 0x00));
    m_claimBanner->setPalette(bannerPalette);
    m_claimBanner->hide();
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);

    m_timelineView->setModel(m_timeline);
    m_timelineView->setItemDelegate(new TimelineDelegate(m_timelineView));
    m_timelineView->setRootIsDecorated(false);
    m_timelineView->setUniformRowHeights(true);
    m_timelineView->setAllColumnsShowFocus(true);
    m_timelineView->setWordWrap(false);
    m_timelineView->header()->setStretchLastSection(true);

    // The conversation first, with the order's events between its messages (issue 14, item 5); the
    // timeline's table with both zones and relative times beside it.
    m_transcript->setTimeline(m_timeline);
    m_caseTabs->setObjectName(QStringLiteral("caseTabs"));
    m_caseTabs->addTab(m_transcript, QString());
    m_caseTabs->addTab(m_timelineView, QString());

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_factsPanel);
    leftLayout->addWidget(m_caseTabs, 1);

    // Two rows: in one, the three buttons kept the case pane 520 px wide in Bulgarian, more than a
    // 1024 px screen leaves it next to the queue (issue 14, item 5).
    auto* buttons = new QGridLayout;
    buttons->addWidget(m_acceptButton, 0, 0);
    buttons->addWidget(m_overrideButton, 0, 1);
    buttons->setColumnStretch(2, 1);
    buttons->addWidget(m_recordButton, 1, 0, 1, 2, Qt::AlignLeading);
    auto* suggestionBox = new QWidget(this);
    auto* suggestionLayout = new QVBoxLayout(suggestionBox);
    suggestionLayout->setContentsMargins(0, 0, 0, 0);
    QScrollArea* suggestionArea = scrolled(m_suggestionPanel, suggestionBox);
    suggestionArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // labels wrap to the pane's width
    suggestionLayout->addWidget(suggestionArea, 1);
    suggestionLayout->addLayout(buttons);

    m_sideTabs->setObjectName(QStringLiteral("sideTabs"));
    m_sideTabs->addTab(suggestionBox, QString());
    QScrollArea* partiesArea = scrolled(m_parties, this);
    partiesArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the panel follows the pane's width
    m_sideTabs->addTab(partiesArea, QString());

    m_splitter->setObjectName(QStringLiteral("caseSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_sideTabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto* casePage = new QWidget(this);
    auto* casePageLayout = new QVBoxLayout(casePage);
    casePageLayout->setContentsMargins(0, 0, 0, 0);
    // Who works on the case, above it: the banner, and the button that claims or releases it.
    auto* claimRow = new QHBoxLayout;
    claimRow->addWidget(m_claimBanner, 1);
    claimRow->addStretch(0);
    claimRow->addWidget(m_claimButton);
    casePageLayout->addLayout(claimRow);
    casePageLayout->addWidget(m_splitter, 1);
    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(casePage);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_transcript->listView()->addAction(m_confirmAbuse);
    m_transcript->listView()->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_confirmAbuse, &QAction::triggered, this, [this] { recordEventOfType(EventType::AbuseConfirmed); });

    connect(m_acceptButton, &QPushButton::clicked, this, &CaseView::acceptSuggestion);
    connect(m_overrideButton, &QPushButton::clicked, this, &CaseView::overrideDecision);
    connect(m_recordButton, &QPushButton::clicked, this, &CaseView::recordEvent);
    connect(m_claimButton, &QPushButton::clicked, this, &CaseView::toggleClaim);
    connect(m_suggestionPanel, &SuggestionPanel::pendingElapsed, this, [this] {
        if (!m_facts || m_decision)
            return;
        refreshSuggestion();
        showPanels();
        emit caseChanged(m_caseId);
    });
    connect(m_parties, &PartiesPanel::openCaseRequested, this, &CaseView::openCaseRequested);
    connect(m_parties, &PartiesPanel::voidStrikeRequested, this, &CaseView::voidStrike);
    retranslateUi();
    updateActions();
}

void CaseView::retranslateUi()
{
    m_acceptButton->setText(tr("&Accept suggestion"));
    m_acceptButton->setToolTip(tr("Record the suggested outcome, after a confirmation"));
    m_overrideButton->setText(tr("&Override…"));
    m_overrideButton->setToolTip(tr("Record another outcome, with a note"));
    m_recordButton->setText(tr("Recor&d event…"));
    m_recordButton->setToolTip(tr("Record an event the policy asks for; the suggestion updates at once"));
    m_confirmAbuse->setText(tr("Confirm abuse on this message…"));
    showClaim();
    m_caseTabs->setTabText(0, tr("Co&nversation"));
    m_caseTabs->setTabText(1, tr("&Timeline"));
    m_sideTabs->setTabText(0, tr("&Suggestion"));
    m_sideTabs->setTabText(1, tr("&Parties"));
    if (m_caseId.isEmpty())
        m_emptyLabel->setText(tr("Select a case in the queue."));
}

void CaseView::resizeEvent(QResizeEvent* event)
{
    // Side by side when there is room; stacked when the main window leaves the case view narrow.
    const Qt::Orientation orientation
        = width() >= fontMetrics().averageCharWidth() * 150 ? Qt::Horizontal : Qt::Vertical;
    if (orientation != m_splitter->orientation()) {
        m_splitter->setOrientation(orientation);
        const int extent = orientation == Qt::Horizontal ? width() : height();
        m_splitter->setSizes({ extent * 3 / 5, extent * 2 / 5 });
    }
    QWidget::resizeEvent(event);
}

void CaseView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The policy's texts and amounts are in the language they were made in: make them again.
        if (m_facts)
            m_suggestion = suggestFor(*m_facts);
        showPanels(); // the panels build their text from the case: build them again
    }
    QWidget::changeEvent(event);
}

CaseView::~CaseView() = default;

QString CaseView::currentCaseId() const
{
    return m_caseId;
}

void CaseView::setAgentName(const QString& name)
{
    m_agent = name.trimmed();
}

QString CaseView::agentName() const
{
    // Until the agent has set a name, decisions carry the login name: never an empty agent.
    return m_agent.isEmpty() ? qEnvironmentVariable("USER", QStringLiteral("agent")) : m_agent;
}

Suggestion CaseView::suggestFor(const CaseFacts& facts) const
{
    m_suggestedAt = m_clock.now();
    return m_service.suggest(facts, m_suggestedAt);
}

void CaseView::showCase(const QString& caseId)
{
    if (caseId != m_caseId)
        m_deskNotice.clear();
    m_caseId = caseId;
    m_facts.reset();
    m_decision.reset();
    m_suggestion = Suggestion();
    if (!caseId.isEmpty())
        m_facts = m_store.cases().load(caseId);
    if (!m_facts) {
        showNothing(caseId.isEmpty() ? tr("Select a case in the queue.")
                                     : tr("Case %1 could not be opened: %2")
                                           .arg(UntrustedText::inlined(caseId), m_store.cases().lastError()));
        return;
    }
    m_decision = m_store.decisions().decision(caseId);
    readClaim();
    m_suggestion = suggestFor(*m_facts);
    showPanels();
    m_stack->setCurrentIndex(1);
    // Each case is read from the top of its suggestion, not where the last one was scrolled to (issue 14,
    // item 14); the conversation likewise starts at its first message.
    if (auto* area = qobject_cast<QScrollArea*>(m_suggestionPanel->parentWidget()->parentWidget()))
        area->verticalScrollBar()->setValue(0);
    m_transcript->listView()->scrollToTop();
}

void CaseView::showNothing(const QString& message)
{
    // Drop the last case's data too: a countdown must not tick for a case no longer shown.
    m_factsPanel->clear();
    m_timeline->clear();
    m_transcript->setTranscript({}, {}, QTimeZone::utc());
    m_suggestionPanel->clear();
    m_parties->clear();
    m_claimHolder.clear();
    showClaim();
    m_emptyLabel->setText(message);
    m_stack->setCurrentWidget(m_emptyLabel);
    updateActions();
}

void CaseView::showPanels()
{
    if (!m_facts)
        return;
    const CaseFacts& facts = *m_facts;
    m_factsPanel->setFacts(facts, m_clock.now());
    m_timeline->setCase(
        facts, m_decision ? std::nullopt : m_suggestion.pendingUntil, QTimeZone::systemTimeZone(), m_suggestion.spans);
    // A timeline has a few dozen rows at most: sizing its columns to their contents is cheap.
    for (int column = 0; column < TimelineModel::DetailColumn; ++column)
        m_timelineView->resizeColumnToContents(column);
    QHash<Role, QString> nicknames;
    for (const Party& p : facts.parties)
        nicknames.insert(p.role, p.nickname);
    m_transcript->setTranscript(facts.messages, m_suggestion.spans, m_timeline->marketZone(), nicknames);
    // A decided case was judged when it was decided; an open one at the instant of its suggestion.
    m_transcript->setInstant(m_decision ? m_decision->decidedAt : m_suggestedAt);
    m_timeline->setInstant(m_decision ? m_decision->decidedAt : m_suggestedAt);
    QList<int> confirmed;
    for (const CaseEvent& e : facts.events) {
        if (e.type == EventType::AbuseConfirmed && e.messageIndex >= 0)
            confirmed << e.messageIndex;
    }
    m_transcript->model()->setConfirmedAbuse(confirmed);
    m_suggestionPanel->setSuggestion(m_suggestion, facts, m_decision);

    const QDateTime now = m_clock.now();
    QList<PartyDetails> parties;
    for (const Party& p : facts.parties) {
        PartyDetails details;
        details.party = p;
        details.strikes = m_store.strikes().strikesOf(p.userId);
        details.importedStrikes = facts.history.value(p.userId);
        details.activeSanctions = m_store.strikes().activeSanctions(now, p.userId);
        details.cases = m_store.strikes().casesOfUser(p.userId, PartiesPanel::MaxCasesShown + 1);
        details.caseCount = m_store.strikes().caseCountOfUser(p.userId);
        parties.append(details);
    }
    m_parties->setVoidAllowed(
        m_service.mayDo(TeamRoles::LeadAction::VoidStrike), TeamRoles::refusal(TeamRoles::LeadAction::VoidStrike));
    m_parties->setParties(parties, facts.id);
    showClaim();
    updateActions();
}

void CaseView::updateActions()
{
    const bool open = m_facts && !m_decision;
    m_acceptButton->setEnabled(open && m_suggestion.outcome != Outcome::None);
    m_overrideButton->setEnabled(open);
    // A decided case still takes its follow-ups (policy.md, settled reading 14): the refund's proofs.
    m_recordButton->setEnabled(m_facts.has_value());
    m_claimButton->setEnabled(open);
    m_confirmAbuse->setEnabled(open && m_facts->kind != CaseKind::LiveChatSuspensionAppeal);
    emit reopenAvailable(
        m_facts && m_decision && !agentName().trimmed().isEmpty() && m_service.mayDo(TeamRoles::LeadAction::Reopen));
}

void CaseView::refreshSuggestion()
{
    if (!m_facts || m_decision)
        return;
    if (const std::optional<Suggestion> fresh = m_service.refreshSuggestion(m_caseId)) {
        m_suggestion = *fresh;
        m_suggestedAt = m_clock.now();
    } else
        PlainMessageBox::warning(this, tr("Suggestion not saved"),
            tr("The queue could not be updated for case %1: %2")
                .arg(UntrustedText::inlined(m_caseId), m_service.lastError()));
}

void CaseView::acceptSuggestion()
{
    decide(DecisionDialog::AcceptSuggestion);
}

void CaseView::overrideDecision()
{
    decide(DecisionDialog::OverrideSuggestion);
}

void CaseView::decide(int mode)
{
    if (!m_facts || m_decision)
        return;
    // The suggestion may have changed since the case was shown (a deadline passed).
    m_suggestion = suggestFor(*m_facts);
    showPanels();
    for (;;) {
        if (mode == DecisionDialog::AcceptSuggestion && m_suggestion.outcome == Outcome::None) {
            QString why = tr("The policy suggests no outcome yet.");
            if (m_suggestion.needsReview)
                why = tr("The case needs a person's review: decide it with Override and a note.");
            else if (m_suggestion.pendingUntil)
                why = tr("The case becomes decidable at %1.")
                          .arg(DateText::dateTime(m_suggestion.pendingUntil->toLocalTime()));
            PlainMessageBox::warning(this, tr("Nothing to accept"), why);
            return;
        }
        DecisionDialog dialog(DecisionDialog::Mode(mode), m_suggestion, *m_facts, agentName(), m_clock.now(), this);
        if (dialog.noteEdit() && m_draftCaseId == m_caseId)
            dialog.noteEdit()->setPlainText(m_draftNote);
        const int answer = dialog.exec();
        const QString caseId = m_caseId;
        if (dialog.noteEdit()) {
            // Kept until the decision is recorded: a cancelled or refused dialog does not lose the typing.
            m_draftNote = dialog.noteEdit()->toPlainText();
            m_draftCaseId = caseId;
        }
        if (answer != QDialog::Accepted)
            return;
        // Judged again when stored: the agent confirmed m_suggestion, and only that is recorded.
        const DecisionResult result = m_service.decide(dialog.request());
        if (result.status == DecisionResult::Stale) {
            // Another decision, an event or the settings changed what the policy says: show it, confirm again.
            m_suggestion = result.suggestion;
            m_suggestedAt = m_clock.now();
            showPanels();
            PlainMessageBox::warning(this, tr("The suggestion changed"),
                tr("While you confirmed, the policy's suggestion for case %1 changed. Nothing was recorded: "
                   "look at the new suggestion and confirm again.")
                    .arg(caseId));
            continue;
        }
        if (!result.stored()) {
            PlainMessageBox::warning(this, tr("Decision not recorded"),
                tr("The decision on case %1 was not recorded: %2").arg(UntrustedText::inlined(caseId), result.error));
            showCase(caseId); // shows a decision someone else recorded meanwhile
            return;
        }
        m_draftNote.clear();
        m_draftCaseId.clear();
        showCase(caseId);
        // The queue reads the case again and moves on from it (MainWindow::caseDecided).
        emit caseDecided(caseId);
        return;
    }
}

void CaseView::readClaim()
{
    m_claimHolder.clear();
    m_claimUntil = QDateTime();
    if (m_facts && !m_decision)
        m_claimHolder = m_store.claims().holder(m_caseId, m_clock.now(), &m_claimUntil);
}

void CaseView::showClaim()
{
    const bool mine = !m_claimHolder.isEmpty() && m_claimHolder == agentName();
    m_claimButton->setText(mine ? tr("Re&lease") : tr("C&laim"));
    m_claimButton->setToolTip(mine
            ? tr("End your claim: other agents may take the case")
            : tr("Mark the case as being worked by you for %n minute(s)", nullptr, ClaimMinutes));
    QStringList lines;
    if (!m_deskNotice.isEmpty())
        lines << m_deskNotice;
    if (!m_claimHolder.isEmpty()) {
        // In the agent's time zone and language, as every time the window shows.
        const QString until = DateText::dateTime(m_claimUntil.toLocalTime());
        lines << (mine ? tr("You are working on this case until %1.").arg(until)
                       : tr("Being worked by %1 until %2.").arg(UntrustedText::inlined(m_claimHolder), until));
    }
    m_claimBanner->setText(lines.join(QLatin1Char('\n')));
    m_claimBanner->setVisible(!lines.isEmpty());
}

void CaseView::toggleClaim()
{
    if (!m_facts || m_decision)
        return;
    readClaim(); // another agent may have claimed or released it since the case was shown
    const bool mine = !m_claimHolder.isEmpty() && m_claimHolder == agentName();
    const bool ok
        = mine ? m_service.release(m_caseId, agentName()) : m_service.claim(m_caseId, agentName(), ClaimMinutes);
    if (!ok) {
        readClaim();
        showClaim();
        PlainMessageBox::warning(this, mine ? tr("Claim not ended") : tr("Case not claimed"), m_service.lastError());
        return;
    }
    readClaim();
    showClaim();
    emit caseChanged(m_caseId); // the queue's Agent column
}

void CaseView::reloadFromDesk()
{
    if (m_caseId.isEmpty())
        return;
    const std::optional<CaseFacts> facts = m_store.cases().load(m_caseId);
    const std::optional<DecisionRecord> decision = facts ? m_store.decisions().decision(m_caseId) : std::nullopt;
    QDateTime until;
    const QString holder = facts && !decision ? m_store.claims().holder(m_caseId, m_clock.now(), &until) : QString();
    const bool same = facts && m_facts && facts->events.size() == m_facts->events.size()
        && decision.has_value() == m_decision.has_value() && holder == m_claimHolder && until == m_claimUntil
        && (decision || suggestFor(*facts).decidesSameAs(m_suggestion));
    if (same)
        return; // nothing the agent sees changed: the transcript stays where it is
    const QString me = agentName();
    if (!m_decision && decision && decision->agent != me)
        m_deskNotice
            = tr("%1 decided this case at %2 while you had it open.")
                  .arg(UntrustedText::inlined(decision->agent), DateText::dateTime(decision->decidedAt.toLocalTime()));
    else if (!decision && !holder.isEmpty() && holder != me && holder != m_claimHolder)
        m_deskNotice = tr("%1 claimed this case while you had it open.").arg(UntrustedText::inlined(holder));
    const int selected = m_transcript->selectedMessage();
    showCase(m_caseId);
    m_transcript->selectMessage(selected);
}

void CaseView::recordEvent()
{
    recordEventOfType(std::nullopt);
}

void CaseView::recordEventOfType(std::optional<EventType> preset)
{
    if (!m_facts || (m_decision && preset && !AgentEvents::isRecordable(m_facts->kind, *preset, true)))
        return;
    // The keyboard stays where the agent was (the transcript, a button): showing the case again must not drop it.
    const QPointer<QWidget> focus = QApplication::focusWidget();
    RecordEventDialog dialog(*m_facts, m_transcript->selectedMessage(), m_decision.has_value(), this);
    // The event the steps wait for comes first (issue 14, item 7).
    const std::optional<EventType> awaited = AgentEvents::awaited(
        *m_facts, m_suggestion, m_decision ? std::optional<Outcome>(m_decision->outcome) : std::nullopt);
    if (preset)
        dialog.setEventType(*preset);
    else if (awaited)
        dialog.setEventType(*awaited);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!m_service.recordEvent(m_caseId, dialog.event(m_clock.now(), agentName()))) {
        PlainMessageBox::warning(this, tr("Event not recorded"),
            tr("The event could not be recorded on case %1: %2")
                .arg(UntrustedText::inlined(m_caseId), m_service.lastError()));
        return;
    }
    const int selected = m_transcript->selectedMessage();
    showCase(m_caseId);
    m_transcript->selectMessage(selected);
    if (focus && isAncestorOf(focus) && focus->isVisible() && QApplication::focusWidget() != focus)
        focus->setFocus(Qt::OtherFocusReason);
    emit caseChanged(m_caseId);
}

void CaseView::confirmAbuse()
{
    if (m_facts)
        recordEventOfType(EventType::AbuseConfirmed);
}

void CaseView::voidSelectedStrike()
{
    if (!m_facts)
        return;
    showTab(PartiesTab);
    m_parties->requestVoidOfSelectedStrike();
}

void CaseView::showTab(int tab)
{
    if (!m_facts)
        return;
    QTabWidget* tabs = tab == TimelineTab || tab == TranscriptTab ? m_caseTabs : m_sideTabs;
    tabs->setCurrentIndex(tab == TimelineTab || tab == SuggestionTab ? 0 : 1);
    // The tab's page takes the keys: arrows read the chat or the strikes at once.
    QWidget* page = tabs->currentWidget();
    if (tab == TranscriptTab)
        page = m_transcript->listView();
    page->setFocus(Qt::ShortcutFocusReason);
    if (!page->hasFocus())
        page->nextInFocusChain()->setFocus(Qt::ShortcutFocusReason);
}

void CaseView::voidStrike(const StrikeRecord& strike)
{
    if (!m_facts)
        return;
    const QString description = DecisionSummary::strike(*m_facts, strike.userId, strike.kind, strike.clause)
        + QLatin1Char('\n')
        + tr("Case %1, %2").arg(UntrustedText::inlined(strike.caseId), DateText::dateTime(strike.at.toLocalTime()));
    VoidStrikeDialog dialog(description, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!m_service.voidStrike(strike.id, agentName(), dialog.reason())) {
        PlainMessageBox::warning(
            this, tr("Strike not voided"), tr("The strike could not be voided: %1").arg(m_service.lastError()));
        return;
    }
    if (!m_decision)
        m_suggestion = suggestFor(*m_facts);
    showPanels();
    emit caseChanged(m_caseId);
}

void CaseView::reopenCase()
{
    if (!m_facts || !m_decision || agentName().trimmed().isEmpty() || !m_service.mayDo(TeamRoles::LeadAction::Reopen))
        return;
    ReopenDialog dialog(*m_decision, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString caseId = m_caseId;
    if (!m_service.reopen(caseId, agentName(), dialog.reason())) {
        PlainMessageBox::warning(
            this, tr("Case not reopened"), tr("Case %1 could not be reopened: %2").arg(caseId, m_service.lastError()));
        showCase(caseId);
        return;
    }
    showCase(caseId);
    emit caseChanged(caseId); // the queue shows it undecided again
}

void CaseView::editPolicySettings()
{
    PolicySettingsDialog dialog(m_service.settings(), this);
    dialog.enableWhatIf(m_service.database().path());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!m_service.saveSettings(dialog.settings(), agentName())) {
        PlainMessageBox::warning(this, tr("Settings not saved"),
            tr("The policy settings could not be saved: %1").arg(m_service.lastError()));
        return;
    }
    emit policySettingsChanged();
    if (m_facts) {
        refreshSuggestion();
        showPanels();
        emit caseChanged(m_caseId);
    }
}

void CaseView::findInTranscript()
{
    if (!m_facts)
        return;
    m_caseTabs->setCurrentWidget(m_transcript);
    m_transcript->showFindBar();
}
