#include "PdfDeflateScope.h"

#include <QByteArray>
#include <QTest>

#include <zlib.h>

#include <thread>

// Issue 16: Qt's PDF engine deflates its pages at the default level; inside a PdfDeflateScope, on its
// thread only, a default-level deflate runs at PdfDeflateScope::Level, and every other call as asked.
class tst_PdfDeflateScope : public QObject
{
    Q_OBJECT

private slots:
    void defaultLevelInsideTheScope();
    void otherThreadsAndLevelsUnchanged();

private:
    // What deflateInit(level) then deflate() make of the sample, as the engine calls them.
    static QByteArray deflated(int level);
    // The same through zlib's compress2() at a given level (no deflateInit_ of ours on its way).
    static QByteArray reference(int level);
    static QByteArray sample();
};

QByteArray tst_PdfDeflateScope::sample()
{
    QByteArray page;
    for (int row = 0; row < 2000; ++row)
        page += "BT /F1 7 Tf 1 0 0 -1 " + QByteArray::number(row * 3 % 997) + " " + QByteArray::number(row)
            + " Tm <00" + QByteArray::number(row % 89, 16) + "0041> Tj ET\n";
    return page;
}

QByteArray tst_PdfDeflateScope::deflated(int level)
{
    const QByteArray input = sample();
    z_stream stream {};
    if (deflateInit(&stream, level) != Z_OK)
        return {};
    QByteArray out(int(deflateBound(&stream, uLong(input.size()))), '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(input.constData()));
    stream.avail_in = uInt(input.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = uInt(out.size());
    const int rc = deflate(&stream, Z_FINISH);
    out.resize(int(stream.total_out));
    deflateEnd(&stream);
    return rc == Z_STREAM_END ? out : QByteArray();
}

QByteArray tst_PdfDeflateScope::reference(int level)
{
    const QByteArray input = sample();
    uLongf size = compressBound(uLong(input.size()));
    QByteArray out(int(size), '\0');
    if (compress2(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(input.constData()),
            uLong(input.size()), level)
        != Z_OK)
        return {};
    out.resize(int(size));
    return out;
}

void tst_PdfDeflateScope::defaultLevelInsideTheScope()
{
    QVERIFY(reference(PdfDeflateScope::Level) != reference(Z_DEFAULT_COMPRESSION)); // the check can tell them apart
    QCOMPARE(deflated(Z_DEFAULT_COMPRESSION), reference(Z_DEFAULT_COMPRESSION));
    {
        const PdfDeflateScope scope;
        QCOMPARE(PdfDeflateScope::effectiveDefaultLevel(), PdfDeflateScope::Level);
        QCOMPARE(deflated(Z_DEFAULT_COMPRESSION), reference(PdfDeflateScope::Level));
        {
            const PdfDeflateScope nested;
            QCOMPARE(deflated(Z_DEFAULT_COMPRESSION), reference(PdfDeflateScope::Level));
        }
        QCOMPARE(deflated(Z_DEFAULT_COMPRESSION), reference(PdfDeflateScope::Level));
    }
    QCOMPARE(deflated(Z_DEFAULT_COMPRESSION), reference(Z_DEFAULT_COMPRESSION));
}

void tst_PdfDeflateScope::otherThreadsAndLevelsUnchanged()
{
    // Outside the scope: zlib's own compress2() also starts with deflateInit_(), so inside it, it too would
    // get the scope's level for a default-level call.
    const QByteArray defaultLevel = reference(Z_DEFAULT_COMPRESSION);
    const PdfDeflateScope scope;
    // A level asked for explicitly is kept.
    QCOMPARE(deflated(9), reference(9));
    QCOMPARE(deflated(1), reference(1));
    // Another thread (a report written elsewhere, qCompress in the window) keeps zlib's default.
    QByteArray elsewhere;
    std::thread([&elsewhere] { elsewhere = deflated(Z_DEFAULT_COMPRESSION); }).join();
    QCOMPARE(elsewhere, defaultLevel);
    QCOMPARE(reference(Z_DEFAULT_COMPRESSION), reference(PdfDeflateScope::Level));
}

QTEST_GUILESS_MAIN(tst_PdfDeflateScope)
#include "tst_pdfdeflatescope.moc"
