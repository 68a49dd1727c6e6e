#pragma once

#include <QtGlobal>

// Where one JSON value ends in bytes that arrive in chunks, so that JsonScanner parses it in memory:
// only brackets and strings are tracked (a scalar ends at a separator); the parser reports every
// actual error. Offsets are those of the scanner's buffer, which only grows while a value is framed.
class JsonValueFrame
{
public:
    enum class Step
    {
        Ended, // end() is where the value ends
        NeedMore, // the bytes so far end inside the value
        TooLarge, // longer than JsonScanner::MaxValueBytes
    };

    explicit JsonValueFrame(qint64 from)
        : m_from(from)
        , m_at(from)
    { }

    // Goes on over data[end(), size).
    Step scan(const char* data, qint64 size);
    qint64 end() const { return m_at; }

private:
    qint64 m_from;
    qint64 m_at;
    int m_depth = 0;
    bool m_inString = false;
};
