#include "BundleReader.h"

#include "BundleValues.h"
#include "CaseValidator.h"
#include "JsonScanner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <limits>

using namespace BundleValues;
using Type = JsonScanner::Type;

namespace {

const char* const FormatId = "appealdesk.case/1";
constexpr qint64 LineChunk = 64 * 1024;

} // namespace

QString BundleError::toString() const
{
    QString out = file + QLatin1Char(':');
    if (line > 0)
        out += QString::number(line) + QLatin1Char(':') + QString::number(column) + QLatin1Char(':');
    out += QLatin1Char(' ');
    if (!caseId.isEmpty())
        out += QCoreApplication::translate("BundleReader", "case %1").arg(caseId) + QStringLiteral(": ");
    if (!field.isEmpty())
        out += field + QStringLiteral(": ");
    return out + message;
}

class BundleReader::Private
{
public:
    enum class JsonState
    {
        Start,
        Members,
        CasesFirst,
        CasesNext,
        End
    };

    QString path;
    QFile file;
    bool jsonLines = false;
    bool done = false;
    JsonScanner scanner;
    BundleError error;

    QByteArray line;
    int lineNumber = 0;

    JsonState state = JsonState::Start;
    bool firstMember = true;
    bool formatSeen = false;
    bool casesSeen = false;
    QSet<QByteArray> topLevelKeys;

    CaseValidator validator { scanner, path, error };
    CaseFacts* facts = nullptr;

    Result fatal(int line, int column, const QString& message);
    Result fatalFromScanner();
    Result nextLine();
    Result nextInDocument();
    Result caseFromScanner();
    bool readLine(bool* tooLong);
};

BundleReader::Result BundleReader::Private::fatal(int line, int column, const QString& message)
{
    error = BundleError { path, line, column, QString(), QString(), message };
    done = true;
    return FatalError;
}

BundleReader::Result BundleReader::Private::fatalFromScanner()
{
    const JsonScanner::Position at = scanner.errorPosition();
    return fatal(at.line, at.column, scanner.errorMessage());
}

BundleReader::Result BundleReader::Private::caseFromScanner()
{
    return validator.validate(scanner.root(), facts) ? CaseRead : InvalidCase;
}

// Reads the next line into `line` (without its end of line), at most MaxValueBytes;
// a longer line is skipped to its end and *tooLong set. False at the end of the file.
bool BundleReader::Private::readLine(bool* tooLong)
{
    *tooLong = false;
    line.resize(0);
    qint64 size = 0;
    for (;;) {
        if (size + LineChunk + 1 > line.size())
            line.resize(size + LineChunk + 1);
        const qint64 n = file.readLine(line.data() + size, LineChunk + 1);
        if (n <= 0)
            break;
        size += n;
        if (line[size - 1] == '\n')
            break;
        if (size > JsonScanner::MaxValueBytes) {
            *tooLong = true;
            size = 0;
        }
    }
    line.resize(size);
    if (size == 0 && !*tooLong)
        return false;
    while (!line.isEmpty() && (line.back() == '\n' || line.back() == '\r'))
        line.chop(1);
    return true;
}

BundleReader::Result BundleReader::Private::nextLine()
{
    for (;;) {
        const qint64 offset = file.pos();
        bool tooLong = false;
        if (!readLine(&tooLong)) {
            done = true;
            if (file.error() != QFileDevice::NoError)
                return fatal(lineNumber + 1, 1,
                    QCoreApplication::translate("BundleReader", "cannot read the file: %1").arg(file.errorString()));
            return EndOfFile;
        }
        ++lineNumber;
        if (tooLong) {
            error = BundleError { path, lineNumber, 1, QString(), QString(),
                QCoreApplication::translate("BundleReader", "case larger than 16 MB") };
            return InvalidCase;
        }
        qint64 skip = 0;
        if (lineNumber == 1 && line.startsWith("\xEF\xBB\xBF"))
            skip = 3;
        scanner.setData(line.constData() + skip, line.size() - skip, lineNumber, offset + skip);
        if (scanner.peek() < 0)
            continue;
        if (!scanner.parseValue()) {
            if (scanner.errorKind() == JsonScanner::ErrorKind::Encoding)
                return fatalFromScanner();
            const JsonScanner::Position at = scanner.errorPosition();
            error = BundleError { path, at.line, at.column, QString(), QString(), scanner.errorMessage() };
            return InvalidCase;
        }
        if (scanner.peek() >= 0) {
            const JsonScanner::Position at = scanner.currentPosition();
            error = BundleError { path, at.line, at.column, QString(), QString(),
                QCoreApplication::translate("BundleReader", "unexpected data after the case (one case per line)") };
            return InvalidCase;
        }
        return caseFromScanner();
    }
}

