#include "PdfDeflateScope.h"

#include <QTest>
#include <QThread>

#include <zlib.h>

// Issue 16: inside a PdfDeflateScope, a deflateInit with zlib's default level (as QPdfEngine calls it) gets the
// fastest level on that thread only; outside, and for an explicit level, zlib gets what was asked.
class TestPdfDeflateScope : public QObject
{
    Q_OBJECT

private slots:
    void fastestLevelInsideTheScope();
    void otherThreadsAndLevelsUnchanged();

private:
    static QByteArray sample();
    // The size of `data` deflated after deflateInit(level), the way QPdfEngine calls it.
    static qsizetype deflated(const QByteArray& data, int level);
};

QByteArray TestPdfDeflateScope::sample()
{
    QByteArray text;
    for (int i = 0; i < 20000; ++i)
        text += QByteArray::number((i * 7919) % 97) + " 0 Td <00" + QByteArray::number(i % 61, 16) + "> Tj\n";
    return text;
}

qsizetype TestPdfDeflateScope::deflated(const QByteArray& data, int level)
{
    z_stream stream {};
    if (deflateInit(&stream, level) != Z_OK)
        return -1;
    QByteArray out(int(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = deflate(&stream, Z_FINISH);
    const qsizetype size = qsizetype(stream.total_out);
    deflateEnd(&stream);
    return result == Z_STREAM_END ? size : -1;
}

void TestPdfDeflateScope::fastestLevelInsideTheScope()
{
    const QByteArray data = sample();
    const qsizetype outside = deflated(data, Z_DEFAULT_COMPRESSION);
    const qsizetype fastest = deflated(data, Z_BEST_SPEED);
    QVERIFY(outside > 0 && fastest > outside); // the sample tells the levels apart
    {
        const PdfDeflateScope scope;
        QCOMPARE(deflated(data, Z_DEFAULT_COMPRESSION), fastest);
        {
            const PdfDeflateScope nested;
            QCOMPARE(deflated(data, Z_DEFAULT_COMPRESSION), fastest);
        }
        QCOMPARE(deflated(data, Z_DEFAULT_COMPRESSION), fastest);
    }
    QCOMPARE(deflated(data, Z_DEFAULT_COMPRESSION), outside);
}

void TestPdfDeflateScope::otherThreadsAndLevelsUnchanged()
{
    const QByteArray data = sample();
    const qsizetype outside = deflated(data, Z_DEFAULT_COMPRESSION);
    const qsizetype best = deflated(data, Z_BEST_COMPRESSION);
    const PdfDeflateScope scope;
    QCOMPARE(deflated(data, Z_BEST_COMPRESSION), best);
    qsizetype onOtherThread = 0;
    std::unique_ptr<QThread> thread(QThread::create([&]() { onOtherThread = deflated(data, Z_DEFAULT_COMPRESSION); }));
    thread->start();
    QVERIFY(thread->wait(60000));
    QCOMPARE(onOtherThread, outside);
}

QTEST_GUILESS_MAIN(TestPdfDeflateScope)
#include "tst_pdfdeflatescope.moc"
