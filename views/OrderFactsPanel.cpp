#include "OrderFactsPanel.h"

#include "DateText.h"
#include "PolicyLabels.h"
#include "UntrustedText.h"
#include "WholeWordLabel.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>

OrderFactsPanel::OrderFactsPanel(QWidget* parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(4, 4, 4, 4);
    m_grid->setVerticalSpacing(2);
}

void OrderFactsPanel::clear()
{
    for (const auto& [caption, field] : std::as_const(m_rows)) {
        delete caption;
        delete field;
    }
    m_rows.clear();
}

void OrderFactsPanel::resizeEvent(QResizeEvent* event)
{
    // Two columns of facts when there is room, so the panel stays short; one when narrow.
    const int columns = width() >= fontMetrics().averageCharWidth() * 80 ? 2 : 1;
    if (columns != m_columns) {
        m_columns = columns;
        placeRows();
    }
    QWidget::resizeEvent(event);
}

void OrderFactsPanel::placeRows()
{
    for (const auto& [caption, field] : std::as_const(m_rows)) {
        m_grid->removeWidget(caption);
        m_grid->removeWidget(field);
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        const int row = i / m_columns;
        const int column = (i % m_columns) * 2;
        m_grid->addWidget(m_rows.at(i).first, row, column);
        m_grid->addWidget(m_rows.at(i).second, row, column + 1);
    }
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(3, m_columns == 2 ? 1 : 0);
}

void OrderFactsPanel::addRow(const QString& label, const QString& value, Wrap wrap)
{
    QLabel* field;
    if (wrap == Wrap::WholeWords) {
        auto* names = new WholeWordLabel(this);
        names->setSourceText(value);
        field = names;
    } else {
        field = new QLabel(this);
        field->setTextFormat(Qt::PlainText);
        field->setText(value);
        field->setWordWrap(true);
    }
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* caption = new QLabel(this);
    caption->setTextFormat(Qt::PlainText);
    caption->setText(label);
    caption->setBuddy(field);
    caption->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_rows.append(qMakePair(caption, field));
}

QString OrderFactsPanel::priceComparison(const Order& order)
{
    if (!order.marketPrice || order.marketPrice->isZero())
        return QString();
    const Decimal percent = order.price.percentOf(*order.marketPrice);
    const Decimal difference = percent - Decimal::fromInt(100);
    const QString signedDifference = difference.isNegative()
        ? PolicyLabels::amount(difference)
        : QLocale().positiveSign() + PolicyLabels::amount(difference);
    return tr("%1 against market %2 (%3%)")
        .arg(PolicyLabels::amount(order.price), PolicyLabels::amount(*order.marketPrice), signedDifference);
}

void OrderFactsPanel::setFacts(const CaseFacts& facts, const QDateTime& now)
{
    clear();
    QString kind;
    switch (facts.kind) {
    case CaseKind::P2pAppeal:
        kind = facts.appellant == Role::Seller ? tr("P2P appeal by the seller") : tr("P2P appeal by the buyer");
        break;
    case CaseKind::LiveChatAbuse:
        kind = tr("Live chat abuse report");
        break;
    case CaseKind::LiveChatSuspensionAppeal:
        kind = tr("Appeal against a live chat suspension");
        break;
    }
    addRow(tr("Case:"), UntrustedText::inlined(facts.id));
    addRow(tr("Kind:"),
        facts.reason.isEmpty() ? kind : tr("%1, stated reason %2").arg(kind, UntrustedText::inlined(facts.reason)));
    if (facts.order) {
        const Order& o = *facts.order;
        addRow(tr("Order:"), UntrustedText::inlined(o.number));
        addRow(tr("Amount:"),
            tr("%1 %2 for %3 %4")
                .arg(PolicyLabels::amount(o.cryptoAmount), UntrustedText::inlined(o.sideAsset),
                    PolicyLabels::amount(o.fiatAmount), UntrustedText::inlined(o.fiat)));
        const QString comparison = priceComparison(o);
        addRow(tr("Price:"),
            comparison.isEmpty() ? tr("%1 (no market price)").arg(PolicyLabels::amount(o.price)) : comparison);
        addRow(tr("Payment method:"),
            o.paymentMethod.realtime ? tr("%1 (real-time)").arg(UntrustedText::inlined(o.paymentMethod.name))
                                     : tr("%1 (not real-time)").arg(UntrustedText::inlined(o.paymentMethod.name)));
        addRow(tr("Seller account:"), UntrustedText::inlined(o.sellerAccount), Wrap::WholeWords);
        QString status;
        switch (o.status) {
        case OrderStatus::Created:
            status = tr("Created");
            break;
        case OrderStatus::Paid:
            status = tr("Marked paid");
            break;
        case OrderStatus::Released:
            status = tr("Released");
            break;
        case OrderStatus::Cancelled:
            status = tr("Cancelled");
            break;
        }
        addRow(tr("Status:"), status);
    }
    if (facts.suspension) {
        QString suspension = tr("%n day(s) from %1", nullptr, facts.suspension->days)
                                 .arg(DateText::dateTime(facts.suspension->since.toLocalTime()));
        // An appeal against a suspension that is over says so (issue 14, item 7; settled reading 12).
        const QDateTime ends = facts.suspension->since.addDays(facts.suspension->days);
        if (now.isValid() && facts.suspension->days > 0) {
            const QString when = DateText::dateTime(ends.toLocalTime());
            suspension += QLatin1Char('\n')
                + (ends <= now ? tr("Ended on %1: there is nothing to lift").arg(when) : tr("Ends on %1").arg(when));
        }
        addRow(tr("Suspension:"), suspension);
    }
    for (const Party& p : facts.parties) {
        const QString name = p.kycName.isEmpty() ? tr("no verified name") : UntrustedText::inlined(p.kycName);
        addRow(tr("%1:").arg(PolicyLabels::role(p.role)),
            tr("%1 (%2), verified name: %3")
                .arg(UntrustedText::inlined(p.nickname), UntrustedText::inlined(p.userId), name),
            Wrap::WholeWords);
    }
    placeRows();
}
