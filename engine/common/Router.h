#pragma once

#include "common/HttpResponse.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace scim {

// Method + path pattern → handler, one shape for the SCIM, Management and log endpoints. A pattern is a path of
// segments: a literal, `{name}` (any one segment, passed to the handler in order) or a final `**` (whatever
// follows, also nothing). Patterns are tried in the order they were first added and the first whose path matches
// decides: its handler for the method, or the API's own 405 naming the methods that path has, in the order they
// were added. A path no pattern matches is the caller's 404 (dispatch() returns nothing).
template <typename Context> class Router
{
public:
    using Handler = std::function<HttpResponse(Context &context, const QStringList &arguments)>;
    using MethodNotAllowed = std::function<HttpResponse(const QByteArray &allowed)>;
    // Accepts or refuses a segment for a `{name}` parameter (a refused one makes the pattern not match).
    using Constraint = std::function<bool(QStringView segment)>;

    explicit Router(MethodNotAllowed methodNotAllowed)
        : m_methodNotAllowed(std::move(methodNotAllowed))
    {}

    // `method` "*" accepts every method. `literals` says how literal segments compare.
    void add(const QByteArray &method, const QString &pattern, Handler handler,
             Qt::CaseSensitivity literals = Qt::CaseSensitive)
    {
        const QStringList segments = pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        for (Path &path : m_paths) {
            if (path.segments == segments && path.literals == literals) {
                path.methods.append({method, std::move(handler)});
                return;
            }
        }
        m_paths.append(Path{segments, literals, {{method, std::move(handler)}}});
    }

    void constrain(const QString &parameter, Constraint constraint)
    {
        m_constraints.insert(QLatin1Char('{') + parameter + QLatin1Char('}'), std::move(constraint));
    }

    std::optional<HttpResponse> dispatch(const QByteArray &method, const QStringList &segments, Context &context) const
    {
        QStringList arguments;
        for (const Path &path : m_paths) {
            if (!matches(path, segments, arguments))
                continue;
            for (const auto &[candidate, handler] : path.methods) {
                if (candidate == method || candidate == "*")
                    return handler(context, arguments);
            }
            QByteArray allowed;
            for (const auto &entry : path.methods)
                allowed += (allowed.isEmpty() ? "" : ", ") + entry.first;
            return m_methodNotAllowed(allowed);
        }
        return std::nullopt;
    }

private:
    struct Path
    {
        QStringList segments;
        Qt::CaseSensitivity literals;
        QList<QPair<QByteArray, Handler>> methods;
    };

    bool matches(const Path &path, const QStringList &segments, QStringList &arguments) const
    {
        const bool rest = !path.segments.isEmpty() && path.segments.constLast() == QLatin1String("**");
        const qsizetype fixed = rest ? path.segments.size() - 1 : path.segments.size();
        if (rest ? segments.size() < fixed : segments.size() != fixed)
            return false;
        // Literals first: they reject most paths without looking at a parameter.
        for (qsizetype i = 0; i < fixed; ++i) {
            const QString &part = path.segments.at(i);
            if (!part.startsWith(QLatin1Char('{')) && part.compare(segments.at(i), path.literals) != 0)
                return false;
        }
        arguments.clear();
        for (qsizetype i = 0; i < fixed; ++i) {
            const QString &part = path.segments.at(i);
            if (!part.startsWith(QLatin1Char('{')))
                continue;
            const auto constraint = m_constraints.constFind(part);
            if (constraint != m_constraints.constEnd() && !(*constraint)(segments.at(i)))
                return false;
            arguments.append(segments.at(i));
        }
        return true;
    }

    QList<Path> m_paths;
    QHash<QString, Constraint> m_constraints;
    MethodNotAllowed m_methodNotAllowed;
};

} // namespace scim
