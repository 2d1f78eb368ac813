#pragma once

#include "models/common/DesktopColorScheme.h"

#include <QObject>
#include <QPalette>
#include <QString>

namespace scim {

// Light or dark for the whole application: the admin's preference (Preferences › Appearance, ConsoleSettings::
// kAppearance), and for "System" the desktop's (the XDG portal's color-scheme, followed live; without a portal,
// the lightness of the platform's palette). When the wish and the platform's palette disagree, the console switches
// to the Fusion style with its own light or dark palette; otherwise it keeps the platform's style untouched.
class Appearance : public QObject
{
    Q_OBJECT

public:
    enum class Mode
    {
        System,
        Light,
        Dark
    };
    Q_ENUM(Mode)

    // The application's one instance (a child of qApp), created on first use, before the first window.
    static Appearance *instance();

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    // What the application shows now.
    bool isDark() const { return m_dark; }
    DesktopColorScheme *desktop() const { return m_desktop; }

    // "light", "dark", "" (System): the values kept in ConsoleSettings::kAppearance and given to --appearance.
    static Mode modeFromString(const QString &text, bool *ok = nullptr);
    static QString modeToString(Mode mode);

Q_SIGNALS:
    void darkChanged(bool dark);

private:
    explicit Appearance(QObject *parent);
    void apply();

    DesktopColorScheme *m_desktop;
    Mode m_mode = Mode::System;
    QString m_platformStyle;
    bool m_platformDark = false;
    bool m_overridden = false;
    bool m_dark = false;
};

} // namespace scim
