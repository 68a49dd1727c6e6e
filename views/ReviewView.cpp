#include "ReviewView.h"

#include "CaseService.h"
#include "CaseStore.h"
#include "Clock.h"
#include "DateText.h"
#include "LocaleDateEdit.h"
#include "OrderFactsPanel.h"
#include "PlainMessageBox.h"
#include "PolicyLabels.h"
#include "SuggestionPanel.h"
#include "TranscriptView.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column
{
    CaseColumn,
    AgentColumn,
    DecidedColumn,
    ClauseColumn,
    WhyColumn,
    ReviewColumn,
    ColumnCount
};

QString when(const QDateTime& at)
{
    return DateText::dateTime(at.toLocalTime());
}

} // namespace

ReviewView::ReviewView(CaseService& service, const QString& reviewer, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_reviewer(reviewer)
    , m_from(new LocaleDateEdit(service.clock().now().toUTC().date().addDays(-6), this))
    , m_to(new LocaleDateEdit(service.clock().now().toUTC().date(), this))
    , m_perAgent(new QSpinBox(this))
    , m_seed(new QSpinBox(this))
    , m_list(new QTreeWidget(this))
    , m_decision(new QLabel(this))
    , m_changed(new QLabel(this))
    , m_facts(new OrderFactsPanel(this))
    , m_suggestion(new SuggestionPanel(service.clock(), this))
    , m_transcript(new TranscriptView(this))
    , m_agree(new QRadioButton(tr("&Agree with the decision"), this))
    , m_disagree(new QRadioButton(tr("&Disagree"), this))
    , m_verdict(new QButtonGroup(this))
    , m_note(new QPlainTextEdit(this))
    , m_reopen(new QCheckBox(tr("Re&open the case (the note is the reason)"), this))
    , m_record(new QPushButton(tr("&Record review"), this))
    , m_open(new QPushButton(tr("Open in the &queue"), this))
{
    setObjectName(QStringLiteral("reviewView"));
    setWindowTitle(tr("Second review"));
    m_perAgent->setRange(0, 100);
    m_perAgent->setValue(2);
    m_seed->setRange(0, 999999);
    m_seed->setValue(1);
    auto* sampleButton = new QPushButton(tr("&Sample"), this);
    auto* period = new QHBoxLayout;
    period->addWidget(new QLabel(tr("From"), this));
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_to);
    period->addWidget(new QLabel(tr("Random per agent and week"), this));
    period->addWidget(m_perAgent);
    period->addWidget(new QLabel(tr("Seed"), this));
    period->addWidget(m_seed);
    period->addWidget(sampleButton);
    period->addStretch(1);

    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({ tr("Case"), tr("Agent"), tr("Decided"), tr("Clause"), tr("Why sampled"), tr("Review") });
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    // The decision as its agent saw it. The agent's name and note are typed text: plain.
    m_decision->setTextFormat(Qt::PlainText);
    m_decision->setWordWrap(true);
    m_changed->setWordWrap(true);
    m_changed->setText(tr("The settings changed since this decision: the steps below are today's judgement of the "
                          "same facts; the outcome and clauses the agent saw are in the line above."));
    m_changed->hide();
    auto* tabs = new QTabWidget(this);
    tabs->addTab(m_suggestion, tr("Suggestion then"));
    tabs->addTab(m_transcript, tr("Conversation then"));
    tabs->addTab(m_facts, tr("Order"));

    m_verdict->addButton(m_agree);
    m_verdict->addButton(m_disagree);
    m_note->setPlaceholderText(tr("Note (required to disagree)"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(90);
    auto* verdict = new QHBoxLayout;
    verdict->addWidget(m_agree);
    verdict->addWidget(m_disagree);
    verdict->addWidget(m_reopen);
    verdict->addStretch(1);
    verdict->addWidget(m_open);
    verdict->addWidget(m_record);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_decision);
    rightLayout->addWidget(m_changed);
    rightLayout->addWidget(tabs, 1);
    rightLayout->addLayout(verdict);
    rightLayout->addWidget(m_note);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 520, 900 });

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(period);
    layout->addWidget(splitter, 1);
    layout->addWidget(close);

    connect(sampleButton, &QPushButton::clicked, this, &ReviewView::loadSample);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* current) {
        showDecision(current ? current->data(CaseColumn, Qt::UserRole).toString() : QString());
    });
    connect(m_verdict, &QButtonGroup::buttonToggled, this, [this] { updateRecordButton(); });
    connect(m_note, &QPlainTextEdit::textChanged, this, &ReviewView::updateRecordButton);
    connect(m_record, &QPushButton::clicked, this, &ReviewView::recordReview);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!m_caseId.isEmpty())
            emit openCaseRequested(m_caseId);
    });
    resize(1200, 760);
    loadSample();
}

QString ReviewView::reasonsText(int reasons) const
{
    QStringList parts;
    if (reasons & ReviewPick::Override)
        parts << tr("override");
    if (reasons & ReviewPick::NeedsReview)
        parts << tr("needed review");
    if (reasons & ReviewPick::Random)
        parts << tr("random");
    return parts.join(QStringLiteral(", "));
}

