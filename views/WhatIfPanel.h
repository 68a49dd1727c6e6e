#pragma once

#include "DatabaseJob.h"
#include "PolicySettings.h"
#include "WhatIfAnalysis.h"

#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QTreeWidget;
class QTreeWidgetItem;

// The what-if of the policy settings dialog: runs WhatIfAnalysis on proposed settings in the background (its own
// connection, with progress and cancel) and shows what would change: open cases by clause (now -> proposed) and
// the decisions of the last 30 days judged again, each row opening to its cases.
class WhatIfPanel : public QWidget
{
    Q_OBJECT

public:
    explicit WhatIfPanel(const QString& databasePath, QWidget* parent = nullptr);

    void run(const PolicySettings& proposed);
    void cancel() { m_job.cancel(); }
    bool isRunning() const { return m_job.isRunning(); }
    // The last complete run's result (empty before one).
    const WhatIfResult& result() const { return *m_result; }
    QTreeWidget* table() const { return m_table; }
    QString summary() const;

signals:
    void runningChanged(bool running);

private:
    void showProgress(qint64 done, qint64 total);
    void finish(bool ok, bool cancelled, const QString& error);
    void addRows(QTreeWidgetItem* parent, const QList<WhatIfChange>& rows);

    DatabaseJob m_job;
    std::shared_ptr<WhatIfResult> m_result;
    std::shared_ptr<WhatIfResult> m_pending;
    QLabel* m_status;
    QProgressBar* m_progress;
    QTreeWidget* m_table;
};
