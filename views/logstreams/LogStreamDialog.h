#pragma once

#include "models/logstreams/SinkTypes.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QUrl>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace scim {

class ManagementClient;
class ToneLabel;
struct ApiResult;

// Creates a log stream, or edits one (`stream` given): a name, the sink type (on create) and the sink's fields,
// built from SinkTypes for the chosen type. OK sends the request itself and closes only when the engine accepted
// it; a refused value is shown under its field.
class LogStreamDialog : public QDialog
{
    Q_OBJECT

public:
    LogStreamDialog(ManagementClient *client, const QJsonObject &stream = {}, QWidget *parent = nullptr);

    // Where receivers of ES256 security events fetch the engine's public key.
    void setJwksUrl(const QUrl &url);
    bool isEditing() const { return !m_streamId.isEmpty(); }
    QString type() const;
    // The widget of a sink field (by its JSON key) or of "name"/"type".
    QWidget *field(const QString &key) const { return m_fields.value(key); }
    QString fieldError(const QString &key) const;
    // The stream the engine answered after a successful save.
    QJsonObject savedStream() const { return m_saved; }

public Q_SLOTS:
    void accept() override;

private:
    void buildSinkFields();
    QHash<QString, QString> values() const;
    void updateApplicable();
    void showErrors(const ApiResult &result);
    ToneLabel *errorLabel(const QString &key);

    ManagementClient *m_client;
    QString m_streamId;
    QHash<QString, QString> m_stored; // the sink values the dialog was opened with (edit)
    QJsonObject m_saved;
    QComboBox *m_type;
    QLineEdit *m_name;
    QFormLayout *m_sinkForm;
    QLabel *m_jwks;
    ToneLabel *m_error;
    QDialogButtonBox *m_buttons;
    QHash<QString, QWidget *> m_fields;
    QHash<QString, ToneLabel *> m_errors;
    QHash<QString, QWidget *> m_rows; // sink field key → its row (field + error), hidden when it does not apply
    QUrl m_jwksUrl;
};

} // namespace scim
