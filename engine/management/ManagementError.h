#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <exception>

namespace scim {

// A Management API error, rendered Auth0-style as {statusCode, error, message, errorCode?}.
class ManagementError : public std::exception
{
public:
    ManagementError(int status, QString message, QString errorCode = {}, QJsonArray details = {})
        : m_status(status)
        , m_message(std::move(message))
        , m_errorCode(std::move(errorCode))
        , m_details(std::move(details))
    {}

    static ManagementError badRequest(const QString &message, const QString &code = QStringLiteral("invalid_body"))
    {
        return {400, message, code};
    }
    static ManagementError connectionNotFound()
    {
        return {404, QStringLiteral("The connection does not exist"), QStringLiteral("inexistent_connection")};
    }

    int status() const { return m_status; }
    const QString &message() const { return m_message; }
    const QString &errorCode() const { return m_errorCode; }
    const char *what() const noexcept override { return "scim::ManagementError"; }

    QJsonObject toJson() const;
    static QString errorName(int status);

private:
    int m_status;
    QString m_message;
    QString m_errorCode;
    QJsonArray m_details; // e.g. every broken mapping rule, so an editor can mark each offending row
};

} // namespace scim
