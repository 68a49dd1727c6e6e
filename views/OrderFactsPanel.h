#pragma once

#include "CaseFacts.h"

#include <QDateTime>
#include <QWidget>

class QGridLayout;
class QLabel;

// The facts of the case at a glance: kind, reason, order amounts, price
// against the market price, payment method, seller account, status, parties.
class OrderFactsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit OrderFactsPanel(QWidget* parent = nullptr);

    // `now` says whether a suspension has ended (issue 14, item 7); invalid: not said.
    void setFacts(const CaseFacts& facts, const QDateTime& now = QDateTime());
    void clear();

    // The price against the market price, e.g. "10.50 (98.87 % of market 10.62)"; empty without a market price.
    static QString priceComparison(const Order& order);

    int columnCount() const { return m_columns; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    // Rows that hold names wrap only at spaces (WholeWordLabel): Qt would cut a Thai name mid-word.
    enum class Wrap
    {
        Anywhere,
        WholeWords
    };
    void addRow(const QString& label, const QString& value, Wrap wrap = Wrap::Anywhere);
    void placeRows();

    QGridLayout* m_grid;
    QList<QPair<QLabel*, QLabel*>> m_rows; // caption, value
    int m_columns = 1;
};
