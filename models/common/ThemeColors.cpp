#include "models/common/ThemeColors.h"

#include <QtMath>

namespace scim {

namespace {

double channel(double value)
{
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

// Hues chosen for red-green colour blindness: a blue-leaning green and an orange-leaning red stay apart.
int hueOf(ThemeColors::Tone tone)
{
    switch (tone) {
    case ThemeColors::Tone::Error:
        return 8;
    case ThemeColors::Tone::Warning:
        return 38;
    case ThemeColors::Tone::Success:
        return 150;
    case ThemeColors::Tone::Info:
        return 212;
    }
    return 0;
}

// The hue at the lightness closest to the middle that still reads on both backgrounds.
QColor readable(int hue, double saturation, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor window = palette.color(QPalette::Window);
    const bool dark = ThemeColors::isDark(palette);
    const double step = dark ? 0.02 : -0.02;
    QColor color;
    for (double lightness = dark ? 0.55 : 0.45; lightness >= 0.0 && lightness <= 1.0; lightness += step) {
        color = QColor::fromHslF(hue / 360.0, saturation, lightness);
        if (ThemeColors::contrast(color, base) >= 4.5 && ThemeColors::contrast(color, window) >= 4.5)
            return color;
    }
    return palette.color(QPalette::Text);
}

QColor blend(const QColor &from, const QColor &to, double amount)
{
    return QColor::fromRgbF(from.redF() + (to.redF() - from.redF()) * amount,
                            from.greenF() + (to.greenF() - from.greenF()) * amount,
                            from.blueF() + (to.blueF() - from.blueF()) * amount);
}

} // namespace

bool ThemeColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

double ThemeColors::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor ThemeColors::text(Tone tone, const QPalette &palette)
{
    return readable(hueOf(tone), 0.8, palette);
}

QColor ThemeColors::background(Tone tone, const QPalette &palette)
{
    const QColor hue = QColor::fromHslF(hueOf(tone) / 360.0, 0.8, 0.5);
    return blend(palette.color(QPalette::Base), hue, isDark(palette) ? 0.22 : 0.12);
}

QColor ThemeColors::border(Tone tone, const QPalette &palette)
{
    const QColor hue = QColor::fromHslF(hueOf(tone) / 360.0, 0.7, 0.5);
    return blend(palette.color(QPalette::Base), hue, 0.6);
}

QColor ThemeColors::syntax(Syntax kind, const QPalette &palette)
{
    switch (kind) {
    case Syntax::Key:
        return readable(212, 0.9, palette);
    case Syntax::String:
        return readable(12, 0.65, palette);
    case Syntax::Number:
        return readable(160, 0.8, palette);
    case Syntax::Literal:
        return readable(260, 0.7, palette);
    }
    return palette.color(QPalette::Text);
}

QPalette ThemeColors::darkPalette()
{
    const QColor window(0x2d, 0x2d, 0x30);
    const QColor base(0x1e, 0x1e, 0x20);
    const QColor text(0xe8, 0xe8, 0xea);
    const QColor disabledText(0x80, 0x80, 0x86);
    const QColor button(0x3a, 0x3a, 0x3e);
    const QColor highlight(0x2f, 0x6f, 0xc4);
    QPalette palette;
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x27, 0x27, 0x2a));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3c, 0x40));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0xa0));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, button);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x80, 0x70));
    palette.setColor(QPalette::Light, button.lighter(150));
    palette.setColor(QPalette::Midlight, button.lighter(120));
    palette.setColor(QPalette::Mid, button.darker(120));
    palette.setColor(QPalette::Dark, button.darker(160));
    palette.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    palette.setColor(QPalette::Link, QColor(0x8a, 0xbe, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xc0, 0xa2, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Base, window);
    palette.setColor(QPalette::Disabled, QPalette::Button, window);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x55));
    palette.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    return palette;
}

} // namespace scim
