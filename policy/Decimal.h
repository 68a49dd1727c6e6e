#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

class QLocale;

// An exact decimal amount for money. Parsed from and printed to strings only:
// no double ever touches an amount (case-bundle.md: "never a JSON number").
// Fixed point with 8 fractional digits in a 64-bit integer, enough for fiat
// and crypto amounts up to about 92 billion.
class Decimal
{
public:
    static constexpr int Scale = 8;
    static constexpr qint64 Unit = 100000000LL;

    Decimal() = default;

    // Accepts "1575", "1575.0", "1575.00", "-3.5", "0.00000001".
    // Rejects exponents, commas, spaces, '+', leading '.', more than 8 fraction
    // digits and values out of range. Returns false and leaves *out untouched on error.
    enum ParseError
    {
        NoError,
        NotADecimal,
        TooLarge, // more than 92,233,720,368.54775807: the largest amount of 64-bit units
    };
    static bool parse(const QString& text, Decimal* out, ParseError* error = nullptr);
    static Decimal fromUnits(qint64 units);
    static Decimal fromInt(qint64 whole);

    qint64 units() const { return m_units; }
    bool isZero() const { return m_units == 0; }
    bool isNegative() const { return m_units < 0; }

    // Plain form with at least `minDecimals` fraction digits, trailing zeros beyond that trimmed.
    QString toString(int minDecimals = 2) const;
    // The same digits with the locale's decimal mark and minus sign ("1575,00" in Swedish), never
    // group separators: amounts in the policy's texts are copied into payment tools.
    QString toLocaleString(const QLocale& locale, int minDecimals = 2) const;

    // (this / other) * 100 with two decimals, as a Decimal; other must not be zero.
    Decimal percentOf(const Decimal& other) const;

    Decimal operator+(const Decimal& o) const { return fromUnits(m_units + o.m_units); }
    Decimal operator-(const Decimal& o) const { return fromUnits(m_units - o.m_units); }
    Decimal& operator+=(const Decimal& o)
    {
        m_units += o.m_units;
        return *this;
    }
    bool operator==(const Decimal& o) const { return m_units == o.m_units; }
    bool operator!=(const Decimal& o) const { return m_units != o.m_units; }
    bool operator<(const Decimal& o) const { return m_units < o.m_units; }
    bool operator<=(const Decimal& o) const { return m_units <= o.m_units; }
    bool operator>(const Decimal& o) const { return m_units > o.m_units; }
    bool operator>=(const Decimal& o) const { return m_units >= o.m_units; }

private:
    QString format(QStringView point, QStringView minus, int minDecimals) const;

    qint64 m_units = 0;
};
