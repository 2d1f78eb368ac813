#pragma once

#include <QString>
#include <QVariantList>

namespace scim {

// A WHERE clause over the logs table with its positional bind values (empty clause = everything).
struct LogFilterSql
{
    QString clause;
    QVariantList values;
};

} // namespace scim
