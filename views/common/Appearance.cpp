#include "views/common/Appearance.h"

#include "models/common/ThemeColors.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace scim {

Appearance *Appearance::instance()
{
    static Appearance *appearance = nullptr;
    if (!appearance) {
        appearance = new Appearance(qApp);
        connect(appearance, &QObject::destroyed, [] { appearance = nullptr; });
    }
    return appearance;
}

Appearance::Appearance(QObject *parent)
    : QObject(parent)
    , m_desktop(new DesktopColorScheme(this))
    , m_platformStyle(QApplication::style()->name())
    , m_platformDark(ThemeColors::isDark(QApplication::palette()))
    , m_dark(m_platformDark)
{
    connect(m_desktop, &DesktopColorScheme::schemeChanged, this, &Appearance::apply);
}

Appearance::Mode Appearance::modeFromString(const QString &text, bool *ok)
{
    const QString value = text.trimmed().toLower();
    if (ok)
        *ok = true;
    if (value == QLatin1String("light"))
        return Mode::Light;
    if (value == QLatin1String("dark"))
        return Mode::Dark;
    if (ok)
        *ok = value.isEmpty() || value == QLatin1String("system");
    return Mode::System;
}

QString Appearance::modeToString(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::System:
        break;
    }
    return {};
}

void Appearance::setMode(Mode mode)
{
    m_mode = mode;
    apply();
}

void Appearance::apply()
{
    bool dark = m_platformDark;
    if (m_mode == Mode::Dark)
        dark = true;
    else if (m_mode == Mode::Light)
        dark = false;
    else if (m_desktop->scheme() != DesktopColorScheme::Scheme::NoPreference)
        dark = m_desktop->scheme() == DesktopColorScheme::Scheme::Dark;

    if (dark == m_platformDark) {
        if (m_overridden) {
            // Back to the platform's own look: its style, and its palette (an empty palette resets to it).
            QApplication::setStyle(QStyleFactory::create(m_platformStyle));
            QApplication::setPalette(QPalette());
            m_overridden = false;
        }
    } else {
        if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
            QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(dark ? ThemeColors::darkPalette() : QApplication::style()->standardPalette());
        m_overridden = true;
    }
    if (dark != m_dark) {
        m_dark = dark;
        Q_EMIT darkChanged(dark);
    }
}

} // namespace scim
