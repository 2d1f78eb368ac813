#pragma once

#include "server/EngineOptions.h"

#include <QStringList>

#include <optional>

namespace scim {

// Parses `scim-engine` arguments. Errors are reported as text and exit code 2 by the caller.
class EngineCommandLine
{
public:
    struct Result
    {
        std::optional<EngineOptions> options; // empty on error or when only help/version was asked for
        QString output;                       // help or version text
        QString error;                        // a clear message for bad input
        int exitCode = 0;
        QString adminTokenFile; // --admin-token-file (AdminCredential reads it)
    };

    static Result parse(const QStringList &arguments);
    static QString defaultDatabasePath();
};

} // namespace scim
