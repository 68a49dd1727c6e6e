#pragma once

#include <QTableView>

class QueueModel;

// The appeal queue table: uniform row heights and fixed column widths, so that
// nothing is ever measured over the whole (possibly million-row) model.
class QueueView : public QTableView
{
    Q_OBJECT

public:
    explicit QueueView(QWidget* parent = nullptr);

    void setQueueModel(QueueModel* model);
    QueueModel* queueModel() const { return m_model; }

    int currentRow() const;
    // Makes `row` current and selected (and visible); -1 clears the selection.
    void selectRow(int row);
    void moveBy(int delta);
    QString currentCaseId() const;

    static int defaultColumnWidth(int column);

private:
    QueueModel* m_model = nullptr;
};
