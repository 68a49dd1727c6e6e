#include "BundleFieldReader.h"

#include <limits>

using namespace BundleValues;
using Type = JsonScanner::Type;
using Path = BundlePath;

BundleFieldReader::BundleFieldReader(const JsonScanner& scanner, const QString& file, BundleError& error)
    : m_scanner(scanner)
    , m_file(file)
    , m_error(error)
{ }

bool BundleFieldReader::invalid(int node, const Path& p, const QString& message)
{
    const JsonScanner::Position at = m_scanner.position(node);
    m_error = BundleError { m_file, at.line, at.column, m_caseId, p.toString(), message };
    return false;
}

bool BundleFieldReader::missing(int object, const Path& p)
{
    return invalid(object, p, QCoreApplication::translate("BundleReader", "required field is missing"));
}

bool BundleFieldReader::wrongType(int node, const Path& p, const QString& expected)
{
    return invalid(node, p,
        QCoreApplication::translate("BundleReader", "must be %1, not %2")
            .arg(expected, typeName(m_scanner.node(node).type)));
}

int BundleFieldReader::require(int object, const Path& p, bool required, bool* ok)
{
    const int n = m_scanner.member(object, p.key);
    *ok = n >= 0 || !required || missing(object, p);
    return n;
}

bool BundleFieldReader::readString(int object, const Path& p, bool required, QString* out, int* node)
{
    bool ok;
    const int n = require(object, p, required, &ok);
    if (node)
        *node = n;
    if (n < 0)
        return ok;
    if (m_scanner.node(n).type != Type::String)
        return wrongType(n, p, QCoreApplication::translate("BundleReader", "a string"));
    *out = m_scanner.string(n);
    return true;
}

bool BundleFieldReader::readId(int object, const Path& p, bool required, QString* out, int* node)
{
    int n;
    if (!readString(object, p, required, out, &n))
        return false;
    if (node)
        *node = n;
    if (n >= 0 && !isValidId(*out))
        return invalid(n, p,
            QCoreApplication::translate("BundleReader", "%1 is not a valid id (1 to 64 printable characters)")
                .arg(quoted(*out)));
    if (n >= 0) {
        const QString confusable = confusableId(*out);
        if (!confusable.isEmpty())
            return invalid(n, p,
                QCoreApplication::translate("BundleReader", "the id %1 %2: it could pass for another id")
                    .arg(quoted(*out), confusable));
    }
    return true;
}

bool BundleFieldReader::readTime(int object, const Path& p, bool required, QDateTime* out)
{
    bool ok;
    const int n = require(object, p, required, &ok);
    if (n < 0)
        return ok;
    if (m_scanner.node(n).type != Type::String)
        return wrongType(n, p, QCoreApplication::translate("BundleReader", "a time string"));
    if (!parseTime(m_scanner.text(n), out))
        return invalid(n, p,
            QCoreApplication::translate(
                "BundleReader", "%1 is not an ISO 8601 time with a zone, like 2026-11-20T09:15:00Z")
                .arg(quoted(m_scanner.string(n))));
    // A P2P desk's records are from this century: year 1 or 9999 is a broken export, not a fact.
    static const QDateTime first(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC);
    static const QDateTime last(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC);
    if (*out < first || *out >= last)
        return invalid(n, p,
            QCoreApplication::translate("BundleReader", "%1 is not a plausible time (years 2000 to 2099)")
                .arg(quoted(m_scanner.string(n))));
    return true;
}

bool BundleFieldReader::readAmount(int object, const Path& p, bool required, Decimal* out, bool* present)
{
    bool ok;
    const int n = require(object, p, required, &ok);
    if (present)
        *present = n >= 0;
    if (n < 0)
        return ok;
    const Type type = m_scanner.node(n).type;
    if (type == Type::Number)
        return invalid(n, p,
            QCoreApplication::translate(
                "BundleReader", "must be a decimal string like \"1500.00\", not a JSON number"));
    if (type != Type::String)
        return wrongType(n, p, QCoreApplication::translate("BundleReader", "a decimal string"));
    const QString text = m_scanner.string(n);
    Decimal::ParseError error = Decimal::NoError;
    if (!Decimal::parse(text, out, &error))
        return invalid(n, p,
            error == Decimal::TooLarge
                ? QCoreApplication::translate("BundleReader", "%1 is too large for an amount").arg(quoted(text))
                : QCoreApplication::translate("BundleReader", "%1 is not a decimal amount").arg(quoted(text)));
    if (out->isNegative())
        return invalid(n, p, QCoreApplication::translate("BundleReader", "%1 must not be negative").arg(quoted(text)));
    return true;
}

bool BundleFieldReader::readBool(int object, const Path& p, bool required, bool* out, bool* present)
{
    bool ok;
    const int n = require(object, p, required, &ok);
    if (present)
        *present = n >= 0;
    if (n < 0)
        return ok;
    const Type type = m_scanner.node(n).type;
    if (type != Type::True && type != Type::False)
        return wrongType(n, p, QCoreApplication::translate("BundleReader", "true or false"));
    *out = type == Type::True;
    return true;
}

bool BundleFieldReader::readInt(int object, const Path& p, bool required, int min, int* out, bool* present)
{
    bool ok;
    const int n = require(object, p, required, &ok);
    if (present)
        *present = n >= 0;
    if (n < 0)
        return ok;
    if (m_scanner.node(n).type != Type::Number)
        return wrongType(n, p, QCoreApplication::translate("BundleReader", "an integer"));
    const QByteArrayView text = m_scanner.text(n);
    qint64 value = 0;
    bool negative = false;
    bool valid = !text.isEmpty();
    for (qsizetype i = 0; i < text.size() && valid; ++i) {
        const char c = text[i];
        if (i == 0 && c == '-')
            negative = true;
        else if (c >= '0' && c <= '9' && value <= std::numeric_limits<int>::max())
            value = value * 10 + (c - '0');
        else
            valid = false;
    }
    if (negative)
        value = -value;
    if (!valid || value < min || value > std::numeric_limits<int>::max()) {
        return invalid(n, p,
            min == 0 ? QCoreApplication::translate("BundleReader", "%1 is not a non-negative integer")
                           .arg(QString::fromUtf8(text))
                     : QCoreApplication::translate("BundleReader", "%1 is not an integer of at least %2")
                           .arg(QString::fromUtf8(text))
                           .arg(min));
    }
    *out = int(value);
    return true;
}
bool BundleFieldReader::readArray(int object, const Path& p, bool required, int* node)
{
    bool ok;
    *node = require(object, p, required, &ok);
    if (*node >= 0 && m_scanner.node(*node).type != Type::Array)
        return wrongType(*node, p, QCoreApplication::translate("BundleReader", "an array"));
    return ok;
}

bool BundleFieldReader::readObject(int object, const Path& p, bool required, int* node)
{
    bool ok;
    *node = require(object, p, required, &ok);
    if (*node >= 0 && m_scanner.node(*node).type != Type::Object)
        return wrongType(*node, p, QCoreApplication::translate("BundleReader", "an object"));
    return ok;
}
