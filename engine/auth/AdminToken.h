#pragma once

#include <QString>

// The Management API's admin token: its format, for the engine and the console.
namespace scim::AdminToken {

inline constexpr char kPrefix[] = "adm_";
inline constexpr int kRandomLength = 48; // alphanumerics after the prefix

// A new admin token from the system's cryptographic random source.
QString generate();

} // namespace scim::AdminToken
