#include "MarketHolidaysEditor.h"

#include "LocaleDateEdit.h"
#include "MarketHolidays.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

MarketHolidaysEditor::MarketHolidaysEditor(const QMap<QString, QList<QDate>>& holidays, QWidget* parent)
    : QGroupBox(parent)
    , m_holidays(holidays)
    , m_market(new QComboBox(this))
    , m_days(new QListWidget(this))
    , m_date(new LocaleDateEdit(QDate::currentDate(), this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_restore(new QPushButton(this))
{
    for (const QString& market : MarketHolidays::markets()) {
        m_market->addItem(QString(), market);
        if (!m_holidays.contains(market))
            m_holidays.insert(market, {});
    }
    auto* input = new QHBoxLayout;
    input->addWidget(m_date, 1);
    input->addWidget(m_add);
    input->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_market);
    layout->addWidget(m_days, 1);
    layout->addLayout(input);
    layout->addWidget(m_restore);
    retranslateUi();
    showMarket();

    connect(m_market, &QComboBox::currentIndexChanged, this, &MarketHolidaysEditor::showMarket);
    connect(m_add, &QPushButton::clicked, this, [this] { add(m_date->date()); });
    connect(m_remove, &QPushButton::clicked, this, &MarketHolidaysEditor::removeSelected);
    connect(m_restore, &QPushButton::clicked, this, &MarketHolidaysEditor::restoreShipped);
}

QString MarketHolidaysEditor::market() const
{
    return m_market->currentData().toString();
}

void MarketHolidaysEditor::retranslateUi()
{
    setTitle(tr("Holidays by market (payments do not settle)"));
    const QMap<QString, QString> names {
        { QStringLiteral("SEK"), tr("SEK: Swedish bank holidays") },
        { QStringLiteral("BGN"), tr("BGN: Bulgarian public holidays") },
        { QStringLiteral("THB"), tr("THB: Bank of Thailand financial-institution holidays") },
        { QStringLiteral("EUR"), tr("EUR: TARGET2 closing days") },
    };
    for (int i = 0; i < m_market->count(); ++i)
        m_market->setItemText(i, names.value(m_market->itemData(i).toString()));
    m_add->setText(tr("Add day"));
    m_remove->setText(tr("Remove day"));
    m_restore->setText(tr("Restore the shipped list"));
    m_restore->setToolTip(tr("The list shipped with AppealDesk for 2020–2035, with its source named in "
                             "resources/holidays"));
    showMarket();
}

void MarketHolidaysEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

void MarketHolidaysEditor::showMarket()
{
    m_days->clear();
    const QLocale locale;
    for (const QDate& date : m_holidays.value(market())) {
        auto* item = new QListWidgetItem(locale.toString(date, QLocale::LongFormat), m_days);
        item->setData(Qt::UserRole, date);
    }
}

void MarketHolidaysEditor::add(const QDate& date)
{
    QList<QDate>& days = m_holidays[market()];
    if (!date.isValid() || days.contains(date))
        return;
    days.insert(std::lower_bound(days.begin(), days.end(), date), date);
    showMarket();
    for (int row = 0; row < m_days->count(); ++row)
        if (m_days->item(row)->data(Qt::UserRole).toDate() == date)
            m_days->setCurrentRow(row);
}

void MarketHolidaysEditor::removeSelected()
{
    const QListWidgetItem* item = m_days->currentItem();
    if (!item)
        return;
    const int row = m_days->currentRow();
    m_holidays[market()].removeAll(item->data(Qt::UserRole).toDate());
    showMarket();
    m_days->setCurrentRow(qMin(row, m_days->count() - 1));
}

void MarketHolidaysEditor::restoreShipped()
{
    m_holidays[market()] = MarketHolidays::shipped(market());
    showMarket();
}
