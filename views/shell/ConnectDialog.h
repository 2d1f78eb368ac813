#pragma once

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QLineEdit;

namespace scim {

class ToneLabel;

// "Connect to engine…": a remote engine's URL and admin token, or back to the embedded engine.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    void setUrl(const QUrl &url);
    void setMessage(const QString &message);
    void setFileFallbackOffered(bool offered, bool checked);
    // No keychain (turned off, or none found): "Remember" is only possible with the token file.
    void setKeychainUsable(bool usable);
    QUrl url() const;
    QString token() const;
    bool rememberToken() const;
    bool allowTokenFile() const;

    void accept() override;

Q_SIGNALS:
    void embeddedRequested();

private:
    void updateRemember();

    QLineEdit *m_url;
    QLineEdit *m_token;
    QCheckBox *m_remember;
    QCheckBox *m_allowFile;
    ToneLabel *m_message;
    bool m_keychainUsable = true;
};

} // namespace scim
