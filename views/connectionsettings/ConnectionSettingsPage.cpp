#include "views/connectionsettings/ConnectionSettingsPage.h"

#include "models/api/ManagementClient.h"
#include "models/common/ModelRoles.h"
#include "models/connections/ConnectionsModel.h"
#include "views/common/Confirmation.h"
#include "views/common/ToneLabel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace scim {

namespace {
const QString kName = QStringLiteral("name");
const QString kDisplayName = QStringLiteral("display_name");
const QString kUrl = QStringLiteral("options.backchannel_logout_url");
const QString kAudience = QStringLiteral("options.backchannel_logout_audience");
const QString kSecret = QStringLiteral("options.backchannel_logout_secret");
const QString kRate = QStringLiteral("options.rate_limit.requests_per_second");
const QString kBurst = QStringLiteral("options.rate_limit.burst");
const QString kUnknown = QStringLiteral("options.scim_unknown_attributes");
} // namespace

ConnectionSettingsPage::ConnectionSettingsPage(ManagementClient *client, ConnectionsModel *connections, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_connections(connections)
    , m_connection(new QComboBox)
    , m_dirty(new QLabel)
    , m_name(new QLineEdit)
    , m_displayName(new QLineEdit)
    , m_strategy(new QLabel)
    , m_logoutUrl(new QLineEdit)
    , m_logoutAudience(new QLineEdit)
    , m_secret(new QLineEdit)
    , m_testLogout(new QPushButton(tr("Send test &logout")))
    , m_testResult(new ToneLabel)
    , m_rateMode(new QComboBox)
    , m_rate(new QDoubleSpinBox)
    , m_burst(new QSpinBox)
    , m_unknown(new QComboBox)
    , m_formError(new ToneLabel(ThemeColors::Tone::Error))
    , m_revert(new QPushButton(tr("Rever&t")))
    , m_save(new QPushButton(tr("&Save")))
{
    setObjectName(QStringLiteral("connectionSettingsPage"));
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(connections);
    sorted->setSortRole(ModelRoles::RawValueRole);
    sorted->sort(ConnectionsModel::NameColumn);
    m_connection->setObjectName(QStringLiteral("settingsConnection"));
    m_connection->setAccessibleName(tr("Connection"));
    m_connection->setModel(sorted);
    m_connection->setModelColumn(ConnectionsModel::NameColumn);
    m_connection->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_dirty->setObjectName(QStringLiteral("settingsDirty"));

    m_name->setObjectName(QStringLiteral("settingsName"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setToolTip(tr("The connection's identifier: letters and digits, optionally separated by hyphens."));
    m_displayName->setObjectName(QStringLiteral("settingsDisplayName"));
    m_displayName->setAccessibleName(tr("Display name"));
    m_displayName->setPlaceholderText(tr("Shown instead of the name"));
    m_strategy->setObjectName(QStringLiteral("settingsStrategy"));
    m_strategy->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_logoutUrl->setObjectName(QStringLiteral("settingsLogoutUrl"));
    m_logoutUrl->setAccessibleName(tr("Back-channel logout URL"));
    m_logoutUrl->setPlaceholderText(tr("https://app.example.com/backchannel-logout"));
    m_logoutAudience->setObjectName(QStringLiteral("settingsLogoutAudience"));
    m_logoutAudience->setAccessibleName(tr("Logout token audience"));
    m_logoutAudience->setPlaceholderText(tr("Default: the connection id"));
    m_secret->setObjectName(QStringLiteral("settingsLogoutSecret"));
    m_secret->setAccessibleName(tr("Signing secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setToolTip(tr("The HS256 key that signs the logout token, at least 32 bytes. It is never shown again "
                            "after it is saved."));
    m_testLogout->setObjectName(QStringLiteral("settingsTestLogout"));
    m_testLogout->setToolTip(tr("Sends one signed logout token for a test user to the URL above, with the settings "
                                "as they are in the form, and shows what the receiver answered."));
    m_testResult->setObjectName(QStringLiteral("settingsTestResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_rateMode->setObjectName(QStringLiteral("settingsRateLimit"));
    m_rateMode->setAccessibleName(tr("Rate limit"));
    //: %1: requests per second, %2: burst size
    m_rateMode->addItem(tr("Default (%1 requests per second, bursts of %2)")
                            .arg(ConnectionSettings::defaultRequestsPerSecond())
                            .arg(ConnectionSettings::defaultBurst()),
                        int(ConnectionSettings::RateLimit::Default));
    m_rateMode->addItem(tr("No limit"), int(ConnectionSettings::RateLimit::Off));
    m_rateMode->addItem(tr("Custom"), int(ConnectionSettings::RateLimit::Custom));
    m_rateMode->setToolTip(tr("How many SCIM requests this connection's identity provider may send; more get HTTP "
                              "429 with Retry-After."));
    m_rate->setObjectName(QStringLiteral("settingsRequestsPerSecond"));
    m_rate->setAccessibleName(tr("Requests per second"));
    m_rate->setRange(0.1, 1000000);
    m_rate->setDecimals(1);
    m_rate->setValue(ConnectionSettings::defaultRequestsPerSecond());
    m_burst->setObjectName(QStringLiteral("settingsBurst"));
    m_burst->setAccessibleName(tr("Burst"));
    m_burst->setRange(0, 1000000);
    m_burst->setSpecialValueText(tr("Twice the rate"));
    m_burst->setToolTip(tr("How many requests may arrive at once before the rate applies."));
    m_unknown->setObjectName(QStringLiteral("settingsUnknownAttributes"));
    m_unknown->setAccessibleName(tr("Undeclared attributes"));
    m_unknown->addItem(tr("Keep them as sent"), QStringLiteral("keep"));
    m_unknown->addItem(tr("Ignore them"), QStringLiteral("ignore"));
    m_unknown->addItem(tr("Reject the request"), QStringLiteral("reject"));
    m_unknown->setToolTip(tr("What SCIM writes do with attributes under an extension schema that no schema of this "
                             "connection declares."));
    m_formError->setObjectName(QStringLiteral("settingsFormError"));
    m_formError->setWordWrap(true);
    m_formError->hide();
    m_revert->setObjectName(QStringLiteral("settingsRevert"));
    m_save->setObjectName(QStringLiteral("settingsSave"));
    m_save->setDefault(true);

    // A field with its error message below it; the label's mnemonic goes to the field itself.
    const auto addRow = [this](QFormLayout *form, const QString &label, QWidget *field, const QString &errorField) {
        auto *box = new QWidget;
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        layout->addWidget(field);
        layout->addWidget(addErrorLabel(errorField));
        form->addRow(label, box);
        if (auto *buddy = qobject_cast<QLabel *>(form->labelForField(box)))
            buddy->setBuddy(field);
    };
    auto *general = new QGroupBox(tr("General"));
    auto *generalForm = new QFormLayout(general);
    addRow(generalForm, tr("N&ame:"), m_name, kName);
    addRow(generalForm, tr("&Display name:"), m_displayName, kDisplayName);
    generalForm->addRow(tr("Strategy:"), m_strategy);

    auto *logout = new QGroupBox(tr("Back-channel logout"));
    auto *logoutForm = new QFormLayout(logout);
    auto *logoutHint = new QLabel(tr("When the identity provider deactivates a user, the engine posts an OpenID "
                                     "Connect back-channel logout token to this URL so that the application ends the "
                                     "user's sessions."));
    logoutHint->setWordWrap(true);
    logoutForm->addRow(logoutHint);
    addRow(logoutForm, tr("&URL:"), m_logoutUrl, kUrl);
    addRow(logoutForm, tr("Aud&ience:"), m_logoutAudience, kAudience);
    addRow(logoutForm, tr("Si&gning secret:"), m_secret, kSecret);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testLogout);
    testRow->addWidget(m_testResult, 1);
    logoutForm->addRow(testRow);

    auto *limits = new QGroupBox(tr("Limits and schemas"));
    auto *limitsForm = new QFormLayout(limits);
    limitsForm->addRow(tr("&Rate limit:"), m_rateMode);
    addRow(limitsForm, tr("Re&quests per second:"), m_rate, kRate);
    addRow(limitsForm, tr("&Burst:"), m_burst, kBurst);
    addRow(limitsForm, tr("&Policy for undeclared attributes:"), m_unknown, kUnknown);
    // The rate limit's own errors ("must be an object") have no finer field.
    m_errors.insert(QStringLiteral("options.rate_limit"), m_errors.value(kRate));

    auto *form = new QWidget;
    auto *formLayout = new QVBoxLayout(form);
    formLayout->addWidget(general);
    formLayout->addWidget(logout);
    formLayout->addWidget(limits);
    formLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    scroll->setAccessibleName(tr("Connection settings"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(form);

    auto *top = new QHBoxLayout;
    auto *connectionLabel = new QLabel(tr("Connection:"));
    connectionLabel->setBuddy(m_connection);
    top->addWidget(connectionLabel);
    top->addWidget(m_connection);
    top->addStretch(1);
    top->addWidget(m_dirty);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_formError, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(m_connection, &QComboBox::activated, this, &ConnectionSettingsPage::chooseConnection);
    // A connection list that loads or changes under the page keeps the shown connection selected.
    connect(sorted, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_loaded.id.isEmpty())
            setConnectionId(m_loaded.id);
        else if (m_connection->count() > 0)
            chooseConnection(0);
    });
    connect(sorted, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_loaded.id.isEmpty() && m_connection->count() > 0)
            chooseConnection(0);
    });
    for (QLineEdit *edit : {m_name, m_displayName, m_logoutUrl, m_logoutAudience, m_secret})
        connect(edit, &QLineEdit::textEdited, this, &ConnectionSettingsPage::updateState);
    connect(m_rateMode, &QComboBox::currentIndexChanged, this, &ConnectionSettingsPage::updateState);
    connect(m_rate, &QDoubleSpinBox::valueChanged, this, &ConnectionSettingsPage::updateState);
    connect(m_burst, &QSpinBox::valueChanged, this, &ConnectionSettingsPage::updateState);
    connect(m_unknown, &QComboBox::currentIndexChanged, this, &ConnectionSettingsPage::updateState);
    connect(m_save, &QPushButton::clicked, this, &ConnectionSettingsPage::save);
    connect(m_revert, &QPushButton::clicked, this, &ConnectionSettingsPage::revert);
    connect(m_testLogout, &QPushButton::clicked, this, &ConnectionSettingsPage::sendTestLogout);
    updateState();
}

ToneLabel *ConnectionSettingsPage::addErrorLabel(const QString &field)
{
    auto *label = new ToneLabel(ThemeColors::Tone::Error);
    label->setObjectName(QStringLiteral("fieldError:") + field);
    label->setWordWrap(true);
    label->hide();
    m_errors.insert(field, label);
    return label;
}

void ConnectionSettingsPage::chooseConnection(int row)
{
    const QString id = m_connection->model()->index(row, 0).data(ModelRoles::IdRole).toString();
    if (id == m_loaded.id)
        return;
    if (!isDirty()) {
        setConnectionId(id);
        return;
    }
    // Unsaved edits are not dropped silently: the admin chooses, and the list shows the shown connection meanwhile.
    setConnectionId(m_loaded.id);
    Confirmation::ask(this, QStringLiteral("discardConnectionSettings"), tr("Unsaved settings"),
                      tr("The settings of %1 have unsaved changes. Discard them?").arg(m_loaded.name),
                      tr("&Discard changes"), [this, id] {
                          m_loaded = ConnectionSettings();
                          setConnectionId(id);
                      });
}

void ConnectionSettingsPage::setConnectionId(const QString &id)
{
    // Unsaved edits keep their connection shown; the admin decides first (chooseConnection).
    const QString shown = isDirty() ? m_loaded.id : id;
    for (int row = 0; row < m_connection->count(); ++row) {
        if (m_connection->model()->index(row, 0).data(ModelRoles::IdRole).toString() == shown) {
            m_connection->setCurrentIndex(row);
            break;
        }
    }
    if (shown != id || (id == m_loaded.id && !id.isEmpty()))
        return;
    m_loaded = ConnectionSettings();
    m_loaded.id = id;
    load({{QStringLiteral("id"), id}});
    reload();
}

void ConnectionSettingsPage::reload()
{
    if (m_loaded.id.isEmpty())
        return;
    const QString id = m_loaded.id;
    m_busy = true;
    updateState();
    m_client->getConnection(id, this, [this, id](const ApiResult &result) {
        m_busy = false;
        if (id != m_loaded.id)
            return;
        if (!result.ok()) {
            updateState();
            Q_EMIT errorOccurred(result.describe(tr("Could not load the connection's settings: %1.")));
            return;
        }
        load(result.object());
    });
}

void ConnectionSettingsPage::load(const QJsonObject &connection)
{
    m_loading = true;
    m_loaded = ConnectionSettings::fromJson(connection);
    m_name->setText(m_loaded.name);
    m_displayName->setText(m_loaded.displayName == m_loaded.name ? QString() : m_loaded.displayName);
    // The engine answers the name as display name when none is set: the form shows that as empty.
    if (m_loaded.displayName == m_loaded.name)
        m_loaded.displayName.clear();
    m_strategy->setText(m_loaded.strategy);
    m_logoutUrl->setText(m_loaded.logoutUrl);
    m_logoutAudience->setText(m_loaded.logoutAudience);
    m_secret->clear();
    m_secret->setPlaceholderText(
        m_loaded.secretSet
            //: %1: the stored secret's last characters, e.g. "…a1b2"
            ? tr("A secret ending in %1 is stored; type a new one to replace it").arg(m_loaded.secretHint)
            : tr("At least 32 characters"));
    m_rateMode->setCurrentIndex(qMax(0, m_rateMode->findData(int(m_loaded.rateLimit))));
    if (m_loaded.rateLimit == ConnectionSettings::RateLimit::Custom) {
        m_rate->setValue(m_loaded.requestsPerSecond);
        m_burst->setValue(m_loaded.burst);
    } else {
        m_rate->setValue(ConnectionSettings::defaultRequestsPerSecond());
        m_burst->setValue(0);
    }
    const int policy =
        m_unknown->findData(m_loaded.unknownAttributes.isEmpty() ? QStringLiteral("keep") : m_loaded.unknownAttributes);
    m_unknown->setCurrentIndex(qMax(0, policy));
    m_testResult->clear();
    m_testResult->setTone(std::nullopt);
    clearFieldErrors();
    m_loading = false;
    updateState();
}

ConnectionSettings ConnectionSettingsPage::edited() const
{
    ConnectionSettings settings = m_loaded;
    settings.name = m_name->text();
    settings.displayName = m_displayName->text();
    settings.logoutUrl = m_logoutUrl->text();
    settings.logoutAudience = m_logoutAudience->text();
    settings.newSecret = m_secret->text();
    settings.rateLimit = ConnectionSettings::RateLimit(m_rateMode->currentData().toInt());
    if (settings.rateLimit == ConnectionSettings::RateLimit::Custom) {
        settings.requestsPerSecond = m_rate->value();
        settings.burst = m_burst->value();
    }
    settings.unknownAttributes = m_unknown->currentData().toString();
    return settings;
}

bool ConnectionSettingsPage::isDirty() const
{
    return !m_loaded.id.isEmpty() && !m_loaded.strategy.isEmpty() && !edited().sameAs(m_loaded);
}

QString ConnectionSettingsPage::fieldError(const QString &field) const
{
    const ToneLabel *label = m_errors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void ConnectionSettingsPage::updateState()
{
    if (m_loading)
        return;
    const bool loaded = !m_loaded.strategy.isEmpty();
    const bool dirty = isDirty();
    for (QWidget *field : std::initializer_list<QWidget *>{m_name, m_displayName, m_logoutUrl, m_logoutAudience,
                                                           m_secret, m_rateMode, m_unknown})
        field->setEnabled(loaded && !m_busy);
    const bool custom = m_rateMode->currentData().toInt() == int(ConnectionSettings::RateLimit::Custom);
    m_rate->setEnabled(loaded && !m_busy && custom);
    m_burst->setEnabled(loaded && !m_busy && custom);
    m_save->setEnabled(dirty && !m_busy);
    m_revert->setEnabled(dirty && !m_busy);
    m_testLogout->setEnabled(loaded && !m_busy && !m_logoutUrl->text().trimmed().isEmpty());
    m_dirty->setText(dirty ? tr("Unsaved changes") : loaded ? tr("Saved") : QString());
    if (m_connection->count() == 0)
        m_dirty->setText(tr("No connection yet: create one on the Connections page."));
    if (dirty != m_wasDirty) {
        m_wasDirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
}

void ConnectionSettingsPage::clearFieldErrors()
{
    for (ToneLabel *label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
    m_formError->clear();
    m_formError->hide();
}

void ConnectionSettingsPage::showFieldErrors(const ApiResult &result)
{
    clearFieldErrors();
    bool shown = false;
    const QJsonArray details = result.object().value(QStringLiteral("details")).toArray();
    for (const QJsonValue &value : details) {
        const QJsonObject detail = value.toObject();
        ToneLabel *label = m_errors.value(detail.value(QStringLiteral("field")).toString());
        if (!label)
            continue;
        QString message = detail.value(QStringLiteral("message")).toString();
        message.remove(QStringLiteral("Payload validation error: "));
        label->setText(message);
        label->show();
        // Keyboard users land on what needs fixing: the field above its message.
        if (!shown && label->parentWidget()->layout()->count() > 0)
            if (QWidget *field = label->parentWidget()->layout()->itemAt(0)->widget())
                field->setFocus();
        shown = true;
    }
    if (!shown) {
        m_formError->setText(result.describe(tr("The settings were not saved: %1.")));
        m_formError->show();
    }
}

void ConnectionSettingsPage::save()
{
    if (!isDirty() || m_busy)
        return;
    const ConnectionSettings settings = edited();
    const QString id = m_loaded.id;
    m_busy = true;
    updateState();
    m_client->updateConnection(id, settings.patchBody(), this, [this, id](const ApiResult &result) {
        m_busy = false;
        if (id != m_loaded.id)
            return;
        if (!result.ok()) {
            updateState(); // the fields are enabled again before one gets the focus
            showFieldErrors(result);
            Q_EMIT saveFailed(id);
            return;
        }
        load(result.object());
        m_connections->refreshConnection(id);
        Q_EMIT saved(id);
    });
}

void ConnectionSettingsPage::revert()
{
    if (m_loaded.id.isEmpty())
        return;
    m_secret->clear();
    clearFieldErrors();
    m_loaded.strategy.clear(); // not dirty while reloading
    reload();
}

void ConnectionSettingsPage::sendTestLogout()
{
    if (m_loaded.id.isEmpty() || m_busy)
        return;
    const ConnectionSettings settings = edited();
    QJsonObject overrides{{QStringLiteral("backchannel_logout_url"), settings.logoutUrl.trimmed()}};
    if (!settings.newSecret.isEmpty())
        overrides.insert(QStringLiteral("backchannel_logout_secret"), settings.newSecret);
    if (!settings.logoutAudience.trimmed().isEmpty())
        overrides.insert(QStringLiteral("backchannel_logout_audience"), settings.logoutAudience.trimmed());
    m_testLogout->setEnabled(false);
    m_testResult->setTone(std::nullopt);
    m_testResult->setText(tr("Sending a test logout…"));
    const QString id = m_loaded.id;
    m_client->testBackchannelLogout(id, overrides, this, [this, id](const ApiResult &result) {
        updateState();
        if (id != m_loaded.id)
            return;
        if (!result.ok()) {
            showFieldErrors(result);
            m_testResult->setTone(ThemeColors::Tone::Error);
            m_testResult->setText(result.describe(tr("The test logout was not sent: %1.")));
            Q_EMIT testLogoutFinished(false);
            return;
        }
        const bool delivered = m_testResult->showDeliveryTest(result.object());
        Q_EMIT testLogoutFinished(delivered);
    });
}

} // namespace scim
