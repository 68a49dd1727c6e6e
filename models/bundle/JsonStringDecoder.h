#pragma once

#include "JsonScanner.h"

#include <QByteArray>
#include <QString>

// One JSON string (RFC 8259) for JsonScanner: checks its bytes (well-formed UTF-8, no raw control
// characters, no NUL, valid escapes and surrogate pairs, at most JsonScanner::MaxStringBytes) and
// decodes its escapes. A string without escapes stays where it is in the input; one with escapes
// is decoded into the scanner's scratch buffer.
class JsonStringDecoder
{
public:
    struct Result
    {
        bool ok = false;
        qint64 next = 0; // the offset after the closing quote
        qint64 offset = 0; // the contents: in the input, or in the scratch when inScratch
        int length = 0;
        bool inScratch = false;
        JsonScanner::ErrorKind errorKind = JsonScanner::ErrorKind::None;
        qint64 errorAt = 0; // offset in the input
        QString message;
    };

    // `data[from]` is the opening quote; the string must end before `endOffset`.
    static Result decode(const uchar* data, qint64 from, qint64 endOffset, QByteArray* scratch);
    // Length of the well-formed UTF-8 sequence at p (RFC 3629: no overlongs, no surrogates), or 0.
    static int utf8Length(const uchar* p, const uchar* end);
    // "U+001B": how a code point is named in a message.
    static QString codePointName(uint cp);
};
