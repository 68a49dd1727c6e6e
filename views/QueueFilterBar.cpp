#include "QueueFilterBar.h"

#include "PolicyLabels.h"

#include "Icons.h"
#include "QueueModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

QueueFilterBar::QueueFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_clause(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_fiat(new QComboBox(this))
    , m_agent(new QComboBox(this))
    , m_mine(new QCheckBox(this))
    , m_clear(new QToolButton(this))
    , m_others(new QToolButton(this))
    , m_searchTimer(new QTimer(this))
{
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::icon(Icons::Id::Search), QLineEdit::LeadingPosition);
    m_search->setObjectName(QStringLiteral("queueSearch"));
    m_search->installEventFilter(this);
    m_count->setTextFormat(Qt::PlainText);
    m_count->setObjectName(QStringLiteral("queueCount"));
    m_clear->setIcon(Icons::icon(Icons::Id::Clear));
    m_clear->setAutoRaise(true);

    m_others->setObjectName(QStringLiteral("otherStatuses"));
    m_others->setAutoRaise(true);
    m_others->setCursor(Qt::PointingHandCursor);
    m_others->hide();
    // The link's colour, so it reads as "click to show them".
    m_others->setStyleSheet(QStringLiteral("QToolButton { color: palette(link); text-decoration: underline; }"));
    connect(m_others, &QToolButton::clicked, this, [this] {
        m_status->setCurrentIndex(0); // any status: emits filterChanged
    });

    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_count);
    top->addWidget(m_others);
    // Two rows of three boxes: in one row of six the filters kept the queue pane 800 px wide, so the
    // window did not fit a 1024 px screen and the case pane could not take the room (issue 14, item 5).
    auto* filters = new QGridLayout;
    int place = 0;
    for (QComboBox* combo : { m_status, m_kind, m_clause, m_language, m_fiat, m_agent }) {
        combo->addItem(QString(), QString()); // "any", named in retranslateUi()
        // Sized to their longest entry, the six of them kept the queue pane wider than the
        // case view; long entries are elided in the box and shown whole in the list.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(combo == m_status || combo == m_language ? 7 : 10);
        filters->addWidget(combo, place / 3, place % 3);
        filters->setColumnStretch(place % 3, 1);
        ++place;
        connect(combo, &QComboBox::currentIndexChanged, this, &QueueFilterBar::emitChanged);
    }
    filters->addWidget(m_mine, 0, 3);
    filters->addWidget(m_clear, 1, 3, Qt::AlignLeading);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(filters);

    // Typing restarts the timer: the search runs once the agent pauses.
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &QueueFilterBar::emitChanged);
    connect(m_mine, &QCheckBox::toggled, this, &QueueFilterBar::emitChanged);
    connect(m_clear, &QToolButton::clicked, this, &QueueFilterBar::clear);
    retranslateUi();
}

void QueueFilterBar::retranslateUi()
{
    const QueueFilter current = filter();
    const bool silent = m_silent;
    m_silent = true;
    m_search->setPlaceholderText(tr("Search case, order, user, nickname or chat text"));
    m_status->setToolTip(tr("Status"));
    m_kind->setToolTip(tr("Kind"));
    m_clause->setToolTip(tr("Suggested clause"));
    m_language->setToolTip(tr("Language"));
    m_fiat->setToolTip(tr("Fiat currency"));
    m_agent->setToolTip(tr("Assigned agent"));
    m_mine->setText(tr("Mine"));
    m_mine->setToolTip(tr("Only cases assigned to me"));
    m_clear->setToolTip(tr("Clear the search and the filters"));
    fillCombo(m_status, tr("Any status"),
        { { caseStatusId(CaseStatus::Open), PolicyLabels::status(CaseStatus::Open) },
            { caseStatusId(CaseStatus::Waiting), PolicyLabels::status(CaseStatus::Waiting) },
            { caseStatusId(CaseStatus::Decided), PolicyLabels::status(CaseStatus::Decided) } });
    fillCombo(m_kind, tr("Any kind"),
        { { PolicyIds::toId(CaseKind::P2pAppeal), PolicyLabels::kind(CaseKind::P2pAppeal) },
            { PolicyIds::toId(CaseKind::LiveChatAbuse), PolicyLabels::kind(CaseKind::LiveChatAbuse) },
            { PolicyIds::toId(CaseKind::LiveChatSuspensionAppeal),
                PolicyLabels::kind(CaseKind::LiveChatSuspensionAppeal) } });
    m_clause->setItemText(0, tr("Any clause"));
    m_language->setItemText(0, tr("Any language"));
    m_fiat->setItemText(0, tr("Any fiat"));
    m_agent->setItemText(0, tr("Any agent"));
    // The "any" entry is what the box shows most of the time: never cut, in any language ("Всички
    // статуси" is twice "Any status").
    for (QComboBox* combo : { m_status, m_kind, m_clause, m_language, m_fiat, m_agent })
        combo->setMinimumContentsLength(qMax(7, int(combo->itemText(0).size())));
    setFilter(current);
    showCount(m_lastCount, m_lastCapped, m_lastExact);
    showOtherStatuses(m_lastOthers);
    m_silent = silent;
}

