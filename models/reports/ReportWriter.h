#pragma once

#include "ReportContext.h"
#include "ReportRow.h"

#include <QByteArray>
#include <QString>

class QIODevice;

// One output format. The generator calls begin(), writeRow() for every row
// in order, then finish(); a false return stops the report.
// A format whose summary comes before its rows (PDF, HTML) gets each row as
// encodeRow() during the one pass over the query that also sums the rows up;
// the generator keeps the records (ReportSpool) and hands them back, in
// order, to writeEncoded() after begin().
class ReportWriter
{
public:
    virtual ~ReportWriter() = default;
    virtual bool begin(QIODevice* device, const ReportContext& context) = 0;
    virtual bool writeRow(const ReportRow& row) = 0;
    virtual bool finish() = 0;
    // `context` without its summary yet: the language, the options.
    virtual QByteArray encodeRow(const ReportContext& context, const ReportRow& row)
    {
        Q_UNUSED(context);
        Q_UNUSED(row);
        return QByteArray();
    }
    virtual bool writeEncoded(const QByteArray& record)
    {
        Q_UNUSED(record);
        return false;
    }
    QString error() const { return m_error; }

protected:
    QString m_error;
};
