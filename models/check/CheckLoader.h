#pragma once

#include "models/check/CheckLoadResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace scim {

// Reads check files (docs/conformance.md, "Check files"). Every problem is collected with the file (and check)
// it is in; the checks that are fine are still loaded.
class CheckLoader
{
    Q_DECLARE_TR_FUNCTIONS(CheckLoader)

public:
    // The checks built into scim-check (a Qt resource).
    static QString builtInDirectory();
    // Every *.json file of `directory`, in file name order.
    static CheckLoadResult loadDirectory(const QString &directory);
    static CheckLoadResult loadFile(const QString &path);
    // One file's content; `fileName` is used in problems and results.
    static CheckLoadResult parse(const QByteArray &content, const QString &fileName);
};

} // namespace scim
