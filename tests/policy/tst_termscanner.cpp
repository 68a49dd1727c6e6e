#include "TermLists.h"
#include "TermScanner.h"

#include <QTest>

class TestTermScanner : public QObject
{
    Q_OBJECT

private slots:
    void scan_data();
    void scan();
    void spans();
    void overlapping();
    void parseTermList();
    void listsLoaded();
    void sensitiveList_data();
    void sensitiveList();
    void abusiveList_data();
    void abusiveList();
    void wordForms_data();
    void wordForms();
    void evasions_data();
    void evasions();
    void originalOffsets();
    void threatCategory();
    void longTextsMatchAsTheirLines();
};

void TestTermScanner::scan_data()
{
    QTest::addColumn<QStringList>("terms");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("found");

    const QStringList crypto = { QStringLiteral("btc"), QStringLiteral("usdt"), QStringLiteral("p2p"),
        QStringLiteral("crypto currency"), QStringLiteral("бинанс"), QStringLiteral("คริปโต") };
    QTest::newRow("word") << crypto << "payment for BTC" << QStringList { QStringLiteral("btc") };
    QTest::newRow("inside a word") << crypto << "abtcx order 22918837461" << QStringList();
    QTest::newRow("prefix of a word") << crypto << "btcoin" << QStringList();
    QTest::newRow("punctuation edges") << crypto << "(BTC/USDT), C2C/P2P!"
                                       << QStringList { QStringLiteral("btc"), QStringLiteral("usdt"),
                                              QStringLiteral("p2p") };
    QTest::newRow("digits join words") << crypto << "p2p2" << QStringList();
    QTest::newRow("phrase") << crypto << "Crypto Currency purchase"
                            << QStringList { QStringLiteral("crypto currency") };
    QTest::newRow("cyrillic case") << crypto << QStringLiteral("за БИНАНС поръчка")
                                   << QStringList { QStringLiteral("бинанс") };
    QTest::newRow("cyrillic inside word") << crypto << QStringLiteral("бинансов") << QStringList();
    QTest::newRow("thai without spaces") << crypto << QStringLiteral("ค่าคริปโตงวดนี้")
                                         << QStringList { QStringLiteral("คริปโต") };
    QTest::newRow("latin next to thai") << crypto << QStringLiteral("โอนBTCแล้ว")
                                        << QStringList { QStringLiteral("btc") };
    QTest::newRow("nothing") << crypto << "order 22918837461" << QStringList();
    QTest::newRow("empty text") << crypto << "" << QStringList();
    QTest::newRow("no terms") << QStringList() << "btc" << QStringList();
    QTest::newRow("repeated term once") << crypto << "btc btc BTC" << QStringList { QStringLiteral("btc") };
}

void TestTermScanner::scan()
{
    QFETCH(QStringList, terms);
    QFETCH(QString, text);
    QFETCH(QStringList, found);
    const TermScanner scanner(terms);
    QCOMPARE(scanner.termsFound(text), found);
}

void TestTermScanner::spans()
{
    const TermScanner scanner({ QStringLiteral("idiot"), QStringLiteral("scam") });
    const QString text = QStringLiteral("You IDIOT, this is a scam");
    const QList<TermScanner::Match> matches = scanner.scan(text);
    QCOMPARE(matches.size(), 2);
    QCOMPARE(text.mid(matches[0].start, matches[0].length), QStringLiteral("IDIOT"));
    QCOMPARE(scanner.terms().at(matches[0].term), QStringLiteral("idiot"));
    QCOMPARE(text.mid(matches[1].start, matches[1].length), QStringLiteral("scam"));
}

void TestTermScanner::overlapping()
{
    // Failure links: "she" ends inside "ushers" while "hers" is still being matched.
    const TermScanner scanner({ QStringLiteral("he"), QStringLiteral("she"), QStringLiteral("hers"),
        QStringLiteral("ไอ้โง่"), QStringLiteral("โง่") });
    QCOMPARE(scanner.scan(QStringLiteral("she hers he")).size(), 3);
    const QList<TermScanner::Match> thai = scanner.scan(QStringLiteral("มึงไอ้โง่"));
    QCOMPARE(thai.size(), 1);
    QCOMPARE(scanner.terms().at(thai[0].term), QStringLiteral("ไอ้โง่"));
    QCOMPARE(scanner.termsFound(QStringLiteral("โง่มาก")), QStringList { QStringLiteral("โง่") });
}

