#pragma once

#include <QJsonObject>
#include <QWidget>

class QFrame;
class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QGroupBox;

namespace scim {

class ConnectionsModel;
class ManagementClient;
class TokensModel;
class ToneLabel;

// The selected connection: SCIM endpoint URL (copy), IdP setup hints, enable/disable SCIM, delete, and its tokens
// (generate, revoke). Every action goes through the Management API; dialogs are opened non-blocking.
class ConnectionDetailsWidget : public QWidget
{
    Q_OBJECT

public:
    ConnectionDetailsWidget(ManagementClient *client, ConnectionsModel *connections, QWidget *parent = nullptr);

    QString connectionId() const;
    TokensModel *tokensModel() const { return m_tokens; }
    QTableView *tokensView() const { return m_tokenView; }

public Q_SLOTS:
    void setConnection(const QJsonObject &connection);
    void generateToken();
    void revokeSelectedToken();
    void toggleScim();
    void deleteConnection();

Q_SIGNALS:
    void errorOccurred(const QString &message);
    void connectionDeleted(const QString &id);

private:
    void updateActions();
    void updateExpiryBanner();
    void updateEndpointWarning();

    ManagementClient *m_client;
    ConnectionsModel *m_connections;
    TokensModel *m_tokens;
    QJsonObject m_connection;
    bool m_busy = false;
    QString m_reselectToken; // the token selected before a reload

    QLabel *m_title;
    QLabel *m_subtitle;
    QLineEdit *m_endpoint;
    QPushButton *m_copyEndpoint;
    QLabel *m_hints;
    QPushButton *m_scimToggle;
    QPushButton *m_delete;
    QGroupBox *m_tokenBox;
    QTableView *m_tokenView;
    QPushButton *m_generate;
    QPushButton *m_revoke;
    QAction *m_revokeAction = nullptr;
    QAction *m_copyTokenIdAction = nullptr;
    QAction *m_generateAction = nullptr;
    QLabel *m_tokenLimit;
    QFrame *m_expiryBanner;
    ToneLabel *m_expiryText;
    QPushButton *m_replace;
    ToneLabel *m_endpointWarning; // tokens issued for an earlier endpoint URL
};

} // namespace scim
