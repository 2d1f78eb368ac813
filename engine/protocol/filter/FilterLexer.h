#pragma once

#include "protocol/schema/ScimError.h"

#include <QString>

namespace scim {

// Splits a SCIM filter or PATCH path into tokens. The scanner is driven by the parser: attribute paths,
// keywords and operators come from next(), comparison values from nextValue(), because a bare value
// (`meta.created gt 2015-10-10T14:38:21-07:00`) may contain characters that end an ordinary word.
class FilterLexer
{
public:
    struct Token
    {
        enum class Type
        {
            End,
            Word,
            String,
            LeftParen,
            RightParen,
            LeftBracket,
            RightBracket
        };

        Type type = Type::End;
        QString text; // Word: as written; String: the decoded JSON string
        qsizetype position = 0;

        bool isWord(QStringView word) const
        {
            return type == Type::Word && text.compare(word, Qt::CaseInsensitive) == 0;
        }
        // How the token reads in an error message.
        QString describe() const;
    };

    using ErrorFactory = ScimError (*)(const QString &);

    FilterLexer(QStringView text, ErrorFactory error);

    Token next();
    Token peek();
    // A comparison value: a JSON string, or a bare run of characters ending at whitespace, ')' or ']'.
    // Returns an End, RightParen or RightBracket token (without consuming it) when no value follows.
    Token nextValue();

private:
    void skipSpace();
    Token readString();

    QStringView m_text;
    qsizetype m_pos = 0;
    ErrorFactory m_error;
};

} // namespace scim
