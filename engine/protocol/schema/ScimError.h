#pragma once

#include <QJsonObject>
#include <QString>

#include <exception>

namespace scim {

// A SCIM protocol error (RFC 7644 §3.12). Thrown by the transport-free SCIM logic and turned into an
// Error response at the service boundary.
class ScimError : public std::exception
{
public:
    ScimError(int status, QString scimType, QString detail);

    static ScimError invalidFilter(const QString &detail) { return {400, QStringLiteral("invalidFilter"), detail}; }
    static ScimError invalidPath(const QString &detail) { return {400, QStringLiteral("invalidPath"), detail}; }
    static ScimError invalidValue(const QString &detail) { return {400, QStringLiteral("invalidValue"), detail}; }
    static ScimError invalidSyntax(const QString &detail) { return {400, QStringLiteral("invalidSyntax"), detail}; }
    static ScimError noTarget(const QString &detail) { return {400, QStringLiteral("noTarget"), detail}; }
    static ScimError mutability(const QString &detail) { return {400, QStringLiteral("mutability"), detail}; }
    static ScimError uniqueness(const QString &detail) { return {409, QStringLiteral("uniqueness"), detail}; }
    static ScimError tooMany(const QString &detail) { return {400, QStringLiteral("tooMany"), detail}; }
    static ScimError notFound(const QString &detail) { return {404, QString(), detail}; }

    int status() const { return m_status; }
    const QString &scimType() const { return m_scimType; }
    const QString &detail() const { return m_detail; }
    const char *what() const noexcept override { return "scim::ScimError"; }

    QJsonObject toJson() const;

private:
    int m_status;
    QString m_scimType;
    QString m_detail;
};

} // namespace scim
