#include "MarketHolidays.h"

#include <QFile>

#include <algorithm>

namespace MarketHolidays {

QStringList markets()
{
    return { QStringLiteral("SEK"), QStringLiteral("BGN"), QStringLiteral("THB"), QStringLiteral("EUR") };
}

bool parse(const QString& text, QList<QDate>* out, int* errorLine)
{
    QList<QDate> days;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QDate d = QDate::fromString(line.left(10), Qt::ISODate);
        if (!d.isValid() || (line.size() > 10 && !line.at(10).isSpace())) {
            if (errorLine)
                *errorLine = i + 1;
            return false;
        }
        days << d;
    }
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    *out = days;
    return true;
}

QList<QDate> shipped(const QString& currency)
{
    // Read once: the files are compiled in and never change while the program runs.
    static const QMap<QString, QList<QDate>> lists = [] {
        QMap<QString, QList<QDate>> all;
        for (const QString& market : markets()) {
            QFile file(QStringLiteral(":/holidays/") + market + QStringLiteral(".txt"));
            QList<QDate> days;
            if (file.open(QIODevice::ReadOnly) && parse(QString::fromUtf8(file.readAll()), &days))
                all.insert(market, days);
        }
        return all;
    }();
    return lists.value(currency.toUpper());
}

QMap<QString, QList<QDate>> shippedAll()
{
    QMap<QString, QList<QDate>> all;
    for (const QString& market : markets())
        all.insert(market, shipped(market));
    return all;
}

} // namespace MarketHolidays
