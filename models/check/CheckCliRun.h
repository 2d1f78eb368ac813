#pragma once

#include "models/check/CheckCommandLine.h"
#include "models/check/CheckRunner.h"

#include <QObject>

#include <cstdio>

class QSocketNotifier;

namespace scim {

// One scim-check invocation: loads the checks, runs them while printing a line per check, writes the reports and
// ends with the exit status. SIGINT/SIGTERM cancel the run, which still deletes what it created.
class CheckCliRun : public QObject
{
    Q_OBJECT

public:
    CheckCliRun(const CheckOptions &options, std::FILE *out, QObject *parent = nullptr);
    ~CheckCliRun() override;

    const CheckRunner &runner() const { return m_runner; }

public Q_SLOTS:
    void start();

Q_SIGNALS:
    // 0: nothing failed; 1: a check failed (or a check file is malformed); 2: the run could not happen.
    void finished(int exitCode);

private:
    void printResult(const CheckResult &result);
    void finish();
    bool writeFile(const QString &path, const QByteArray &content);
    void watchSignals();

    CheckOptions m_options;
    std::FILE *m_out;
    CheckRunner m_runner;
    QSocketNotifier *m_signalNotifier = nullptr;
    bool m_writeFailed = false;
};

} // namespace scim
