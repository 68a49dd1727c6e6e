#include "Icons.h"

#include <QApplication>
#include <QFile>
#include <QStyle>

namespace Icons {

namespace {

struct Source
{
    const char* themeName;
    const char* resourceName; // under :/icons/, empty when the style's pixmap is good enough
    QStyle::StandardPixmap standard;
};

Source sourceOf(Id id)
{
    switch (id) {
    case Id::App:
        return { "appealdesk", "appealdesk.svg", QStyle::SP_CustomBase };
    case Id::Import:
        return { "document-import", "", QStyle::SP_DialogOpenButton };
    case Id::Report:
        return { "x-office-spreadsheet", "", QStyle::SP_FileDialogDetailedView };
    case Id::Quit:
        return { "application-exit", "", QStyle::SP_DialogCloseButton };
    case Id::Search:
        return { "edit-find", "search.svg", QStyle::SP_FileDialogContentsView };
    case Id::Next:
        return { "go-down", "", QStyle::SP_ArrowDown };
    case Id::Previous:
        return { "go-up", "", QStyle::SP_ArrowUp };
    case Id::Accept:
        return { "dialog-ok-apply", "", QStyle::SP_DialogApplyButton };
    case Id::Override:
        return { "document-edit", "", QStyle::SP_DialogResetButton };
    case Id::Refresh:
        return { "view-refresh", "", QStyle::SP_BrowserReload };
    case Id::Help:
        return { "help-contents", "", QStyle::SP_DialogHelpButton };
    case Id::About:
        return { "help-about", "", QStyle::SP_MessageBoxInformation };
    case Id::Clear:
        return { "edit-clear", "", QStyle::SP_LineEditClearButton };
    }
    return { "", "", QStyle::SP_CustomBase };
}

} // namespace

QIcon icon(Id id)
{
    const Source source = sourceOf(id);
    QIcon fallback;
    const QString resource = QStringLiteral(":/icons/") + QLatin1String(source.resourceName);
    if (*source.resourceName && QFile::exists(resource))
        fallback = QIcon(resource);
    else if (source.standard != QStyle::SP_CustomBase)
        fallback = QApplication::style()->standardIcon(source.standard);
    return QIcon::fromTheme(QLatin1String(source.themeName), fallback);
}

} // namespace Icons
