#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace scim {

class EngineSession;
class ToneLabel;

// Status bar contents: embedded/remote, URL, database (the SQLite file or the PostgreSQL server and database), the
// engine instance, state, and a busy indicator while requests run.
class EngineStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit EngineStatusWidget(EngineSession *session, QWidget *parent = nullptr);
    QString text() const; // all fields, for tests and accessibility

public Q_SLOTS:
    void update();
    void setBusy(bool busy);

private:
    EngineSession *m_session;
    QLabel *m_mode;
    QLabel *m_url;
    QLabel *m_database;
    QLabel *m_instance;
    ToneLabel *m_state;
    QProgressBar *m_busy;
};

} // namespace scim
