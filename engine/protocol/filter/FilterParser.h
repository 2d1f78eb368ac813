#pragma once

#include "protocol/filter/Filter.h"
#include "protocol/filter/FilterLexer.h"

namespace scim {

class ResourceType;

class FilterParser
{
public:
    // Parses a complete filter expression against the resource type's schemas.
    // Throws ScimError (400 invalidFilter) with a detail naming the problem and its position.
    static FilterPtr parse(QStringView text, const ResourceType &type);

    // Parses a PATCH `path`. Throws ScimError (400 invalidPath).
    static PatchPath parsePatchPath(QStringView text, const ResourceType &type);

private:
    FilterParser(QStringView text, const ResourceType &type, FilterLexer::ErrorFactory error);

    // `parent` is set inside `attr[...]`, where attribute names are sub-attributes of the parent.
    FilterPtr parseOr(const AttributePath *parent);
    FilterPtr parseAnd(const AttributePath *parent);
    FilterPtr parseFactor(const AttributePath *parent);
    FilterPtr parseAttributeExpression(const FilterLexer::Token &pathToken, const AttributePath *parent);
    FilterPtr parseComparison(AttributePath path, const FilterLexer::Token &pathToken);
    FilterPtr parseValueFilter(const AttributePath &path, const FilterLexer::Token &pathToken);
    void expectClosing(FilterLexer::Token::Type type, qsizetype openPosition);

    AttributePath resolve(const FilterLexer::Token &token) const;
    AttributePath resolveSub(const AttributePath &parent, QStringView subName, qsizetype position) const;
    void checkValueFilterTarget(const AttributePath &path, const FilterLexer::Token &pathToken) const;
    QJsonValue literal(const FilterLexer::Token &token) const;
    void checkComparison(AttributePath &path, CompareOp op, QJsonValue &value, const FilterLexer::Token &pathToken,
                         const FilterLexer::Token &opToken) const;

    const ResourceType &m_type;
    FilterLexer m_lexer;
    FilterLexer::ErrorFactory m_error;
    int m_depth = 0;
};

} // namespace scim
