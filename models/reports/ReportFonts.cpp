#include "ReportFonts.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontInfo>

namespace {

struct Family
{
    const char* script;
    const char* body;
    const char* table;
    const char* package;
};

// Latin/Cyrillic first: Thai text falls through to the second family, digits and punctuation stay in the first.
constexpr Family kFamilies[] = {
    { QT_TRANSLATE_NOOP("ReportFonts", "Latin and Cyrillic"), "DejaVu Sans", "DejaVu Sans Condensed",
        "fonts-dejavu-extra" },
    { QT_TRANSLATE_NOOP("ReportFonts", "Thai"), "Noto Sans Thai", "Noto Sans Thai", "fonts-noto-core" },
};

QString familyOf(const Family& f, ReportFonts::Role role)
{
    return QString::fromLatin1(role == ReportFonts::Table ? f.table : f.body);
}

} // namespace

QStringList ReportFonts::families(Role role)
{
    QStringList list;
    for (const Family& f : kFamilies)
        list << familyOf(f, role);
    return list;
}

QFont ReportFonts::font(Role role, qreal pointSize, int pixelSize)
{
    QFont font;
    font.setFamilies(families(role));
    if (pixelSize > 0)
        font.setPixelSize(pixelSize);
    else
        font.setPointSizeF(pointSize);
    return font;
}

QList<ReportFonts::Choice> ReportFonts::choices(Role role)
{
    return choices(role, QFontDatabase::families());
}

QList<ReportFonts::Choice> ReportFonts::choices(Role role, const QStringList& installed)
{
    QList<Choice> list;
    for (const Family& f : kFamilies) {
        Choice choice;
        choice.script = QCoreApplication::translate("ReportFonts", f.script);
        choice.family = familyOf(f, role);
        choice.package = QString::fromLatin1(f.package);
        // Only a real family counts, not a fontconfig alias that hasFamily() would accept.
        choice.installed = installed.contains(choice.family, Qt::CaseInsensitive);
        if (!choice.installed)
            choice.usedInstead = QFontInfo(QFont(choice.family)).family();
        list << choice;
    }
    return list;
}

QStringList ReportFonts::missingFontMessages(Role role)
{
    return missingFontMessages(role, QFontDatabase::families());
}

QStringList ReportFonts::missingFontMessages(Role role, const QStringList& installed)
{
    QStringList messages;
    for (const Choice& c : choices(role, installed)) {
        if (c.installed)
            continue;
        messages << QCoreApplication::translate("ReportFonts",
            "The report font for %1, \"%2\", is not installed (Debian package %3): \"%4\" is used instead, so "
            "text may wrap differently.")
                        .arg(c.script, c.family, c.package, c.usedInstead);
    }
    return messages;
}
