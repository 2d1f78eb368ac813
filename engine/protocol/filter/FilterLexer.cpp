#include "protocol/filter/FilterLexer.h"

namespace scim {

namespace {

bool isDelimiter(QChar c)
{
    return c.isSpace() || c == u'(' || c == u')' || c == u'[' || c == u']' || c == u'"';
}

int hexValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c.unicode() - u'A' + 10;
    return -1;
}

} // namespace

QString FilterLexer::Token::describe() const
{
    switch (type) {
    case Type::End:
        return QStringLiteral("the end of the input");
    case Type::Word:
        return QStringLiteral("'%1'").arg(text);
    case Type::String:
        return QStringLiteral("string \"%1\"").arg(text);
    case Type::LeftParen:
        return QStringLiteral("'('");
    case Type::RightParen:
        return QStringLiteral("')'");
    case Type::LeftBracket:
        return QStringLiteral("'['");
    case Type::RightBracket:
        return QStringLiteral("']'");
    }
    return {};
}

FilterLexer::FilterLexer(QStringView text, ErrorFactory error)
    : m_text(text)
    , m_error(error)
{}

void FilterLexer::skipSpace()
{
    while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
        ++m_pos;
}

FilterLexer::Token FilterLexer::next()
{
    skipSpace();
    Token token;
    token.position = m_pos;
    if (m_pos >= m_text.size())
        return token;

    const QChar c = m_text.at(m_pos);
    if (c == u'"')
        return readString();

    ++m_pos;
    switch (c.unicode()) {
    case u'(':
        token.type = Token::Type::LeftParen;
        return token;
    case u')':
        token.type = Token::Type::RightParen;
        return token;
    case u'[':
        token.type = Token::Type::LeftBracket;
        return token;
    case u']':
        token.type = Token::Type::RightBracket;
        return token;
    default:
        break;
    }
    while (m_pos < m_text.size() && !isDelimiter(m_text.at(m_pos)))
        ++m_pos;
    token.type = Token::Type::Word;
    token.text = m_text.mid(token.position, m_pos - token.position).toString();
    return token;
}

FilterLexer::Token FilterLexer::peek()
{
    const qsizetype saved = m_pos;
    Token token = next();
    m_pos = saved;
    return token;
}

FilterLexer::Token FilterLexer::nextValue()
{
    skipSpace();
    Token token;
    token.position = m_pos;
    if (m_pos >= m_text.size())
        return token;
    const QChar c = m_text.at(m_pos);
    if (c == u'"')
        return readString();
    if (c == u')' || c == u']') {
        token.type = c == u')' ? Token::Type::RightParen : Token::Type::RightBracket;
        return token;
    }
    while (m_pos < m_text.size()) {
        const QChar d = m_text.at(m_pos);
        if (d.isSpace() || d == u')' || d == u']')
            break;
        ++m_pos;
    }
    token.type = Token::Type::Word;
    token.text = m_text.mid(token.position, m_pos - token.position).toString();
    return token;
}

FilterLexer::Token FilterLexer::readString()
{
    Token token;
    token.type = Token::Type::String;
    token.position = m_pos;
    ++m_pos; // opening quote
    while (true) {
        if (m_pos >= m_text.size())
            throw m_error(QStringLiteral("Unterminated string starting at position %1").arg(token.position));
        const QChar c = m_text.at(m_pos++);
        if (c == u'"')
            return token;
        if (c != u'\\') {
            token.text.append(c);
            continue;
        }
        if (m_pos >= m_text.size())
            throw m_error(QStringLiteral("Unterminated string starting at position %1").arg(token.position));
        const qsizetype escapePos = m_pos - 1;
        const QChar e = m_text.at(m_pos++);
        switch (e.unicode()) {
        case u'"':
        case u'\\':
        case u'/':
            token.text.append(e);
            break;
        case u'b':
            token.text.append(u'\b');
            break;
        case u'f':
            token.text.append(u'\f');
            break;
        case u'n':
            token.text.append(u'\n');
            break;
        case u'r':
            token.text.append(u'\r');
            break;
        case u't':
            token.text.append(u'\t');
            break;
        case u'u': {
            char16_t unit = 0;
            for (int i = 0; i < 4; ++i) {
                const int digit = m_pos < m_text.size() ? hexValue(m_text.at(m_pos)) : -1;
                if (digit < 0) {
                    throw m_error(
                        QStringLiteral("Invalid \\u escape in string at position %1: expected four hex digits")
                            .arg(escapePos));
                }
                unit = char16_t(unit * 16 + digit);
                ++m_pos;
            }
            // Surrogate pairs arrive as two escapes; appending the UTF-16 units one by one joins them.
            token.text.append(QChar(unit));
            break;
        }
        default:
            throw m_error(QStringLiteral("Invalid escape '\\%1' in string at position %2")
                              .arg(QString(e), QString::number(escapePos)));
        }
    }
}

} // namespace scim
