#include "IconRenderer.h"

#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

bool IconRenderer::render(
    const QString& svgPath, const QList<int>& sizes, const QString& themeDir, const QString& name, QString* error)
{
    QSvgRenderer svg(svgPath);
    if (!svg.isValid()) {
        *error = QStringLiteral("%1 is not a valid SVG").arg(svgPath);
        return false;
    }
    for (const int size : sizes) {
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter, QRectF(0, 0, size, size));
        painter.end();
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(themeDir).arg(size);
        const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
        if (!QDir().mkpath(dir) || !image.save(path, "PNG")) {
            *error = QStringLiteral("cannot write %1").arg(path);
            return false;
        }
    }
    return true;
}
