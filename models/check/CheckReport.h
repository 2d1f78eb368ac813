#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace scim {

class CheckRunner;

// The reports of a finished run: JSON for machines, one self-contained HTML page for people.
class CheckReport
{
    Q_DECLARE_TR_FUNCTIONS(CheckReport)

public:
    // {target, started_at, profile, prefix, summary, capabilities, checks: [{id, profile, title, reference, status,
    // detail, request, response, exchanges}], discovery, cleanup, fatal_error?}
    static QJsonObject toJson(const CheckRunner &runner, const QString &profile);
    static QByteArray toHtml(const CheckRunner &runner, const QString &profile);
};

} // namespace scim