void ReviewView::loadSample()
{
    const QDateTime from(m_from->date(), QTime(0, 0), Qt::UTC);
    const QDateTime to(m_to->date().addDays(1), QTime(0, 0), Qt::UTC);
    const std::optional<QList<ReviewPick>> picks
        = m_service.reviewSample(from, to, m_perAgent->value(), quint64(m_seed->value()));
    const std::optional<QList<ReviewRecord>> reviews = m_service.store().reviews().reviews(
        QDateTime::fromMSecsSinceEpoch(0, Qt::UTC), m_service.clock().now().addSecs(1));
    if (!picks || !reviews) {
        PlainMessageBox::warning(this, tr("Sample not read"),
            tr("The decisions could not be read: %1")
                .arg(picks ? m_service.store().reviews().lastError() : m_service.lastError()));
        return;
    }
    QHash<QString, bool> verdicts; // by case and decision instant
    for (const ReviewRecord& r : *reviews)
        verdicts.insert(r.caseId + QLatin1Char('\x1f') + r.decidedAt.toString(Qt::ISODateWithMs), r.agree);
    m_picks = *picks;
    m_list->clear();
    for (const ReviewPick& p : std::as_const(m_picks)) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(CaseColumn, p.decision.caseId);
        item->setData(CaseColumn, Qt::UserRole, p.decision.caseId);
        item->setText(AgentColumn, p.decision.agent);
        item->setText(DecidedColumn, when(p.decision.decidedAt));
        item->setText(ClauseColumn, p.decision.clause);
        item->setText(WhyColumn, reasonsText(p.reasons));
        const QString key = p.decision.caseId + QLatin1Char('\x1f') + p.decision.decidedAt.toString(Qt::ISODateWithMs);
        if (verdicts.contains(key))
            item->setText(ReviewColumn, verdicts.value(key) ? tr("agreed") : tr("disagreed"));
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    else
        showDecision(QString());
}

void ReviewView::showDecision(const QString& caseId)
{
    m_caseId = caseId;
    m_note->clear();
    m_verdict->setExclusive(false);
    m_agree->setChecked(false);
    m_disagree->setChecked(false);
    m_verdict->setExclusive(true);
    m_reopen->setChecked(false);
    const std::optional<CaseService::AsDecided> seen = caseId.isEmpty() ? std::nullopt : m_service.asDecided(caseId);
    m_decided = seen.has_value();
    if (!seen) {
        m_decision->setText(caseId.isEmpty() ? tr("No decision in this sample.")
                                             : tr("Case %1 is no longer decided (reopened).").arg(caseId));
        m_changed->hide();
        m_suggestion->clear();
        m_facts->clear();
        m_transcript->setTranscript({}, {}, QTimeZone::utc());
        updateRecordButton();
        return;
    }
    const DecisionRecord& d = seen->decision;
    const QString decided = d.isOverride ? tr("%1: %2 decided %3 on %4, overriding the suggested %5. Note: %6")
                                               .arg(caseId, d.agent, PolicyLabels::outcome(d.outcome),
                                                   when(d.decidedAt), PolicyLabels::outcome(d.suggestedOutcome), d.note)
                                         : tr("%1: %2 accepted the suggested %3 on %4 (clauses %5).")
                                               .arg(caseId, d.agent, PolicyLabels::outcome(d.outcome),
                                                   when(d.decidedAt), d.clauses.join(QStringLiteral(", ")));
    m_decision->setText(decided);
    m_changed->setVisible(seen->settingsChangedSince);
    // The suggestion as the agent had it before deciding (the decision is the line above).
    m_suggestion->setSuggestion(seen->rejudged, seen->facts);
    m_facts->setFacts(seen->facts);
    QHash<Role, QString> nicknames;
    for (const Party& p : seen->facts.parties)
        nicknames.insert(p.role, p.nickname);
    m_transcript->setTranscript(seen->facts.messages, seen->rejudged.spans, QTimeZone::systemTimeZone(), nicknames);
    updateRecordButton();
}

void ReviewView::updateRecordButton()
{
    m_reopen->setEnabled(m_disagree->isChecked());
    if (!m_disagree->isChecked())
        m_reopen->setChecked(false);
    const bool verdict
        = m_agree->isChecked() || (m_disagree->isChecked() && !m_note->toPlainText().trimmed().isEmpty());
    m_record->setEnabled(m_decided && verdict && !m_reviewer.trimmed().isEmpty() && m_service.mayDo(TeamRoles::LeadAction::Review));
    m_open->setEnabled(!m_caseId.isEmpty());
}

void ReviewView::recordReview()
{
    if (m_caseId.isEmpty())
        return;
    const QString caseId = m_caseId;
    const bool reopen = m_disagree->isChecked() && m_reopen->isChecked();
    if (!m_service.review(caseId, m_agree->isChecked(), m_note->toPlainText(), m_reviewer, reopen)) {
        PlainMessageBox::warning(this, tr("Review not recorded"),
            tr("The review of case %1 was not recorded: %2").arg(caseId, m_service.lastError()));
        return;
    }
    if (QTreeWidgetItem* item = m_list->currentItem())
        item->setText(ReviewColumn, m_agree->isChecked() ? tr("agreed") : tr("disagreed"));
    if (reopen)
        emit caseChanged(caseId);
    // On to the next decision of the sample.
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    if (row >= 0 && row + 1 < m_list->topLevelItemCount())
        m_list->setCurrentItem(m_list->topLevelItem(row + 1));
    else
        showDecision(caseId);
}
