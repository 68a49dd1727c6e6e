#pragma once

#include "CountSpinBox.h"
#include "PolicySettings.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;
class MarketHolidaysEditor;
class QPushButton;
class WhatIfPanel;

// The team lead's policy settings: thresholds, sanction lengths, the live-chat
// ladder, the response window, SLA hours and holidays; with enableWhatIf(), a preview of what they would change.
class PolicySettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PolicySettingsDialog(const PolicySettings& settings, QWidget* parent = nullptr);

    PolicySettings settings() const;
    bool isValid() const;
    // Offers "Preview changes": what the values in the dialog would change on the desk at `databasePath`,
    // before anything is saved (WhatIfPanel).
    void enableWhatIf(const QString& databasePath);
    WhatIfPanel* whatIfPanel() const { return m_whatIf; }
    QPushButton* previewButton() const { return m_preview; }

    // "1, 7, 30" -> {1, 7, 30}; false for anything else than positive whole numbers.
    static bool parseLadder(const QString& text, QList<int>* days);

    QLineEdit* ladderEdit() const { return m_ladder; }
    CountSpinBox* responseWindowBox() const { return m_responseWindow; }
    QSpinBox* priceAnomalyBox() const { return m_priceAnomaly; }
    CountSpinBox* partialDaysBox() const { return m_partialDays; }
    CountSpinBox* slaHoursBox() const { return m_slaHours; }
    MarketHolidaysEditor* marketHolidaysEditor() const { return m_marketHolidays; }

protected:
    void changeEvent(QEvent* event) override;

private:
    QSpinBox* spinBox(int minimum, int maximum, int value);
    CountSpinBox* countBox(int minimum, int maximum, int value, CountSpinBox::Unit unit);
    void retranslateUi();
    void addHoliday(const QDate& date);
    void update();
    void preview();

    CountSpinBox* m_responseWindow;
    CountSpinBox* m_realtimeRelease;
    CountSpinBox* m_nonInstantDays;
    QSpinBox* m_priceAnomaly;
    QSpinBox* m_nonPaymentThreshold;
    QSpinBox* m_wrongAccountThreshold;
    CountSpinBox* m_wrongAccountDays;
    CountSpinBox* m_kycMismatchDays;
    QSpinBox* m_abusiveThreshold;
    QCheckBox* m_partialFixed;
    CountSpinBox* m_partialDays;
    QLineEdit* m_ladder;
    CountSpinBox* m_slaHours;
    QListWidget* m_holidays;
    QDateEdit* m_holidayDate;
    MarketHolidaysEditor* m_marketHolidays;
    QDialogButtonBox* m_buttons;
    QPushButton* m_preview = nullptr;
    WhatIfPanel* m_whatIf = nullptr;
};
