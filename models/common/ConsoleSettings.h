#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <QVariantMap>

#include <utility>

namespace scim {

// Everything the console remembers between runs (QSettings, per user), in one table: each entry names its key, its
// type and the value read when nothing is stored. The keys are the ones earlier versions wrote, so saved settings
// keep loading; renaming one needs a migration here. Use: ConsoleSettings::kUsersSplitter.value(),
// ConsoleSettings::kUsersSplitter.setValue(splitter->saveState()).
class ConsoleSettings
{
public:
    template <typename T> class Setting
    {
    public:
        Setting(const char *key, T defaultValue)
            : m_key(key)
            , m_default(std::move(defaultValue))
        {}

        QString key() const { return QString::fromLatin1(m_key); }
        const T &defaultValue() const { return m_default; }
        T value() const { return qvariant_cast<T>(ConsoleSettings::read(m_key, QVariant::fromValue(m_default))); }
        void setValue(const T &value) const { ConsoleSettings::write(m_key, QVariant::fromValue(value)); }

    private:
        const char *m_key;
        T m_default;
    };

    // Which engine the console starts with: "embedded", or "remote" with kEngineUrl (EngineSession).
    static inline const Setting<QString> kEngineMode{"engine/mode", QString()};
    static inline const Setting<QString> kEngineUrl{"engine/url", QString()};
    // The embedded engine's settings per database (EngineSession::embeddedKey → EmbeddedEngineSettings' map):
    // listen address and the port kept since the first start, public URL, TLS files, log retention.
    static inline const Setting<QVariantMap> kEmbeddedEngines{"engine/embedded", QVariantMap()};
    // TLS certificates the admin trusted for engines the system does not vouch for: origin (https://host:port) →
    // SHA-256 fingerprint (CertificateTrust).
    static inline const Setting<QVariantMap> kTrustedCertificates{"engine/trustedCertificates", QVariantMap()};
    // The admin opted in to keeping admin tokens in a file when there is no secret service (CredentialStore).
    static inline const Setting<bool> kTokenFileFallback{"credentials/fileFallback", false};

    // Preferences: the interface language ("de", "en", "fr"; empty: the system's, see Localization) and the
    // appearance ("light", "dark"; empty: follow the desktop, see Appearance).
    static inline const Setting<QString> kLanguage{"ui/language", QString()};
    static inline const Setting<QString> kAppearance{"ui/appearance", QString()};

    // Layout: QMainWindow, QHeaderView and QSplitter saveState() blobs. Empty: the built-in layout.
    static inline const Setting<QByteArray> kWindowGeometry{"ui/geometry", QByteArray()};
    static inline const Setting<QByteArray> kWindowState{"ui/state", QByteArray()};
    // The page and the connection selected when the console was closed, shown again at start.
    static inline const Setting<int> kLastPage{"ui/lastPage", 0};
    static inline const Setting<QString> kLastConnection{"ui/lastConnection", QString()};
    static inline const Setting<QByteArray> kConnectionsHeader{"ui/connectionsHeader", QByteArray()};
    static inline const Setting<QByteArray> kConnectionsSplitter{"ui/connectionsSplitter", QByteArray()};
    static inline const Setting<QByteArray> kTokensHeader{"ui/tokensHeader", QByteArray()};
    static inline const Setting<QByteArray> kUsersHeader{"ui/usersHeader", QByteArray()};
    static inline const Setting<QByteArray> kUsersSplitter{"ui/usersSplitter", QByteArray()};
    static inline const Setting<QByteArray> kLogsHeader{"ui/logsHeader", QByteArray()};
    static inline const Setting<QByteArray> kLogsSplitter{"ui/logsSplitter", QByteArray()};
    static inline const Setting<QByteArray> kMappingColumns{"ui/mappingColumns", QByteArray()};
    static inline const Setting<QByteArray> kMappingRows{"ui/mappingRows", QByteArray()};
    static inline const Setting<QByteArray> kMappingHeader{"ui/mappingHeader", QByteArray()};
    static inline const Setting<QByteArray> kMappingScimHeader{"ui/mappingScimHeader", QByteArray()};

    // The Logs page's filter (LogFilter::toVariantMap() without its dates) and time range (LogsPage::TimeRange).
    static inline const Setting<QVariantMap> kLogsFilter{"logs/filter", QVariantMap()};
    static inline const Setting<int> kLogsTimeRange{"logs/timeRange", 0};

private:
    static QVariant read(const char *key, const QVariant &defaultValue);
    static void write(const char *key, const QVariant &value);
};

} // namespace scim
