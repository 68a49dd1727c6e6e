#pragma once

#include "ReportChart.h"

#include <QDialog>

class CaseService;
class LocaleDateEdit;
class QLabel;
class QListWidget;
class QScrollArea;
class QTreeWidget;
class TeamChartsWidget;

// Issue 17, items 3 and 4: the team lead's figures of a period, from the report's own rows. Consistency:
// per clause and agent, the override rate against the rest of the team, outliers first, and the cases
// behind a line one click away. Charts: overrides, time to decision, SLA breaches per day, painted with
// the report's ReportChart.
class TeamFiguresView : public QDialog
{
    Q_OBJECT

public:
    TeamFiguresView(CaseService& service, QWidget* parent = nullptr);

    QTreeWidget* consistencyTable() const { return m_table; }
    QListWidget* caseList() const { return m_cases; }
    const QList<ReportChart>& charts() const;

public slots:
    void load();

signals:
    void openCaseRequested(const QString& caseId);

private:
    CaseService& m_service;
    LocaleDateEdit* m_from;
    LocaleDateEdit* m_to;
    QTreeWidget* m_table;
    QListWidget* m_cases;
    QLabel* m_casesTitle;
    TeamChartsWidget* m_charts;
};

// The charts, one under the other, at the widget's width.
class TeamChartsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TeamChartsWidget(QWidget* parent = nullptr);
    void setCharts(const QList<ReportChart>& charts);
    const QList<ReportChart>& charts() const { return m_charts; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    int chartsHeight() const;

    QList<ReportChart> m_charts;
};
