#include "models/common/ConsoleSettings.h"

#include <QSettings>

namespace scim {

QVariant ConsoleSettings::read(const char *key, const QVariant &defaultValue)
{
    return QSettings().value(QString::fromLatin1(key), defaultValue);
}

void ConsoleSettings::write(const char *key, const QVariant &value)
{
    QSettings().setValue(QString::fromLatin1(key), value);
}

} // namespace scim
