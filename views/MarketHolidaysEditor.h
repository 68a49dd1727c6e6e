#pragma once

#include <QDate>
#include <QGroupBox>
#include <QList>
#include <QMap>
#include <QString>

class QComboBox;
class QDateEdit;
class QListWidget;
class QPushButton;

// The holidays of each market in the policy settings (policy.md, settled reading 4): pick a market, then add or
// remove its days, or put back the shipped list (resources/holidays). Part of PolicySettingsDialog.
class MarketHolidaysEditor : public QGroupBox
{
    Q_OBJECT

public:
    explicit MarketHolidaysEditor(const QMap<QString, QList<QDate>>& holidays, QWidget* parent = nullptr);

    // Every market's list, sorted.
    QMap<QString, QList<QDate>> holidays() const { return m_holidays; }

    QComboBox* marketBox() const { return m_market; }
    QListWidget* dayList() const { return m_days; }
    QDateEdit* dateEdit() const { return m_date; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* removeButton() const { return m_remove; }
    QPushButton* restoreButton() const { return m_restore; }

    // The selected market's currency code.
    QString market() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showMarket();
    void add(const QDate& date);
    void removeSelected();
    void restoreShipped();

    QMap<QString, QList<QDate>> m_holidays;
    QComboBox* m_market;
    QListWidget* m_days;
    QDateEdit* m_date;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_restore;
};
