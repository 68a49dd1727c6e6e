#include "NameMatcher.h"

#include <QTest>

class TestNameMatcher : public QObject
{
    Q_OBJECT

private slots:
    void sameName_data();
    void sameName();
    void normalizedParts();
};

void TestNameMatcher::sameName_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");

    QTest::newRow("identical") << "Eva Andersson"
                               << "Eva Andersson" << true;
    QTest::newRow("case") << "EVA ANDERSSON"
                          << "eva andersson" << true;
    QTest::newRow("order and comma") << "ANDERSSON, Eva"
                                     << "Eva Andersson" << true;
    QTest::newRow("diacritics") << QStringLiteral("Åsa Öberg") << "Asa Oberg" << true;
    QTest::newRow("decomposed input") << QStringLiteral("A\u030Asa O\u0308berg") << QStringLiteral("Åsa Öberg") << true;
    QTest::newRow("non-decomposing letter") << QStringLiteral("Søren Kierkegaard") << "Soren Kierkegaard" << true;
    QTest::newRow("apostrophe") << "Sean O'Brien"
                                << "Sean OBrien" << true;
    QTest::newRow("hyphen") << "Anna-Karin Berg"
                            << "Berg Anna Karin" << true;
    QTest::newRow("hyphen joined") << "Anna-Karin Berg"
                                   << "Annakarin Berg" << true;
    QTest::newRow("extra spaces") << "  Eva   Andersson "
                                  << "Eva Andersson" << true;
    QTest::newRow("different person") << "Karl Lindqvist"
                                      << "Eva Andersson" << false;
    QTest::newRow("missing part") << "Eva"
                                  << "Eva Andersson" << false;
    QTest::newRow("cyrillic order") << QStringLiteral("ПЕТРОВ, Николай") << QStringLiteral("Николай Петров") << true;
    QTest::newRow("cyrillic short i is a letter")
        << QStringLiteral("Николай Петров") << QStringLiteral("Николаи Петров") << false;
    QTest::newRow("cyrillic differs") << QStringLiteral("Иван Петров") << QStringLiteral("Николай Петров") << false;
    QTest::newRow("thai order") << QStringLiteral("ใจดี สมชาย") << QStringLiteral("สมชาย ใจดี") << true;
    QTest::newRow("thai vowel sign kept") << QStringLiteral("สมชาย ใจดี") << QStringLiteral("สมชาย ใจด") << false;
    QTest::newRow("latin vs cyrillic") << "Nikolai Petrov" << QStringLiteral("Николай Петров") << false;
    QTest::newRow("empty") << ""
                           << "" << false;
    QTest::newRow("punctuation only") << "..."
                                      << "Eva" << false;
}

void TestNameMatcher::sameName()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(NameMatcher::sameName(a, b), same);
    QCOMPARE(NameMatcher::sameName(b, a), same);
}

void TestNameMatcher::normalizedParts()
{
    QCOMPARE(NameMatcher::normalizedParts(QStringLiteral("ANDERSSON, Éva")),
        QStringList({ QStringLiteral("andersson"), QStringLiteral("eva") }));
}

QTEST_GUILESS_MAIN(TestNameMatcher)
#include "tst_namematcher.moc"
