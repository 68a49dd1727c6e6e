#include "QueueView.h"

#include "QueueItemDelegate.h"
#include "QueueModel.h"

#include <QHeaderView>
#include <QStyle>

QueueView::QueueView(QWidget* parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setSortingEnabled(true);
    setItemDelegate(new QueueItemDelegate(this));
    // Fixed sizes: a header resizing to contents would read every row.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSortIndicatorShown(true);
    horizontalHeader()->setStretchLastSection(false);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
}

int QueueView::defaultColumnWidth(int column)
{
    switch (column) {
    case QueueModel::CaseIdColumn:
        return 115;
    case QueueModel::KindColumn:
        return 120;
    case QueueModel::ClauseColumn:
        return 50;
    case QueueModel::AppellantColumn:
        return 150;
    case QueueModel::FiatColumn:
        return 45;
    case QueueModel::AmountColumn:
        return 85;
    case QueueModel::LanguageColumn:
        return 45;
    case QueueModel::AgeColumn:
        return 70;
    case QueueModel::SlaColumn:
        return 100;
    case QueueModel::StatusColumn:
        return 70;
    case QueueModel::AgentColumn:
        return 100;
    }
    return 80;
}

void QueueView::setQueueModel(QueueModel* model)
{
    m_model = model;
    setModel(model);
    const int scale = qMax(1, fontMetrics().averageCharWidth()) * 100 / 7; // widths above are for 7 px characters
    // Never narrower than the header's own text (translations run longer), and
    // never measured over the rows: that would read a million of them.
    const QFontMetrics headerMetrics(horizontalHeader()->font());
    const int sortIndicator
        = style()->pixelMetric(QStyle::PM_HeaderMarkSize) + 2 * style()->pixelMetric(QStyle::PM_HeaderMargin);
    for (int column = 0; column < QueueModel::ColumnCount; ++column) {
        const QString title = model->headerData(column, Qt::Horizontal).toString();
        setColumnWidth(column,
            qMax(defaultColumnWidth(column) * scale / 100, headerMetrics.horizontalAdvance(title) + sortIndicator + 8));
    }
    // The SLA clock next to the case id: the column an agent looks at first.
    horizontalHeader()->moveSection(horizontalHeader()->visualIndex(QueueModel::SlaColumn), 1);
    horizontalHeader()->setSortIndicator(model->sortColumn(), model->sortOrder());
}

int QueueView::currentRow() const
{
    return currentIndex().isValid() ? currentIndex().row() : -1;
}

void QueueView::selectRow(int row)
{
    if (!m_model || row < 0 || row >= m_model->rowCount()) {
        clearSelection();
        setCurrentIndex(QModelIndex());
        return;
    }
    const QModelIndex index = m_model->index(row, qMax(0, currentIndex().column()));
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
}

void QueueView::moveBy(int delta)
{
    if (!m_model || m_model->rowCount() == 0)
        return;
    const int row = currentRow();
    selectRow(row < 0 ? 0 : qBound(0, row + delta, m_model->rowCount() - 1));
}

QString QueueView::currentCaseId() const
{
    const int row = currentRow();
    return m_model && row >= 0 ? m_model->caseIdAt(row) : QString();
}
