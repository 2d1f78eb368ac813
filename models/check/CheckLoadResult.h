#pragma once

#include "models/check/CheckDefinition.h"

#include <QList>
#include <QString>

namespace scim {

// A check file that could not be used, or one check in it: reported, never fatal.
struct CheckLoadProblem
{
    QString file;
    QString checkId; // empty when the whole file is unusable
    QString reason;
};

struct CheckLoadResult
{
    QList<CheckDefinition> checks;
    QList<CheckLoadProblem> problems;
};

} // namespace scim
