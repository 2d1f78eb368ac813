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
        Stale,
        // The server aborted the transaction to break a deadlock or a serialization conflict with another
        // transaction (SQLSTATE 40P01, 40001): nothing it wrote is kept, and running it again from the start
        // succeeds. The commit pipeline and PostgresStore::transaction() do that.
        Transient
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
