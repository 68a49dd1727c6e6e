#pragma once

#include "ReportContext.h"
#include "ReportRow.h"

#include <QString>

class QIODevice;

// One output format. The generator calls begin(), writeRow() for every row
// in order, then finish(); a false return stops the report.
class ReportWriter
{
public:
    virtual ~ReportWriter() = default;
    virtual bool begin(QIODevice* device, const ReportContext& context) = 0;
    virtual bool writeRow(const ReportRow& row) = 0;
    virtual bool finish() = 0;
    QString error() const { return m_error; }

protected:
    QString m_error;
};
