#include "PartiesPanel.h"

#include "DateText.h"
#include "PolicyLabels.h"
#include "StrikeDelegate.h"
#include "StrikeHistoryModel.h"
#include "UntrustedText.h"
#include "WholeWordLabel.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

PartiesPanel::PartiesPanel(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
}

void PartiesPanel::setVoidAllowed(bool allowed, const QString& why)
{
    m_voidAllowed = allowed;
    m_voidRefusal = why;
}

void PartiesPanel::clear()
{
    while (QLayoutItem* item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void PartiesPanel::setParties(const QList<PartyDetails>& parties, const QString& currentCaseId)
{
    clear();
    for (const PartyDetails& details : parties)
        m_layout->addWidget(partyBox(details, currentCaseId));
    m_layout->addStretch(1);
}

static QLabel* plainLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    label->setText(text);
    return label;
}

bool PartiesPanel::requestVoidOfSelectedStrike()
{
    const QList<QTreeView*> lists = findChildren<QTreeView*>(QStringLiteral("strikes"));
    const auto live = [](QTreeView* list, int row) {
        const auto* model = static_cast<StrikeHistoryModel*>(list->model());
        return row >= 0 && row < model->rowCount() && !model->strike(row).voided;
    };
    QTreeView* chosen = nullptr;
    for (QTreeView* list : lists) {
        if (live(list, list->currentIndex().row()) && (!chosen || list->hasFocus()))
            chosen = list;
    }
    if (!chosen) {
        for (QTreeView* list : lists) {
            for (int row = 0; row < list->model()->rowCount() && !chosen; ++row) {
                if (live(list, row)) {
                    list->setCurrentIndex(list->model()->index(row, 0));
                    chosen = list;
                }
            }
        }
    }
    if (!chosen)
        return false;
    chosen->setFocus(Qt::ShortcutFocusReason);
    const auto* model = static_cast<StrikeHistoryModel*>(chosen->model());
    emit voidStrikeRequested(model->strike(chosen->currentIndex().row()));
    return true;
}

QWidget* PartiesPanel::partyBox(const PartyDetails& details, const QString& currentCaseId)
{
    const Party& party = details.party;
    auto* box = new QGroupBox(PolicyLabels::role(party.role), this);
    auto* layout = new QVBoxLayout(box);

    auto* names = new QHBoxLayout;
    // Names wrap only between their words (WholeWordLabel): Qt would cut a Thai name mid-word.
    const auto nameLabel = [box](const QString& text) {
        auto* label = new WholeWordLabel(box);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setSourceText(UntrustedText::inlined(text));
        return label;
    };
    QLabel* nickname = nameLabel(party.nickname);
    nickname->setObjectName(QStringLiteral("nickname"));
    QFont bold = nickname->font();
    bold.setBold(true);
    nickname->setFont(bold);
    QLabel* userId = nameLabel(party.userId);
    userId->setObjectName(QStringLiteral("userId"));
    QLabel* kycName = nameLabel(party.kycName);
    kycName->setObjectName(QStringLiteral("kycName"));
    names->addWidget(nickname);
    names->addWidget(userId);
    names->addWidget(kycName, 1);
    layout->addLayout(names);

    // Strike history: the bundle's imported counts, then the desk's own strikes.
    QStringList imported;
    for (auto it = details.importedStrikes.cbegin(); it != details.importedStrikes.cend(); ++it) {
        if (it.value() > 0)
            imported << QLocale().toString(it.value()) + QStringLiteral(" × ") + PolicyLabels::strikeKind(it.key());
    }
    if (!imported.isEmpty()) {
        imported.sort();
        QLabel* importedLabel
            = plainLabel(tr("Imported with the case (history): %1").arg(imported.join(QStringLiteral(", "))), box);
        importedLabel->setObjectName(QStringLiteral("importedStrikes"));
        importedLabel->setWordWrap(true);
        importedLabel->setToolTip(tr("Strikes from before this desk, as the case bundle gives them. The policy "
                                     "counts them with the strikes recorded here."));
        layout->addWidget(importedLabel);
    }
    if (details.strikes.isEmpty()) {
        layout->addWidget(plainLabel(tr("No strikes recorded on this desk."), box));
    } else {
        auto* strikes = new QTreeView(box);
        strikes->setObjectName(QStringLiteral("strikes"));
        auto* model = new StrikeHistoryModel(strikes);
        model->setStrikes(details.strikes);
        strikes->setModel(model);
        strikes->setItemDelegate(new StrikeDelegate(strikes));
        strikes->setRootIsDecorated(false);
        strikes->setUniformRowHeights(true);
        strikes->setSelectionMode(QAbstractItemView::SingleSelection);
        strikes->header()->setStretchLastSection(true);
        strikes->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        strikes->setMaximumHeight(strikes->sizeHintForRow(0) * 6 + strikes->header()->sizeHint().height());
        auto* voidButton = new QPushButton(tr("Void strike…"), box);
        voidButton->setObjectName(QStringLiteral("voidStrikeButton"));
        voidButton->setEnabled(false);
        voidButton->setToolTip(
            m_voidAllowed ? tr("Team leads: void the selected strike, with a reason") : m_voidRefusal);
        const bool allowed = m_voidAllowed;
        connect(strikes->selectionModel(), &QItemSelectionModel::currentRowChanged, voidButton,
            [voidButton, model, allowed](const QModelIndex& current) {
                voidButton->setEnabled(allowed && current.isValid() && !model->strike(current.row()).voided);
            });
        connect(voidButton, &QPushButton::clicked, this, [this, strikes, model] {
            const QModelIndex current = strikes->currentIndex();
            if (current.isValid() && !model->strike(current.row()).voided)
                emit voidStrikeRequested(model->strike(current.row()));
        });
        auto* buttons = new QHBoxLayout;
        buttons->addWidget(plainLabel(tr("Strikes:"), box), 1);
        buttons->addWidget(voidButton);
        layout->addLayout(buttons);
        layout->addWidget(strikes);
    }

    // Active sanctions
    QStringList sanctions;
    for (const SanctionRecord& s : details.activeSanctions) {
        const QString until
            = s.endsAt ? tr("until %1").arg(DateText::dateTime(s.endsAt->toLocalTime())) : tr("until lifted");
        sanctions << tr("%1, %2 (case %3, clause %4)")
                         .arg(PolicyLabels::scope(s.scope), until, UntrustedText::inlined(s.caseId), s.clause);
    }
    QLabel* sanctionLabel = plainLabel(sanctions.isEmpty()
            ? tr("No active sanctions.")
            : tr("Active sanctions:") + QLatin1Char('\n') + sanctions.join(QLatin1Char('\n')),
        box);
    sanctionLabel->setObjectName(QStringLiteral("sanctions"));
    layout->addWidget(sanctionLabel);

    // Earlier cases
    auto* cases = new QTreeWidget(box);
    cases->setObjectName(QStringLiteral("cases"));
    cases->setRootIsDecorated(false);
    cases->setUniformRowHeights(true);
    cases->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    cases->setHeaderLabels({ tr("Case"), tr("Opened"), tr("Role"), tr("Status"), tr("Suggested") });
    // Newest first, and only the latest few: a repeat offender can have thousands of cases.
    int others = 0;
    for (auto it = details.cases.crbegin(); it != details.cases.crend(); ++it) {
        const CaseSummary& c = *it;
        if (c.caseId == currentCaseId)
            continue;
        if (++others > MaxCasesShown)
            continue;
        auto* item = new QTreeWidgetItem(cases);
        item->setText(0, c.caseId);
        item->setData(0, Qt::UserRole, c.caseId);
        item->setText(1, DateText::date(c.openedAt.toLocalTime().date()));
        item->setText(2, PolicyLabels::role(c.role));
        item->setText(3, PolicyLabels::status(c.status));
        item->setText(4,
            c.suggestedClause.isEmpty()
                ? PolicyLabels::outcome(c.suggestedOutcome)
                : tr("%1 (%2)").arg(PolicyLabels::outcome(c.suggestedOutcome), c.suggestedClause));
    }
    if (details.caseCount >= 0) // only the latest were read: the count has the current case
        others = qMax(others, details.caseCount - 1);
    if (cases->topLevelItemCount() == 0) {
        delete cases;
        layout->addWidget(plainLabel(tr("No earlier cases."), box));
    } else {
        cases->setMaximumHeight(cases->sizeHintForRow(0) * 6 + cases->header()->sizeHint().height());
        layout->addWidget(plainLabel(others > MaxCasesShown
                ? tr("Earlier cases, the latest %1 of %2 (click to open):").arg(MaxCasesShown).arg(others)
                : tr("Earlier cases (click to open):"),
            box));
        layout->addWidget(cases);
        connect(cases, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem* item) { emit openCaseRequested(item->data(0, Qt::UserRole).toString()); });
        // Return on the keyboard, as a click.
        connect(cases, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { emit openCaseRequested(item->data(0, Qt::UserRole).toString()); });
    }
    return box;
}
