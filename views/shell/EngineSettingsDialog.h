#pragma once

#include "models/session/EmbeddedEngineSettings.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace scim {

class EngineSession;
class ToneLabel;

// Engine › Settings… for the embedded engine: listen address and port, public URL, TLS certificate and key, request
// log retention. Apply stores them (EmbeddedEngineSettings) and restarts the engine, showing progress until it
// answers again or says why it could not start, and whether the endpoint moved.
class EngineSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    EngineSettingsDialog(EngineSession *session, QWidget *parent = nullptr);

    EmbeddedEngineSettings edited() const;

public Q_SLOTS:
    void apply();

Q_SIGNALS:
    // The engine runs again with the new settings.
    void applied();

private:
    void showEndpoint();
    void chooseFile(QLineEdit *edit, const QString &title);

    EngineSession *m_session;
    EmbeddedEngineSettings m_stored;
    QComboBox *m_address;
    QSpinBox *m_port;
    QLineEdit *m_publicUrl;
    QLineEdit *m_certificate;
    QLineEdit *m_key;
    QSpinBox *m_retention;
    ToneLabel *m_endpoint;
    QString m_endpointBefore; // the endpoint before the last Apply
    ToneLabel *m_status;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    bool m_restarting = false;
};

} // namespace scim
