#include "models/session/EmbeddedEngineSettings.h"

#include "models/common/ConsoleSettings.h"
#include "models/session/EngineSession.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QVariantMap>

namespace scim {

EmbeddedEngineSettings EmbeddedEngineSettings::load(const QString &databasePath)
{
    const QVariantMap stored =
        ConsoleSettings::kEmbeddedEngines.value().value(EngineSession::embeddedKey(databasePath)).toMap();
    EmbeddedEngineSettings settings;
    settings.listenAddress = stored.value(QStringLiteral("listenAddress"), settings.listenAddress).toString();
    settings.port = stored.value(QStringLiteral("port"), 0).toInt();
    settings.publicUrl = stored.value(QStringLiteral("publicUrl")).toString();
    settings.tlsCertificate = stored.value(QStringLiteral("tlsCertificate")).toString();
    settings.tlsKey = stored.value(QStringLiteral("tlsKey")).toString();
    settings.logRetentionDays = stored.value(QStringLiteral("logRetentionDays"), settings.logRetentionDays).toInt();
    return settings;
}

void EmbeddedEngineSettings::save(const QString &databasePath) const
{
    QVariantMap all = ConsoleSettings::kEmbeddedEngines.value();
    all.insert(EngineSession::embeddedKey(databasePath),
               QVariantMap{{QStringLiteral("listenAddress"), listenAddress},
                           {QStringLiteral("port"), port},
                           {QStringLiteral("publicUrl"), publicUrl},
                           {QStringLiteral("tlsCertificate"), tlsCertificate},
                           {QStringLiteral("tlsKey"), tlsKey},
                           {QStringLiteral("logRetentionDays"), logRetentionDays}});
    ConsoleSettings::kEmbeddedEngines.setValue(all);
}

QString EmbeddedEngineSettings::problem() const
{
    if (QHostAddress(listenAddress).isNull())
        //: %1: what the admin typed
        return tr("The listen address %1 is not an IP address (e.g. 127.0.0.1, or 0.0.0.0 for every interface).")
            .arg(listenAddress);
    if (port < 0 || port > 65535)
        return tr("The port must be between 1 and 65535, or 0 to choose a free one.");
    if (!publicUrl.isEmpty()) {
        const QUrl url(publicUrl, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return tr("The public URL must be an absolute http or https URL, e.g. https://scim.example.com.");
    }
    if (tlsCertificate.isEmpty() != tlsKey.isEmpty())
        return tr("TLS needs both a certificate and its private key.");
    for (const QString &path : {tlsCertificate, tlsKey}) {
        if (!path.isEmpty() && !QFileInfo(path).isReadable())
            //: %1: a file path
            return tr("The file %1 cannot be read.").arg(path);
    }
    if (logRetentionDays < 0)
        return tr("The log retention cannot be negative.");
    return {};
}

bool EmbeddedEngineSettings::sameEngineAs(const EmbeddedEngineSettings &other) const
{
    return listenAddress == other.listenAddress && port == other.port && publicUrl == other.publicUrl &&
           tlsCertificate == other.tlsCertificate && tlsKey == other.tlsKey &&
           logRetentionDays == other.logRetentionDays;
}

} // namespace scim
