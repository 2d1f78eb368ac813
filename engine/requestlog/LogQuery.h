#pragma once

#include "requestlog/LogFilterSql.h"

#include <QString>

#include <stdexcept>

namespace scim {

// The Lucene subset of GET /api/v2/logs?q= (docs/logs.md) compiled to SQL over the logs table: field:value,
// field:"phrase", field:prefix*, bare terms, AND / OR / NOT, parentheses, [a TO b] and {a TO b} ranges.
class LogQuery
{
public:
    class Error : public std::runtime_error
    {
    public:
        explicit Error(const QString &message)
            : std::runtime_error(message.toStdString())
            , m_message(message)
        {}
        const QString &message() const { return m_message; }

    private:
        QString m_message;
    };

    static LogFilterSql compile(const QString &query); // throws Error

private:
    explicit LogQuery(const QString &text);
    QString parseOr();
    QString parseAnd();
    QString parseUnary();
    QString parseTerm();
    QString fieldCondition(const QString &field, const QString &value, bool quoted);
    QString rangeCondition(const QString &field);
    QString bareCondition(const QString &value, bool quoted);
    QString readWord();
    QString readQuoted();
    void skipSpace();
    bool atKeyword(const char *keyword) const;
    bool atEnd() const { return m_pos >= m_text.size(); }
    QString bind(const QVariant &value);

    static constexpr int kMaxDepth = 20;
    static constexpr int kMaxTerms = 100;

    QString m_text;
    qsizetype m_pos = 0;
    int m_depth = 0;
    int m_terms = 0;
    QVariantList m_values;
};

} // namespace scim
