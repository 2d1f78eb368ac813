#include "models/session/EmbeddedEngine.h"

#include "server/Engine.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QThread>

namespace scim {

EmbeddedEngine::EmbeddedEngine(QObject *parent)
    : QObject(parent)
{}

EmbeddedEngine::~EmbeddedEngine()
{
    if (!m_thread)
        return;
    // Last resort at destruction (normally stop() ran first): delete the engine on its thread and wait.
    QMetaObject::invokeMethod(
        m_anchor,
        [this] {
            delete m_engine;
            m_engine = nullptr;
            delete m_anchor;
            m_anchor = nullptr;
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
    delete m_thread;
}

void EmbeddedEngine::start(const QString &databasePath, const QString &adminToken,
                           const EmbeddedEngineSettings &settings)
{
    if (m_thread) {
        if (m_stopping)
            m_pendingStart = PendingStart{databasePath, adminToken, settings};
        return;
    }
    m_databasePath = databasePath;
    QDir().mkpath(QFileInfo(databasePath).absolutePath());
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("scim-engine"));
    m_anchor = new QObject;
    m_anchor->moveToThread(m_thread);
    m_thread->start();

    EngineOptions options;
    options.listenAddress = QHostAddress(settings.listenAddress);
    options.listenHost = settings.listenAddress;
    options.port = quint16(settings.port);
    options.publicUrl = settings.publicUrl;
    options.tlsCertificatePath = settings.tlsCertificate;
    options.tlsKeyPath = settings.tlsKey;
    options.logRetention.days = settings.logRetentionDays;
    options.databasePath = databasePath;
    options.adminToken = adminToken;
    if (!options.listenAddress.isLoopback()) {
        options.adminListen = true;
        options.adminListenAddress = QHostAddress(QHostAddress::LocalHost);
        options.adminListenHost = QStringLiteral("127.0.0.1");
        options.adminPort = 0;
    }
    QMetaObject::invokeMethod(m_anchor, [this, options] {
        auto *engine = new Engine(options);
        if (!engine->start()) {
            const QString error = engine->errorString();
            delete engine;
            QMetaObject::invokeMethod(this, [this, error] {
                finishThread();
                Q_EMIT failed(error);
            });
            return;
        }
        m_engine = engine;
        const QUrl url(engine->adminBaseUrl().isEmpty() ? engine->baseUrl() : engine->adminBaseUrl());
        const QString publicUrl = engine->publicUrl();
        const quint16 port = engine->serverPort();
        QMetaObject::invokeMethod(this, [this, url, publicUrl, port] {
            m_url = url;
            m_publicUrl = publicUrl;
            m_port = port;
            m_running = true;
            Q_EMIT started(url);
        });
    });
}

void EmbeddedEngine::stop()
{
    m_pendingStart.reset();
    if (!m_thread) {
        Q_EMIT stopped();
        return;
    }
    if (m_stopping)
        return;
    m_stopping = true;
    QMetaObject::invokeMethod(m_anchor, [this] {
        if (!m_engine) {
            QMetaObject::invokeMethod(this, [this] {
                finishThread();
                Q_EMIT stopped();
            });
            return;
        }
        // Engine::stop finishes in-flight requests, then closes the database and emits stopped().
        connect(m_engine, &Engine::stopped, m_anchor, [this] {
            // Not from inside the engine's own signal: delete it on the next turn of its thread's loop.
            QMetaObject::invokeMethod(
                m_anchor,
                [this] {
                    delete m_engine;
                    m_engine = nullptr;
                    QMetaObject::invokeMethod(this, [this] {
                        finishThread();
                        Q_EMIT stopped();
                    });
                },
                Qt::QueuedConnection);
        });
        m_engine->stop();
    });
}

void EmbeddedEngine::finishThread()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(m_anchor, [this] {
        delete m_anchor;
        m_anchor = nullptr;
        QThread::currentThread()->quit();
    });
    // The thread has nothing left but to quit: the engine is gone and only the anchor's deletion is queued.
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_running = false;
    m_stopping = false;
    m_url.clear();
    m_publicUrl.clear();
    m_port = 0;
    if (m_pendingStart) {
        const PendingStart pending = *m_pendingStart;
        m_pendingStart.reset();
        // After the caller has seen stopped(): queued, so the order of signals stays stop → start.
        QMetaObject::invokeMethod(
            this, [this, pending] { start(pending.databasePath, pending.adminToken, pending.settings); },
            Qt::QueuedConnection);
    }
}

} // namespace scim
