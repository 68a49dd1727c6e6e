#pragma once

#include <QString>
#include <QtGlobal>

// One JSON number (RFC 8259, section 6) for JsonScanner: an optional minus, an integer part without
// leading zeros, an optional fraction and exponent, each with at least one digit. The scanner keeps
// the literal as it stands; what it means is for the reader of the field.
class JsonNumberDecoder
{
public:
    struct Result
    {
        bool ok = false;
        qint64 next = 0; // the offset after the number, or where it went wrong
        bool atEnd = false; // the input ended where a digit must be
        QString message; // why it is not a number (when !ok and !atEnd)
    };

    // `data[from]` is '-' or a digit; the number must end before `end`.
    static Result decode(const char* data, qint64 from, qint64 end);
};
