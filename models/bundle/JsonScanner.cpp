#include "JsonScanner.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>

#include <cstring>
#include <unordered_set>

namespace {
constexpr qint64 ChunkBytes = 256 * 1024;
// Objects with more members than this check duplicate keys through a hash set.
constexpr int LinearKeyCheckLimit = 16;

QString codePointName(uint cp)
{
    return QStringLiteral("U+%1").arg(cp, 4, 16, QLatin1Char('0')).toUpper();
}

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
} // namespace

JsonScanner::JsonScanner()
{
    m_nodes.reserve(256);
}

void JsonScanner::setData(const char* data, qint64 size, int line, qint64 offset)
{
    m_device = nullptr;
    m_buffer.clear();
    m_data = data;
    m_size = size;
    m_end = size;
    m_pos = 0;
    m_base = offset;
    m_baseColumn = 1;
    m_line = line;
    m_lineStart = offset;
    m_deviceAtEnd = true;
    m_errorKind = ErrorKind::None;
}

void JsonScanner::setDevice(QIODevice* device)
{
    m_device = device;
    m_buffer.clear();
    m_data = m_buffer.constData();
    m_size = 0;
    m_end = 0;
    m_pos = 0;
    m_base = 0;
    m_baseColumn = 1;
    m_line = 1;
    m_lineStart = 0;
    m_deviceAtEnd = false;
    m_errorKind = ErrorKind::None;
}

bool JsonScanner::refill()
{
    if (!m_device || m_deviceAtEnd)
        return false;
    const qint64 old = m_buffer.size();
    m_buffer.resize(old + ChunkBytes);
    const qint64 n = m_device->read(m_buffer.data() + old, ChunkBytes);
    m_buffer.resize(old + qMax<qint64>(n, 0));
    m_data = m_buffer.constData();
    m_size = m_buffer.size();
    m_end = m_size;
    if (n < 0) {
        m_deviceAtEnd = true;
        fail(ErrorKind::Io, m_size,
            QCoreApplication::translate("BundleReader", "cannot read the file: %1").arg(m_device->errorString()));
        return false;
    }
    if (n == 0) {
        m_deviceAtEnd = true;
        return false;
    }
    return true;
}

void JsonScanner::compact()
{
    if (!m_device || m_pos < ChunkBytes)
        return;
    const int newBaseColumn = column(m_base + m_pos, m_lineStart);
    m_buffer.remove(0, m_pos);
    m_base += m_pos;
    m_baseColumn = newBaseColumn;
    m_data = m_buffer.constData();
    m_size = m_buffer.size();
    m_end = m_size;
    m_pos = 0;
}

void JsonScanner::skipByteOrderMark()
{
    while (m_size - m_pos < 3 && refill()) { }
    if (m_size - m_pos >= 3 && std::memcmp(m_data + m_pos, "\xEF\xBB\xBF", 3) == 0) {
        m_pos += 3;
        m_lineStart = m_base + m_pos;
    }
}

int JsonScanner::peek()
{
    for (;;) {
        if (m_pos >= m_size && !refill())
            return -1;
        const char c = m_data[m_pos];
        if (c == ' ' || c == '\t' || c == '\r') {
            ++m_pos;
        } else if (c == '\n') {
            ++m_pos;
            ++m_line;
            m_lineStart = m_base + m_pos;
        } else {
            return uchar(c);
        }
    }
}

void JsonScanner::advance()
{
    ++m_pos;
}

