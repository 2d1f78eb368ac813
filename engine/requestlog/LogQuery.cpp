#include "requestlog/LogQuery.h"

#include "requestlog/LogId.h"

#include <QDateTime>
#include <QHash>
#include <QScopeGuard>

namespace scim {

namespace {
// Fields compared for equality (prefix with *), and those matched as case-insensitive substrings.
const QHash<QString, QString> kExactColumns{
    {QStringLiteral("type"), QStringLiteral("type")},
    {QStringLiteral("connection_id"), QStringLiteral("connection_id")},
    {QStringLiteral("user_id"), QStringLiteral("user_id")},
    {QStringLiteral("ip"), QStringLiteral("ip")},
    {QStringLiteral("strategy"), QStringLiteral("strategy")},
    {QStringLiteral("action"), QStringLiteral("action")},
    {QStringLiteral("details.action"), QStringLiteral("action")},
    {QStringLiteral("method"), QStringLiteral("method")},
    {QStringLiteral("token_id"), QStringLiteral("token_id")},
};
const QHash<QString, QString> kTextColumns{
    {QStringLiteral("description"), QStringLiteral("description")},
    {QStringLiteral("connection"), QStringLiteral("connection")},
    {QStringLiteral("user_name"), QStringLiteral("user_name")},
    {QStringLiteral("user_agent"), QStringLiteral("user_agent")},
    {QStringLiteral("path"), QStringLiteral("path")},
};
const QStringList kBareColumns{QStringLiteral("description"), QStringLiteral("connection"), QStringLiteral("ip"),
                               QStringLiteral("type"),        QStringLiteral("user_name"),  QStringLiteral("user_id"),
                               QStringLiteral("action"),      QStringLiteral("path")};

QString likeEscaped(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return escaped;
}

bool isDelimiter(QChar c)
{
    return c.isSpace() || c == QLatin1Char('(') || c == QLatin1Char(')');
}

// A date bound: YYYY-MM-DD or an ISO 8601 date-time; `upper` turns a bare date into the end of that day.
std::optional<qint64> dateMs(const QString &text, bool upper, bool exclusive)
{
    if (text.size() == 10) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        const qint64 start = QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        // [d TO d] covers the whole day; {d TO d} excludes it.
        if (upper)
            return exclusive ? start : start + 86400 * 1000 - 1;
        return exclusive ? start + 86400 * 1000 - 1 : start;
    }
    QDateTime dateTime = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dateTime.isValid())
        dateTime = QDateTime::fromString(text, Qt::ISODate);
    if (!dateTime.isValid())
        return std::nullopt;
    if (dateTime.timeSpec() == Qt::LocalTime)
        dateTime.setTimeSpec(Qt::UTC);
    return dateTime.toMSecsSinceEpoch();
}
} // namespace

LogQuery::LogQuery(const QString &text)
    : m_text(text)
{}

LogFilterSql LogQuery::compile(const QString &query)
{
    LogQuery parser(query);
    parser.skipSpace();
    if (parser.atEnd())
        return {};
    const QString clause = parser.parseOr();
    parser.skipSpace();
    if (!parser.atEnd())
        throw Error(QStringLiteral("Unexpected '%1' at position %2 of the query")
                        .arg(parser.m_text.mid(parser.m_pos, 10))
                        .arg(parser.m_pos));
    return {clause, parser.m_values};
}

QString LogQuery::bind(const QVariant &value)
{
    m_values.append(value);
    return QStringLiteral("?");
}

void LogQuery::skipSpace()
{
    while (!atEnd() && m_text.at(m_pos).isSpace())
        ++m_pos;
}

bool LogQuery::atKeyword(const char *keyword) const
{
    const QLatin1String word(keyword);
    if (!QStringView(m_text).mid(m_pos).startsWith(word))
        return false;
    const qsizetype after = m_pos + word.size();
    return after >= m_text.size() || isDelimiter(m_text.at(after));
}