void TestTermScanner::parseTermList()
{
    const QStringList terms
        = TermScanner::parseTermList(QStringLiteral("# comment\n\nidiot\n  pucko  # Swedish\r\nглупак\n"));
    QCOMPARE(terms, QStringList({ QStringLiteral("idiot"), QStringLiteral("pucko"), QStringLiteral("глупак") }));
}

void TestTermScanner::listsLoaded()
{
    QVERIFY(TermLists::sensitive().terms().size() >= 40);
    for (const QString& file : TermLists::abusiveListFiles())
        QVERIFY2(TermScanner::readTermFile(file).size() >= 30, qPrintable(file));
}

void TestTermScanner::sensitiveList_data()
{
    QTest::addColumn<QString>("remark");
    QTest::addColumn<bool>("flagged");
    QTest::newRow("en") << "USDT purchase via Binance" << true;
    QTest::newRow("sv") << QStringLiteral("köp av kryptovaluta") << true;
    QTest::newRow("bg") << QStringLiteral("плащане за криптовалута") << true;
    QTest::newRow("th") << QStringLiteral("ค่าบิตคอยน์") << true;
    QTest::newRow("order number") << "order 22918837461" << false;
    QTest::newRow("innocent word") << "Ethics course fee" << false;
}

void TestTermScanner::sensitiveList()
{
    QFETCH(QString, remark);
    QFETCH(bool, flagged);
    QCOMPARE(!TermLists::sensitive().scan(remark).isEmpty(), flagged);
}

void TestTermScanner::abusiveList_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("flagged");
    QTest::newRow("en") << "you are a fucking idiot" << true;
    QTest::newRow("en threat") << "I know where you live" << true;
    QTest::newRow("sv") << QStringLiteral("håll käften din jävla idiot") << true;
    QTest::newRow("bg") << QStringLiteral("Ти си пълен идиот") << true;
    QTest::newRow("th") << QStringLiteral("มึงมันควาย") << true;
    QTest::newRow("polite en") << "Hello, I have paid, please release" << false;
    QTest::newRow("polite sv") << QStringLiteral("Hej! Betalat via Swish.") << false;
    QTest::newRow("polite th") << QStringLiteral("สวัสดีครับ โอนเงินแล้วนะครับ ขอบคุณ") << false;
    QTest::newRow("thai hour is not abuse") << QStringLiteral("รอหนึ่งชั่วโมง") << false;
}

void TestTermScanner::abusiveList()
{
    QFETCH(QString, text);
    QFETCH(bool, flagged);
    QCOMPARE(!TermLists::abusive().scan(text).isEmpty(), flagged);
}

