#include "JsonScanner.h"

#include "JsonNumberDecoder.h"
#include "JsonStringDecoder.h"
#include "JsonValueFrame.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>

#include <cstring>
#include <unordered_set>

namespace {
constexpr qint64 ChunkBytes = 256 * 1024;
// Objects with more members than this check duplicate keys through a hash set.
constexpr int LinearKeyCheckLimit = 16;

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
    while (!skipSpaceBefore(m_size)) {
        if (!refill())
            return -1;
    }
    return uchar(m_data[m_pos]);
}

void JsonScanner::advance()
{
    ++m_pos;
}

// Finds where the value starting at m_pos ends, reading the device as needed, so
// that the parser proper works on bytes in memory.
bool JsonScanner::frameValue()
{
    compact();
    JsonValueFrame frame(m_pos);
    for (;;) {
        const JsonValueFrame::Step step = frame.scan(m_data, m_size);
        if (step == JsonValueFrame::Step::TooLarge)
            return fail(ErrorKind::Limit, QCoreApplication::translate("BundleReader", "value larger than 16 MB"));
        if (step == JsonValueFrame::Step::Ended)
            break;
        if (!refill()) {
            if (m_errorKind == ErrorKind::Io)
                return false;
            break;
        }
    }
    qint64 i = frame.end();
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

bool JsonScanner::skipSpaceBefore(qint64 end)
{
    while (m_pos < end) {
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
    const JsonStringDecoder::Result r
        = JsonStringDecoder::decode(reinterpret_cast<const uchar*>(m_data), m_pos, m_end, &m_scratch);
    if (!r.ok)
        return fail(r.errorKind, r.errorAt, r.message);
    *offset = r.offset;
    *length = r.length;
    *inScratch = r.inScratch;
    m_pos = r.next;
    return true;
}

bool JsonScanner::parseNumber()
{
    const qint64 start = m_pos;
    const int index = newNode(Type::Number);
    const JsonNumberDecoder::Result r = JsonNumberDecoder::decode(m_data, m_pos, m_end);
    m_pos = r.next;
    if (!r.ok)
        return r.atEnd ? failEnd() : fail(ErrorKind::Syntax, start, r.message);
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
        const int n = JsonStringDecoder::utf8Length(p, reinterpret_cast<const uchar*>(m_data) + m_end);
        if (n == 0)
            return fail(ErrorKind::Encoding, QCoreApplication::translate("BundleReader", "invalid UTF-8"));
        return fail(ErrorKind::Syntax,
            QCoreApplication::translate("BundleReader", "unexpected character '%1'")
                .arg(QString::fromUtf8(m_data + m_pos, n)));
    }
    if (c < 0x20 || c == 0x7F)
        return fail(ErrorKind::Syntax,
            QCoreApplication::translate("BundleReader", "unexpected control character %1")
                .arg(JsonStringDecoder::codePointName(c)));
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
