#pragma once

#include <QIcon>

// The one place icons come from: the desktop theme first, then the icons
// embedded under resources/icons, then the style's standard pixmaps.
namespace Icons {
enum class Id
{
    App,
    Import,
    Report,
    Quit,
    Search,
    Next,
    Previous,
    Accept,
    Override,
    Refresh,
    Help,
    About,
    Clear
};
QIcon icon(Id id);
} // namespace Icons
