#pragma once

#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>

// The fonts the PDF and the charts draw with, named on purpose per script, so
// a report looks (and wraps) the same on every machine: Latin and Cyrillic from
// DejaVu, Thai from Noto Sans Thai (its marks map back to Unicode in a PDF; the
// Tlwg fonts' shifted marks extract as private-use characters).
// A font that is not installed is a clear message naming what fontconfig used instead.
class ReportFonts
{
public:
    enum Role {
        Body, // headings, paragraphs, charts
        Table, // the PDF's tables, narrower
    };

    struct Choice
    {
        QString script; // translated: "Latin and Cyrillic", "Thai"
        QString family; // the family asked for
        QString package; // the Debian package that brings it
        bool installed = false;
        QString usedInstead; // when not installed: the family fontconfig substitutes
    };

    // The families of `role`, in the order a character is looked up.
    static QStringList families(Role role);
    // A font of `role` at `pointSize` (or `pixelSize` when > 0) with those families.
    static QFont font(Role role, qreal pointSize, int pixelSize = 0);
    // Every family of `role`, whether it is among `installed` (default: the font database's families) and
    // what stands in for it.
    static QList<Choice> choices(Role role);
    static QList<Choice> choices(Role role, const QStringList& installed);
    // One translated sentence per missing family of `role`; empty when all are installed.
    static QStringList missingFontMessages(Role role);
    static QStringList missingFontMessages(Role role, const QStringList& installed);
};
