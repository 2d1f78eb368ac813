#include "protocol/filter/FilterParser.h"

#include "protocol/schema/ResourceType.h"
#include "protocol/schema/ScimDateTime.h"

#include <QRegularExpression>

#include <optional>

namespace scim {

namespace {

using Token = FilterLexer::Token;

// Deep enough for any real filter, shallow enough that hostile input cannot exhaust the stack.
constexpr int MaxNesting = 64;

struct NestingGuard
{
    int &depth;
    ~NestingGuard() { --depth; }
};

std::optional<CompareOp> compareOperator(QStringView word)
{
    static const struct
    {
        QStringView name;
        CompareOp op;
    } operators[] = {
        {u"eq", CompareOp::Eq}, {u"ne", CompareOp::Ne}, {u"co", CompareOp::Co}, {u"sw", CompareOp::Sw},
        {u"ew", CompareOp::Ew}, {u"gt", CompareOp::Gt}, {u"ge", CompareOp::Ge}, {u"lt", CompareOp::Lt},
        {u"le", CompareOp::Le}, {u"pr", CompareOp::Pr},
    };
    for (const auto &entry : operators) {
        if (entry.name.compare(word, Qt::CaseInsensitive) == 0)
            return entry.op;
    }
    return std::nullopt;
}

bool isOrdering(CompareOp op)
{
    return op == CompareOp::Gt || op == CompareOp::Ge || op == CompareOp::Lt || op == CompareOp::Le;
}

bool isSubstring(CompareOp op)
{
    return op == CompareOp::Co || op == CompareOp::Sw || op == CompareOp::Ew;
}

FilterPtr makeLogical(FilterNode::Kind kind, FilterPtr left, FilterPtr right = {})
{
    auto node = std::make_shared<FilterNode>();
    node->kind = kind;
    node->left = std::move(left);
    node->right = std::move(right);
    return node;
}

} // namespace

FilterParser::FilterParser(QStringView text, const ResourceType &type, FilterLexer::ErrorFactory error)
    : m_type(type)
    , m_lexer(text, error)
    , m_error(error)
{}

FilterPtr FilterParser::parse(QStringView text, const ResourceType &type)
{
    if (text.trimmed().isEmpty())
        throw ScimError::invalidFilter(QStringLiteral("The filter is empty"));
    FilterParser parser(text, type, &ScimError::invalidFilter);
    FilterPtr filter = parser.parseOr(nullptr);
    const Token trailing = parser.m_lexer.next();
    switch (trailing.type) {
    case Token::Type::End:
        return filter;
    case Token::Type::RightParen:
        throw ScimError::invalidFilter(
            QStringLiteral("Unbalanced parentheses: ')' at position %1 has no matching '('").arg(trailing.position));
    case Token::Type::RightBracket:
        throw ScimError::invalidFilter(
            QStringLiteral("Unbalanced brackets: ']' at position %1 has no matching '['").arg(trailing.position));
    default:
        throw ScimError::invalidFilter(QStringLiteral("Unexpected %1 at position %2; expected 'and', 'or' or the end "
                                                      "of the filter")
                                           .arg(trailing.describe(), QString::number(trailing.position)));
    }
}

PatchPath FilterParser::parsePatchPath(QStringView text, const ResourceType &type)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        throw ScimError::invalidPath(QStringLiteral("The path is empty"));
    FilterParser parser(trimmed, type, &ScimError::invalidPath);

    const Token first = parser.m_lexer.next();
    if (first.type != Token::Type::Word) {
        throw ScimError::invalidPath(QStringLiteral("Expected an attribute path at position %1, found %2")
                                         .arg(QString::number(first.position), first.describe()));
    }
    PatchPath result;
    result.attribute = parser.resolve(first);
    Token next = parser.m_lexer.next();
    if (next.type == Token::Type::LeftBracket) {
        parser.checkValueFilterTarget(result.attribute, first);
        result.valueFilter = parser.parseOr(&result.attribute);
        parser.expectClosing(Token::Type::RightBracket, next.position);
        next = parser.m_lexer.next();
        if (next.type == Token::Type::Word && next.text.startsWith(u'.')) {
            const AttributePath sub =
                parser.resolveSub(result.attribute, QStringView(next.text).mid(1), next.position + 1);
            result.subAttribute = sub.subAttribute;
            result.subDefinition = sub.subDefinition;
            next = parser.m_lexer.next();
        }
    }
    if (next.type != Token::Type::End) {
        throw ScimError::invalidPath(QStringLiteral("Unexpected %1 at position %2; expected the end of the path")
                                         .arg(next.describe(), QString::number(next.position)));
    }
    return result;
}

