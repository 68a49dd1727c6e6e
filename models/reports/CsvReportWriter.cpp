#include "CsvReportWriter.h"

#include <QCoreApplication>
#include <QIODevice>

namespace {
QString isoTime(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
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
    QString text = value;
    if (!text.isEmpty()) {
        const QChar first = text.at(0);
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            text.prepend(QLatin1Char('\''));
    }
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"'))
        || text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n'));
    if (!quote)
        return text;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

bool CsvReportWriter::writeLine(const QStringList& cells)
{
    QString line;
    for (int i = 0; i < cells.size(); ++i) {
        if (i)
            line += QLatin1Char(',');
        line += cell(cells.at(i));
    }
    line += QStringLiteral("\r\n");
    const QByteArray bytes = line.toUtf8();
    if (m_device->write(bytes) != bytes.size()) {
        m_error = m_device->errorString();
        return false;
    }
    return true;
}

bool CsvReportWriter::begin(QIODevice* device, const ReportContext& context)
{
    m_device = device;
    if (context.options.csvBom && m_device->write("\xEF\xBB\xBF", 3) != 3) {
        m_error = m_device->errorString();
        return false;
    }
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
    return true;
}
