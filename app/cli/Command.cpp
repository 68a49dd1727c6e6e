#include "Command.h"

#include "Clock.h"
#include "CommandContext.h"

#include <QCommandLineParser>

void Command::addOptions(QCommandLineParser&) const { }

bool Command::parseAt(const QCommandLineParser& options, CommandContext& context, QDateTime* at)
{
    const QString text = options.value(QStringLiteral("at"));
    if (text.isEmpty()) {
        *at = context.clock().now();
        return true;
    }
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!parsed.isValid() || parsed.timeSpec() == Qt::LocalTime) {
        context.err() << tr("--at: \"%1\" is not an ISO 8601 time with a zone (e.g. 2026-11-20T09:15:00Z)").arg(text)
                      << Qt::endl;
        return false;
    }
    *at = parsed.toUTC();
    return true;
}

QString Command::parsePeriod(
    const QCommandLineParser& options, const QDate& defaultTo, int defaultDays, QDate* from, QDate* to)
{
    const QString toText = options.value(QStringLiteral("to"));
    *to = options.isSet(QStringLiteral("to")) ? QDate::fromString(toText, Qt::ISODate) : defaultTo;
    if (!to->isValid())
        return tr("--to: not a date (YYYY-MM-DD): %1").arg(toText);
    const QString fromText = options.value(QStringLiteral("from"));
    *from = options.isSet(QStringLiteral("from")) ? QDate::fromString(fromText, Qt::ISODate)
                                                  : to->addDays(1 - defaultDays);
    if (!from->isValid())
        return tr("--from: not a date (YYYY-MM-DD): %1").arg(fromText);
    if (*to < *from)
        return tr("--to is before --from");
    return QString();
}

QString Command::agentName(const QCommandLineParser& options)
{
    const QString agent = options.value(QStringLiteral("agent")).trimmed();
    return agent.isEmpty() ? qEnvironmentVariable("USER", QStringLiteral("appealdesk")) : agent;
}

QString Command::isoTime(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

QString Command::jsonText(const QByteArray& json)
{
    const QString text = QString::fromUtf8(json);
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        if (ch.unicode() >= 0x7F && ch.unicode() <= 0x9F)
            out += QStringLiteral("\\u%1").arg(ch.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += ch;
    }
    return out;
}
