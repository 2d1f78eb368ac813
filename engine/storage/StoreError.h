#pragma once

#include <QString>

#include <exception>

namespace scim {

class StoreError : public std::exception
{
public:
    enum class Kind
    {
        Failure,
        Conflict,
        // The row changed since it was read (another engine instance won the race); see PostgresStore.
        Stale
    };

    StoreError(Kind kind, QString message)
        : m_kind(kind)
        , m_message(std::move(message))
    {}

    Kind kind() const { return m_kind; }
    const QString &message() const { return m_message; }
    const char *what() const noexcept override { return "scim::StoreError"; }

private:
    Kind m_kind;
    QString m_message;
};

} // namespace scim