void QueueFilterBar::fillCombo(QComboBox* combo, const QString& any, const QList<QPair<QString, QString>>& choices)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(any, QString());
    for (const auto& [value, label] : choices)
        combo->addItem(label, value);
    selectData(combo, current);
}

void QueueFilterBar::loadChoices(const QueueModel& model)
{
    const auto plain = [](const QStringList& values) {
        QList<QPair<QString, QString>> choices;
        for (const QString& v : values)
            choices.append({ v, v });
        return choices;
    };
    const QueueFilter current = filter();
    fillCombo(m_clause, tr("Any clause"), plain(model.distinctValues(QueueModel::ClauseColumn)));
    fillCombo(m_language, tr("Any language"), plain(model.distinctValues(QueueModel::LanguageColumn)));
    fillCombo(m_fiat, tr("Any fiat"), plain(model.distinctValues(QueueModel::FiatColumn)));
    fillCombo(m_agent, tr("Any agent"), plain(model.distinctValues(QueueModel::AgentColumn)));
    const bool silent = m_silent;
    m_silent = true;
    setFilter(current);
    m_silent = silent;
}

void QueueFilterBar::selectData(QComboBox* combo, const QString& value)
{
    int index = combo->findData(value);
    if (index < 0 && !value.isEmpty()) {
        // A remembered value no stored case has (yet): keep it selectable.
        combo->addItem(value, value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(qMax(0, index));
}

QueueFilter QueueFilterBar::filter() const
{
    QueueFilter f;
    CaseStatus status;
    if (caseStatusFromId(m_status->currentData().toString(), &status))
        f.status = status;
    f.kind = m_kind->currentData().toString();
    f.clause = m_clause->currentData().toString();
    f.language = m_language->currentData().toString();
    f.fiat = m_fiat->currentData().toString();
    f.agent = m_agent->currentData().toString();
    f.mineOnly = m_mine->isChecked();
    f.me = m_me;
    f.text = m_search->text().trimmed();
    return f;
}

void QueueFilterBar::setFilter(const QueueFilter& filter)
{
    const bool silent = m_silent;
    m_silent = true;
    selectData(m_status, filter.status ? caseStatusId(*filter.status) : QString());
    selectData(m_kind, filter.kind);
    selectData(m_clause, filter.clause);
    selectData(m_language, filter.language);
    selectData(m_fiat, filter.fiat);
    selectData(m_agent, filter.agent);
    m_mine->setChecked(filter.mineOnly);
    if (m_search->text().trimmed() != filter.text)
        m_search->setText(filter.text);
    m_searchTimer->stop();
    m_silent = silent;
}

void QueueFilterBar::setAgentName(const QString& name)
{
    m_me = name;
    if (m_mine->isChecked())
        emitChanged();
}

void QueueFilterBar::clear()
{
    QueueFilter none;
    none.me = m_me;
    setFilter(none);
    emitChanged();
}

void QueueFilterBar::showCount(int count, bool capped, bool exact)
{
    m_lastCount = count;
    m_lastCapped = capped;
    m_lastExact = exact;
    if (!exact) {
        m_count->setText(tr("%L1+ cases, counting…").arg(count));
        m_count->setToolTip(tr("The queue shows the first cases while it counts the rest."));
    } else if (capped) {
        m_count->setText(tr("%L1+ matches, first %L1 shown").arg(count));
        m_count->setToolTip(tr("The search found more cases than the queue lists. Refine the search or the filters."));
    } else {
        m_count->setText(tr("%Ln case(s)", nullptr, count));
        m_count->setToolTip(QString());
    }
}

void QueueFilterBar::showOtherStatuses(int count)
{
    m_lastOthers = count;
    m_others->setVisible(count > 0);
    m_others->setText(tr("%Ln more in other statuses", nullptr, count));
    m_others->setToolTip(tr("Show the matches of every status"));
}

void QueueFilterBar::applyNow()
{
    if (m_searchTimer->isActive())
        emitChanged();
}

void QueueFilterBar::emitChanged()
{
    if (m_silent)
        return;
    m_searchTimer->stop();
    emit filterChanged(filter());
}

void QueueFilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool QueueFilterBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_search || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent*>(event)->key();
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        applyNow(); // at once, if the agent did not pause
        emit searchSubmitted();
        return true;
    }
    if (key == Qt::Key_Escape || key == Qt::Key_Down) {
        emit searchLeft();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}
