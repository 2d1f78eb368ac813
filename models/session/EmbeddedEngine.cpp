#include "models/session/EmbeddedEngine.h"

#include "server/Engine.h"

#include <QDir>
#include <QFileInfo>
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

void EmbeddedEngine::start(const QString &databasePath, const QString &adminToken)
{
    if (m_thread) {
        if (m_stopping)
            m_pendingStart = std::make_pair(databasePath, adminToken);
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
    options.port = 0;
    options.databasePath = databasePath;
    options.adminToken = adminToken;
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
        const QUrl url(engine->baseUrl());
        QMetaObject::invokeMethod(this, [this, url] {
            m_url = url;
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
    if (m_pendingStart) {
        const auto [databasePath, adminToken] = *m_pendingStart;
        m_pendingStart.reset();
        // After the caller has seen stopped(): queued, so the order of signals stays stop → start.
        QMetaObject::invokeMethod(
            this, [this, databasePath, adminToken] { start(databasePath, adminToken); }, Qt::QueuedConnection);
    }
}

} // namespace scim
