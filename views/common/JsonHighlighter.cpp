#include "views/common/JsonHighlighter.h"

#include "models/common/ThemeColors.h"

namespace scim {

JsonHighlighter::JsonHighlighter(QTextDocument *document, const QPalette &palette)
    : QSyntaxHighlighter(document)
    // A string (then, for keys, the colon), a number, or a literal.
    , m_token(
          QStringLiteral(R"RX(("(?:[^"\\]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\b(true|false|null)\b)RX"))
{
    setPalette(palette);
}

void JsonHighlighter::setPalette(const QPalette &palette)
{
    m_key.setForeground(ThemeColors::syntax(ThemeColors::Syntax::Key, palette));
    m_key.setFontWeight(QFont::DemiBold);
    m_string.setForeground(ThemeColors::syntax(ThemeColors::Syntax::String, palette));
    m_number.setForeground(ThemeColors::syntax(ThemeColors::Syntax::Number, palette));
    m_literal.setForeground(ThemeColors::syntax(ThemeColors::Syntax::Literal, palette));
    m_literal.setFontWeight(QFont::Bold);
    rehighlight();
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    auto it = m_token.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength(1) > 0)
            setFormat(int(match.capturedStart(1)), int(match.capturedLength(1)),
                      match.capturedLength(2) > 0 ? m_key : m_string);
        else if (match.capturedLength(3) > 0)
            setFormat(int(match.capturedStart(3)), int(match.capturedLength(3)), m_number);
        else if (match.capturedLength(4) > 0)
            setFormat(int(match.capturedStart(4)), int(match.capturedLength(4)), m_literal);
    }
}

} // namespace scim
