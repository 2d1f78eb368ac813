#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace scim {

// scim-check's options (docs/conformance.md, "Usage").
struct CheckOptions
{
    QUrl baseUrl;
    QString token;
    QString profile = QStringLiteral("all");
    QString jsonPath;
    QString htmlPath;
    QString checksDirectory; // empty: the built-in checks
    QStringList selection;   // --check patterns
    QString prefix;
    int timeoutMs = 30000;
    bool keep = false;
    bool insecure = false;
    bool list = false;
    bool verbose = false;
    bool quiet = false;
};

class CheckCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommandLine)

public:
    struct Result
    {
        std::optional<CheckOptions> options;
        QString output; // --help / --version text
        QString error;  // a usage error
        int exitCode = 0;
    };

    // `environmentToken`: SCIM_CHECK_TOKEN, used when --token is not given (keeps the token out of `ps`).
    static Result parse(const QStringList &arguments, const QString &environmentToken);
};

} // namespace scim
