#pragma once

#include "models/connectionsettings/ConnectionSettings.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace scim {

class ConnectionsModel;
class ManagementClient;
class ToneLabel;
struct ApiResult;

// One connection's settings: names, back-channel logout (URL, audience, write-only signing secret, "Send test
// logout"), rate limit and undeclared-attribute policy. Save sends them in one PATCH; a value the engine refuses
// is shown under its field (the 400's `details` name it). Revert reloads what is stored.
class ConnectionSettingsPage : public QWidget
{
    Q_OBJECT

public:
    ConnectionSettingsPage(ManagementClient *client, ConnectionsModel *connections, QWidget *parent = nullptr);

    QString connectionId() const { return m_loaded.id; }
    bool isDirty() const;
    // What the form holds now.
    ConnectionSettings edited() const;
    // The error shown under a field (the engine's field name, e.g. "options.backchannel_logout_url").
    QString fieldError(const QString &field) const;

public Q_SLOTS:
    void setConnectionId(const QString &id);
    void reload();
    void save();
    void revert();
    void sendTestLogout();

Q_SIGNALS:
    void errorOccurred(const QString &message);
    void dirtyChanged(bool dirty);
    void saved(const QString &connectionId);
    // The engine refused the save (the reason is shown on the page, under its field where it names one).
    void saveFailed(const QString &connectionId);
    void testLogoutFinished(bool delivered);

private:
    void load(const QJsonObject &connection);
    void showFieldErrors(const ApiResult &result);
    void clearFieldErrors();
    void updateState();
    ToneLabel *addErrorLabel(const QString &field);
    void chooseConnection(int row);

    ManagementClient *m_client;
    ConnectionsModel *m_connections;
    ConnectionSettings m_loaded;
    bool m_busy = false;
    bool m_wasDirty = false;
    bool m_loading = false;

    QComboBox *m_connection;
    QLabel *m_dirty;
    QLineEdit *m_name;
    QLineEdit *m_displayName;
    QLabel *m_strategy;
    QLineEdit *m_logoutUrl;
    QLineEdit *m_logoutAudience;
    QLineEdit *m_secret;
    QPushButton *m_testLogout;
    ToneLabel *m_testResult;
    QComboBox *m_rateMode;
    QDoubleSpinBox *m_rate;
    QSpinBox *m_burst;
    QComboBox *m_unknown;
    ToneLabel *m_formError;
    QPushButton *m_revert;
    QPushButton *m_save;
    QHash<QString, ToneLabel *> m_errors;
};

} // namespace scim
