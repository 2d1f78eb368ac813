#include "protocol/schema/AttributePath.h"

namespace scim {

QString AttributePath::toString() const
{
    QString text;
    if (extension)
        text = attribute.isEmpty() ? schemaUrn : schemaUrn + QLatin1Char(':');
    text += attribute;
    if (!subAttribute.isEmpty())
        text += QLatin1Char('.') + subAttribute;
    return text;
}

} // namespace scim
