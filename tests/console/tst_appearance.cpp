// Light, dark and the desktop's choice (console_appearance, in a private D-Bus session):
//   the desktop portal's color-scheme is read and followed live over D-Bus (the test plays the portal on its own
//   connection: org.freedesktop.portal.Settings, as xdg-desktop-portal serves it); Light/Dark/System switch the
//   application palette; colours drawn by the console come from the palette and stay readable in both (WCAG 4.5:1);
//   and no source outside ThemeColors names a colour.

#include "models/common/DesktopColorScheme.h"
#include "models/common/ThemeColors.h"
#include "views/common/Appearance.h"
#include "views/common/ToneLabel.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace scim;

namespace {

const QString kPortal = u"org.freedesktop.portal.Desktop"_s;
const QString kPath = u"/org/freedesktop/portal/desktop"_s;

// The Settings interface of xdg-desktop-portal, with the one key the console reads.
class FakePortal : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Settings")

public:
    uint colorScheme = 0;

public Q_SLOTS:
    // Like the portal: a variant holding a variant holding the value.
    QDBusVariant Read(const QString &nameSpace, const QString &key)
    {
        if (nameSpace != u"org.freedesktop.appearance"_s || key != u"color-scheme"_s)
            return QDBusVariant(QVariant::fromValue(QDBusVariant(QString())));
        return QDBusVariant(QVariant::fromValue(QDBusVariant(colorScheme)));
    }
};

bool paletteIsDark()
{
    return ThemeColors::isDark(QApplication::palette());
}

} // namespace

class TestAppearance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void followsTheDesktopPortal();
    void lightDarkAndSystemPreference();
    void drawnColoursStayReadable();
    void noSourceNamesAColour();

private:
    // The portal's signal, sent on the portal's connection.
    void settingChanged(const QString &nameSpace, uint value);

    FakePortal m_portal;
    QDBusConnection m_portalBus{u"unconnected"_s};
};

void TestAppearance::initTestCase()
{
    // The platform's own look here: the Fusion style with its light palette.
    QVERIFY(!paletteIsDark());
    m_portalBus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"fake-portal"_s);
    QVERIFY2(m_portalBus.isConnected(), "no session bus: run this test in dbus-run-session (ctest does)");
    QVERIFY(m_portalBus.registerService(kPortal));
    QVERIFY(m_portalBus.registerObject(kPath, &m_portal,
                                       QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals));
}

void TestAppearance::settingChanged(const QString &nameSpace, uint value)
{
    if (nameSpace == u"org.freedesktop.appearance"_s)
        m_portal.colorScheme = value;
    QDBusMessage signal = QDBusMessage::createSignal(kPath, u"org.freedesktop.portal.Settings"_s, u"SettingChanged"_s);
    signal << nameSpace << u"color-scheme"_s << QVariant::fromValue(QDBusVariant(value));
    QVERIFY(m_portalBus.send(signal));
}

void TestAppearance::followsTheDesktopPortal()
{
    m_portal.colorScheme = 1; // prefer dark
    Appearance *appearance = Appearance::instance();
    QCOMPARE(appearance->mode(), Appearance::Mode::System);
    QTRY_VERIFY_WITH_TIMEOUT(appearance->desktop()->isKnown(), 5000);
    QCOMPARE(appearance->desktop()->scheme(), DesktopColorScheme::Scheme::Dark);
    QVERIFY(appearance->isDark());
    QVERIFY(paletteIsDark());
    QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_s);

    // The desktop switches to light: the console follows at once, back to the platform's palette.
    QSignalSpy changed(appearance, &Appearance::darkChanged);
    settingChanged(u"org.freedesktop.appearance"_s, 2);
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.last().first().toBool(), false);
    QCOMPARE(appearance->desktop()->scheme(), DesktopColorScheme::Scheme::Light);
    QVERIFY(!paletteIsDark());
    // Other settings do not count.
    settingChanged(u"org.gnome.desktop.interface"_s, 1);
    QTest::qWait(200);
    QCOMPARE(appearance->desktop()->scheme(), DesktopColorScheme::Scheme::Light);
    settingChanged(u"org.freedesktop.appearance"_s, 1);
    QTRY_VERIFY(paletteIsDark());
    // No preference: the platform palette's lightness decides (light here).
    settingChanged(u"org.freedesktop.appearance"_s, 0);
    QTRY_VERIFY(!paletteIsDark());
    QCOMPARE(appearance->desktop()->scheme(), DesktopColorScheme::Scheme::NoPreference);
}