// Settled reading 8 and issue 18 item 1: each a real payment remark or chat line the scanners
// missed, and words that only contain a term.
void TestTermScanner::wordForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("list"); // "sensitive" or "abusive"
    QTest::addColumn<QString>("flagged"); // the flagged part of the text, empty for none

    QTest::newRow("bg definite adjective")
        << QStringLiteral("Плащане за цифровата валута") << "sensitive" << QStringLiteral("цифровата валута");
    QTest::newRow("bg definite noun") << QStringLiteral("Плащане за биткойна") << "sensitive"
                                      << QStringLiteral("биткойна");
    QTest::newRow("bg definite feminine")
        << QStringLiteral("за криптовалутата") << "sensitive" << QStringLiteral("криптовалутата");
    QTest::newRow("sv definite") << QStringLiteral("Betalning för bitcoinen") << "sensitive"
                                 << QStringLiteral("bitcoinen");
    QTest::newRow("sv plural definite") << QStringLiteral("Betalning för kryptovalutorna") << "sensitive"
                                        << QStringLiteral("kryptovalutorna");
    QTest::newRow("sv compound head") << QStringLiteral("kryptohandel 5521") << "sensitive"
                                      << QStringLiteral("kryptohandel");
    QTest::newRow("sv compound brand") << QStringLiteral("Binanceköp") << "sensitive" << QStringLiteral("Binanceköp");
    QTest::newRow("sv without diacritics")
        << QStringLiteral("binancekop") << "sensitive" << QStringLiteral("binancekop");
    QTest::newRow("en plural") << QStringLiteral("two bitcoins") << "sensitive" << QStringLiteral("bitcoins");
    QTest::newRow("sv definite insult") << QStringLiteral("Du är idioten som lurade mig.") << "abusive"
                                        << QStringLiteral("idioten");
    QTest::newRow("bg vocative") << QStringLiteral("Ти, идиоте, върни ми парите!") << "abusive"
                                 << QStringLiteral("идиоте");
    QTest::newRow("bg phrase") << QStringLiteral("Мамка ти") << "abusive" << QStringLiteral("Мамка ти");
    QTest::newRow("bg in latin letters") << QStringLiteral("ti idiote vurni mi parite") << "abusive"
                                         << QStringLiteral("idiote");
    QTest::newRow("bg plural with k to ts")
        << QStringLiteral("мошеници такива") << "abusive" << QStringLiteral("мошеници");
    QTest::newRow("en threat") << QStringLiteral("I know where your office is. Fix it or else.") << "abusive"
                               << QStringLiteral("I know where your office");
    QTest::newRow("thai inside unspaced text") << QStringLiteral("แกมันควายจริงๆ") << "abusive" << QStringLiteral("ควาย");
    // Hard negatives: a term inside an unrelated word.
    QTest::newRow("sv kryptografi") << QStringLiteral("kurs i kryptografi") << "sensitive" << QString();
    QTest::newRow("sv kryptisk") << QStringLiteral("ett kryptiskt meddelande") << "sensitive" << QString();
    QTest::newRow("sv marsvin") << QStringLiteral("mat till marsvinet") << "abusive" << QString();
    QTest::newRow("en pigment") << QStringLiteral("pigment for the paint shop") << "abusive" << QString();
    QTest::newRow("en dumbbell") << QStringLiteral("dumbbell set, order 4411") << "abusive" << QString();
    QTest::newRow("bg drum") << QStringLiteral("купих тъпан за детето") << "abusive" << QString();
    QTest::newRow("bg pork") << QStringLiteral("свинско месо") << "abusive" << QString();
    QTest::newRow("thai organiser") << QStringLiteral("แม่งานบอกว่าโอนแล้ว") << "abusive" << QString();
    QTest::newRow("btc inside a word") << QStringLiteral("abtcd") << "sensitive" << QString();
}

void TestTermScanner::wordForms()
{
    QFETCH(QString, text);
    QFETCH(QString, list);
    QFETCH(QString, flagged);
    const TermScanner& scanner = list == QLatin1String("sensitive") ? TermLists::sensitive() : TermLists::abusive();
    const QList<TermScanner::Match> matches = scanner.scan(text);
    if (flagged.isEmpty()) {
        QVERIFY2(matches.isEmpty(), qPrintable(text.mid(matches.value(0).start, matches.value(0).length)));
        return;
    }
    QVERIFY2(!matches.isEmpty(), qPrintable(text));
    QCOMPARE(text.mid(matches.first().start, matches.first().length), flagged);
}

// Issue 13 item 13: invisible characters, overrides, look-alikes, fullwidth forms and combining
// marks inside a word do not hide it.
void TestTermScanner::evasions_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("zero-width space") << QStringLiteral("pay for bit\u200Bcoin");
    QTest::newRow("soft hyphen") << QStringLiteral("pay for bit\u00ADcoin");
    QTest::newRow("word joiner and zwnj") << QStringLiteral("pay for bi\u2060tc\u200Coin");
    QTest::newRow("right-to-left override") << QStringLiteral("pay for \u202Enioctib\u202C now");
    QTest::newRow("cyrillic i") << QStringLiteral("pay for b\u0456tcoin");
    QTest::newRow("cyrillic o and c") << QStringLiteral("pay for bit\u0441\u043Ein");
    QTest::newRow("fullwidth") << QStringLiteral("pay for \uFF42\uFF49\uFF54\uFF43\uFF4F\uFF49\uFF4E");
    QTest::newRow("fullwidth capitals") << QStringLiteral("\uFF22\uFF34\uFF23 order");
    QTest::newRow("combining marks") << QStringLiteral("pay for bi\u0307tco\u0323in");
    QTest::newRow("mathematical bold") << QStringLiteral(
        "pay for \U0001D41B\U0001D422\U0001D42D\U0001D41C\U0001D428\U0001D422\U0001D427");
    QTest::newRow("latin o in cyrillic") << QStringLiteral("за биткoйн");
}

