#pragma once

#include <QString>

namespace scim {

// Where the Management API's admin token comes from, first found wins: the file given with --admin-token-file;
// $CREDENTIALS_DIRECTORY/admin-token (systemd's LoadCredential=); SCIM_ENGINE_ADMIN_TOKEN; or a generated token
// kept in a 0600 file in the engine's data directory.
class AdminCredential
{
public:
    struct Result
    {
        QString token;
        QString filePath; // set when the token lives in a file
        bool generated = false;
        QString error;
        QString warning; // e.g. a token file others can read
    };

    static Result resolve(const QString &dataDirectory, const QString &tokenFile = QString());
};

} // namespace scim
