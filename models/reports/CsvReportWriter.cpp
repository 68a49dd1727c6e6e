#include "CsvReportWriter.h"

#include <QCoreApplication>
#include <QIODevice>

namespace {
constexpr qsizetype kFlushBytes = 256 * 1024;

// "2026-11-20T09:40:00Z" straight from the epoch milliseconds: QDateTime's
// formatting costs more than the rest of a CSV row.
QString isoTime(const QDateTime& at)
{
    const qint64 ms = at.toMSecsSinceEpoch();
    if (ms < 0)
        return at.toUTC().toString(Qt::ISODate);
    const qint64 secs = ms / 1000;
    qint64 days = secs / 86400;
    const qint64 rest = secs % 86400;
    // Civil date from days since 1970-01-01 (H. Hinnant's algorithm).
    days += 719468;
    const qint64 era = days / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    if (year > 9999)
        return at.toUTC().toString(Qt::ISODate);
    char text[21];
    const auto put = [&text](int pos, qint64 value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            text[pos + i] = char('0' + value % 10);
    };
    put(0, year, 4);
    text[4] = '-';
    put(5, month, 2);
    text[7] = '-';
    put(8, day, 2);
    text[10] = 'T';
    put(11, rest / 3600, 2);
    text[13] = ':';
    put(14, rest / 60 % 60, 2);
    text[16] = ':';
    put(17, rest % 60, 2);
    text[19] = 'Z';
    text[20] = 0;
    return QString::fromLatin1(text, 20);
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

bool isFormulaStart(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
        || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

// A spreadsheet may split a cell again on any of these (Swedish and Bulgarian ones use ';').
bool isSeparator(QChar c)
{
    return c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('\t') || c == QLatin1Char('|');
}

bool needsQuotes(const QString& text)
{
    for (const QChar c : text)
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n'))
            return true;
    return false;
}

// The cell's text as it is written: control characters other than line breaks and tabs
// shown as their visible symbols (no ESC or BEL reaches a terminal), and an apostrophe
// before every formula start at the beginning or after a separator, so no split of the
// cell by a spreadsheet starts a formula.
QString neutralised(const QString& value)
{
    QString text;
    text.reserve(value.size() + 2);
    bool atStart = true;
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (atStart && isFormulaStart(c))
            text += QLatin1Char('\'');
        if ((u < 0x20 && u != '\n' && u != '\r' && u != '\t') || u == 0x7F)
            text += QChar(u == 0x7F ? char16_t(0x2421) : char16_t(0x2400 + u)); // control pictures: U+241B for ESC
        else if (u >= 0x80 && u <= 0x9F)
            text += QChar(0xFFFD);
        else
            text += c;
        atStart = isSeparator(c);
    }
    return text;
}

void appendCell(QString& line, const QString& raw)
{
    const QString value = neutralised(raw);
    if (!needsQuotes(value)) {
        line += value;
        return;
    }
    line += QLatin1Char('"');
    for (const QChar c : value) {
        if (c == QLatin1Char('"'))
            line += QLatin1Char('"');
        line += c;
    }
    line += QLatin1Char('"');
}
} // namespace

QStringList CsvReportWriter::headers()
{
    return {
        QCoreApplication::translate("Report", "Case"),
        QCoreApplication::translate("Report", "Kind"),
        QCoreApplication::translate("Report", "Opened (UTC)"),
        QCoreApplication::translate("Report", "Decided (UTC)"),
        QCoreApplication::translate("Report", "Due (UTC)"),
        QCoreApplication::translate("Report", "Minutes to decision"),
        QCoreApplication::translate("Report", "Decided late"),
        QCoreApplication::translate("Report", "Agent"),
        QCoreApplication::translate("Report", "Suggested outcome"),
        QCoreApplication::translate("Report", "Decided outcome"),
        QCoreApplication::translate("Report", "Override"),
        QCoreApplication::translate("Report", "Override note"),
        QCoreApplication::translate("Report", "Clauses"),
        QCoreApplication::translate("Report", "Policy revision"),
        QCoreApplication::translate("Report", "Strikes"),
        QCoreApplication::translate("Report", "Sanctions"),
        QCoreApplication::translate("Report", "Fiat"),
        QCoreApplication::translate("Report", "Amount"),
        QCoreApplication::translate("Report", "Language"),
        QCoreApplication::translate("Report", "Buyer"),
        QCoreApplication::translate("Report", "Buyer nickname"),
        QCoreApplication::translate("Report", "Buyer verified name"),
        QCoreApplication::translate("Report", "Seller"),
        QCoreApplication::translate("Report", "Seller nickname"),
        QCoreApplication::translate("Report", "Seller verified name"),
        QCoreApplication::translate("Report", "Seller account"),
        QCoreApplication::translate("Report", "User"),
        QCoreApplication::translate("Report", "User nickname"),
        QCoreApplication::translate("Report", "User verified name"),
    };
}

QString CsvReportWriter::cell(const QString& value)
{
    QString text;
    appendCell(text, value);
    return text;
}

bool CsvReportWriter::writeLine(const QStringList& cells)
{
    m_line.clear();
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i)
            m_line += QLatin1Char(',');
        appendCell(m_line, cells.at(i));
    }
    m_line += QStringLiteral("\r\n");
    m_buffer += m_line.toUtf8();
    return m_buffer.size() < kFlushBytes || flush();
}

bool CsvReportWriter::flush()
{
    if (m_device->write(m_buffer) != m_buffer.size()) {
        m_error = m_device->errorString();
        return false;
    }
    m_buffer.clear();
    return true;
}

bool CsvReportWriter::begin(QIODevice* device, const ReportContext& context)
{
    m_device = device;
    m_buffer.clear();
    m_buffer.reserve(kFlushBytes + 4096);
    if (context.options.csvBom)
        m_buffer += "\xEF\xBB\xBF";
    return writeLine(headers());
}

bool CsvReportWriter::writeRow(const ReportRow& row)
{
    QStringList strikes;
    for (const ReportStrike& s : row.strikes)
        strikes << s.userId + QLatin1Char(':') + s.kind;
    QStringList sanctions;
    for (const ReportSanction& s : row.sanctions)
        sanctions << s.userId + QLatin1Char(':') + s.scope
                + (s.days ? QLatin1Char(':') + QString::number(*s.days) : QString());

    QStringList cells = {
        row.caseId,
        row.kind,
        isoTime(row.openedAt),
        isoTime(row.decidedAt),
        row.dueAt ? isoTime(*row.dueAt) : QString(),
        QString::number(row.secondsToDecision() / 60),
        yesNo(row.isLate()),
        row.agent,
        row.suggestedOutcome,
        row.outcome,
        yesNo(row.isOverride),
        row.note,
        row.clauses.join(QLatin1Char(' ')),
        row.revision,
        strikes.join(QLatin1Char(' ')),
        sanctions.join(QLatin1Char(' ')),
        row.fiat,
        row.amount,
        row.language,
    };
    for (const char* role : { "buyer", "seller", "user" }) {
        const ReportParty* p = row.party(QLatin1String(role));
        cells << (p ? p->userId : QString()) << (p ? p->nickname : QString()) << (p ? p->verifiedName : QString());
        if (qstrcmp(role, "seller") == 0)
            cells << row.sellerAccount;
    }
    return writeLine(cells);
}

bool CsvReportWriter::finish()
{
    return flush();
}
