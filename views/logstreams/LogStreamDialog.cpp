#include "views/logstreams/LogStreamDialog.h"

#include "models/api/ManagementClient.h"
#include "views/common/ToneLabel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace scim {

namespace {
QString sinkText(const char *text)
{
    return text ? QCoreApplication::translate("SinkTypes", text) : QString();
}
} // namespace

LogStreamDialog::LogStreamDialog(ManagementClient *client, const QJsonObject &stream, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_streamId(stream.value(QStringLiteral("id")).toString())
    , m_type(new QComboBox)
    , m_name(new QLineEdit)
    , m_sinkForm(new QFormLayout)
    , m_jwks(new QLabel)
    , m_error(new ToneLabel(ThemeColors::Tone::Error))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("logStreamDialog"));
    setWindowTitle(isEditing() ? tr("Edit log stream") : tr("New log stream"));
    m_type->setObjectName(QStringLiteral("streamType"));
    m_type->setAccessibleName(tr("Type"));
    for (const SinkTypes::Type &type : SinkTypes::all())
        m_type->addItem(sinkText(type.name), type.type);
    m_name->setObjectName(QStringLiteral("streamName"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setPlaceholderText(tr("e.g. siem"));
    m_fields.insert(QStringLiteral("type"), m_type);
    m_fields.insert(QStringLiteral("name"), m_name);
    m_jwks->setObjectName(QStringLiteral("streamJwks"));
    m_jwks->setWordWrap(true);
    m_jwks->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setObjectName(QStringLiteral("streamError"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("streamSave"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(isEditing() ? tr("&Save") : tr("&Create"));

    auto *form = new QFormLayout;
    form->addRow(tr("T&ype:"), m_type);
    auto *nameRow = new QWidget;
    auto *nameLayout = new QVBoxLayout(nameRow);
    nameLayout->setContentsMargins(0, 0, 0, 0);
    nameLayout->addWidget(m_name);
    nameLayout->addWidget(errorLabel(QStringLiteral("name")));
    form->addRow(tr("&Name:"), nameRow);
    if (auto *buddy = qobject_cast<QLabel *>(form->labelForField(nameRow)))
        buddy->setBuddy(m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(m_sinkForm);
    layout->addWidget(m_jwks);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    if (isEditing()) {
        const QString type = stream.value(QStringLiteral("type")).toString();
        m_type->setCurrentIndex(qMax(0, m_type->findData(type)));
        m_type->setEnabled(false); // the engine keeps a stream's type
        m_name->setText(stream.value(QStringLiteral("name")).toString());
        if (const SinkTypes::Type *definition = SinkTypes::find(type))
            m_stored = SinkTypes::values(*definition, stream.value(QStringLiteral("sink")).toObject());
    }
    buildSinkFields();
    connect(m_type, &QComboBox::currentIndexChanged, this, &LogStreamDialog::buildSinkFields);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LogStreamDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(560);
}

ToneLabel *LogStreamDialog::errorLabel(const QString &key)
{
    auto *label = new ToneLabel(ThemeColors::Tone::Error);
    label->setObjectName(QStringLiteral("fieldError:") + key);
    label->setWordWrap(true);
    label->hide();
    m_errors.insert(key, label);
    return label;
}

QString LogStreamDialog::type() const
{
    return m_type->currentData().toString();
}

void LogStreamDialog::setJwksUrl(const QUrl &url)
{
    m_jwksUrl = url;
    updateApplicable();
}

void LogStreamDialog::buildSinkFields()
{
    while (m_sinkForm->rowCount() > 0)
        m_sinkForm->removeRow(0);
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        m_fields.remove(it.key());
        m_errors.remove(QStringLiteral("sink.") + it.key());
    }
    m_rows.clear();
    const SinkTypes::Type *definition = SinkTypes::find(type());
    if (!definition)
        return;
    for (const SinkTypes::Field &field : definition->fields) {
        QWidget *input = nullptr;
        const QString value = isEditing() ? m_stored.value(field.key) : field.defaultValue;
        if (field.kind == SinkTypes::Field::Kind::Choice) {
            auto *choice = new QComboBox;
            choice->addItems(field.choices);
            choice->setCurrentText(value.isEmpty() ? field.defaultValue : value);
            connect(choice, &QComboBox::currentIndexChanged, this, &LogStreamDialog::updateApplicable);
            choice->setToolTip(sinkText(field.hint));
            input = choice;
        } else {
            auto *edit = new QLineEdit(value);
            edit->setPlaceholderText(sinkText(field.hint));
            if (field.kind == SinkTypes::Field::Kind::Secret) {
                edit->setEchoMode(QLineEdit::Password);
                if (isEditing())
                    edit->setPlaceholderText(tr("Stored; type a new value to replace it"));
            }
            input = edit;
        }
        QString label = sinkText(field.label);
        input->setObjectName(QStringLiteral("sink:") + field.key);
        input->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        auto *row = new QWidget;
        auto *rowLayout = new QVBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->addWidget(input);
        rowLayout->addWidget(errorLabel(QStringLiteral("sink.") + field.key));
        m_sinkForm->addRow(label, row);
        if (auto *buddy = qobject_cast<QLabel *>(m_sinkForm->labelForField(row)))
            buddy->setBuddy(input);
        m_fields.insert(field.key, input);
        m_rows.insert(field.key, row);
    }
    updateApplicable();
}

QHash<QString, QString> LogStreamDialog::values() const
{
    QHash<QString, QString> values;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        QWidget *input = m_fields.value(it.key());
        if (auto *choice = qobject_cast<QComboBox *>(input))
            values.insert(it.key(), choice->currentText());
        else if (auto *edit = qobject_cast<QLineEdit *>(input))
            values.insert(it.key(), edit->text());
    }
    return values;
}

void LogStreamDialog::updateApplicable()
{
    const SinkTypes::Type *definition = SinkTypes::find(type());
    if (!definition)
        return;
    const QHash<QString, QString> current = values();
    for (const SinkTypes::Field &field : definition->fields) {
        QWidget *row = m_rows.value(field.key);
        if (!row)
            continue;
        const bool applies = SinkTypes::applies(field, current);
        row->setVisible(applies);
        if (QWidget *label = m_sinkForm->labelForField(row))
            label->setVisible(applies);
    }
    const bool engineKey = type() == QLatin1String("scim-set") &&
                           current.value(QStringLiteral("setSigningAlgorithm")) == QLatin1String("ES256");
    m_jwks->setVisible(engineKey && m_jwksUrl.isValid());
    //: %1: the URL of the engine's JSON Web Key Set
    m_jwks->setText(tr("Receivers verify ES256 signatures with the engine's public key, published at %1.")
                        .arg(m_jwksUrl.toString()));
}

QString LogStreamDialog::fieldError(const QString &key) const
{
    const ToneLabel *label = m_errors.value(key);
    return label && !label->isHidden() ? label->text() : QString();
}

void LogStreamDialog::showErrors(const ApiResult &result)
{
    for (ToneLabel *label : std::as_const(m_errors))
        label->hide();
    m_error->hide();
    bool shown = false;
    for (const QJsonValue &value : result.object().value(QStringLiteral("details")).toArray()) {
        const QJsonObject detail = value.toObject();
        ToneLabel *label = m_errors.value(detail.value(QStringLiteral("field")).toString());
        if (!label)
            continue;
        label->setText(
            detail.value(QStringLiteral("message")).toString().remove(QStringLiteral("Payload validation error: ")));
        label->show();
        if (!shown)
            if (QWidget *input = m_fields.value(detail.value(QStringLiteral("field")).toString().section(u'.', -1)))
                input->setFocus();
        shown = true;
    }
    if (!shown) {
        m_error->setText(result.describe(tr("The log stream was not saved: %1.")));
        m_error->show();
    }
}

void LogStreamDialog::accept()
{
    const SinkTypes::Type *definition = SinkTypes::find(type());
    if (!definition)
        return;
    QJsonObject body{{QStringLiteral("name"), m_name->text().trimmed()}};
    const QJsonObject sink =
        SinkTypes::sink(*definition, values(), isEditing() ? std::optional(m_stored) : std::nullopt);
    if (!isEditing() || !sink.isEmpty())
        body.insert(QStringLiteral("sink"), sink);
    m_buttons->setEnabled(false);
    auto done = [this](const ApiResult &result) {
        m_buttons->setEnabled(true);
        if (!result.ok()) {
            showErrors(result);
            return;
        }
        m_saved = result.object();
        QDialog::accept();
    };
    if (isEditing()) {
        m_client->updateLogStream(m_streamId, body, this, done);
        return;
    }
    body.insert(QStringLiteral("type"), type());
    m_client->createLogStream(body, this, done);
}

} // namespace scim
