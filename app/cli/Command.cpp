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