// Finds where the value starting at m_pos ends, reading the device as needed, so
// that the parser proper works on bytes in memory. Only brackets and strings are
// tracked here; the parser reports every actual error.
bool JsonScanner::frameValue()
{
    compact();
    qint64 i = m_pos;
    int depth = 0;
    bool inString = false;
    for (;;) {
        if (i >= m_size && !refill()) {
            if (m_errorKind == ErrorKind::Io)
                return false;
            break;
        }
        if (i >= m_size)
            continue;
        if (i - m_pos > MaxValueBytes)
            return fail(ErrorKind::Limit, QCoreApplication::translate("BundleReader", "value larger than 16 MB"));
        const char c = m_data[i];
        if (inString) {
            if (c == '\\') {
                i += 2;
                continue;
            }
            ++i;
            if (c == '"') {
                inString = false;
                if (depth == 0)
                    break;
            }
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (depth == 0)
                break;
            if (--depth == 0) {
                ++i;
                break;
            }
        } else if (depth == 0 && (c == ',' || c == ' ' || c == '\t' || c == '\r' || c == '\n')) {
            break;
        }
        ++i;
    }
    // A value cannot start with a separator: keep it so that the parser names it.
    if (i == m_pos && i < m_size)
        ++i;
    m_end = qMin(i, m_size);
    return true;
}

bool JsonScanner::parseValue()
{
    m_nodes.clear();
    m_scratch.clear();
    if (m_device) {
        if (peek() < 0) {
            if (m_errorKind == ErrorKind::Io)
                return false;
            return failEnd();
        }
        if (!frameValue())
            return false;
    }
    const bool ok = parseAny(0);
    m_end = m_size;
    return ok;
}

bool JsonScanner::skipSpace()
{
    while (m_pos < m_end) {
        const char c = m_data[m_pos];
        if (c == ' ' || c == '\t' || c == '\r') {
            ++m_pos;
        } else if (c == '\n') {
            ++m_pos;
            ++m_line;
            m_lineStart = m_base + m_pos;
        } else {
            return true;
        }
    }
    return false;
}

int JsonScanner::newNode(Type type)
{
    Node n;
    n.type = type;
    n.line = m_line;
    n.offset = int(m_pos);
    n.lineStart = m_lineStart >= m_base ? int(m_lineStart - m_base) : -1;
    m_nodes.push_back(n);
    return int(m_nodes.size()) - 1;
}