FilterPtr FilterParser::parseOr(const AttributePath *parent)
{
    FilterPtr left = parseAnd(parent);
    while (m_lexer.peek().isWord(u"or")) {
        m_lexer.next();
        left = makeLogical(FilterNode::Kind::Or, left, parseAnd(parent));
    }
    return left;
}

FilterPtr FilterParser::parseAnd(const AttributePath *parent)
{
    FilterPtr left = parseFactor(parent);
    while (m_lexer.peek().isWord(u"and")) {
        m_lexer.next();
        left = makeLogical(FilterNode::Kind::And, left, parseFactor(parent));
    }
    return left;
}

FilterPtr FilterParser::parseFactor(const AttributePath *parent)
{
    const NestingGuard guard{++m_depth};
    if (m_depth > MaxNesting)
        throw m_error(QStringLiteral("The expression nests more than %1 levels deep").arg(MaxNesting));

    const Token token = m_lexer.next();
    switch (token.type) {
    case Token::Type::LeftParen: {
        FilterPtr inner = parseOr(parent);
        expectClosing(Token::Type::RightParen, token.position);
        return inner;
    }
    case Token::Type::Word:
        if (token.isWord(u"not")) {
            const Token open = m_lexer.next();
            if (open.type != Token::Type::LeftParen) {
                throw m_error(QStringLiteral("Expected '(' after 'not' at position %1, found %2")
                                  .arg(QString::number(open.position), open.describe()));
            }
            FilterPtr inner = parseOr(parent);
            expectClosing(Token::Type::RightParen, open.position);
            return makeLogical(FilterNode::Kind::Not, inner);
        }
        if (token.isWord(u"and") || token.isWord(u"or")) {
            throw m_error(QStringLiteral("Expected an attribute path before '%1' at position %2")
                              .arg(token.text, QString::number(token.position)));
        }
        return parseAttributeExpression(token, parent);
    default:
        throw m_error(QStringLiteral("Expected an attribute path, 'not' or '(' at position %1, found %2")
                          .arg(QString::number(token.position), token.describe()));
    }
}

void FilterParser::expectClosing(Token::Type type, qsizetype openPosition)
{
    const Token token = m_lexer.next();
    if (token.type == type)
        return;
    const QString open = type == Token::Type::RightParen ? QStringLiteral("(") : QStringLiteral("[");
    const QString close = type == Token::Type::RightParen ? QStringLiteral(")") : QStringLiteral("]");
    if (token.type == Token::Type::End) {
        throw m_error(QStringLiteral("Missing '%1' to close the '%2' at position %3")
                          .arg(close, open, QString::number(openPosition)));
    }
    throw m_error(
        QStringLiteral("Unexpected %1 at position %2; expected 'and', 'or' or '%3' closing the '%4' at "
                       "position %5")
            .arg(token.describe(), QString::number(token.position), close, open, QString::number(openPosition)));
}

FilterPtr FilterParser::parseAttributeExpression(const Token &pathToken, const AttributePath *parent)
{
    if (parent) {
        if (m_lexer.peek().type == Token::Type::LeftBracket) {
            throw m_error(QStringLiteral("Value filters cannot be nested: '%1[' at position %2 inside '%3[...]'")
                              .arg(pathToken.text, QString::number(pathToken.position), parent->toString()));
        }
        return parseComparison(resolveSub(*parent, pathToken.text, pathToken.position), pathToken);
    }
    const AttributePath path = resolve(pathToken);
    if (m_lexer.peek().type == Token::Type::LeftBracket)
        return parseValueFilter(path, pathToken);
    return parseComparison(path, pathToken);
}

