#include "views/common/ThemeIcon.h"

namespace scim {

QIcon ThemeIcon::get(const QString &themeName, const QString &fallback)
{
    QIcon bundled;
    for (int size : {24, 48}) {
        bundled.addFile(QStringLiteral(":/icons/actions/%1-%2.png").arg(fallback).arg(size), QSize(size, size));
        // Readable on the highlight colour of a selected navigation item.
        bundled.addFile(QStringLiteral(":/icons/actions/%1-selected-%2.png").arg(fallback).arg(size), QSize(size, size),
                        QIcon::Selected);
    }
    return QIcon::fromTheme(themeName, bundled);
}

} // namespace scim