bool JsonScanner::parseAny(int depth)
{
    if (!skipSpace())
        return failEnd();
    if (m_nodes.size() >= size_t(MaxValues)) {
        return fail(ErrorKind::Limit,
            QCoreApplication::translate("BundleReader", "more than %1 values in one case").arg(MaxValues));
    }
    const char c = m_data[m_pos];
    if (c == '{' || c == '[') {
        if (depth >= MaxDepth)
            return fail(ErrorKind::Limit,
                QCoreApplication::translate("BundleReader", "nested deeper than %1 levels").arg(MaxDepth));
        const bool isObject = c == '{';
        const char close = isObject ? '}' : ']';
        const int index = newNode(isObject ? Type::Object : Type::Array);
        ++m_pos;
        if (!skipSpace())
            return failEnd();
        if (m_data[m_pos] == close) {
            ++m_pos;
            return true;
        }
        int last = -1;
        std::unordered_set<uint> keyHashes;
        for (;;) {
            qint64 keyOffset = 0;
            int keyLength = 0;
            bool keyInScratch = false;
            if (isObject) {
                if (!skipSpace())
                    return failEnd();
                if (m_data[m_pos] != '"') {
                    if (m_data[m_pos] == '}' && last >= 0)
                        return fail(ErrorKind::Syntax,
                            QCoreApplication::translate("BundleReader", "trailing comma is not allowed"));
                    const uchar k = uchar(m_data[m_pos]);
                    if (k == 0 || k >= 0x80)
                        return failUnexpected();
                    return fail(ErrorKind::Syntax,
                        QCoreApplication::translate("BundleReader", "expected a member name in double quotes"));
                }
                const qint64 keyPos = m_pos;
                if (!parseStringInto(&keyOffset, &keyLength, &keyInScratch))
                    return false;
                const QByteArrayView name((keyInScratch ? m_scratch.constData() : m_data) + keyOffset, keyLength);
                const int count = m_nodes[size_t(index)].childCount;
                bool duplicate = false;
                if (count < LinearKeyCheckLimit) {
                    duplicate = member(index, name) >= 0;
                } else {
                    if (keyHashes.empty()) {
                        for (int child = m_nodes[size_t(index)].firstChild; child >= 0; child = node(child).nextSibling)
                            keyHashes.insert(uint(qHash(key(child))));
                    }
                    duplicate = !keyHashes.insert(uint(qHash(name))).second && member(index, name) >= 0;
                }
                if (duplicate)
                    return fail(ErrorKind::Syntax, keyPos,
                        QCoreApplication::translate("BundleReader", "duplicate key \"%1\"")
                            .arg(QString::fromUtf8(name)));
                if (!skipSpace())
                    return failEnd();
                if (m_data[m_pos] != ':')
                    return fail(ErrorKind::Syntax,
                        QCoreApplication::translate("BundleReader", "expected ':' after a member name"));
                ++m_pos;
            } else if (last >= 0) {
                if (!skipSpace())
                    return failEnd();
                if (m_data[m_pos] == ']')
                    return fail(ErrorKind::Syntax,
                        QCoreApplication::translate("BundleReader", "trailing comma is not allowed"));
            }
            const int child = int(m_nodes.size());
            if (!parseAny(depth + 1))
                return false;
            Node& childNode = m_nodes[size_t(child)];
            childNode.keyOffset = int(keyOffset);
            childNode.keyLength = keyLength;
            childNode.keyInScratch = keyInScratch;
            Node& parent = m_nodes[size_t(index)];
            if (last < 0)
                parent.firstChild = child;
            else
                m_nodes[size_t(last)].nextSibling = child;
            ++parent.childCount;
            last = child;
            if (!skipSpace())
                return failEnd();
            const char after = m_data[m_pos];
            if (after == close) {
                ++m_pos;
                return true;
            }
            if (after != ',')
                return fail(ErrorKind::Syntax,
                    isObject
                        ? QCoreApplication::translate("BundleReader", "expected ',' or '}' after an object member")
                        : QCoreApplication::translate("BundleReader", "expected ',' or ']' after an array element"));
            ++m_pos;
        }
    }
    if (c == '"') {
        const int index = newNode(Type::String);
        qint64 offset = 0;
        int length = 0;
        bool inScratch = false;
        if (!parseStringInto(&offset, &length, &inScratch))
            return false;
        Node& n = m_nodes[size_t(index)];
        n.textOffset = int(offset);
        n.textLength = length;
        n.textInScratch = inScratch;
        return true;
    }
    if (c == '-' || (c >= '0' && c <= '9'))
        return parseNumber();
    if (c == 't')
        return parseLiteral("true", 4, Type::True);
    if (c == 'f')
        return parseLiteral("false", 5, Type::False);
    if (c == 'n')
        return parseLiteral("null", 4, Type::Null);
    return failUnexpected();
}

