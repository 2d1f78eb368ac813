#pragma once

#include "requestlog/LogRecord.h"

#include <QByteArray>
#include <QByteArrayView>

namespace scim {

// Hands captured records from the request thread to the log writer as bytes appended to one shared buffer
// instead of a list of objects. The request thread then allocates nothing per event that another thread frees,
// and the writer never touches the reference counts of the request thread's shared strings; with both cores
// busy, that cross-thread traffic cost the request thread more than the capture itself. In-process only: the
// layout is native and unversioned.
class LogRecordCodec
{
public:
    static void append(QByteArray &out, const LogRecord &record);
    // Reads the record at `in` and advances past it. Strings and byte arrays of `record` point into `in`'s
    // buffer (no copies), so they are valid only while that buffer is unchanged.
    static bool next(QByteArrayView &in, LogRecord &record);
};

} // namespace scim
