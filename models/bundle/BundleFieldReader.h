#pragma once

#include "BundleReader.h"
#include "BundleValues.h"
#include "JsonScanner.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringList>

// A field path built only when an error needs it: "payments[0].amount".
// A field path built only when an error needs it: "payments[0].amount".
struct BundlePath
{
    const BundlePath* parent = nullptr;
    QByteArrayView key; // empty for an array index
    int index = -1;

    BundlePath operator[](int i) const { return BundlePath { this, {}, i }; }
    BundlePath operator/(QByteArrayView k) const { return BundlePath { this, k, -1 }; }

    QString toString() const
    {
        QString prefix = parent ? parent->toString() : QString();
        if (index >= 0)
            return prefix + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
        if (key.isEmpty())
            return prefix;
        const QString name = QString::fromUtf8(key);
        return prefix.isEmpty() ? name : prefix + QLatin1Char('.') + name;
    }
};

// Reads the typed members of a parsed case (JsonScanner's nodes): each read checks presence and type
// and, on failure, sets the BundleError with the file, line and column, the case id and the field's
// path, and returns false.
class BundleFieldReader
{
public:
    using Path = BundlePath;

    BundleFieldReader(const JsonScanner& scanner, const QString& file, BundleError& error);

protected:
    bool invalid(int node, const Path& path, const QString& message);
    bool missing(int object, const Path& path);
    // The member at `path` of `object`, or -1 (then *ok is false if it was required).
    int require(int object, const Path& path, bool required, bool* ok);
    bool wrongType(int node, const Path& path, const QString& expected);

    bool readString(int object, const Path& path, bool required, QString* out, int* node = nullptr);
    bool readId(int object, const Path& path, bool required, QString* out, int* node = nullptr);
    bool readTime(int object, const Path& path, bool required, QDateTime* out);
    bool readAmount(int object, const Path& path, bool required, Decimal* out, bool* present = nullptr);
    bool readBool(int object, const Path& path, bool required, bool* out, bool* present = nullptr);
    bool readInt(int object, const Path& path, bool required, int min, int* out, bool* present = nullptr);
    template<typename E> bool readEnum(int object, const Path& path, bool required, const QStringList& allowed, E* out);
    bool readArray(int object, const Path& path, bool required, int* node);
    bool readObject(int object, const Path& path, bool required, int* node);

    const JsonScanner& m_scanner;
    const QString& m_file;
    BundleError& m_error;
    QString m_caseId; // of the case being read, for the messages
};

template<typename E>
bool BundleFieldReader::readEnum(int object, const Path& p, bool required, const QStringList& allowed, E* out)
{
    bool ok;
    const int n = require(object, p, required, &ok);
    if (n < 0)
        return ok;
    if (m_scanner.node(n).type != JsonScanner::Type::String)
        return wrongType(n, p, QCoreApplication::translate("BundleReader", "a string"));
    const QString value = m_scanner.string(n);
    if (!allowed.contains(value) || !PolicyIds::fromId(value, out))
        return invalid(n, p,
            QCoreApplication::translate("BundleReader", "%1 is not one of %2")
                .arg(BundleValues::quoted(value), allowed.join(QStringLiteral(", "))));
    return true;
}
