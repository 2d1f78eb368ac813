#pragma once

#include <QIcon>
#include <QString>

namespace scim {

// An icon from the desktop's icon theme (freedesktop names), or the console's own bundled one where the theme
// has none, so that the navigation and the toolbar always show icons.
class ThemeIcon
{
public:
    // `themeName`: the freedesktop icon name; `fallback`: the name in resources/icons/actions/ (without size).
    static QIcon get(const QString &themeName, const QString &fallback);
};

} // namespace scim
