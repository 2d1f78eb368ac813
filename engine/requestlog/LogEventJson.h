#pragma once

#include "requestlog/LogRow.h"

#include <QJsonObject>

namespace scim {

// Renders a stored row as the Management API's log object (docs/logs.md).
namespace LogEventJson {
QJsonObject render(const LogRow &row);
QString isoDate(qint64 ms);
} // namespace LogEventJson

} // namespace scim
