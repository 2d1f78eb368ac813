#pragma once

#include <QList>
#include <QStringList>

// The SQLite store's schema, as versioned migrations: step N (1-based) takes the schema from version N-1 to N.
// Each is applied once, in order, inside one transaction; never edit one that has shipped, add a step.
namespace scim::SqliteMigrations {

const QList<QStringList> &steps();

} // namespace scim::SqliteMigrations
