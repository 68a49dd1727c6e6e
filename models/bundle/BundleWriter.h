#pragma once

#include "CaseFacts.h"

#include <QByteArray>
#include <QString>

class QIODevice;

// Writes cases in the bundle format of case-bundle.md, exactly as BundleReader
// reads them: `.jsonl` (one case per line) or `.json` ({"format", "cases": [...]}).
class BundleWriter
{
public:
    enum class Format
    {
        JsonLines,
        Json
    };

    // The device must be open for writing; it is not closed here.
    BundleWriter(QIODevice* device, Format format);

    // .jsonl for a path ending in ".jsonl", otherwise .json.
    static Format formatForPath(const QString& path);
    // One case as a single-line JSON object, UTF-8, without a line end.
    static QByteArray toJson(const CaseFacts& facts);

    bool writeCase(const CaseFacts& facts);
    // Ends the document (closes the cases array of a .json bundle). Call once after the last case.
    bool finish();
    QString errorString() const;

private:
    bool write(const QByteArray& bytes);

    QIODevice* m_device;
    Format m_format;
    int m_written = 0;
    bool m_failed = false;
};
