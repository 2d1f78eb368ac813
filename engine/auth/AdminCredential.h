#pragma once

#include <QString>

namespace scim {

// Where the Management API's admin token comes from: SCIM_ENGINE_ADMIN_TOKEN, or a generated token kept in
// a 0600 file in the engine's data directory.
class AdminCredential
{
public:
    struct Result
    {
        QString token;
        QString filePath; // set when the token lives in a file
        bool generated = false;
        QString error;
    };

    static Result resolve(const QString &dataDirectory);
};

} // namespace scim
