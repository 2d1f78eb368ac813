#pragma once

#include <QString>

namespace scim {

// How the console starts (command line, tests).
struct ConsoleOptions
{
    QString databasePath;    // embedded engine database; empty: <AppDataLocation>/scim-console.sqlite
    bool useKeychain = true; // false: behave as if no secret service existed
    bool startEngine = true; // false: tests connect the session themselves
    int reconnectIntervalMs = 1000;
};

} // namespace scim
