#include "WhatIfPanel.h"

#include "CaseService.h"
#include "PolicyLabels.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column
{
    ClauseColumn,
    NowColumn,
    ProposedColumn,
    CasesColumn,
    ColumnCount
};

// "B3: refund" for a clause and its outcome; "none" when no clause gives one.
QString clauseAndOutcome(const QString& clause, Outcome outcome)
{
    const QString text = PolicyLabels::outcome(outcome);
    return clause.isEmpty() ? text : clause + QStringLiteral(": ") + text;
}

} // namespace

WhatIfPanel::WhatIfPanel(const QString& databasePath, QWidget* parent)
    : QWidget(parent)
    , m_job(databasePath)
    , m_result(std::make_shared<WhatIfResult>())
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_table(new QTreeWidget(this))
{
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_progress->setRange(0, 1000);
    m_progress->hide();
    m_table->setColumnCount(ColumnCount);
    m_table->setHeaderLabels({ tr("Clause"), tr("Now"), tr("Proposed"), tr("Cases") });
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setRootIsDecorated(true);
    m_table->setUniformRowHeights(true);
    m_table->setMinimumHeight(fontMetrics().height() * 10);
    m_table->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);
    connect(&m_job, &DatabaseJob::progress, this, &WhatIfPanel::showProgress);
    connect(&m_job, &DatabaseJob::finished, this, &WhatIfPanel::finish);
}

void WhatIfPanel::run(const PolicySettings& proposed)
{
    if (m_job.isRunning())
        return;
    m_pending = std::make_shared<WhatIfResult>();
    const std::shared_ptr<WhatIfResult> out = m_pending;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate to = now.date();
    m_job.start([proposed, now, to, out](
                    CaseService& service, const std::atomic<bool>& cancel, const DatabaseJob::Progress& progress) {
        WhatIfAnalysis analysis(service);
        analysis.setCancelFlag(&cancel);
        analysis.setProgressCallback(progress);
        if (analysis.run(proposed, now, to.addDays(-29), to))
            *out = analysis.result();
        return analysis.error();
    });
    m_status->setText(tr("Judging the open cases and the last 30 days' decisions under the values above…"));
    m_progress->setValue(0);
    m_progress->show();
    emit runningChanged(true);
}

void WhatIfPanel::showProgress(qint64 done, qint64 total)
{
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
}

QString WhatIfPanel::summary() const
{
    const WhatIfResult& r = *m_result;
    if (r.settingsChanged.isEmpty())
        return tr("These are the saved settings: nothing would change.");
    return tr("%1 of %n open case(s) would get another suggestion.", nullptr, int(r.openCases)).arg(r.openChanged)
        + QLatin1Char(' ')
        + tr("Of %n decision(s) in the last 30 days, %1 would be suggested otherwise and %2 would differ from the "
             "agent's outcome; sanctions: %3 added, %4 removed.",
            nullptr, int(r.pastDecisions))
              .arg(r.pastChanged)
              .arg(r.pastDiffer)
              .arg(r.sanctionsAdded)
              .arg(r.sanctionsRemoved);
}

void WhatIfPanel::finish(bool ok, bool cancelled, const QString& error)
{
    m_progress->hide();
    if (cancelled) {
        m_status->setText(tr("Preview cancelled."));
    } else if (!ok) {
        m_status->setText(tr("The preview failed: %1").arg(error));
    } else {
        m_result = m_pending;
        m_status->setText(summary());
        m_table->clear();
        auto* open = new QTreeWidgetItem(m_table, { tr("Open cases") });
        open->setData(CasesColumn, Qt::DisplayRole, m_result->openChanged);
        addRows(open, m_result->byClause);
        auto* past = new QTreeWidgetItem(m_table, { tr("Decisions of the last 30 days") });
        past->setData(CasesColumn, Qt::DisplayRole, m_result->pastChanged);
        addRows(past, m_result->pastByClause);
        open->setExpanded(true);
        past->setExpanded(true);
        m_table->show();
        // Room for the table below the settings, never by squeezing them.
        QWidget* dialog = window();
        dialog->resize(dialog->width(), qMax(dialog->height(), dialog->sizeHint().height()));
    }
    emit runningChanged(false);
}

void WhatIfPanel::addRows(QTreeWidgetItem* parent, const QList<WhatIfChange>& rows)
{
    for (const WhatIfChange& change : rows) {
        auto* row = new QTreeWidgetItem(parent);
        row->setText(ClauseColumn, change.clause);
        row->setText(NowColumn, clauseAndOutcome(change.clause, change.from));
        row->setText(ProposedColumn, clauseAndOutcome(change.toClause, change.to));
        row->setData(CasesColumn, Qt::DisplayRole, change.count);
        // The cases behind the row, one per line (the first WhatIfResult::CaseIdsPerRow).
        for (const QString& caseId : change.caseIds)
            new QTreeWidgetItem(row, { caseId });
    }
}
