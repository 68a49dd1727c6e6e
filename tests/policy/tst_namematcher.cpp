#include "NameMatcher.h"
#include "ThaiRomanization.h"

#include <QTest>

class TestNameMatcher : public QObject
{
    Q_OBJECT

private slots:
    void sameName_data();
    void sameName();
    void compare_data();
    void compare();
    void normalizedParts();
    void rtgs_data();
    void rtgs();
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
    QTest::newRow("one part") << "Eva"
                              << "Eva Andersson" << false;
    QTest::newRow("cyrillic order") << QStringLiteral("ПЕТРОВ, Николай") << QStringLiteral("Николай Петров") << true;
    QTest::newRow("cyrillic short i is a letter")
        << QStringLiteral("Николай Петров") << QStringLiteral("Николаи Петров") << false;
    QTest::newRow("cyrillic differs") << QStringLiteral("Иван Петров") << QStringLiteral("Николай Петров") << false;
    QTest::newRow("thai order") << QStringLiteral("ใจดี สมชาย") << QStringLiteral("สมชาย ใจดี") << true;
    QTest::newRow("thai vowel sign kept") << QStringLiteral("สมชาย ใจดี") << QStringLiteral("สมชาย ใจด") << false;
    QTest::newRow("latin vs cyrillic, BGN/PCGN") << "Nikolai Petrov" << QStringLiteral("Николай Петров") << true;
    QTest::newRow("latin vs cyrillic, Streamlined") << "Nikolay Petrov" << QStringLiteral("Николай Петров") << true;
    QTest::newRow("latin vs cyrillic, sht and -ia") << "Maria Shtereva" << QStringLiteral("Мария Щерева") << true;
    QTest::newRow("latin vs cyrillic, other person") << "Ivan Petrov" << QStringLiteral("Николай Петров") << false;
    QTest::newRow("latin vs thai, ICU") << "Smchay Cidi" << QStringLiteral("สมชาย ใจดี") << true;
    QTest::newRow("empty") << ""
                           << "" << false;
    QTest::newRow("punctuation only") << "..."
                                      << "Eva" << false;
}

// policy.md, settled reading 7: the four answers.
void TestNameMatcher::compare_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected");
    QTest::newRow("reading 7: equal parts") << "ANDERSSON, Eva"
                                            << "Eva Andersson" << int(NameMatcher::Same);
    QTest::newRow("reading 7: hyphen as space") << "Anna-Karin Berg"
                                                << "Berg Anna Karin" << int(NameMatcher::Same);
    QTest::newRow("reading 7: middle name dropped") << "Eva Maria Andersson"
                                                    << "Eva Andersson" << int(NameMatcher::Same);
    QTest::newRow("reading 7: middle name dropped, cyrillic")
        << QStringLiteral("Николай Иванов Петров") << QStringLiteral("Николай Петров") << int(NameMatcher::Same);
    QTest::newRow("reading 7: one part never matches by itself") << "Andersson"
                                                                 << "Andersson" << int(NameMatcher::OnePart);
    QTest::newRow("reading 7: one part against two") << "Eva"
                                                     << "Eva Andersson" << int(NameMatcher::OnePart);
    QTest::newRow("reading 7: different person") << "Karl Lindqvist"
                                                 << "Eva Andersson" << int(NameMatcher::Different);
    QTest::newRow("reading 7: one shared part is not a subset") << "Eva Lindqvist"
                                                                << "Eva Andersson" << int(NameMatcher::Different);
    QTest::newRow("reading 7: across scripts, transliterated")
        << "Petrov Nikolay" << QStringLiteral("Николай Петров") << int(NameMatcher::Same);
    QTest::newRow("reading 7: across scripts, no system matches")
        << "Nick Peters" << QStringLiteral("Николай Петров") << int(NameMatcher::ScriptDiffers);
    QTest::newRow("reading 7: thai against latin, not the same")
        << "Somchai Jaidee" << QStringLiteral("ยุทธนา ศรีสุข") << int(NameMatcher::ScriptDiffers);
    QTest::newRow("reading 7: thai tone mark kept")
        << QStringLiteral("สมชาย ใจดี") << QStringLiteral("สมชาย ใจดี่") << int(NameMatcher::Different);
    // Thai names by RTGS, the system Thai banks and passports write (ICU's Thai-Latin is ISO 11940).
    QTest::newRow("reading 7: thai against latin, RTGS")
        << "Somchai Chaidi" << QStringLiteral("สมชาย ใจดี") << int(NameMatcher::Same);
    QTest::newRow("reading 7: thai against latin, RTGS, silent letters and a hyphen")
        << "PRAYUT CHAN-O-CHA" << QStringLiteral("ประยุทธ์ จันทร์โอชา") << int(NameMatcher::Same);
    QTest::newRow("reading 7: thai against latin, RTGS, clusters and silent r")
        << "Yutthana Sisuk" << QStringLiteral("ยุทธนา ศรีสุข") << int(NameMatcher::Same);
    QTest::newRow("reading 7: thai against latin, RTGS, leading vowels")
        << "Kaeo Mueangchai" << QStringLiteral("แก้ว เมืองชัย") << int(NameMatcher::Same);
    QTest::newRow("reading 7: thai against latin, RTGS, middle name dropped")
        << "Somchai Chaidi" << QStringLiteral("สมชาย บุญมา ใจดี") << int(NameMatcher::Same);
    QTest::newRow("reading 7: thai against latin, an informal spelling is for a person")
        << "Somchai Jaidee" << QStringLiteral("สมชาย ใจดี") << int(NameMatcher::ScriptDiffers);
    QTest::newRow("reading 7: thai against latin, RTGS of another person")
        << "Somchai Chaidi" << QStringLiteral("ยุทธนา ศรีสุข") << int(NameMatcher::ScriptDiffers);
}

