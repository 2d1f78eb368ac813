#pragma once

#include <QColor>
#include <QPalette>

namespace scim {

// The console's colours beyond the palette's own roles (errors, successes, syntax), derived from the palette they
// are drawn on: a fixed hue whose lightness is chosen so that text keeps a WCAG contrast of at least 4.5:1 on the
// palette's Base and Window, and tints of Base for backgrounds. So light and dark palettes need no colour lists of
// their own, and this is the only file that names a colour.
class ThemeColors
{
public:
    enum class Tone
    {
        Error,
        Warning,
        Success,
        Info
    };
    enum class Syntax
    {
        Key,
        String,
        Number,
        Literal
    };

    static bool isDark(const QPalette &palette);
    // Text in that tone, readable on Base and Window.
    static QColor text(Tone tone, const QPalette &palette);
    // A tinted Base for a row or a message strip, and the frame around it.
    static QColor background(Tone tone, const QPalette &palette);
    static QColor border(Tone tone, const QPalette &palette);
    // JSON syntax colouring.
    static QColor syntax(Syntax kind, const QPalette &palette);
    // WCAG 2 contrast ratio of two colours (1 to 21).
    static double contrast(const QColor &a, const QColor &b);

    // The dark palette the console uses when it is asked to be dark and the platform's palette is light.
    static QPalette darkPalette();
};

} // namespace scim
