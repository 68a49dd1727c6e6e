#include "JsonNumberDecoder.h"

#include <QCoreApplication>

namespace {

JsonNumberDecoder::Result failed(qint64 at, const QString& message)
{
    JsonNumberDecoder::Result r;
    r.next = at;
    r.message = message;
    return r;
}

} // namespace

JsonNumberDecoder::Result JsonNumberDecoder::decode(const char* data, qint64 from, qint64 end)
{
    qint64 pos = from;
    auto digit = [&] { return pos < end && data[pos] >= '0' && data[pos] <= '9'; };
    if (data[pos] == '-')
        ++pos;
    if (!digit()) {
        if (pos >= end) {
            Result r;
            r.next = pos;
            r.atEnd = true;
            return r;
        }
        return failed(pos, QCoreApplication::translate("BundleReader", "invalid number"));
    }
    if (data[pos] == '0') {
        ++pos;
        if (digit())
            return failed(
                pos, QCoreApplication::translate("BundleReader", "invalid number: leading zeros are not allowed"));
    } else {
        while (digit())
            ++pos;
    }
    if (pos < end && data[pos] == '.') {
        ++pos;
        if (!digit())
            return failed(pos,
                QCoreApplication::translate("BundleReader", "invalid number: digits must follow the decimal point"));
        while (digit())
            ++pos;
    }
    if (pos < end && (data[pos] == 'e' || data[pos] == 'E')) {
        ++pos;
        if (pos < end && (data[pos] == '+' || data[pos] == '-'))
            ++pos;
        if (!digit())
            return failed(
                pos, QCoreApplication::translate("BundleReader", "invalid number: digits must follow the exponent"));
        while (digit())
            ++pos;
    }
    Result r;
    r.ok = true;
    r.next = pos;
    return r;
}
