#pragma once

#include <QObject>

class QSocketNotifier;

namespace scim {

// Turns SIGINT/SIGTERM (stop) and SIGHUP (reload) into Qt signals delivered on the event loop (self-pipe), so shutdown
// runs as ordinary code instead of inside a signal handler.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);
    void reloadRequested();

private:
    void readSignal();
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace scim