FilterPtr FilterParser::parseValueFilter(const AttributePath &path, const Token &pathToken)
{
    checkValueFilterTarget(path, pathToken);
    const Token open = m_lexer.next();
    FilterPtr inner = parseOr(&path);
    expectClosing(Token::Type::RightBracket, open.position);

    // `attr[filter].sub op value`: the sub-attribute comparison must hold for the same element.
    const Token after = m_lexer.peek();
    if (after.type == Token::Type::Word && after.text.startsWith(u'.')) {
        m_lexer.next();
        const AttributePath sub = resolveSub(path, QStringView(after.text).mid(1), after.position + 1);
        inner = makeLogical(FilterNode::Kind::And, inner, parseComparison(sub, after));
    }
    auto node = std::make_shared<FilterNode>();
    node->kind = FilterNode::Kind::ValuePath;
    node->path = path;
    node->left = inner;
    return node;
}

FilterPtr FilterParser::parseComparison(AttributePath path, const Token &pathToken)
{
    const Token opToken = m_lexer.next();
    if (opToken.type != Token::Type::Word) {
        throw m_error(QStringLiteral("Expected a comparison operator after '%1' at position %2, found %3")
                          .arg(pathToken.text, QString::number(opToken.position), opToken.describe()));
    }
    const std::optional<CompareOp> op = compareOperator(opToken.text);
    if (!op) {
        throw m_error(QStringLiteral("Unknown comparison operator '%1' at position %2; expected one of eq, ne, co, "
                                     "sw, ew, gt, ge, lt, le, pr")
                          .arg(opToken.text, QString::number(opToken.position)));
    }
    QJsonValue value(QJsonValue::Undefined);
    if (*op != CompareOp::Pr) {
        const Token valueToken = m_lexer.nextValue();
        if (valueToken.type != Token::Type::Word && valueToken.type != Token::Type::String) {
            throw m_error(QStringLiteral("Missing comparison value after '%1 %2' at position %3")
                              .arg(pathToken.text, opToken.text, QString::number(valueToken.position)));
        }
        value = literal(valueToken);
    }
    checkComparison(path, *op, value, pathToken, opToken);

    auto node = std::make_shared<FilterNode>();
    node->kind = FilterNode::Kind::Compare;
    node->op = *op;
    node->path = std::move(path);
    node->value = value;
    return node;
}

AttributePath FilterParser::resolve(const Token &token) const
{
    QString error;
    const std::optional<AttributePath> path = m_type.resolve(token.text, &error);
    if (!path)
        throw m_error(QStringLiteral("%1 at position %2").arg(error, QString::number(token.position)));
    return *path;
}

AttributePath FilterParser::resolveSub(const AttributePath &parent, QStringView subName, qsizetype position) const
{
    AttributePath path = parent;
    if (parent.definition->isComplex()) {
        path.subDefinition = parent.definition->subAttribute(subName);
        if (!path.subDefinition) {
            throw m_error(QStringLiteral("Unknown sub-attribute '%1' of '%2' at position %3")
                              .arg(subName, parent.toString(), QString::number(position)));
        }
        path.subAttribute = path.subDefinition->name;
    } else if (subName.compare(u"value", Qt::CaseInsensitive) == 0) {
        // A simple multi-valued attribute has no sub-attributes; `value` names the element itself.
        path.subAttribute = QStringLiteral("value");
    } else {
        throw m_error(QStringLiteral("'%1' has no sub-attributes; only 'value' can be used in its value filter, "
                                     "found '%2' at position %3")
                          .arg(parent.toString(), subName, QString::number(position)));
    }
    return path;
}

void FilterParser::checkValueFilterTarget(const AttributePath &path, const Token &pathToken) const
{
    if (path.isWholeExtension()) {
        throw m_error(QStringLiteral("'%1' at position %2 names a whole extension schema; a value filter '[...]' "
                                     "needs a multi-valued or complex attribute")
                          .arg(pathToken.text, QString::number(pathToken.position)));
    }
    if (!path.subAttribute.isEmpty()) {
        throw m_error(QStringLiteral("A value filter '[...]' must follow an attribute, not the sub-attribute '%1' "
                                     "at position %2")
                          .arg(pathToken.text, QString::number(pathToken.position)));
    }
    if (!path.definition->multiValued && !path.definition->isComplex()) {
        throw m_error(QStringLiteral("'%1' at position %2 is neither multi-valued nor complex, so it cannot take a "
                                     "value filter '[...]'")
                          .arg(pathToken.text, QString::number(pathToken.position)));
    }
}

