#pragma once

#include "QueueFilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;
class QueueModel;

// Above the queue: the search box (debounced), the filters and the count of
// matching cases. Emits filterChanged; the caller applies it to the model.
class QueueFilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int SearchDelayMs = 250;

    explicit QueueFilterBar(QWidget* parent = nullptr);

    QLineEdit* searchBox() const { return m_search; }
    QToolButton* otherStatusesButton() const { return m_others; }
    QLabel* countLabel() const { return m_count; }
    // Fills the choices of the filters from the stored cases.
    void loadChoices(const QueueModel& model);
    QueueFilter filter() const;
    // Sets every filter and the text without emitting filterChanged.
    void setFilter(const QueueFilter& filter);
    void setAgentName(const QString& name);
    void clear();
    // Runs a search still waiting for the agent to pause typing, now.
    void applyNow();

public slots:
    // `exact` false: at least `count` cases, still being counted.
    void showCount(int count, bool capped, bool exact = true);
    // "N more in other statuses", one click from showing them; hidden for 0.
    void showOtherStatuses(int count);

signals:
    void filterChanged(const QueueFilter& filter);
    // Return in the search box, after the search ran: open the first hit.
    void searchSubmitted();
    // Escape or Down in the search box: back to the queue.
    void searchLeft();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslateUi();
    void emitChanged();
    static void selectData(QComboBox* combo, const QString& value);
    void fillCombo(QComboBox* combo, const QString& any, const QList<QPair<QString, QString>>& choices);

    QLineEdit* m_search;
    QLabel* m_count;
    QComboBox* m_status;
    QComboBox* m_kind;
    QComboBox* m_clause;
    QComboBox* m_language;
    QComboBox* m_fiat;
    QComboBox* m_agent;
    QCheckBox* m_mine;
    QToolButton* m_clear;
    QToolButton* m_others; // the search's matches the status filter hides
    QTimer* m_searchTimer;
    QString m_me;
    int m_lastCount = 0;
    bool m_lastCapped = false;
    bool m_lastExact = true;
    int m_lastOthers = 0;
    bool m_silent = false;
};
