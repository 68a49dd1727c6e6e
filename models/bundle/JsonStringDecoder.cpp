#include "JsonStringDecoder.h"

#include <QCoreApplication>

namespace {

using ErrorKind = JsonScanner::ErrorKind;

int hexValue(uchar c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(QByteArray* out, uint cp)
{
    if (cp < 0x80) {
        out->append(char(cp));
    } else if (cp < 0x800) {
        out->append(char(0xC0 | (cp >> 6)));
        out->append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out->append(char(0xE0 | (cp >> 12)));
        out->append(char(0x80 | ((cp >> 6) & 0x3F)));
        out->append(char(0x80 | (cp & 0x3F)));
    } else {
        out->append(char(0xF0 | (cp >> 18)));
        out->append(char(0x80 | ((cp >> 12) & 0x3F)));
        out->append(char(0x80 | ((cp >> 6) & 0x3F)));
        out->append(char(0x80 | (cp & 0x3F)));
    }
}

JsonStringDecoder::Result failed(ErrorKind kind, qint64 at, const QString& message)
{
    JsonStringDecoder::Result r;
    r.errorKind = kind;
    r.errorAt = at;
    r.message = message;
    return r;
}

} // namespace

QString JsonStringDecoder::codePointName(uint cp)
{
    return QStringLiteral("U+%1").arg(cp, 4, 16, QLatin1Char('0')).toUpper();
}

JsonStringDecoder::Result JsonStringDecoder::decode(
    const uchar* data, qint64 from, qint64 endOffset, QByteArray* scratch)
{
    Result r;
    const qint64 start = from;
    const uchar* p = data + from + 1;
    const uchar* const end = data + endOffset;
    const uchar* run = p;
    bool escaped = false;
    const qint64 scratchStart = scratch->size();
    for (;;) {
        while (p < end && *p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\')
            ++p;
        if (p >= end)
            return failed(ErrorKind::Syntax, start, QCoreApplication::translate("BundleReader", "unterminated string"));
        const uchar c = *p;
        if (c == '"') {
            qint64 bytes;
            if (escaped) {
                scratch->append(reinterpret_cast<const char*>(run), p - run);
                bytes = scratch->size() - scratchStart;
                r.offset = scratchStart;
            } else {
                bytes = p - run;
                r.offset = run - data;
            }
            if (bytes > JsonScanner::MaxStringBytes)
                return failed(
                    ErrorKind::Limit, start, QCoreApplication::translate("BundleReader", "string longer than 1 MB"));
            r.length = int(bytes);
            r.inScratch = escaped;
            r.next = p + 1 - data;
            r.ok = true;
            return r;
        }
        if (c == '\\') {
            if (!escaped) {
                escaped = true;
                scratch->reserve(scratchStart + (p - run) + 64);
            }
            scratch->append(reinterpret_cast<const char*>(run), p - run);
            if (p + 1 >= end)
                return failed(
                    ErrorKind::Syntax, start, QCoreApplication::translate("BundleReader", "unterminated string"));
            const uchar e = p[1];
            char simple = 0;
            switch (e) {
            case '"':
                simple = '"';
                break;
            case '\\':
                simple = '\\';
                break;
            case '/':
                simple = '/';
                break;
            case 'b':
                simple = '\b';
                break;
            case 'f':
                simple = '\f';
                break;
            case 'n':
                simple = '\n';
                break;
            case 'r':
                simple = '\r';
                break;
            case 't':
                simple = '\t';
                break;
            default:
                break;
            }
            if (simple) {
                scratch->append(simple);
                p += 2;
                run = p;
                continue;
            }
            if (e != 'u') {
                return failed(ErrorKind::Syntax, p - data,
                    e < 0x20 || e >= 0x7F
                        ? QCoreApplication::translate("BundleReader", "invalid escape sequence")
                        : QCoreApplication::translate("BundleReader", "invalid escape sequence '\\%1'")
                              .arg(QLatin1Char(char(e))));
            }
            auto readHex = [&](const uchar* at, uint* out) {
                if (end - at < 4)
                    return false;
                uint v = 0;
                for (int k = 0; k < 4; ++k) {
                    const int h = hexValue(at[k]);
                    if (h < 0)
                        return false;
                    v = v * 16 + uint(h);
                }
                *out = v;
                return true;
            };
            uint cp = 0;
            if (!readHex(p + 2, &cp))
                return failed(ErrorKind::Syntax, p - data,
                    QCoreApplication::translate("BundleReader", "\\u must be followed by four hex digits"));
            int consumed = 6;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                uint low = 0;
                if (end - p < 12 || p[6] != '\\' || p[7] != 'u' || !readHex(p + 8, &low) || low < 0xDC00
                    || low > 0xDFFF)
                    return failed(ErrorKind::Syntax, p - data,
                        QCoreApplication::translate("BundleReader", "unpaired UTF-16 surrogate in \\u escape"));
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                consumed = 12;
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                return failed(ErrorKind::Syntax, p - data,
                    QCoreApplication::translate("BundleReader", "unpaired UTF-16 surrogate in \\u escape"));
            } else if (cp == 0) {
                return failed(ErrorKind::Syntax, p - data,
                    QCoreApplication::translate("BundleReader", "NUL character (\\u0000) is not allowed"));
            }
            appendUtf8(scratch, cp);
            p += consumed;
            run = p;
            continue;
        }
        if (c < 0x20) {
            if (c == 0)
                return failed(ErrorKind::Encoding, p - data,
                    QCoreApplication::translate("BundleReader", "NUL byte is not allowed"));
            return failed(ErrorKind::Syntax, p - data,
                QCoreApplication::translate("BundleReader", "raw control character %1 in a string (it must be escaped)")
                    .arg(codePointName(c)));
        }
        if (c < 0x80) {
            ++p;
            continue;
        }
        const int n = utf8Length(p, end);
        if (n == 0)
            return failed(ErrorKind::Encoding, p - data, QCoreApplication::translate("BundleReader", "invalid UTF-8"));
        p += n;
    }
}

int JsonStringDecoder::utf8Length(const uchar* p, const uchar* end)
{
    const uchar c = p[0];
    int n;
    uchar lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else {
        return 0;
    }
    if (end - p < n || p[1] < lo || p[1] > hi)
        return 0;
    for (int k = 2; k < n; ++k)
        if ((p[k] & 0xC0) != 0x80)
            return 0;
    return n;
}
