#pragma once

#include "ReportWriter.h"

class QIODevice;

// One self-contained HTML file: inline CSS, charts as inline SVG, no script,
// no external resource. Every value from the database is escaped.
class HtmlReportWriter : public ReportWriter
{
public:
    bool begin(QIODevice* device, const ReportContext& context) override;
    bool writeRow(const ReportRow& row) override;
    bool finish() override;

private:
    bool write(const QString& text);

    QIODevice* m_device = nullptr;
    ReportContext m_context;
    bool m_tableOpen = false;
};
