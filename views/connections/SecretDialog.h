#pragma once

#include <QDialog>

class QLineEdit;

namespace scim {

// Shows a newly generated token once, with a copy button; copying is offered, never automatic.
class SecretDialog : public QDialog
{
    Q_OBJECT

public:
    SecretDialog(const QString &secret, const QString &endpointUrl, QWidget *parent = nullptr);
    QString secret() const;
    bool copied() const { return m_copied; }

public Q_SLOTS:
    // Asks first when the secret was never copied.
    void reject() override;

private:
    QLineEdit *m_secret;
    bool m_copied = false;
    bool m_closeConfirmed = false;
};

} // namespace scim
