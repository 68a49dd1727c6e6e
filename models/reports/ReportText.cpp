#include "ReportText.h"

#include "DateText.h"
#include "PolicyLabels.h"

#include "ReportOptions.h"
#include "ReportRow.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace ReportText {

QString outcomeName(const QString& id)
{
    if (id == QLatin1String("release"))
        return QCoreApplication::translate("Report", "Release");
    if (id == QLatin1String("refund"))
        return QCoreApplication::translate("Report", "Refund");
    if (id == QLatin1String("cancel"))
        return QCoreApplication::translate("Report", "Cancel");
    if (id == QLatin1String("suspend"))
        return QCoreApplication::translate("Report", "Suspend");
    if (id == QLatin1String("lift"))
        return QCoreApplication::translate("Report", "Lift");
    if (id == QLatin1String("uphold"))
        return QCoreApplication::translate("Report", "Uphold");
    if (id == QLatin1String("none"))
        return QCoreApplication::translate("Report", "No outcome");
    return id;
}

QString kindName(const QString& id)
{
    return PolicyLabels::kindOfId(id);
}

QString strikeKindName(const QString& id)
{
    return PolicyLabels::strikeKindOfId(id);
}

QString scopeName(const QString& id)
{
    return PolicyLabels::scopeOfId(id);
}

QString roleName(const QString& id)
{
    if (id == QLatin1String("buyer"))
        return QCoreApplication::translate("Report", "Buyer");
    if (id == QLatin1String("seller"))
        return QCoreApplication::translate("Report", "Seller");
    if (id == QLatin1String("user"))
        return QCoreApplication::translate("Report", "User");
    return id;
}

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("Report", "Yes") : QCoreApplication::translate("Report", "No");
}

// The locale's formats, but with four-digit years (DateText): a report is read years later.
using DateText::withFullYear;

QString dateTime(const QLocale& locale, const QDateTime& at)
{
    // Two a row: the format (a regular expression's work) is made once per locale, not per call.
    thread_local QLocale formatLocale(QLocale::C);
    thread_local QString format;
    if (format.isEmpty() || !(formatLocale == locale)) {
        format = withFullYear(locale.dateTimeFormat(QLocale::ShortFormat));
        formatLocale = locale;
    }
    return locale.toString(at.toUTC(), format);
}

// The locale's long date without the weekday: "dddd, MMMM d, yyyy" -> "MMMM d, yyyy",
// "ddddที่ d MMMM yyyy" -> "d MMMM yyyy" (the weekday's own words go with it).
static QString longDateFormat(const QLocale& locale)
{
    static const QRegularExpression weekday(QStringLiteral("d{3,4}[^dMy]*"));
    return withFullYear(locale.dateFormat(QLocale::LongFormat).remove(weekday).trimmed());
}

QString longDate(const QLocale& locale, QDate date)
{
    return locale.toString(date, longDateFormat(locale));
}

QString longDateTime(const QLocale& locale, const QDateTime& at)
{
    const QDateTime utc = at.toUTC();
    return longDate(locale, utc.date()) + QLatin1Char(' ') + locale.toString(utc.time(), QLocale::ShortFormat);
}

QString duration(const QLocale& locale, qint64 secs)
{
    const qint64 minutes = secs / 60;
    if (minutes < 60)
        return QCoreApplication::translate("Report", "%1 min").arg(locale.toString(minutes));
    if (minutes < 24 * 60)
        return QCoreApplication::translate("Report", "%1 h %2 min")
            .arg(locale.toString(minutes / 60), locale.toString(minutes % 60));
    return QCoreApplication::translate("Report", "%1 d %2 h")
        .arg(locale.toString(minutes / (24 * 60)), locale.toString(minutes / 60 % 24));
}

QString percent(const QLocale& locale, double value)
{
    return QCoreApplication::translate("Report", "%1%", "a percentage: \"7.1%\" in English, \"7,1 %\" in Swedish")
        .arg(locale.toString(value, 'f', 1));
}

QString amount(const QLocale& locale, const QString& decimal)
{
    QString digits = decimal;
    const bool negative = digits.startsWith(QLatin1Char('-'));
    if (negative)
        digits.remove(0, 1);
    const int dot = int(digits.indexOf(QLatin1Char('.')));
    const QString whole = dot < 0 ? digits : digits.left(dot);
    bool ok = false;
    const qlonglong value = whole.toLongLong(&ok);
    if (!ok)
        return decimal;
    QString text = locale.toString(value);
    if (dot >= 0)
        text += locale.decimalPoint() + digits.mid(dot + 1);
    return negative ? locale.negativeSign() + text : text;
}

QString period(const QLocale& locale, const ReportOptions& options)
{
    return QCoreApplication::translate("Report", "%1 to %2 (UTC)")
        .arg(longDate(locale, options.from), longDate(locale, options.to));
}

QString filters(const ReportOptions& options)
{
    QStringList parts;
    if (!options.agent.isEmpty())
        parts << QCoreApplication::translate("Report", "agent %1").arg(options.agent);
    if (!options.clause.isEmpty())
        parts << QCoreApplication::translate("Report", "clause %1").arg(options.clause);
    if (!options.kind.isEmpty())
        parts << QCoreApplication::translate("Report", "kind %1").arg(kindName(options.kind));
    return parts.isEmpty() ? QCoreApplication::translate("Report", "none") : parts.join(QStringLiteral(", "));
}

QString clauses(const ReportRow& row)
{
    return row.clauses.join(QLatin1Char(' '));
}

QString strikes(const ReportRow& row)
{
    QStringList parts;
    for (const ReportStrike& s : row.strikes)
        parts << s.userId + QLatin1Char(' ') + strikeKindName(s.kind);
    return parts.join(QStringLiteral("; "));
}

QString sanctions(const ReportRow& row)
{
    QStringList parts;
    for (const ReportSanction& s : row.sanctions) {
        const QString days = s.days ? QCoreApplication::translate("Report", "%n day(s)", nullptr, *s.days)
                                    : QCoreApplication::translate("Report", "length open");
        parts << s.userId + QLatin1Char(' ') + scopeName(s.scope) + QLatin1Char(' ') + days;
    }
    return parts.join(QStringLiteral("; "));
}

QString parties(const ReportRow& row)
{
    QStringList parts;
    for (const ReportParty& p : row.parties) {
        QString text = roleName(p.role) + QLatin1Char(' ') + p.userId;
        QStringList extra;
        if (!p.nickname.isEmpty())
            extra << p.nickname;
        if (!p.verifiedName.isEmpty())
            extra << p.verifiedName;
        if (!extra.isEmpty())
            text += QStringLiteral(" (") + extra.join(QStringLiteral(", ")) + QLatin1Char(')');
        parts << text;
    }
    return parts.join(QStringLiteral("; "));
}

QString visible(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 && u != '\n' && u != '\t')
            out += QChar(char16_t(0x2400 + u));
        else if (u == 0x7F)
            out += QChar(char16_t(0x2421));
        else if (u >= 0x80 && u <= 0x9F)
            out += QChar(char16_t(0xFFFD));
        else
            out += c;
    }
    return out;
}

} // namespace ReportText
