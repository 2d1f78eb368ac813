#pragma once

#include <QObject>

class QDBusMessage;
class QDBusPendingCallWatcher;

namespace scim {

// Whether the desktop prefers light or dark: the XDG desktop portal's org.freedesktop.appearance color-scheme
// (GNOME 42+, KDE Plasma 5.24+, and every desktop with a portal backend), read without blocking and followed
// live. Without a session bus or a portal the answer is NoPreference, and the console goes by the lightness of
// the platform's palette.
class DesktopColorScheme : public QObject
{
    Q_OBJECT

public:
    enum class Scheme
    {
        NoPreference,
        Dark,
        Light
    };
    Q_ENUM(Scheme)

    explicit DesktopColorScheme(QObject *parent = nullptr);

    Scheme scheme() const { return m_scheme; }
    // True once the portal answered (or could not be asked).
    bool isKnown() const { return m_known; }

    // The portal's encoding: 0 no preference, 1 prefer dark, 2 prefer light.
    static Scheme fromPortalValue(uint value);

Q_SIGNALS:
    void schemeChanged(scim::DesktopColorScheme::Scheme scheme);
    void known();

private Q_SLOTS:
    // SettingChanged(namespace, key, value), taken as a message: no D-Bus type registration needed.
    void settingChanged(const QDBusMessage &message);

private:
    void readReply(QDBusPendingCallWatcher *watcher);
    void setScheme(Scheme scheme);

    Scheme m_scheme = Scheme::NoPreference;
    bool m_known = false;
};

} // namespace scim
