#pragma once

#include <QList>
#include <QString>

namespace scim {

// One entry of an attribute map in the editor. `id` is stable for the editing session, so drags, undo commands
// and engine error details refer to pairs by id, never by row or pointer.
struct MappingPair
{
    quint64 id = 0;
    QString scim;
    QString auth0;

    bool operator==(const MappingPair &other) const = default;
};

using MappingPairs = QList<MappingPair>;

} // namespace scim
