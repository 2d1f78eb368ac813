#pragma once

#include <QtGlobal>

namespace scim {

// How long and how many log events are kept; 0 means no limit.
struct LogRetention
{
    int days = 30;
    qint64 maxEvents = 1000000;
};

} // namespace scim
