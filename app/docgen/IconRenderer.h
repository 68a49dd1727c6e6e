#pragma once

#include <QList>
#include <QString>

// The application icon as PNG files in the hicolor theme's layout (SIZExSIZE/apps/NAME.png), rendered from the
// one SVG in resources/icons at build time, so the sizes never drift from it.
class IconRenderer
{
public:
    // Writes THEMEDIR/SIZExSIZE/apps/NAME.png for each size; false (and a message) on failure.
    static bool render(
        const QString& svgPath, const QList<int>& sizes, const QString& themeDir, const QString& name, QString* error);
};
