#pragma once

#include "PolicySettings.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;
class QSpinBox;

// The team lead's policy settings: thresholds, sanction lengths, the live-chat
// ladder, the response window, SLA hours and holidays.
class PolicySettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PolicySettingsDialog(const PolicySettings& settings, QWidget* parent = nullptr);

    PolicySettings settings() const;
    bool isValid() const;

    // "1, 7, 30" -> {1, 7, 30}; false for anything else than positive whole numbers.
    static bool parseLadder(const QString& text, QList<int>* days);

    QLineEdit* ladderEdit() const { return m_ladder; }
    QSpinBox* responseWindowBox() const { return m_responseWindow; }

private:
    QSpinBox* spinBox(int minimum, int maximum, int value, const QString& suffix);
    void addHoliday(const QDate& date);
    void update();

    QSpinBox* m_responseWindow;
    QSpinBox* m_realtimeRelease;
    QSpinBox* m_nonInstantDays;
    QSpinBox* m_priceAnomaly;
    QSpinBox* m_nonPaymentThreshold;
    QSpinBox* m_wrongAccountThreshold;
    QSpinBox* m_wrongAccountDays;
    QSpinBox* m_kycMismatchDays;
    QSpinBox* m_abusiveThreshold;
    QCheckBox* m_partialFixed;
    QSpinBox* m_partialDays;
    QLineEdit* m_ladder;
    QSpinBox* m_slaHours;
    QListWidget* m_holidays;
    QDateEdit* m_holidayDate;
    QDialogButtonBox* m_buttons;
};