QJsonValue FilterParser::literal(const Token &token) const
{
    if (token.type == Token::Type::String)
        return token.text;
    if (token.isWord(u"true"))
        return true;
    if (token.isWord(u"false"))
        return false;
    if (token.isWord(u"null"))
        return QJsonValue(QJsonValue::Null);

    static const QRegularExpression number(QStringLiteral("^-?(?:0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?$"));
    const QRegularExpressionMatch match = number.match(token.text);
    if (match.hasMatch()) {
        bool ok = false;
        if (!match.hasCaptured(1) && !match.hasCaptured(2)) {
            const qint64 integer = token.text.toLongLong(&ok);
            if (ok)
                return integer;
        }
        const double decimal = token.text.toDouble(&ok);
        if (ok)
            return decimal;
    }
    // Lenient: real clients send unquoted strings (`externalId eq jyoung`).
    return token.text;
}

void FilterParser::checkComparison(AttributePath &path, CompareOp op, QJsonValue &value, const Token &pathToken,
                                   const Token &opToken) const
{
    if (path.isWholeExtension()) {
        if (op != CompareOp::Pr) {
            throw m_error(QStringLiteral("'%1' at position %2 names a whole extension schema; only 'pr' applies to it")
                              .arg(pathToken.text, QString::number(pathToken.position)));
        }
        return;
    }
    const AttributeDefinition *leaf = path.leaf();
    if (leaf->isComplex() && op != CompareOp::Pr) {
        // `emails co "x"` compares the `value` sub-attribute (RFC 7644 §3.4.2.2); other complex attributes
        // have nothing to compare against.
        const AttributeDefinition *valueSub = leaf->subAttribute(u"value");
        if (!valueSub || !path.subAttribute.isEmpty()) {
            throw m_error(QStringLiteral("Complex attribute '%1' at position %2 cannot be compared with '%3'; "
                                         "compare one of its sub-attributes instead")
                              .arg(pathToken.text, QString::number(pathToken.position), opToken.text));
        }
        path.subAttribute = valueSub->name;
        path.subDefinition = valueSub;
        leaf = valueSub;
    }
    if (op == CompareOp::Pr)
        return;

    if (value.isNull()) {
        if (op != CompareOp::Eq && op != CompareOp::Ne) {
            throw m_error(QStringLiteral("Operator '%1' at position %2 cannot compare with null; use 'eq null', "
                                         "'ne null' or 'pr'")
                              .arg(opToken.text, QString::number(opToken.position)));
        }
        return;
    }

    auto unsupported = [&](const QString &typeName) {
        return m_error(QStringLiteral("Operator '%1' at position %2 cannot be applied to %3 attribute '%4'")
                           .arg(opToken.text, QString::number(opToken.position), typeName, pathToken.text));
    };
    switch (leaf->type) {
    case AttributeDefinition::Type::Boolean:
        if (op != CompareOp::Eq && op != CompareOp::Ne)
            throw unsupported(QStringLiteral("boolean"));
        // Clients that quote everything send "true"/"false"; treat those as the booleans they mean.
        if (value.isString()) {
            if (value.toString().compare(u"true", Qt::CaseInsensitive) == 0)
                value = true;
            else if (value.toString().compare(u"false", Qt::CaseInsensitive) == 0)
                value = false;
        }
        break;
    case AttributeDefinition::Type::Binary:
        if (isOrdering(op))
            throw unsupported(QStringLiteral("binary"));
        break;
    case AttributeDefinition::Type::Integer:
    case AttributeDefinition::Type::Decimal:
        if (isSubstring(op))
            throw unsupported(QStringLiteral("numeric"));
        break;
    case AttributeDefinition::Type::DateTime:
        if (!isSubstring(op) && value.isString() && !ScimDateTime::parse(value.toString())) {
            throw m_error(QStringLiteral("'%1' is not a valid dateTime for '%2' at position %3")
                              .arg(value.toString(), pathToken.text, QString::number(opToken.position)));
        }
        break;
    default:
        break;
    }
}

} // namespace scim
