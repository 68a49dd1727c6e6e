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

QTEST_GUILESS_MAIN(TestTermScanner)
#include "tst_termscanner.moc"
