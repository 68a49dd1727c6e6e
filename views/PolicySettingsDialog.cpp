#include "PolicySettingsDialog.h"

#include "LocaleDateEdit.h"
#include "MarketHolidaysEditor.h"
#include "WhatIfPanel.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

PolicySettingsDialog::PolicySettingsDialog(const PolicySettings& s, QWidget* parent)
    : QDialog(parent)
    , m_responseWindow(countBox(1, 24 * 60, s.responseWindowMinutes, CountSpinBox::Unit::Minutes))
    , m_realtimeRelease(countBox(1, 24 * 60, s.realtimeReleaseMinutes, CountSpinBox::Unit::Minutes))
    , m_nonInstantDays(countBox(1, 30, s.nonInstantBusinessDays, CountSpinBox::Unit::BusinessDays))
    , m_priceAnomaly(spinBox(1, 100, s.priceAnomalyPercent))
    , m_nonPaymentThreshold(spinBox(1, 100, s.nonPaymentPartialThreshold))
    , m_wrongAccountThreshold(spinBox(1, 100, s.wrongAccountThreshold))
    , m_wrongAccountDays(countBox(1, 3650, s.wrongAccountSanctionDays, CountSpinBox::Unit::Days))
    , m_kycMismatchDays(countBox(1, 3650, s.kycMismatchSanctionDays, CountSpinBox::Unit::Days))
    , m_abusiveThreshold(spinBox(1, 100, s.abusiveLanguageThreshold))
    , m_partialFixed(new QCheckBox(tr("Fixed length"), this))
    , m_partialDays(countBox(1, 3650, s.partialSanctionDays.value_or(30), CountSpinBox::Unit::Days))
    , m_ladder(new QLineEdit(this))
    , m_slaHours(countBox(1, 24 * 30, s.slaHours, CountSpinBox::Unit::Hours))
    , m_holidays(new QListWidget(this))
    , m_holidayDate(new LocaleDateEdit(QDate::currentDate(), this))
    , m_marketHolidays(new MarketHolidaysEditor(s.marketHolidays, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Policy settings"));
    retranslateUi();

    auto* times = new QGroupBox(tr("Time limits"), this);
    auto* timesForm = new QFormLayout(times);
    timesForm->addRow(tr("&Response window:"), m_responseWindow);
    timesForm->addRow(tr("Real-time release (B3):"), m_realtimeRelease);
    timesForm->addRow(tr("Non-instant release (B3, S1):"), m_nonInstantDays);
    timesForm->addRow(tr("Queue SLA without a policy deadline:"), m_slaHours);

    auto* thresholds = new QGroupBox(tr("Thresholds and sanctions"), this);
    auto* thresholdsForm = new QFormLayout(thresholds);
    thresholdsForm->addRow(tr("Price anomaly at or below (B4):"), m_priceAnomaly);
    thresholdsForm->addRow(tr("Partial sanction at non-payment strike (S1):"), m_nonPaymentThreshold);
    thresholdsForm->addRow(tr("Account sanction at wrong-account strike (S2a):"), m_wrongAccountThreshold);
    thresholdsForm->addRow(tr("Wrong-account sanction length (S2a):"), m_wrongAccountDays);
    thresholdsForm->addRow(tr("KYC mismatch sanction length (S2b):"), m_kycMismatchDays);
    thresholdsForm->addRow(tr("Partial sanction at abusive-language strike (B6, S4):"), m_abusiveThreshold);
    auto* partial = new QHBoxLayout;
    partial->addWidget(m_partialFixed);
    partial->addWidget(m_partialDays, 1);
    thresholdsForm->addRow(tr("Partial sanction length:"), partial);
    m_ladder->setText([&] {
        QStringList days;
        for (int d : s.liveChatLadderDays)
            days << QString::number(d);
        return days.join(QStringLiteral(", "));
    }());
    m_ladder->setPlaceholderText(tr("e.g. 1, 7, 30"));
    m_ladder->setToolTip(
        tr("Days of the live chat suspension for the 1st, 2nd, … strike; the last applies from then on"));
    thresholdsForm->addRow(tr("Live chat &ladder (LC1), days:"), m_ladder);

    auto* holidays = new QGroupBox(tr("Holidays (not business days in any market)"), this);
    auto* holidaysLayout = new QVBoxLayout(holidays);
    auto* holidayInput = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add"), holidays);
    auto* remove = new QPushButton(tr("Remove"), holidays);
    holidayInput->addWidget(m_holidayDate, 1);
    holidayInput->addWidget(add);
    holidayInput->addWidget(remove);
    holidaysLayout->addWidget(m_holidays);
    holidaysLayout->addLayout(holidayInput);
    for (const QDate& date : s.holidays)
        addHoliday(date);

    m_partialFixed->setChecked(s.partialSanctionDays.has_value());
    m_partialDays->setEnabled(s.partialSanctionDays.has_value());

    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(times);
    left->addWidget(thresholds);
    left->addStretch(1);
    columns->addLayout(left, 3);
    auto* right = new QVBoxLayout;
    right->addWidget(holidays, 1);
    right->addWidget(m_marketHolidays, 2); // settled reading 4: one list per market
    columns->addLayout(right, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_buttons);

    connect(m_partialFixed, &QCheckBox::toggled, m_partialDays, &QSpinBox::setEnabled);
    connect(m_ladder, &QLineEdit::textChanged, this, &PolicySettingsDialog::update);
    connect(add, &QPushButton::clicked, this, [this] { addHoliday(m_holidayDate->date()); });
    connect(remove, &QPushButton::clicked, this, [this] { delete m_holidays->currentItem(); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isValid())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

QSpinBox* PolicySettingsDialog::spinBox(int minimum, int maximum, int value)
{
    auto* box = new QSpinBox(this);
    box->setRange(minimum, maximum);
    box->setValue(value);
    return box;
}

CountSpinBox* PolicySettingsDialog::countBox(int minimum, int maximum, int value, CountSpinBox::Unit unit)
{
    auto* box = new CountSpinBox(unit, this);
    box->setRange(minimum, maximum);
    box->setValue(value);
    return box;
}

void PolicySettingsDialog::retranslateUi()
{
    // A percent sign without a plural; the translation puts the space before it where the language writes one.
    m_priceAnomaly->setSuffix(tr("%", "suffix of a percentage: \"90%\" in English, \"90 %\" in Swedish"));
}

void PolicySettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PolicySettingsDialog::addHoliday(const QDate& date)
{
    if (!date.isValid())
        return;
    for (int row = 0; row < m_holidays->count(); ++row) {
        const QDate existing = m_holidays->item(row)->data(Qt::UserRole).toDate();
        if (existing == date)
            return;
        if (existing > date) {
            auto* item = new QListWidgetItem(QLocale().toString(date, QLocale::LongFormat));
            item->setData(Qt::UserRole, date);
            m_holidays->insertItem(row, item);
            return;
        }
    }
    auto* item = new QListWidgetItem(QLocale().toString(date, QLocale::LongFormat), m_holidays);
    item->setData(Qt::UserRole, date);
}

bool PolicySettingsDialog::parseLadder(const QString& text, QList<int>* days)
{
    QList<int> parsed;
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString& part : parts) {
        bool ok = false;
        const int value = part.trimmed().toInt(&ok);
        if (!ok || value < 1 || value > 3650)
            return false;
        parsed.append(value);
    }
    if (parsed.isEmpty())
        return false;
    *days = parsed;
    return true;
}

bool PolicySettingsDialog::isValid() const
{
    QList<int> ladder;
    return parseLadder(m_ladder->text(), &ladder);
}

void PolicySettingsDialog::update()
{
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(isValid());
    if (m_preview)
        m_preview->setEnabled(isValid() || m_whatIf->isRunning());
}

void PolicySettingsDialog::enableWhatIf(const QString& databasePath)
{
    if (m_whatIf)
        return;
    m_whatIf = new WhatIfPanel(databasePath, this);
    m_preview = m_buttons->addButton(tr("&Preview changes"), QDialogButtonBox::ActionRole);
    m_preview->setToolTip(tr("What the values above would change on the open cases and on the last 30 days' "
                             "decisions, before anything is saved"));
    static_cast<QVBoxLayout*>(layout())->insertWidget(1, m_whatIf);
    connect(m_preview, &QPushButton::clicked, this, &PolicySettingsDialog::preview);
    connect(m_whatIf, &WhatIfPanel::runningChanged, this, [this](bool running) {
        m_preview->setText(running ? tr("Cancel &preview") : tr("&Preview changes"));
        update();
    });
    update();
}

void PolicySettingsDialog::preview()
{
    if (m_whatIf->isRunning()) {
        m_whatIf->cancel();
        return;
    }
    if (isValid())
        m_whatIf->run(settings());
}

PolicySettings PolicySettingsDialog::settings() const
{
    PolicySettings s;
    s.responseWindowMinutes = m_responseWindow->value();
    s.realtimeReleaseMinutes = m_realtimeRelease->value();
    s.nonInstantBusinessDays = m_nonInstantDays->value();
    s.priceAnomalyPercent = m_priceAnomaly->value();
    s.nonPaymentPartialThreshold = m_nonPaymentThreshold->value();
    s.wrongAccountThreshold = m_wrongAccountThreshold->value();
    s.wrongAccountSanctionDays = m_wrongAccountDays->value();
    s.kycMismatchSanctionDays = m_kycMismatchDays->value();
    s.abusiveLanguageThreshold = m_abusiveThreshold->value();
    if (m_partialFixed->isChecked())
        s.partialSanctionDays = m_partialDays->value();
    QList<int> ladder;
    if (parseLadder(m_ladder->text(), &ladder))
        s.liveChatLadderDays = ladder;
    s.slaHours = m_slaHours->value();
    for (int row = 0; row < m_holidays->count(); ++row)
        s.holidays.append(m_holidays->item(row)->data(Qt::UserRole).toDate());
    s.marketHolidays = m_marketHolidays->holidays();
    return s;
}
