#include "DateText.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QTest>

// Issue 14, item 14: one style of dates per language, with four-digit years, in every part of the window.
class tst_DateText : public QObject
{
    Q_OBJECT

private slots:
    void fullYearInEveryLanguage_data();
    void fullYearInEveryLanguage();
    void dateFieldAndTextAgree();
    void windowFormatsOnlyThroughDateText();
};

void tst_DateText::fullYearInEveryLanguage_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expectedDate");
    QTest::newRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates) << QStringLiteral("9/3/2026");
    QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom) << QStringLiteral("03/09/2026");
    QTest::newRow("sv") << QLocale(QLocale::Swedish, QLocale::Sweden) << QStringLiteral("2026-09-03");
    QTest::newRow("bg") << QLocale(QLocale::Bulgarian, QLocale::Bulgaria) << QString();
    QTest::newRow("th") << QLocale(QLocale::Thai, QLocale::Thailand) << QString();
}

void tst_DateText::fullYearInEveryLanguage()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, expectedDate);
    const QDateTime at(QDate(2026, 9, 3), QTime(13, 25));
    const QString date = DateText::date(at.date(), locale);
    const QString dateTime = DateText::dateTime(at, locale);
    if (!expectedDate.isEmpty())
        QCOMPARE(date, expectedDate);
    QVERIFY2(date.contains(QLatin1String("2026")), qPrintable(date));
    QVERIFY2(!DateText::dateFormat(locale).contains(QRegularExpression(QStringLiteral("(?<!y)yy(?!y)"))),
        qPrintable(DateText::dateFormat(locale)));
    // The date and time read back as the instant they show (minutes: the short time has no seconds).
    QVERIFY2(dateTime.startsWith(date), qPrintable(dateTime));
    QCOMPARE(locale.toDateTime(dateTime, DateText::dateTimeFormat(locale)), at);
    QCOMPARE(DateText::time(at.time(), locale), locale.toString(at.time(), QLocale::ShortFormat));
}

void tst_DateText::dateFieldAndTextAgree()
{
    QCOMPARE(DateText::withFullYear(QStringLiteral("M/d/yy h:mm AP")), QStringLiteral("M/d/yyyy h:mm AP"));
    QCOMPARE(DateText::withFullYear(QStringLiteral("yyyy-MM-dd")), QStringLiteral("yyyy-MM-dd"));
    QCOMPARE(DateText::withFullYear(QStringLiteral("d.MM.yy 'г'.")), QStringLiteral("d.MM.yyyy 'г'."));
}

// The window's sources format dates only through DateText (no locale short format with a two-digit year next
// to a four-digit one); reports have their own UTC forms (ReportText), the holiday lists a long date.
void tst_DateText::windowFormatsOnlyThroughDateText()
{
    const QRegularExpression direct(QStringLiteral("toString\\([^;]*QLocale::ShortFormat"));
    QStringList offenders;
    for (const char* folder : { "/views", "/models/itemmodels" }) {
        QDirIterator it(QStringLiteral(APPEALDESK_SOURCE_DIR) + QLatin1String(folder), { QStringLiteral("*.cpp") },
            QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            if (text.contains(direct))
                offenders << file.fileName();
        }
    }
    QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_DateText)
#include "tst_datetext.moc"
