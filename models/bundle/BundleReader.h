#pragma once

#include "CaseFacts.h"

#include <QString>

#include <memory>

// Where and why a bundle is invalid (case-bundle.md "Bad input"):
// `bundle.json:14:9: case AP-2026-000123: payments[0].amount: "15,75" is not a decimal amount`
struct BundleError
{
    QString file; // as given by the caller (not made absolute)
    int line = 0; // 1-based
    int column = 0; // 1-based, in characters of the line
    QString caseId; // empty when not known
    QString field; // JSON path inside the case, e.g. "payments[0].amount"; empty for syntax errors
    QString message;

    QString toString() const;
};

// Reads a `.json` or `.jsonl` case bundle one case at a time, validating strictly.
// Streams: memory stays bounded by the largest single case, never the whole file.
class BundleReader
{
public:
    enum Result
    {
        CaseRead, // `facts` holds a valid case
        InvalidCase, // this case is invalid (error() says why); reading can go on with the next
        FatalError, // the file cannot be read further (syntax, encoding, I/O); error() says why
        EndOfFile
    };

    explicit BundleReader(const QString& path);
    ~BundleReader();

    // Opens the file; format by extension (.jsonl: one case per line, otherwise .json).
    bool open();
    // `facts` may be null to validate only. After a FatalError, next() returns EndOfFile.
    // In a `.json`, cases before a missing or wrong "format" member that follows the
    // cases array are returned before the FatalError: import a file whole or not at all.
    Result next(CaseFacts* facts);
    BundleError error() const;

    qint64 bytesRead() const;
    qint64 totalBytes() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};
