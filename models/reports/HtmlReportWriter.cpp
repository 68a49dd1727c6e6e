#include "HtmlReportWriter.h"

#include "ReportSections.h"
#include "ReportSummary.h"
#include "ReportText.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringView>

namespace {
constexpr qsizetype kFlushBytes = 256 * 1024;

// `text` as HTML text, appended: what QString::toHtmlEscaped() escapes, and control characters as
// ReportText::visible() shows them. Runs of plain characters are copied whole: this is most of a
// large report's work.
void appendEscaped(QString& out, QStringView text)
{
    qsizetype plain = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        QLatin1String entity;
        if (u == '<')
            entity = QLatin1String("&lt;");
        else if (u == '>')
            entity = QLatin1String("&gt;");
        else if (u == '&')
            entity = QLatin1String("&amp;");
        else if (u == '"')
            entity = QLatin1String("&quot;");
        else if (!((u < 0x20 && u != '\n' && u != '\t') || (u >= 0x7F && u <= 0x9F)))
            continue;
        out += text.mid(plain, i - plain);
        plain = i + 1;
        if (entity.size())
            out += entity;
        else
            out += ReportText::visible(QString(QChar(u)));
    }
    out += text.mid(plain);
}

QString esc(const QString& text)
{
    QString html;
    html.reserve(text.size() + 16);
    appendEscaped(html, text);
    return html;
}

QString cells(const QStringList& values, const char* tag)
{
    QString html = QStringLiteral("<tr>");
    const QString open = QLatin1Char('<') + QLatin1String(tag) + QLatin1Char('>');
    const QString close = QStringLiteral("</") + QLatin1String(tag) + QLatin1Char('>');
    for (const QString& value : values)
        html += open + esc(value) + close;
    return html + QStringLiteral("</tr>\n");
}

const char kStyle[]
    = "body{font-family:'DejaVu Sans','Noto Sans Thai',sans-serif;font-size:13px;margin:24px;color:#111}"
      "h1{font-size:22px}h2{font-size:17px;margin-top:28px}h3{font-size:14px}"
      "dl{display:grid;grid-template-columns:max-content auto;gap:2px 16px}dt{font-weight:bold}"
      "dd{margin:0;overflow-wrap:anywhere}"
      "table{border-collapse:collapse;margin-bottom:12px}"
      "th,td{border:1px solid #bbb;padding:2px 6px;text-align:left;vertical-align:top;"
      "white-space:pre-wrap}"
      "thead th{background:#e8eef6;position:sticky;top:0}"
      ".empty{font-size:15px;font-weight:bold}.charts svg{margin:8px 16px 8px 0}";
} // namespace

bool HtmlReportWriter::write(const QString& text)
{
    m_buffer += text.toUtf8();
    return m_buffer.size() < kFlushBytes || flush();
}

bool HtmlReportWriter::flush()
{
    if (m_device->write(m_buffer) != m_buffer.size()) {
        m_error = m_device->errorString();
        return false;
    }
    m_buffer.clear();
    return true;
}

bool HtmlReportWriter::begin(QIODevice* device, const ReportContext& context)
{
    m_device = device;
    m_context = context;
    m_buffer.clear();
    m_buffer.reserve(kFlushBytes + 64 * 1024);
    const QString lang = context.locale.bcp47Name();
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"") + esc(lang)
        + QStringLiteral("\">\n<head>\n<meta charset=\"utf-8\">\n<title>") + esc(ReportSections::title())
        + QStringLiteral("</title>\n<style>") + QLatin1String(kStyle) + QStringLiteral("</style>\n</head>\n<body>\n");
    html += QStringLiteral("<header>\n<h1>") + esc(ReportSections::title()) + QStringLiteral("</h1>\n<dl>\n");
    for (const auto& field : ReportSections::headerFields(context))
        html += QStringLiteral("<dt>") + esc(field.first) + QStringLiteral("</dt><dd>") + esc(field.second)
            + QStringLiteral("</dd>\n");
    html += QStringLiteral("</dl>\n</header>\n");

    const bool empty = !context.summary || context.summary->cases() == 0;
    html += QStringLiteral("<section id=\"summary\">\n<h2>") + esc(QCoreApplication::translate("Report", "Summary"))
        + QStringLiteral("</h2>\n");
    if (empty) {
        html += QStringLiteral("<p class=\"empty\">") + esc(ReportSections::emptyPeriodText())
            + QStringLiteral("</p>\n</section>\n");
        return write(html);
    }
    for (const ReportSections::Table& table : ReportSections::summaryTables(context)) {
        html += QStringLiteral("<h3>") + esc(table.title) + QStringLiteral("</h3>\n<table>\n<thead>")
            + cells(table.headers, "th") + QStringLiteral("</thead>\n<tbody>\n");
        for (const QStringList& row : table.rows)
            html += cells(row, "td");
        html += QStringLiteral("</tbody>\n</table>\n");
    }
    html += QStringLiteral("</section>\n<section id=\"charts\" class=\"charts\">\n<h2>")
        + esc(QCoreApplication::translate("Report", "Charts")) + QStringLiteral("</h2>\n");
    for (const ReportChart& chart : ReportSections::charts(context))
        html += QString::fromUtf8(chart.toSvg(520)) + QLatin1Char('\n');
    html += QStringLiteral("</section>\n<section id=\"cases\">\n<h2>")
        + esc(QCoreApplication::translate("Report", "Cases")) + QStringLiteral("</h2>\n");
    if (context.options.summaryOnly) {
        html += QStringLiteral("<p>") + esc(ReportSections::summaryOnlyText(context))
            + QStringLiteral("</p>\n</section>\n");
        return write(html);
    }
    html += QStringLiteral("<table id=\"case-table\">\n<thead>") + cells(ReportSections::rowHeaders(), "th")
        + QStringLiteral("</thead>\n<tbody>\n");
    m_tableOpen = true;
    return write(html);
}

bool HtmlReportWriter::writeRow(const ReportRow& row)
{
    return writeEncoded(encodeRow(m_context, row));
}

QByteArray HtmlReportWriter::encodeRow(const ReportContext& context, const ReportRow& row)
{
    m_line.clear();
    m_line += QLatin1String("<tr>");
    for (const QString& value : ReportSections::rowCells(context, row)) {
        m_line += QLatin1String("<td>");
        appendEscaped(m_line, value);
        m_line += QLatin1String("</td>");
    }
    m_line += QLatin1String("</tr>\n");
    return m_line.toUtf8();
}

bool HtmlReportWriter::writeEncoded(const QByteArray& record)
{
    m_buffer += record;
    return m_buffer.size() < kFlushBytes || flush();
}

bool HtmlReportWriter::finish()
{
    QString html;
    if (m_tableOpen)
        html += QStringLiteral("</tbody>\n</table>\n</section>\n");
    html += QStringLiteral("</body>\n</html>\n");
    return write(html) && flush();
}
