#pragma once

#include "ReportWriter.h"

#include <QByteArray>
#include <QStringList>

// RFC 4180 CSV in UTF-8 (CRLF line ends, quotes only where needed), an
// optional BOM for Excel, and OWASP's neutralisation of formula cells.
// Column headers are in the report language; every value is a stable code,
// an ISO 8601 UTC time or a plain decimal, so scripts parse any language.
class CsvReportWriter : public ReportWriter
{
public:
    bool begin(QIODevice* device, const ReportContext& context) override;
    bool writeRow(const ReportRow& row) override;
    bool finish() override;

    // One cell: neutralised (leading = + - @ tab CR get a ') and quoted if it holds , " CR or LF.
    static QString cell(const QString& value);
    static QStringList headers();

private:
    bool writeLine(const QStringList& cells);
    bool flush();

    QIODevice* m_device = nullptr;
    QString m_line; // reused for every row
    QByteArray m_buffer; // written in large blocks
};
