#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <optional>
#include <utility>

class QThread;

namespace scim {

class Engine;

// Runs scim::Engine on a worker thread (127.0.0.1, a free port). The Engine object is created, started, stopped
// and deleted on that thread; this class only talks to it through queued calls, so the UI thread never waits for
// the database.
class EmbeddedEngine : public QObject
{
    Q_OBJECT

public:
    explicit EmbeddedEngine(QObject *parent = nullptr);
    ~EmbeddedEngine() override; // stops the engine if it still runs (waits for its thread)

    void start(const QString &databasePath, const QString &adminToken);
    void stop();
    bool isRunning() const { return m_running && !m_stopping; }
    QUrl url() const { return m_url; }
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
    QString m_databasePath;
    bool m_running = false;
    bool m_stopping = false;
    // A start requested while the previous engine is still stopping runs once it has stopped.
    std::optional<std::pair<QString, QString>> m_pendingStart;
};

} // namespace scim
