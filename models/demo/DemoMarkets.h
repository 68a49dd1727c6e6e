#pragma once

#include "Decimal.h"
#include "DemoPeople.h"

#include <QString>

namespace demo {

// The fiat markets the demo trades in, with their payment methods and price levels.
struct Method
{
    const char* name;
    bool realtime;
};

struct Market
{
    const char* fiat;
    qint64 usdtTicks; // price of one USDT in 1e-4 fiat
    qint64 minAmount; // whole fiat units
    qint64 maxAmount;
    qint64 step;
    Method methods[3];
    int methodCount;
};

enum MarketId
{
    Sek,
    Bgn,
    Thb,
    Eur,
    Usd,
    Cny,
    MarketCount
};
extern const Market kMarkets[MarketCount];

// The seller's account as the method shows it (an IBAN, a Swish number, a Revolut tag...), stable per seller.
QString accountFor(const QString& method, const QString& fiat, const User& seller, quint64 seed);
Decimal money(qint64 cents);

} // namespace demo
