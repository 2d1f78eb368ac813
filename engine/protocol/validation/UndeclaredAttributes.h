#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace scim {

// What a write does with attributes the connection's schemas do not declare (docs/schemas.md), and what it did:
//  - an attribute under an extension URN (declared or not) that no schema declares follows the connection's
//    `options.scim_unknown_attributes`: Keep stores it as sent, Ignore drops it, Reject refuses the request;
//  - an unknown core attribute is always ignored (RFC 7644 leniency: the Microsoft validator's misspelled
//    attribute expects 200).
// Both are reported, for the request log. The policy is asked for only when a request carries such an attribute,
// so requests that do not pay nothing for it.
class UndeclaredAttributes
{
public:
    enum class Policy
    {
        Keep,
        Ignore,
        Reject
    };

    // Without a source: Ignore (what validation without a connection, e.g. an editor's preview, does).
    UndeclaredAttributes() = default;
    explicit UndeclaredAttributes(std::function<Policy()> policySource)
        : m_source(std::move(policySource))
    {}

    Policy policy()
    {
        if (!m_policy)
            m_policy = m_source ? m_source() : Policy::Ignore;
        return *m_policy;
    }

    void noteIgnored(const QString &path) { appendOnce(m_ignored, path); }
    void noteKept(const QString &path) { appendOnce(m_kept, path); }
    const QStringList &ignored() const { return m_ignored; }
    const QStringList &kept() const { return m_kept; }

    // "keep", "ignore", "reject" (the option's values); absent means Keep.
    static std::optional<Policy> parsePolicy(const QString &name)
    {
        if (name == QLatin1String("keep"))
            return Policy::Keep;
        if (name == QLatin1String("ignore"))
            return Policy::Ignore;
        if (name == QLatin1String("reject"))
            return Policy::Reject;
        return std::nullopt;
    }
    static QStringList policyNames()
    {
        return {QStringLiteral("keep"), QStringLiteral("ignore"), QStringLiteral("reject")};
    }

private:
    static void appendOnce(QStringList &list, const QString &path)
    {
        if (!list.contains(path))
            list.append(path);
    }

    std::function<Policy()> m_source;
    std::optional<Policy> m_policy;
    QStringList m_ignored;
    QStringList m_kept;
};

} // namespace scim