BundleReader::Result BundleReader::Private::nextInDocument()
{
    auto fatalHere = [this](const QString& message) {
        if (scanner.errorKind() == JsonScanner::ErrorKind::Io)
            return fatalFromScanner();
        const JsonScanner::Position at = scanner.currentPosition();
        return fatal(at.line, at.column, message);
    };
    auto expected = [&](int c, const QString& message) {
        return c < 0 ? fatalHere(QCoreApplication::translate("BundleReader", "unexpected end of file"))
                     : fatalHere(message);
    };
    for (;;) {
        int c = scanner.peek();
        switch (state) {
        case JsonState::Start:
            if (c != '{')
                return expected(c,
                    QCoreApplication::translate(
                        "BundleReader", "expected a bundle object {\"format\": \"%1\", \"cases\": [...]}")
                        .arg(QLatin1String(FormatId)));
            scanner.advance();
            state = JsonState::Members;
            break;
        case JsonState::Members: {
            if (c == '}') {
                scanner.advance();
                state = JsonState::End;
                break;
            }
            if (!firstMember) {
                if (c != ',')
                    return expected(
                        c, QCoreApplication::translate("BundleReader", "expected ',' or '}' after a bundle member"));
                scanner.advance();
                c = scanner.peek();
                if (c == '}')
                    return fatalHere(QCoreApplication::translate("BundleReader", "trailing comma is not allowed"));
            }
            if (c != '"')
                return expected(
                    c, QCoreApplication::translate("BundleReader", "expected a member name in double quotes"));
            if (!scanner.parseValue())
                return fatalFromScanner();
            const QByteArray key = scanner.text(scanner.root()).toByteArray();
            const JsonScanner::Position keyAt = scanner.position(scanner.root());
            if (topLevelKeys.contains(key))
                return fatal(keyAt.line, keyAt.column,
                    QCoreApplication::translate("BundleReader", "duplicate key \"%1\"").arg(QString::fromUtf8(key)));
            topLevelKeys.insert(key);
            firstMember = false;
            c = scanner.peek();
            if (c != ':')
                return expected(c, QCoreApplication::translate("BundleReader", "expected ':' after a member name"));
            scanner.advance();
            c = scanner.peek();
            if (key == "cases") {
                if (c != '[') {
                    if (c < 0)
                        return fatalHere(QCoreApplication::translate("BundleReader", "unexpected end of file"));
                    if (!scanner.parseValue())
                        return fatalFromScanner();
                    const JsonScanner::Position at = scanner.position(scanner.root());
                    return fatal(at.line, at.column,
                        QCoreApplication::translate("BundleReader", "\"cases\" must be an array, not %1")
                            .arg(typeName(scanner.node(scanner.root()).type)));
                }
                scanner.advance();
                casesSeen = true;
                state = JsonState::CasesFirst;
                break;
            }
            if (!scanner.parseValue())
                return fatalFromScanner();
            if (key == "format") {
                const JsonScanner::Position at = scanner.position(scanner.root());
                const QString format
                    = scanner.node(scanner.root()).type == Type::String ? scanner.string(scanner.root()) : QString();
                if (format != QLatin1String(FormatId)) {
                    return fatal(at.line, at.column,
                        QCoreApplication::translate("BundleReader", "unsupported format %1, expected \"%2\"")
                            .arg(format.isNull() ? typeName(scanner.node(scanner.root()).type) : quoted(format),
                                QLatin1String(FormatId)));
                }
                formatSeen = true;
            }
            break;
        }
        case JsonState::CasesFirst:
        case JsonState::CasesNext:
            if (c == ']') {
                scanner.advance();
                state = JsonState::Members;
                break;
            }
            if (state == JsonState::CasesNext) {
                if (c != ',')
                    return expected(c, QCoreApplication::translate("BundleReader", "expected ',' or ']' after a case"));
                scanner.advance();
                c = scanner.peek();
                if (c == ']')
                    return fatalHere(QCoreApplication::translate("BundleReader", "trailing comma is not allowed"));
            }
            if (c < 0)
                return fatalHere(QCoreApplication::translate("BundleReader", "unexpected end of file"));
            state = JsonState::CasesNext;
            if (!scanner.parseValue())
                return fatalFromScanner();
            return caseFromScanner();
        case JsonState::End:
            if (c >= 0)
                return fatalHere(
                    QCoreApplication::translate("BundleReader", "unexpected data after the bundle object"));
            if (scanner.errorKind() == JsonScanner::ErrorKind::Io)
                return fatalFromScanner();
            if (!formatSeen)
                return fatal(1, 1, QCoreApplication::translate("BundleReader", "the bundle has no \"format\" member"));
            if (!casesSeen)
                return fatal(1, 1, QCoreApplication::translate("BundleReader", "the bundle has no \"cases\" member"));
            done = true;
            return EndOfFile;
        }
    }
}

BundleReader::BundleReader(const QString& path)
    : d(new Private)
{
    d->path = path;
    d->file.setFileName(path);
    d->jsonLines = path.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive);
}

BundleReader::~BundleReader() = default;

bool BundleReader::open()
{
    const QIODevice::OpenMode mode = d->jsonLines ? QIODevice::ReadOnly : QIODevice::ReadOnly | QIODevice::Unbuffered;
    if (!d->file.open(mode)) {
        d->error = BundleError { d->path, 0, 0, QString(), QString(),
            QCoreApplication::translate("BundleReader", "cannot open the file: %1").arg(d->file.errorString()) };
        d->done = true;
        return false;
    }
    if (!d->jsonLines) {
        d->scanner.setDevice(&d->file);
        d->scanner.skipByteOrderMark();
    }
    return true;
}

BundleReader::Result BundleReader::next(CaseFacts* facts)
{
    if (d->done || !d->file.isOpen())
        return EndOfFile;
    CaseFacts scratch;
    d->facts = facts ? facts : &scratch;
    return d->jsonLines ? d->nextLine() : d->nextInDocument();
}

BundleError BundleReader::error() const
{
    return d->error;
}

qint64 BundleReader::bytesRead() const
{
    return d->jsonLines ? d->file.pos() : d->scanner.bytesConsumed();
}

qint64 BundleReader::totalBytes() const
{
    return d->file.size();
}
