#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

class QIODevice;

// A strict RFC 8259 parser over UTF-8 bytes that, unlike QJsonDocument, reports
// 1-based line and column, rejects duplicate keys, raw control characters, NUL
// bytes and invalid UTF-8, and bounds nesting depth, string length and value size.
//
// It parses one value at a time into a flat node tree that is reused between
// values, either from a caller's buffer (one `.jsonl` line) or from a device
// that it reads in chunks (a `.json` file, whose top level the caller walks
// token by token so that the cases array is never held in memory whole).
class JsonScanner
{
public:
    static constexpr int MaxDepth = 64;
    static constexpr qint64 MaxStringBytes = 1 << 20;
    static constexpr qint64 MaxValueBytes = 16 << 20;
    static constexpr int MaxValues = 500000; // per parsed value: bounds the node tree's memory

    enum class Type : quint8
    {
        Null,
        False,
        True,
        Number,
        String,
        Array,
        Object
    };

    // Syntax: not JSON. Encoding: not UTF-8 text (invalid UTF-8, NUL bytes).
    // Limit: too deep, too long. Io: the device failed.
    enum class ErrorKind
    {
        None,
        Syntax,
        Encoding,
        Limit,
        Io
    };

    // Offsets are relative to the start of the current input (the `.jsonl` line or the
    // read buffer), which a value never exceeds (MaxValueBytes).
    struct Node
    {
        Type type = Type::Null;
        bool keyInScratch = false;
        bool textInScratch = false;
        int line = 0;
        int offset = 0; // the value's first byte
        int lineStart = 0; // the start of its line; -1 when that lies before the input
        int keyOffset = 0; // member name, for children of an object, in the input or the scratch
        int keyLength = 0;
        int textOffset = 0; // string contents (decoded) or number literal, in the input or the scratch
        int textLength = 0;
        int firstChild = -1;
        int nextSibling = -1;
        int childCount = 0;
    };

    struct Position
    {
        int line = 0;
        int column = 0;
    };

    JsonScanner();

    // Parse from `size` bytes at `data` (not copied; must outlive the parse and the
    // use of its nodes). `line` and `offset` are where the bytes start in the file.
    void setData(const char* data, qint64 size, int line, qint64 offset);
    // Parse from a device, read in chunks on demand.
    void setDevice(QIODevice* device);

    // Skips a UTF-8 byte order mark at the current position, if any.
    void skipByteOrderMark();
    // Skips whitespace; returns the next byte, or -1 at the end of the input (or on an I/O error).
    int peek();
    // Consumes the byte peek() returned.
    void advance();
    // Parses one complete value at the current position into the node tree (root()).
    // Nodes and their texts stay valid until the next call.
    bool parseValue();

    const Node& node(int index) const { return m_nodes[size_t(index)]; }
    int root() const { return 0; }
    // The child of an object with the given key, or -1.
    int member(int object, QByteArrayView key) const;
    QByteArrayView key(int index) const;
    QByteArrayView text(int index) const;
    QString string(int index) const { return QString::fromUtf8(text(index)); }

    Position position(int index) const;
    Position currentPosition() const;
    qint64 bytesConsumed() const { return m_base + m_pos; }

    ErrorKind errorKind() const { return m_errorKind; }
    Position errorPosition() const { return m_errorPosition; }
    QString errorMessage() const { return m_errorMessage; }

private:
    bool fail(ErrorKind kind, qint64 at, const QString& message);
    bool fail(ErrorKind kind, const QString& message) { return fail(kind, m_pos, message); }
    bool failUnexpected();
    bool failEnd();
    int column(qint64 absoluteOffset, qint64 lineStart) const;

    bool refill();
    bool frameValue();
    void compact();

    int newNode(Type type);
    bool parseAny(int depth);
    bool parseStringInto(qint64* offset, int* length, bool* inScratch);
    bool parseNumber();
    bool parseLiteral(const char* word, int length, Type type);
    // Skips whitespace before `end` (the framed value's end, or in peek() all bytes read so far);
    // false when it reaches `end`.
    bool skipSpaceBefore(qint64 end);
    bool skipSpace() { return skipSpaceBefore(m_end); }

    QIODevice* m_device = nullptr;
    QByteArray m_buffer; // owned bytes in device mode
    const char* m_data = nullptr;
    qint64 m_size = 0; // bytes available at m_data
    qint64 m_end = 0; // parsing may not go past this (end of the framed value)
    qint64 m_pos = 0;
    qint64 m_base = 0; // absolute offset of m_data[0]
    int m_baseColumn = 1; // column of m_data[0], used when its line started before it
    int m_line = 1;
    qint64 m_lineStart = 0; // absolute
    bool m_deviceAtEnd = true;

    std::vector<Node> m_nodes;
    QByteArray m_scratch; // decoded strings that contained escapes

    ErrorKind m_errorKind = ErrorKind::None;
    Position m_errorPosition;
    QString m_errorMessage;
};
