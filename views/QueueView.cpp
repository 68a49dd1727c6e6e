#include "QueueView.h"

#include "QueueItemDelegate.h"
#include "QueueModel.h"

#include <QHeaderView>

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
        return 100;
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
        return 80;
    }
    return 80;
}

void QueueView::setQueueModel(QueueModel* model)
{
    m_model = model;
    setModel(model);
    const int scale = qMax(1, fontMetrics().averageCharWidth()) * 100 / 7; // widths above are for 7 px characters
    for (int column = 0; column < QueueModel::ColumnCount; ++column)
        setColumnWidth(column, defaultColumnWidth(column) * scale / 100);
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
