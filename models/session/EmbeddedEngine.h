#pragma once

#include "models/session/EmbeddedEngineSettings.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <optional>

class QThread;

namespace scim {

class Engine;

// Runs scim::Engine on a worker thread, listening where EmbeddedEngineSettings say (by default 127.0.0.1 on a
// free port). The Engine object is created, started, stopped and deleted on that thread; this class only talks to
// it through queued calls, so the UI thread never waits for the database. On an address other than loopback the
// Management API moves to its own listener on 127.0.0.1, so that only SCIM is reachable from the network.

class EmbeddedEngine : public QObject
{
    Q_OBJECT

public:
    explicit EmbeddedEngine(QObject *parent = nullptr);
    ~EmbeddedEngine() override; // stops the engine if it still runs (waits for its thread)

    void start(const QString &databasePath, const QString &adminToken,
               const EmbeddedEngineSettings &settings = EmbeddedEngineSettings());
    void stop();
    bool isRunning() const { return m_running && !m_stopping; }
    QUrl url() const { return m_url; } // the Management API
    // What clients are told (the public URL, or where SCIM listens) and the port SCIM listens on.
    QString publicUrl() const { return m_publicUrl; }
    quint16 port() const { return m_port; }
    QString databasePath() const { return m_databasePath; }

Q_SIGNALS:
    void started(const QUrl &url);
    void failed(const QString &error);
    void stopped();

private:
    void finishThread();

    QThread *m_thread = nullptr;
    QObject *m_anchor = nullptr; // lives on m_thread; queued calls run there
    Engine *m_engine = nullptr;  // only touched on m_thread
    QUrl m_url;
    QString m_publicUrl;
    quint16 m_port = 0;
    QString m_databasePath;
    bool m_running = false;
    bool m_stopping = false;
    // A start requested while the previous engine is still stopping runs once it has stopped.
    struct PendingStart
    {
        QString databasePath;
        QString adminToken;
        EmbeddedEngineSettings settings;
    };
    std::optional<PendingStart> m_pendingStart;
};

} // namespace scim
