#include "LocaleDateEdit.h"
#include "Translator.h"

#include <QtTest>

class TestLocaleDateEdit : public QObject
{
    Q_OBJECT

private slots:
    void cleanupTestCase();
    void fourDigitYears_data();
    void fourDigitYears();
    void followsTheLanguage();
};

void TestLocaleDateEdit::cleanupTestCase()
{
    Translator::install(QStringLiteral("en"));
}

void TestLocaleDateEdit::fourDigitYears_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("shown");
    // 2026-03-09: day and month told apart.
    QTest::newRow("en_US") << QStringLiteral("en_US") << QStringLiteral("3/9/2026");
    QTest::newRow("sv_SE") << QStringLiteral("sv_SE") << QStringLiteral("2026-03-09");
    QTest::newRow("bg_BG") << QStringLiteral("bg_BG") << QStringLiteral("9.03.2026 г.");
    QTest::newRow("th_TH") << QStringLiteral("th_TH") << QStringLiteral("9/3/2026");
}

void TestLocaleDateEdit::fourDigitYears()
{
    QFETCH(QString, locale);
    QFETCH(QString, shown);
    const QString format = LocaleDateEdit::displayFormatFor(QLocale(locale));
    QVERIFY2(format.contains(QLatin1String("yyyy")), qPrintable(format));
    QCOMPARE(QLocale(locale).toString(QDate(2026, 3, 9), format), shown);
}

void TestLocaleDateEdit::followsTheLanguage()
{
    QVERIFY(Translator::install(QStringLiteral("en")));
    LocaleDateEdit edit(QDate(2026, 3, 9));
    QCOMPARE(edit.displayFormat(), LocaleDateEdit::displayFormatFor(QLocale()));
    QVERIFY(Translator::install(QStringLiteral("sv")));
    // QApplication posts LanguageChange to the windows.
    QTRY_COMPARE(edit.displayFormat(), QStringLiteral("yyyy-MM-dd"));
    QCOMPARE(edit.text(), QStringLiteral("2026-03-09"));
    QCOMPARE(edit.date(), QDate(2026, 3, 9));
}

QTEST_MAIN(TestLocaleDateEdit)
#include "tst_localedateedit.moc"