void TestAppearance::lightDarkAndSystemPreference()
{
    Appearance *appearance = Appearance::instance();
    QWidget window;
    auto &label = *new ToneLabel(ThemeColors::Tone::Error, &window);
    label.setText(u"Select at least one scope."_s);
    window.show();
    const QColor lightError = label.palette().color(QPalette::WindowText);

    appearance->setMode(Appearance::Mode::Dark);
    QVERIFY(paletteIsDark());
    QTRY_VERIFY(ThemeColors::isDark(label.palette()));
    // The label's error colour followed the switch and reads on the dark background.
    const QColor darkError = label.palette().color(QPalette::WindowText);
    QVERIFY(darkError != lightError);
    QVERIFY(ThemeColors::contrast(darkError, label.palette().color(QPalette::Window)) >= 4.5);

    // The desktop says dark, the admin says light: light wins.
    settingChanged(u"org.freedesktop.appearance"_s, 1);
    QTRY_COMPARE(appearance->desktop()->scheme(), DesktopColorScheme::Scheme::Dark);
    appearance->setMode(Appearance::Mode::Light);
    QVERIFY(!paletteIsDark());
    QTRY_COMPARE(label.palette().color(QPalette::WindowText), lightError);
    // System: the desktop again.
    appearance->setMode(Appearance::Mode::System);
    QVERIFY(paletteIsDark());
    QCOMPARE(Appearance::modeFromString(u"dark"_s), Appearance::Mode::Dark);
    QCOMPARE(Appearance::modeToString(Appearance::Mode::Light), u"light"_s);
    bool ok = true;
    Appearance::modeFromString(u"purple"_s, &ok);
    QVERIFY(!ok);
    settingChanged(u"org.freedesktop.appearance"_s, 0);
    QTRY_VERIFY(!paletteIsDark());
}

void TestAppearance::drawnColoursStayReadable()
{
    QPalette grey = QStyleFactory::create(u"Fusion"_s)->standardPalette();
    grey.setColor(QPalette::Window, QColor(0xd4, 0xd0, 0xc8)); // an old-style grey desktop
    const QList<std::pair<QString, QPalette>> palettes{
        {u"light"_s, QStyleFactory::create(u"Fusion"_s)->standardPalette()},
        {u"dark"_s, ThemeColors::darkPalette()},
        {u"grey"_s, grey}};
    QStringList problems;
    for (const auto &[name, palette] : palettes) {
        const QColor base = palette.color(QPalette::Base);
        const QColor window = palette.color(QPalette::Window);
        const QColor text = palette.color(QPalette::Text);
        for (auto tone : {ThemeColors::Tone::Error, ThemeColors::Tone::Warning, ThemeColors::Tone::Success,
                          ThemeColors::Tone::Info}) {
            const QColor foreground = ThemeColors::text(tone, palette);
            if (ThemeColors::contrast(foreground, base) < 4.5 || ThemeColors::contrast(foreground, window) < 4.5)
                problems << u"%1: tone %2 text %3"_s.arg(name).arg(int(tone)).arg(foreground.name());
            // Text on a tinted row or message strip.
            if (ThemeColors::contrast(text, ThemeColors::background(tone, palette)) < 4.5)
                problems << u"%1: text on tone %2 background"_s.arg(name).arg(int(tone));
        }
        for (auto kind : {ThemeColors::Syntax::Key, ThemeColors::Syntax::String, ThemeColors::Syntax::Number,
                          ThemeColors::Syntax::Literal}) {
            if (ThemeColors::contrast(ThemeColors::syntax(kind, palette), base) < 4.5)
                problems << u"%1: syntax %2"_s.arg(name).arg(int(kind));
        }
        // Error and success differ in more than hue alone would for red-green colour blindness: lightness too.
        if (ThemeColors::text(ThemeColors::Tone::Error, palette) ==
            ThemeColors::text(ThemeColors::Tone::Success, palette))
            problems << name + u": error and success look alike"_s;
    }
    // The dark palette itself is readable.
    const QPalette dark = ThemeColors::darkPalette();
    QVERIFY(ThemeColors::contrast(dark.color(QPalette::Text), dark.color(QPalette::Base)) >= 7);
    QVERIFY(ThemeColors::contrast(dark.color(QPalette::HighlightedText), dark.color(QPalette::Highlight)) >= 4.5);
    QVERIFY(ThemeColors::contrast(dark.color(QPalette::Link), dark.color(QPalette::Base)) >= 4.5);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestAppearance::noSourceNamesAColour()
{
    // ThemeColors derives every colour from the palette; the check runner's HTML report is a file for browsers
    // with its own light and dark CSS.
    static const QStringList allowed{u"models/common/ThemeColors.cpp"_s, u"models/check/CheckReport.cpp"_s};
    static const QRegularExpression colour(
        uR"(QColor\s*[({]\s*(\d|0x|")|QColor::fromRgb|QColor::fromHsl|Qt::(white|black|red|darkRed|green|darkGreen|blue|darkBlue|cyan|magenta|yellow|gray|darkGray|lightGray)\b|"#[0-9a-fA-F]{3,8}\b|#[0-9a-fA-F]{6}\b|setStyleSheet|(color|background)\s*:\s*#)"_s);
    QStringList found;
    int files = 0;
    for (const QString &tree : {u"models"_s, u"views"_s}) {
        QDirIterator it(QStringLiteral(SCIM_SOURCE_DIR) + u'/' + tree, {u"*.cpp"_s, u"*.h"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = path.mid(qsizetype(sizeof(SCIM_SOURCE_DIR)));
            if (allowed.contains(relative))
                continue;
            ++files;
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            int line = 0;
            while (!file.atEnd()) {
                const QString text = QString::fromUtf8(file.readLine());
                ++line;
                if (text.trimmed().startsWith(u"//"_s))
                    continue;
                if (colour.match(text).hasMatch())
                    found << u"%1:%2: %3"_s.arg(relative).arg(line).arg(text.trimmed());
            }
        }
    }
    QVERIFY(files > 50);
    QVERIFY2(found.isEmpty(), qPrintable(u"Colours named outside ThemeColors (use ThemeColors or a palette role):\n"_s +
                                         found.join(u'\n')));
}

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