bool JsonScanner::parseStringInto(qint64* offset, int* length, bool* inScratch)
{
    const qint64 start = m_pos;
    const uchar* const data = reinterpret_cast<const uchar*>(m_data);
    const uchar* p = data + m_pos + 1;
    const uchar* const end = data + m_end;
    const uchar* run = p;
    bool escaped = false;
    const qint64 scratchStart = m_scratch.size();
    for (;;) {
        while (p < end && *p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\')
            ++p;
        if (p >= end)
            return fail(ErrorKind::Syntax, start, QCoreApplication::translate("BundleReader", "unterminated string"));
        const uchar c = *p;
        if (c == '"') {
            qint64 bytes;
            if (escaped) {
                m_scratch.append(reinterpret_cast<const char*>(run), p - run);
                bytes = m_scratch.size() - scratchStart;
                *offset = scratchStart;
            } else {
                bytes = p - run;
                *offset = run - data;
            }
            if (bytes > MaxStringBytes)
                return fail(
                    ErrorKind::Limit, start, QCoreApplication::translate("BundleReader", "string longer than 1 MB"));
            *length = int(bytes);
            *inScratch = escaped;
            m_pos = p + 1 - data;
            return true;
        }
        if (c == '\\') {
            if (!escaped) {
                escaped = true;
                m_scratch.reserve(scratchStart + (p - run) + 64);
            }
            m_scratch.append(reinterpret_cast<const char*>(run), p - run);
            if (p + 1 >= end)
                return fail(
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
                m_scratch.append(simple);
                p += 2;
                run = p;
                continue;
            }
            if (e != 'u') {
                return fail(ErrorKind::Syntax, p - data,
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
                return fail(ErrorKind::Syntax, p - data,
                    QCoreApplication::translate("BundleReader", "\\u must be followed by four hex digits"));
            int consumed = 6;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                uint low = 0;
                if (end - p < 12 || p[6] != '\\' || p[7] != 'u' || !readHex(p + 8, &low) || low < 0xDC00
                    || low > 0xDFFF)
                    return fail(ErrorKind::Syntax, p - data,
                        QCoreApplication::translate("BundleReader", "unpaired UTF-16 surrogate in \\u escape"));
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                consumed = 12;
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                return fail(ErrorKind::Syntax, p - data,
                    QCoreApplication::translate("BundleReader", "unpaired UTF-16 surrogate in \\u escape"));
            } else if (cp == 0) {
                return fail(ErrorKind::Syntax, p - data,
                    QCoreApplication::translate("BundleReader", "NUL character (\\u0000) is not allowed"));
            }
            appendUtf8(&m_scratch, cp);
            p += consumed;
            run = p;
            continue;
        }
        if (c < 0x20) {
            if (c == 0)
                return fail(ErrorKind::Encoding, p - data,
                    QCoreApplication::translate("BundleReader", "NUL byte is not allowed"));
            return fail(ErrorKind::Syntax, p - data,
                QCoreApplication::translate("BundleReader", "raw control character %1 in a string (it must be escaped)")
                    .arg(codePointName(c)));
        }
        if (c < 0x80) {
            ++p;
            continue;
        }
        const int n = utf8Length(p, end);
        if (n == 0)
            return fail(ErrorKind::Encoding, p - data, QCoreApplication::translate("BundleReader", "invalid UTF-8"));
        p += n;
    }
}

// Length of the well-formed UTF-8 sequence at p (RFC 3629: no overlongs, no surrogates), or 0.
int JsonScanner::utf8Length(const uchar* p, const uchar* end)
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

bool JsonScanner::parseNumber()
{
    const qint64 start = m_pos;
    const int index = newNode(Type::Number);
    auto digit = [this] { return m_pos < m_end && m_data[m_pos] >= '0' && m_data[m_pos] <= '9'; };
    if (m_data[m_pos] == '-')
        ++m_pos;
    if (!digit())
        return m_pos >= m_end
            ? failEnd()
            : fail(ErrorKind::Syntax, start, QCoreApplication::translate("BundleReader", "invalid number"));
    if (m_data[m_pos] == '0') {
        ++m_pos;
        if (digit())
            return fail(ErrorKind::Syntax, start,
                QCoreApplication::translate("BundleReader", "invalid number: leading zeros are not allowed"));
    } else {
        while (digit())
            ++m_pos;
    }
    if (m_pos < m_end && m_data[m_pos] == '.') {
        ++m_pos;
        if (!digit())
            return fail(ErrorKind::Syntax, start,
                QCoreApplication::translate("BundleReader", "invalid number: digits must follow the decimal point"));
        while (digit())
            ++m_pos;
    }
    if (m_pos < m_end && (m_data[m_pos] == 'e' || m_data[m_pos] == 'E')) {
        ++m_pos;
        if (m_pos < m_end && (m_data[m_pos] == '+' || m_data[m_pos] == '-'))
            ++m_pos;
        if (!digit())
            return fail(ErrorKind::Syntax, start,
                QCoreApplication::translate("BundleReader", "invalid number: digits must follow the exponent"));
        while (digit())
            ++m_pos;
    }
    Node& n = m_nodes[size_t(index)];
    n.textOffset = int(start);
    n.textLength = int(m_pos - start);
    return true;
}

bool JsonScanner::parseLiteral(const char* word, int length, Type type)
{
    newNode(type);
    for (int k = 0; k < length; ++k, ++m_pos) {
        if (m_pos >= m_end)
            return failEnd();
        if (m_data[m_pos] != word[k])
            return failUnexpected();
    }
    return true;
}

bool JsonScanner::fail(ErrorKind kind, qint64 at, const QString& message)
{
    m_errorKind = kind;
    m_errorPosition = { m_line, column(m_base + at, m_lineStart) };
    m_errorMessage = message;
    return false;
}

bool JsonScanner::failEnd()
{
    return fail(ErrorKind::Syntax,
        m_device ? QCoreApplication::translate("BundleReader", "unexpected end of file")
                 : QCoreApplication::translate("BundleReader", "unexpected end of line"));
}

bool JsonScanner::failUnexpected()
{
    const uchar c = uchar(m_data[m_pos]);
    if (c == 0)
        return fail(ErrorKind::Encoding, QCoreApplication::translate("BundleReader", "NUL byte is not allowed"));
    if (c >= 0x80) {
        const auto* p = reinterpret_cast<const uchar*>(m_data) + m_pos;
        const int n = utf8Length(p, reinterpret_cast<const uchar*>(m_data) + m_end);
        if (n == 0)
            return fail(ErrorKind::Encoding, QCoreApplication::translate("BundleReader", "invalid UTF-8"));
        return fail(ErrorKind::Syntax,
            QCoreApplication::translate("BundleReader", "unexpected character '%1'")
                .arg(QString::fromUtf8(m_data + m_pos, n)));
    }
    if (c < 0x20 || c == 0x7F)
        return fail(ErrorKind::Syntax,
            QCoreApplication::translate("BundleReader", "unexpected control character %1").arg(codePointName(c)));
    if (c == '/')
        return fail(ErrorKind::Syntax, QCoreApplication::translate("BundleReader", "comments are not allowed"));
    return fail(ErrorKind::Syntax,
        QCoreApplication::translate("BundleReader", "unexpected character '%1'").arg(QLatin1Char(char(c))));
}

int JsonScanner::column(qint64 absoluteOffset, qint64 lineStart) const
{
    qint64 from;
    int col;
    if (lineStart >= m_base) {
        from = lineStart - m_base;
        col = 1;
    } else {
        from = 0;
        col = m_baseColumn;
    }
    const qint64 to = qMin(absoluteOffset - m_base, m_size);
    for (qint64 i = from; i < to; ++i)
        if ((uchar(m_data[i]) & 0xC0) != 0x80)
            ++col;
    return col;
}

int JsonScanner::member(int object, QByteArrayView name) const
{
    for (int child = node(object).firstChild; child >= 0;) {
        const Node& n = node(child);
        if (n.keyLength == name.size()
            && std::memcmp((n.keyInScratch ? m_scratch.constData() : m_data) + n.keyOffset, name.data(), n.keyLength)
                == 0)
            return child;
        child = n.nextSibling;
    }
    return -1;
}

QByteArrayView JsonScanner::key(int index) const
{
    const Node& n = node(index);
    return QByteArrayView((n.keyInScratch ? m_scratch.constData() : m_data) + n.keyOffset, n.keyLength);
}

QByteArrayView JsonScanner::text(int index) const
{
    const Node& n = node(index);
    return QByteArrayView((n.textInScratch ? m_scratch.constData() : m_data) + n.textOffset, n.textLength);
}

JsonScanner::Position JsonScanner::position(int index) const
{
    const Node& n = node(index);
    return { n.line, column(m_base + n.offset, n.lineStart >= 0 ? m_base + n.lineStart : m_base - 1) };
}

JsonScanner::Position JsonScanner::currentPosition() const
{
    return { m_line, column(m_base + m_pos, m_lineStart) };
}
