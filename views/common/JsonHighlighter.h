#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace scim {

// Syntax colouring for pretty-printed JSON: keys, strings, numbers, true/false/null. The colours are picked for the
// document's palette (light or dark) when the highlighter is created or setDark() is called.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit JsonHighlighter(QTextDocument *document, bool dark = false);
    void setDark(bool dark);

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
