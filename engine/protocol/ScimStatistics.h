#pragma once

#include <QtGlobal>

namespace scim {

// A test seam: how the service answered requests, counted only when a test hands the service one of these
// (ScimService::setStatistics). Production code never reads it.
struct ScimStatistics
{
    quint64 fullScans = 0;         // list/search requests that had to read every resource of a connection
    quint64 indexedLookups = 0;    // filters answered from an index
    quint64 memberListsLoaded = 0; // group member lists read to render or filter a group
    quint64 storedRenders = 0;     // plain GETs written straight from the stored CBOR (CborResourceWriter)
};

} // namespace scim
