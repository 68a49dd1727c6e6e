#include "Decimal.h"

#include <QLocale>

#include <limits>

bool Decimal::parse(const QString& text, Decimal* out, ParseError* error)
{
    const auto fail = [error](ParseError why) {
        if (error)
            *error = why;
        return false;
    };
    if (error)
        *error = NoError;
    const int n = int(text.size());
    int i = 0;
    bool negative = false;
    if (i < n && text.at(i) == QLatin1Char('-')) {
        negative = true;
        ++i;
    }
    const int intStart = i;
    qint64 whole = 0;
    bool tooLarge = false;
    while (i < n && text.at(i) >= QLatin1Char('0') && text.at(i) <= QLatin1Char('9')) {
        if (whole > std::numeric_limits<qint64>::max() / Unit)
            tooLarge = true; // keep reading: a malformed text says so first
        else
            whole = whole * 10 + (text.at(i).unicode() - '0');
        ++i;
    }
    if (i == intStart)
        return fail(NotADecimal);
    qint64 fraction = 0;
    int fractionDigits = 0;
    if (i < n && text.at(i) == QLatin1Char('.')) {
        ++i;
        const int fracStart = i;
        while (i < n && text.at(i) >= QLatin1Char('0') && text.at(i) <= QLatin1Char('9')) {
            if (++fractionDigits > Scale)
                return fail(NotADecimal);
            fraction = fraction * 10 + (text.at(i).unicode() - '0');
            ++i;
        }
        if (i == fracStart)
            return fail(NotADecimal);
    }
    if (i != n)
        return fail(NotADecimal);
    for (int d = fractionDigits; d < Scale; ++d)
        fraction *= 10;
    // whole * Unit + fraction must fit: checked before it is computed.
    constexpr qint64 maxWhole = std::numeric_limits<qint64>::max() / Unit;
    constexpr qint64 maxFraction = std::numeric_limits<qint64>::max() % Unit;
    if (tooLarge || whole > maxWhole || (whole == maxWhole && fraction > maxFraction))
        return fail(TooLarge);
    const qint64 units = whole * Unit + fraction;
    if (out)
        out->m_units = negative ? -units : units;
    return true;
}

Decimal Decimal::fromUnits(qint64 units)
{
    Decimal d;
    d.m_units = units;
    return d;
}

Decimal Decimal::fromInt(qint64 whole)
{
    return fromUnits(whole * Unit);
}

QString Decimal::toString(int minDecimals) const
{
    return format(u".", u"-", minDecimals);
}

QString Decimal::toLocaleString(const QLocale& locale, int minDecimals) const
{
    return format(locale.decimalPoint(), m_units < 0 ? locale.negativeSign() : QString(), minDecimals);
}

// Written into one buffer: amounts are formatted for every suggestion (issue 7: 200,000 a second).
QString Decimal::format(QStringView point, QStringView minus, int minDecimals) const
{
    const bool negative = m_units < 0;
    const quint64 abs = negative ? quint64(-(m_units + 1)) + 1 : quint64(m_units);
    char16_t whole[20];
    int start = 20;
    quint64 w = abs / quint64(Unit);
    do {
        whole[--start] = char16_t(u'0' + w % 10);
        w /= 10;
    } while (w > 0);
    char16_t fraction[Scale];
    quint64 f = abs % quint64(Unit);
    for (int i = Scale - 1; i >= 0; --i) {
        fraction[i] = char16_t(u'0' + f % 10);
        f /= 10;
    }
    int keep = Scale;
    while (keep > minDecimals && fraction[keep - 1] == u'0')
        --keep;

    QString result;
    result.reserve((negative ? minus.size() : 0) + (20 - start) + (keep > 0 ? point.size() + keep : 0));
    if (negative)
        result += minus;
    result += QStringView(whole + start, 20 - start);
    if (keep > 0) {
        result += point;
        result += QStringView(fraction, keep);
    }
    return result;
}

Decimal Decimal::percentOf(const Decimal& other) const
{
    // units * 100 * Unit / other.units, rounded half away from zero to 0.01.
    const __int128 num = __int128(m_units) * 100 * Unit;
    __int128 q = num / other.m_units;
    const qint64 cent = Unit / 100;
    __int128 r = q % cent;
    q -= r;
    if (r * 2 >= cent)
        q += cent;
    else if (r * 2 <= -cent)
        q -= cent;
    return fromUnits(qint64(q));
}
