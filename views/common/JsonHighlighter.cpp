#include "views/common/JsonHighlighter.h"

namespace scim {

JsonHighlighter::JsonHighlighter(QTextDocument *document, bool dark)
    : QSyntaxHighlighter(document)
    // A string (then, for keys, the colon), a number, or a literal.
    , m_token(
          QStringLiteral(R"RX(("(?:[^"\\]|\\.)*")(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\b(true|false|null)\b)RX"))
{
    setDark(dark);
}

void JsonHighlighter::setDark(bool dark)
{
    m_key.setForeground(dark ? QColor(0x9c, 0xdc, 0xfe) : QColor(0x00, 0x45, 0x8b));
    m_key.setFontWeight(QFont::DemiBold);
    m_string.setForeground(dark ? QColor(0xce, 0x91, 0x78) : QColor(0xa3, 0x15, 0x15));
    m_number.setForeground(dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x09, 0x86, 0x58));
    m_literal.setForeground(dark ? QColor(0x56, 0x9c, 0xd6) : QColor(0x00, 0x00, 0xff));
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
