#pragma once

// A real scim-engine process for end-to-end suites: started from the directory of the test binary (both land in
// <build>/bin) on 127.0.0.1 with a free port, its data and HOME inside the test's temporary directory (the
// database's directory; for a postgresql:// database, a temporary directory of its own).

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryDir>

#include <csignal>
#include <memory>
#include <optional>

namespace {

using namespace Qt::StringLiterals;

QString enginePath()
{
    return QCoreApplication::applicationDirPath() + u"/scim-engine"_s;
}

// Environment for engine processes: HOME and XDG dirs point into `root`, so nothing ever touches the real user's data.
QProcessEnvironment engineEnvironment(const QString &root, const std::optional<QString> &adminToken)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, root);
    env.insert(u"XDG_DATA_HOME"_s, root + u"/xdg-data"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, root + u"/xdg-config"_s);
    env.remove(u"SCIM_ENGINE_ADMIN_TOKEN"_s);
    if (adminToken)
        env.insert(u"SCIM_ENGINE_ADMIN_TOKEN"_s, *adminToken);
    return env;
}

// One running scim-engine process.
class EngineProcess
{
public:
    ~EngineProcess()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }

    // Starts the engine and waits for "listening on http://127.0.0.1:PORT". Use QVERIFY(start(...)). `home` is
    // its HOME (default: the database's directory, or for a PostgreSQL database a temporary one).
    bool start(const QString &databasePath, const std::optional<QString> &adminToken, const QStringList &extraArgs = {},
               const QString &home = {})
    {
        m_process = std::make_unique<QProcess>();
        m_process->setProgram(enginePath());
        m_process->setArguments(QStringList{u"--listen"_s, u"127.0.0.1:0"_s, u"--database"_s, databasePath} +
                                extraArgs);
        const bool postgres = databasePath.startsWith(u"postgresql://"_s) || databasePath.startsWith(u"postgres://"_s);
        if (postgres && home.isEmpty() && !m_home)
            m_home = std::make_unique<QTemporaryDir>();
        m_homePath = !home.isEmpty() ? home : postgres ? m_home->path() : QFileInfo(databasePath).absolutePath();
        m_process->setProcessEnvironment(engineEnvironment(m_homePath, adminToken));
        m_stdout.clear();
        m_stderr.clear();
        m_process->start();
        if (!m_process->waitForStarted(5000)) {
            m_failure = u"cannot start %1: %2"_s.arg(enginePath(), m_process->errorString());
            return false;
        }
        static const QRegularExpression listening(u"listening on http://127\\.0\\.0\\.1:(\\d+)\\n"_s);
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 15000) {
            collectOutput();
            const QRegularExpressionMatch match = listening.match(QString::fromUtf8(m_stdout));
            if (match.hasMatch()) {
                m_port = quint16(match.captured(1).toUInt());
                return m_port != 0;
            }
            if (m_process->state() == QProcess::NotRunning)
                break;
            m_process->waitForReadyRead(100);
        }
        collectOutput();
        m_failure = u"engine did not report 'listening on' (exit code %1). stdout: %2 stderr: %3"_s.arg(
            QString::number(m_process->exitCode()), QString::fromUtf8(m_stdout), QString::fromUtf8(m_stderr));
        return false;
    }

    // Sends `signalNumber` and waits for the process to end; true when it exited normally with code 0.
    bool stop(int signalNumber = SIGTERM, int timeoutMs = 15000)
    {
        if (!m_process || m_process->state() == QProcess::NotRunning)
            return false;
        ::kill(pid_t(m_process->processId()), signalNumber);
        return waitForExit(timeoutMs);
    }

    bool waitForExit(int timeoutMs = 15000)
    {
        const bool finished = m_process->waitForFinished(timeoutMs);
        collectOutput();
        if (!finished) {
            m_failure = u"engine did not exit within %1 ms"_s.arg(timeoutMs);
            m_process->kill();
            m_process->waitForFinished(5000);
            return false;
        }
        if (m_process->exitStatus() != QProcess::NormalExit || m_process->exitCode() != 0) {
            m_failure = u"engine exit status %1, code %2; stderr: %3"_s.arg(int(m_process->exitStatus()))
                            .arg(m_process->exitCode())
                            .arg(QString::fromUtf8(m_stderr));
            return false;
        }
        return true;
    }

    void collectOutput()
    {
        if (!m_process)
            return;
        m_stdout += m_process->readAllStandardOutput();
        m_stderr += m_process->readAllStandardError();
    }

    bool isRunning() const { return m_process && m_process->state() == QProcess::Running; }
    qint64 pid() const { return m_process ? m_process->processId() : 0; }
    quint16 port() const { return m_port; }
    // HOME of the process (where a generated admin token is kept with a PostgreSQL database).
    QString home() const { return m_homePath; }
    QString baseUrl() const { return u"http://127.0.0.1:%1"_s.arg(m_port); }
    QByteArray standardOutput() const { return m_stdout; }
    QByteArray standardError() const { return m_stderr; }
    QByteArray failure() const { return m_failure.toUtf8(); }

private:
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QTemporaryDir> m_home;
    QString m_homePath;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QString m_failure;
    quint16 m_port = 0;
};

} // namespace
