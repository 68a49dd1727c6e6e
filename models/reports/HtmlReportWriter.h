#pragma once

#include "ReportWriter.h"

#include <QByteArray>
#include <QString>

class QIODevice;

// One self-contained HTML file: inline CSS, charts as inline SVG, no script,
// no external resource. Every value from the database is escaped.
class HtmlReportWriter : public ReportWriter
{
public:
    bool begin(QIODevice* device, const ReportContext& context) override;
    bool writeRow(const ReportRow& row) override;
    bool finish() override;
    QByteArray encodeRow(const ReportContext& context, const ReportRow& row) override;
    bool writeEncoded(const QByteArray& record) override;

private:
    bool write(const QString& text);
    bool flush();

    QIODevice* m_device = nullptr;
    ReportContext m_context;
    bool m_tableOpen = false;
    QString m_line; // reused for every row
    QByteArray m_buffer; // written in large blocks
};