void TestTermScanner::evasions()
{
    QFETCH(QString, text);
    QCOMPARE(TermLists::sensitive().scan(text).size(), 1);
}

void TestTermScanner::originalOffsets()
{
    // The span covers the original characters, invisible ones included, so the view highlights them.
    const QString text = QStringLiteral("x \uFF42\uFF54\uFF43 and bit\u200Bcoin, \u202Enioctib\u202C.");
    const QList<TermScanner::Match> matches = TermLists::sensitive().scan(text);
    QCOMPARE(matches.size(), 3);
    QCOMPARE(text.mid(matches[0].start, matches[0].length), QStringLiteral("\uFF42\uFF54\uFF43"));
    QCOMPARE(text.mid(matches[1].start, matches[1].length), QStringLiteral("bit\u200Bcoin"));
    QCOMPARE(text.mid(matches[2].start, matches[2].length), QStringLiteral("nioctib"));
    // A ligature that becomes two letters, and a letter outside the BMP.
    const TermScanner scanner({ QStringLiteral("fix") });
    const QString ligature = QStringLiteral("please \uFB01x it");
    const QList<TermScanner::Match> m = scanner.scan(ligature);
    QCOMPARE(m.size(), 1);
    QCOMPARE(ligature.mid(m[0].start, m[0].length), QStringLiteral("\uFB01x"));
}

void TestTermScanner::threatCategory()
{
    const TermScanner& scanner = TermLists::abusive();
    const QList<TermScanner::Match> threat = scanner.scan(QStringLiteral("I know where you live"));
    QCOMPARE(threat.size(), 1);
    QCOMPARE(scanner.term(threat[0].term).category, QStringLiteral("threat"));
    const QList<TermScanner::Match> abuse = scanner.scan(QStringLiteral("you idiot"));
    QCOMPARE(abuse.size(), 1);
    QCOMPARE(scanner.term(abuse[0].term).category, QStringLiteral("abuse"));
    QCOMPARE(scanner.term(TermLists::sensitive().scan(QStringLiteral("btc")).value(0).term).category,
        QStringLiteral("abuse"));
    QCOMPARE(TermLists::sensitive().term(TermLists::sensitive().scan(QStringLiteral("btc")).value(0).term).category,
        QStringLiteral("sensitive"));
}

void TestTermScanner::longTextsMatchAsTheirLines()
{
    // A long text is scanned in interleaved pieces (TermScanner::scanLanes): wherever the pieces
    // are cut, it must match exactly what its lines match one by one. The pad moves every term
    // across the cuts; the last lines need the normaliser (a word mixing Latin and Cyrillic letters).
    const TermScanner& scanner = TermLists::abusive();
    const QStringList lines = {
        QStringLiteral("hello, I know where you live and you are an idiot"),
        QStringLiteral("du är en storidiot, kryptohandel är inte min grej"),
        QStringLiteral("ти си идиоте, ще те намеря"),
        QStringLiteral("ไอ้ควายโง่ โอนเงินมาเดี๋ยวนี้"),
        QStringLiteral("nothing to see here, the payment was sent at noon"),
        QStringLiteral("scammer scammers SCAMMER! moron, morons"),
    };
    for (const QString& tail : { QString(), QStringLiteral("you \u0438diot") }) {
        for (int pad = 0; pad < 24; ++pad) {
            QStringList all;
            all << QString(pad, QLatin1Char('x'));
            for (int round = 0; round < 12; ++round)
                all << lines;
            if (!tail.isEmpty())
                all << tail;
            QList<TermScanner::Match> expected;
            int offset = 0;
            for (const QString& line : std::as_const(all)) {
                for (TermScanner::Match m : scanner.scan(line)) {
                    m.start += offset;
                    expected << m;
                }
                offset += int(line.size()) + 1;
            }
            const QString text = all.join(QLatin1Char('\n'));
            QVERIFY(text.size() > 3 * 256);
            const QList<TermScanner::Match> found = scanner.scan(text);
            QCOMPARE(found.size(), expected.size());
            QVERIFY(found.size() > 12 * 4);
            for (int i = 0; i < found.size(); ++i) {
                QCOMPARE(found[i].start, expected[i].start);
                QCOMPARE(found[i].length, expected[i].length);
                QCOMPARE(found[i].term, expected[i].term);
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestTermScanner)
#include "tst_termscanner.moc"
