#include "ReportSpool.h"

#include <QDir>
#include <QTest>

// Issue 16: the rows of a PDF or HTML report kept between the pass that sums them up and the table.
class TestReportSpool : public QObject
{
    Q_OBJECT

private slots:
    void recordsComeBackInOrder();
    void leavesNoFileBehind();
    void cellsRoundTrip();
};

// Records of every size, across the 1 MB blocks it writes and reads, come back whole and in order.
void TestReportSpool::recordsComeBackInOrder()
{
    ReportSpool spool;
    QVERIFY(spool.open());
    QList<QByteArray> written;
    for (int i = 0; i < 3000; ++i) {
        const QByteArray record
            = i % 500 == 7 ? QByteArray(3 << 20, char('a' + i % 26)) : QByteArray::number(i).repeated(i % 97);
        written << record;
        QVERIFY(spool.append(record));
    }
    QCOMPARE(spool.count(), 3000);
    for (int pass = 0; pass < 2; ++pass) { // it can be read again
        QVERIFY(spool.rewind());
        QByteArray record;
        int i = 0;
        while (spool.next(&record)) {
            QVERIFY(i < written.size());
            QVERIFY2(record == written.at(i), qPrintable(QString::number(i)));
            ++i;
        }
        QCOMPARE(i, 3000);
        QVERIFY(spool.error().isEmpty());
    }
}

void TestReportSpool::leavesNoFileBehind()
{
    const QStringList before = QDir::temp().entryList({ QStringLiteral("appealdesk-report-*") });
    {
        ReportSpool spool;
        QVERIFY(spool.open());
        QVERIFY(spool.append("personal data"));
        QCOMPARE(QDir::temp().entryList({ QStringLiteral("appealdesk-report-*") }), before); // unlinked while open
        QVERIFY(spool.rewind());
        QByteArray record;
        QVERIFY(spool.next(&record));
        QCOMPARE(record, QByteArray("personal data"));
    }
    QCOMPARE(QDir::temp().entryList({ QStringLiteral("appealdesk-report-*") }), before);
}

void TestReportSpool::cellsRoundTrip()
{
    const QStringList cells = { QString(), QStringLiteral("AP-2026-000001"), QStringLiteral("ผู้ใช้ 😀 Продавачът"),
        QStringLiteral("\u241b[31m"), QString(QChar(0)) + QStringLiteral("x") };
    QCOMPARE(ReportSpool::decode(ReportSpool::encode(cells)), cells);
    QCOMPARE(ReportSpool::decode(ReportSpool::encode({})), QStringList());
}

QTEST_GUILESS_MAIN(TestReportSpool)
#include "tst_reportspool.moc"
