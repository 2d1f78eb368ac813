#pragma once

#include <QString>

namespace scim::RandomId {

// `length` characters from [A-Za-z0-9], from the system's cryptographic random source.
QString alphanumeric(int length);
// `bytes` random bytes as lower-case hex.
QString hex(int bytes);
// A random (version 4) UUID without braces.
QString uuid();

} // namespace scim::RandomId
