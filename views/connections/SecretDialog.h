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

private:
    QLineEdit *m_secret;
};

} // namespace scim
