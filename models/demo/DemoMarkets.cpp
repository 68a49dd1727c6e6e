#include "DemoMarkets.h"

namespace demo {

const Market kMarkets[MarketCount] = {
    { "SEK", 106200, 300, 25000, 50, { { "Swish", true }, { "Revolut", true }, { "Bank transfer", false } }, 3 },
    { "BGN", 18000, 50, 4000, 10, { { "Revolut", true }, { "Bank transfer", false }, { "", false } }, 2 },
    { "THB", 355500, 1000, 80000, 100, { { "PromptPay", true }, { "Bank transfer", false }, { "", false } }, 2 },
    { "EUR", 9210, 30, 3000, 10, { { "SEPA Instant", true }, { "Revolut", true }, { "SEPA", false } }, 3 },
    { "USD", 10000, 30, 3000, 10, { { "Revolut", true }, { "Bank transfer", false }, { "", false } }, 2 },
    { "CNY", 72100, 300, 20000, 50, { { "Alipay", true }, { "Bank transfer", false }, { "", false } }, 2 },
};

namespace {

QString digits(Random& rng, int count)
{
    QString s;
    for (int i = 0; i < count; ++i)
        s += QLatin1Char(char('0' + rng.below(10)));
    return s;
}

} // namespace

QString accountFor(const QString& method, const QString& fiat, const User& seller, quint64 seed)
{
    Random rng(seedFor(seed, 0x41434354ULL, quint64(seller.n)));
    if (method == QLatin1String("Swish"))
        return QStringLiteral("Swish 07%1-%2 %3 %4")
            .arg(digits(rng, 1), digits(rng, 3), digits(rng, 2), digits(rng, 2));
    if (method == QLatin1String("PromptPay"))
        return QStringLiteral("PromptPay 08%1-%2-%3").arg(digits(rng, 1), digits(rng, 3), digits(rng, 4));
    if (method == QLatin1String("Revolut"))
        return QStringLiteral("Revolut @") + seller.nickname;
    if (method == QLatin1String("Alipay"))
        return QStringLiteral("Alipay 13%1").arg(digits(rng, 9));
    if (fiat == QLatin1String("THB"))
        return QStringLiteral("Kasikornbank %1-%2-%3-%4")
            .arg(digits(rng, 3), digits(rng, 1), digits(rng, 5), digits(rng, 1));
    if (fiat == QLatin1String("USD"))
        return QStringLiteral("ACH routing 0210000%1, account %2").arg(digits(rng, 2), digits(rng, 10));
    if (fiat == QLatin1String("CNY"))
        return QStringLiteral("ICBC 6222 %1 %2 %3").arg(digits(rng, 4), digits(rng, 4), digits(rng, 4));
    const QString country = fiat == QLatin1String("SEK") ? QStringLiteral("SE")
        : fiat == QLatin1String("BGN")                   ? QStringLiteral("BG")
                                                         : QStringLiteral("DE");
    return QStringLiteral("IBAN %1%2 %3 %4 %5 %6")
        .arg(country, digits(rng, 2), digits(rng, 4), digits(rng, 4), digits(rng, 4), digits(rng, 4));
}

Decimal money(qint64 cents)
{
    return Decimal::fromUnits(cents * 1000000LL);
}
} // namespace demo
