#pragma once

#include <QPalette>
#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace scim {

// Syntax colouring for pretty-printed JSON: keys, strings, numbers, true/false/null. The colours come from the
// palette of the view (ThemeColors), given when the highlighter is created and again by setPalette() when the view's
// palette changes (light ↔ dark).
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    JsonHighlighter(QTextDocument *document, const QPalette &palette);
    void setPalette(const QPalette &palette);

protected:
    void highlightBlock(const QString &text) override;

private:
    QRegularExpression m_token;
    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_literal;
};

} // namespace scim