QString LogQuery::parseOr()
{
    // Joined flat, not one parenthesis per operator: SQLite's parser has a fixed stack (about 100 levels), so
    // a long list of terms nested left-deep would make valid queries fail.
    QStringList terms{parseAnd()};
    for (;;) {
        skipSpace();
        if (!atKeyword("OR") && !QStringView(m_text).mid(m_pos).startsWith(QLatin1String("||")))
            break;
        m_pos += 2;
        terms.append(parseAnd());
    }
    return terms.size() == 1 ? terms.constFirst()
                             : QLatin1Char('(') + terms.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

QString LogQuery::parseAnd()
{
    QStringList terms{parseUnary()};
    for (;;) {
        skipSpace();
        if (atEnd() || m_text.at(m_pos) == QLatin1Char(')') || atKeyword("OR") ||
            QStringView(m_text).mid(m_pos).startsWith(QLatin1String("||")))
            break;
        if (atKeyword("AND"))
            m_pos += 3;
        else if (QStringView(m_text).mid(m_pos).startsWith(QLatin1String("&&")))
            m_pos += 2;
        terms.append(parseUnary());
    }
    return terms.size() == 1 ? terms.constFirst()
                             : QLatin1Char('(') + terms.join(QStringLiteral(" AND ")) + QLatin1Char(')');
}

QString LogQuery::parseUnary()
{
    skipSpace();
    if (atEnd())
        throw Error(QStringLiteral("The query ends where a term was expected"));
    // Each NOT and parenthesis nests the SQL one level deeper (and recurses here): bounded, as are the terms.
    if (++m_depth > kMaxDepth)
        throw Error(QStringLiteral("The query nests NOT and parentheses more than %1 levels deep").arg(kMaxDepth));
    const auto leave = qScopeGuard([this] { --m_depth; });
    if (atKeyword("NOT")) {
        m_pos += 3;
        return QStringLiteral("NOT ") + parseUnary();
    }
    if (m_text.at(m_pos) == QLatin1Char('-') || m_text.at(m_pos) == QLatin1Char('!')) {
        ++m_pos;
        return QStringLiteral("NOT ") + parseUnary();
    }
    if (m_text.at(m_pos) == QLatin1Char('(')) {
        ++m_pos;
        const QString inner = parseOr();
        skipSpace();
        if (atEnd() || m_text.at(m_pos) != QLatin1Char(')'))
            throw Error(QStringLiteral("Missing ')' in the query"));
        ++m_pos;
        return QLatin1Char('(') + inner + QLatin1Char(')');
    }
    return parseTerm();
}

QString LogQuery::readQuoted()
{
    ++m_pos; // opening quote
    QString value;
    while (!atEnd() && m_text.at(m_pos) != QLatin1Char('"')) {
        if (m_text.at(m_pos) == QLatin1Char('\\') && m_pos + 1 < m_text.size())
            ++m_pos;
        value += m_text.at(m_pos++);
    }
    if (atEnd())
        throw Error(QStringLiteral("Unterminated quoted string in the query"));
    ++m_pos;
    return value;
}

QString LogQuery::readWord()
{
    const qsizetype start = m_pos;
    while (!atEnd() && !isDelimiter(m_text.at(m_pos)))
        ++m_pos;
    return m_text.mid(start, m_pos - start);
}

QString LogQuery::parseTerm()
{
    if (++m_terms > kMaxTerms)
        throw Error(QStringLiteral("The query has more than %1 terms").arg(kMaxTerms));
    if (m_text.at(m_pos) == QLatin1Char('"'))
        return bareCondition(readQuoted(), true);
    // A field name runs up to ':'; anything else is a bare term.
    const qsizetype start = m_pos;
    while (!atEnd() && !isDelimiter(m_text.at(m_pos)) && m_text.at(m_pos) != QLatin1Char(':'))
        ++m_pos;
    if (atEnd() || m_text.at(m_pos) != QLatin1Char(':')) {
        m_pos = start;
        return bareCondition(readWord(), false);
    }
    const QString field = m_text.mid(start, m_pos - start);
    ++m_pos; // ':'
    if (atEnd() || m_text.at(m_pos).isSpace())
        throw Error(QStringLiteral("Missing value after '%1:'").arg(field));
    const QChar c = m_text.at(m_pos);
    if (c == QLatin1Char('[') || c == QLatin1Char('{'))
        return rangeCondition(field);
    if (c == QLatin1Char('"'))
        return fieldCondition(field, readQuoted(), true);
    return fieldCondition(field, readWord(), false);
}

QString LogQuery::fieldCondition(const QString &field, const QString &value, bool quoted)
{
    const bool prefix = !quoted && value.endsWith(QLatin1Char('*')) && value.size() > 1;
    const QString stem = prefix ? value.chopped(1) : value;
    if (!quoted && value == QLatin1String("*")) // field:* means "has a value"
        return kExactColumns.contains(field) || kTextColumns.contains(field)
                   ? QStringLiteral("%1 <> ''").arg(kExactColumns.value(field, kTextColumns.value(field)))
                   : QStringLiteral("TRUE");
    if (kExactColumns.contains(field)) {
        const QString column = kExactColumns.value(field);
        if (prefix)
            return QStringLiteral("%1 LIKE %2 ESCAPE '\\'")
                .arg(column, bind(QString(likeEscaped(stem) + QLatin1Char('%'))));
        return QStringLiteral("%1 = %2").arg(column, bind(value));
    }
    if (kTextColumns.contains(field)) {
        const QString column = kTextColumns.value(field);
        const QString pattern = prefix ? QString(likeEscaped(stem) + QLatin1Char('%'))
                                       : QString(QLatin1Char('%') + likeEscaped(value) + QLatin1Char('%'));
        return QStringLiteral("%1 LIKE %2 ESCAPE '\\'").arg(column, bind(pattern));
    }
    if (field == QLatin1String("client_name"))
        return value.compare(QLatin1String("SCIM"), Qt::CaseInsensitive) == 0 ? QStringLiteral("TRUE")
                                                                              : QStringLiteral("FALSE");
    if (field == QLatin1String("status") || field == QLatin1String("details.response.statusCode")) {
        bool ok = false;
        const int status = value.toInt(&ok);
        if (!ok)
            throw Error(QStringLiteral("status must be a number or a range, not '%1'").arg(value));
        return QStringLiteral("status = %1").arg(bind(status));
    }
    if (field == QLatin1String("log_id")) {
        const std::optional<qint64> key = LogId::toKey(value);
        if (!key)
            throw Error(QStringLiteral("'%1' is not a log id").arg(value));
        return QStringLiteral("key = %1").arg(bind(*key));
    }
    if (field == QLatin1String("date")) {
        const std::optional<qint64> from = dateMs(value, false, false);
        const std::optional<qint64> to = dateMs(value, true, false);
        if (!from || !to)
            throw Error(QStringLiteral("'%1' is not a date (use YYYY-MM-DD or ISO 8601)").arg(value));
        const QString low = bind(*from); // positional binds: bind in textual order
        const QString high = bind(*to);
        return QStringLiteral("(date_ms >= %1 AND date_ms <= %2)").arg(low, high);
    }
    throw Error(QStringLiteral("Unknown field '%1' in the query").arg(field));
}

QString LogQuery::rangeCondition(const QString &field)
{
    const bool lowerExclusive = m_text.at(m_pos) == QLatin1Char('{');
    ++m_pos;
    skipSpace();
    auto bound = [this]() {
        skipSpace();
        if (!atEnd() && m_text.at(m_pos) == QLatin1Char('"'))
            return readQuoted();
        const qsizetype start = m_pos;
        while (!atEnd() && !m_text.at(m_pos).isSpace() && m_text.at(m_pos) != QLatin1Char(']') &&
               m_text.at(m_pos) != QLatin1Char('}'))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    };
    const QString low = bound();
    skipSpace();
    if (!atKeyword("TO") && !(QStringView(m_text).mid(m_pos).startsWith(QLatin1String("TO "))))
        throw Error(QStringLiteral("A range is written [low TO high]"));
    m_pos += 2;
    const QString high = bound();
    skipSpace();
    if (atEnd() || (m_text.at(m_pos) != QLatin1Char(']') && m_text.at(m_pos) != QLatin1Char('}')))
        throw Error(QStringLiteral("Unterminated range in the query"));
    const bool upperExclusive = m_text.at(m_pos) == QLatin1Char('}');
    ++m_pos;
    if (low.isEmpty() || high.isEmpty())
        throw Error(QStringLiteral("A range needs two bounds (use * for open)"));

    QString column;
    std::optional<qint64> lowValue;
    std::optional<qint64> highValue;
    auto invalid = [&field](const QString &value) {
        return Error(QStringLiteral("'%1' is not a valid bound for %2").arg(value, field));
    };
    if (field == QLatin1String("date")) {
        column = QStringLiteral("date_ms");
        if (low != QLatin1String("*") && !(lowValue = dateMs(low, false, lowerExclusive)))
            throw invalid(low);
        if (high != QLatin1String("*") && !(highValue = dateMs(high, true, upperExclusive)))
            throw invalid(high);
    } else if (field == QLatin1String("status") || field == QLatin1String("details.response.statusCode")) {
        column = QStringLiteral("status");
        bool ok = true;
        if (low != QLatin1String("*") && (lowValue = low.toLongLong(&ok), !ok))
            throw invalid(low);
        if (high != QLatin1String("*") && (highValue = high.toLongLong(&ok), !ok))
            throw invalid(high);
    } else if (field == QLatin1String("log_id")) {
        column = QStringLiteral("key");
        if (low != QLatin1String("*") && !(lowValue = LogId::toKey(low)))
            throw invalid(low);
        if (high != QLatin1String("*") && !(highValue = LogId::toKey(high)))
            throw invalid(high);
    } else {
        throw Error(QStringLiteral("Ranges are supported on date, status and log_id, not '%1'").arg(field));
    }
    QStringList parts;
    if (lowValue)
        parts << QStringLiteral("%1 %2 %3")
                     .arg(column, lowerExclusive ? QStringLiteral(">") : QStringLiteral(">="), bind(*lowValue));
    if (highValue)
        parts << QStringLiteral("%1 %2 %3")
                     .arg(column, upperExclusive ? QStringLiteral("<") : QStringLiteral("<="), bind(*highValue));
    if (parts.isEmpty())
        return QStringLiteral("TRUE");
    return QLatin1Char('(') + parts.join(QStringLiteral(" AND ")) + QLatin1Char(')');
}

QString LogQuery::bareCondition(const QString &value, bool quoted)
{
    Q_UNUSED(quoted)
    if (value.isEmpty())
        return QStringLiteral("TRUE");
    QStringList parts;
    const QString pattern = QLatin1Char('%') + likeEscaped(value) + QLatin1Char('%');
    for (const QString &column : kBareColumns)
        parts << QStringLiteral("%1 LIKE %2 ESCAPE '\\'").arg(column, bind(pattern));
    if (const std::optional<qint64> key = LogId::toKey(value); key && value.size() == 24)
        parts << QStringLiteral("key = %1").arg(bind(*key));
    return QLatin1Char('(') + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

} // namespace scim