void TestNameMatcher::compare()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);
    QCOMPARE(int(NameMatcher::compare(a, b)), expected);
    QCOMPARE(int(NameMatcher::compare(b, a)), expected);
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

// RTGS word by word: the Royal Institute's examples and common name parts.
void TestNameMatcher::rtgs_data()
{
    QTest::addColumn<QString>("thai");
    QTest::addColumn<QString>("latin");
    const char* const pairs[][2] = {
        { "สมชาย", "somchai" }, // inherent o, final ย as i
        { "ใจดี", "chaidi" }, // ใ-, จ as ch
        { "ยุทธนา", "yutthana" }, // final ท, open syllable ธ with inherent a
        { "ศรีสุข", "sisuk" }, // ร silent after ศ
        { "ประยุทธ์", "prayut" }, // cluster ปร, ธ under the thanthakhat
        { "จันทร์โอชา", "chanocha" }, // ทร์ silent, โ-อ
        { "สมศักดิ์", "somsak" }, // ดิ์ silent
        { "ยิ่งลักษณ์", "yinglak" }, // tone mark dropped, ษณ์ silent
        { "ทักษิณ", "thaksin" },
        { "อภิสิทธิ์", "aphisit" }, // initial อ
        { "กรุงเทพ", "krungthep" },
        { "เชียงใหม่", "chiangmai" }, // เ-ีย
        { "ภูเก็ต", "phuket" }, // ไม้ไต่คู้
        { "เวชชาชีวะ", "wetchachiwa" },
        { "แก้ว", "kaeo" }, // แ- with final ว
        { "แกล้ง", "klaeng" }, // cluster under a leading vowel
        { "เมือง", "mueang" }, // เ-ือ
        { "ความ", "khwam" }, // cluster คว
        { "หญิง", "ying" }, // silent ห
        { "อยู่", "yu" }, // silent อ before ย
        { "สุวรรณ", "suwan" }, // รร
        { "ดวง", "duang" }, // -ว- as ua
        { "ทองดี", "thongdi" }, // -อ- as o
        { "เพ็ญศรี", "phensi" },
        { "สุรินทร์", "surin" },
    };
    for (const auto& p : pairs)
        QTest::newRow(p[1]) << QString::fromUtf8(p[0]) << QString::fromLatin1(p[1]);
}

void TestNameMatcher::rtgs()
{
    QFETCH(QString, thai);
    QFETCH(QString, latin);
    QCOMPARE(ThaiRomanization::rtgs(thai), latin);
    QVERIFY(NameMatcher::transliterations(thai).contains(latin));
}

QTEST_GUILESS_MAIN(TestNameMatcher)
#include "tst_namematcher.moc"
