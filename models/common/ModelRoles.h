#pragma once

#include <Qt>

namespace scim {

// Roles shared by the console's models. Sorting and filtering always use RawValueRole, never display text.
namespace ModelRoles {
enum Role
{
    RawValueRole = Qt::UserRole + 1, // the unformatted value of the cell (QDateTime, int, bool, QString)
    IdRole,                          // the row's identifier (connection id, token id, user id)
    JsonRole,                        // the row's whole JSON object
};
} // namespace ModelRoles

} // namespace scim
