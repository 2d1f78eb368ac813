#pragma once

#include <Qt>

namespace scim {

// Roles every console model answers with the same meaning, so that views and proxies use them without knowing the
// model. Sorting and filtering always use RawValueRole, never display text. A model with roles of its own declares
// them in one Role enum of its own, numbered from FirstModelRole (models never share an index, so two models may
// use the same numbers).
namespace ModelRoles {
enum Role
{
    RawValueRole = Qt::UserRole + 1, // the unformatted value of the cell (QDateTime, int, bool, QString)
    IdRole,                          // the row's identifier (connection id, token id, user id, log id, pair id)
    JsonRole,                        // the row's whole JSON object
    FirstModelRole,                  // the first role of a model's own Role enum
};
} // namespace ModelRoles

} // namespace scim
