#include "Decimal.h"

#include <QLocale>
#include <QTest>

class TestDecimal : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void tooLargeIsSaid();
    void arithmetic();
    void percentOf();
    void toLocaleString_data();
    void toLocaleString();
};

void TestDecimal::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("printed");

    QTest::newRow("two decimals") << "1575.00" << true << "1575.00";
    QTest::newRow("one decimal") << "1575.0" << true << "1575.00";
    QTest::newRow("integer") << "1575" << true << "1575.00";
    QTest::newRow("negative") << "-3.5" << true << "-3.50";
    QTest::newRow("eight decimals") << "0.00000001" << true << "0.00000001";
    QTest::newRow("nine decimals") << "0.000000001" << false << "";
    QTest::newRow("comma") << "15,75" << false << "";
    QTest::newRow("exponent") << "1e3" << false << "";
    QTest::newRow("plus") << "+1" << false << "";
    QTest::newRow("leading dot") << ".5" << false << "";
    QTest::newRow("trailing dot") << "5." << false << "";
    QTest::newRow("space") << " 5" << false << "";
    QTest::newRow("empty") << "" << false << "";
    QTest::newRow("minus only") << "-" << false << "";
    QTest::newRow("too large") << "99999999999999" << false << "";
    QTest::newRow("largest") << "92233720367" << true << "92233720367.00";
    // Issue 13, item 14: one past the largest whole amount wrapped to a negative number.
    QTest::newRow("13.14 one past the largest") << "92233720369" << false << "";
    QTest::newRow("13.14 largest units") << "92233720368.54775807" << true << "92233720368.54775807";
    QTest::newRow("13.14 one unit more") << "92233720368.54775808" << false << "";
    QTest::newRow("13.14 negative one past the largest") << "-92233720369" << false << "";
    QTest::newRow("arabic digits") << QStringLiteral("\u0661\u0662") << false << "";
}

void TestDecimal::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, printed);
    Decimal d = Decimal::fromInt(42);
    QCOMPARE(Decimal::parse(text, &d), valid);
    if (valid)
        QCOMPARE(d.toString(), printed);
    else
        QCOMPARE(d, Decimal::fromInt(42));
}

void TestDecimal::tooLargeIsSaid()
{
    Decimal d;
    Decimal::ParseError error = Decimal::NoError;
    QVERIFY(!Decimal::parse(QStringLiteral("92233720369"), &d, &error));
    QCOMPARE(error, Decimal::TooLarge);
    QVERIFY(!Decimal::parse(QStringLiteral("9223372036854775807000"), &d, &error));
    QCOMPARE(error, Decimal::TooLarge);
    QVERIFY(!Decimal::parse(QStringLiteral("12x"), &d, &error));
    QCOMPARE(error, Decimal::NotADecimal);
    QVERIFY(Decimal::parse(QStringLiteral("1.5"), &d, &error));
    QCOMPARE(error, Decimal::NoError);
}

void TestDecimal::arithmetic()
{
    Decimal a, b, c;
    QVERIFY(Decimal::parse(QStringLiteral("1000.10"), &a));
    QVERIFY(Decimal::parse(QStringLiteral("574.9"), &b));
    QVERIFY(Decimal::parse(QStringLiteral("1575.0"), &c));
    QCOMPARE(a + b, c);
    QCOMPARE((c - a).toString(), QStringLiteral("574.90"));
    QVERIFY(a < c);
    // 0.1 + 0.2 is exactly 0.3, unlike in binary floating point.
    Decimal x, y, z;
    QVERIFY(Decimal::parse(QStringLiteral("0.1"), &x));
    QVERIFY(Decimal::parse(QStringLiteral("0.2"), &y));
    QVERIFY(Decimal::parse(QStringLiteral("0.3"), &z));
    QCOMPARE(x + y, z);
}

void TestDecimal::percentOf()
{
    Decimal price, market;
    QVERIFY(Decimal::parse(QStringLiteral("9.00"), &price));
    QVERIFY(Decimal::parse(QStringLiteral("10.00"), &market));
    QCOMPARE(price.percentOf(market).toString(), QStringLiteral("90.00"));
    QVERIFY(Decimal::parse(QStringLiteral("10.50"), &price));
    QVERIFY(Decimal::parse(QStringLiteral("10.62"), &market));
    QCOMPARE(price.percentOf(market).toString(), QStringLiteral("98.87"));
}

void TestDecimal::toLocaleString_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("minDecimals");
    QTest::addColumn<QString>("formatted");

    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QLocale sv(QLocale::Swedish, QLocale::Sweden);
    const QLocale bg(QLocale::Bulgarian, QLocale::Bulgaria);
    const QLocale th(QLocale::Thai, QLocale::Thailand);
    QTest::newRow("C") << QLocale::c() << "1575.00" << 2 << "1575.00";
    QTest::newRow("en") << en << "1575.00" << 2 << "1575.00";
    QTest::newRow("th") << th << "1575.00" << 2 << "1575.00";
    QTest::newRow("sv") << sv << "1575.00" << 2 << "1575,00";
    QTest::newRow("bg") << bg << "1575.00" << 2 << "1575,00";
    // No group separators in any language: "13 000,00" would not paste into a payment form.
    QTest::newRow("en no grouping") << en << "13000" << 2 << "13000.00";
    QTest::newRow("sv no grouping") << sv << "92233720367" << 2 << "92233720367,00";
    QTest::newRow("bg no grouping") << bg << "13000.5" << 2 << "13000,50";
    QTest::newRow("sv eight decimals") << sv << "0.00000001" << 2 << "0,00000001";
    QTest::newRow("sv whole") << sv << "1575" << 0 << "1575";
    // The locale's minus sign: Swedish writes U+2212.
    QTest::newRow("sv negative") << sv << "-3.5" << 2 << QStringLiteral("\u22123,50");
    QTest::newRow("bg negative") << bg << "-3.5" << 2 << "-3,50";
    QTest::newRow("en negative") << en << "-0.01" << 2 << "-0.01";
}

void TestDecimal::toLocaleString()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, text);
    QFETCH(int, minDecimals);
    QFETCH(QString, formatted);
    Decimal d;
    QVERIFY(Decimal::parse(text, &d));
    QCOMPARE(d.toLocaleString(locale, minDecimals), formatted);
    // The plain form is the same digits, whatever the locale.
    QCOMPARE(d.toLocaleString(QLocale::c(), minDecimals), d.toString(minDecimals));
}

QTEST_GUILESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
