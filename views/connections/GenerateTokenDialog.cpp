#include "views/connections/GenerateTokenDialog.h"

#include "models/connections/Strategies.h"
#include "models/connections/TokenInfo.h"
#include "views/common/ToneLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace scim {

namespace {
constexpr qint64 kDay = 86400;
constexpr qint64 kCustom = -2;
constexpr qint64 kNever = -1;
} // namespace

QString GenerateTokenDialog::scopeDescription(const QString &scope)
{
    if (scope == QLatin1String("get:users"))
        return tr("get:users: read and list users");
    if (scope == QLatin1String("post:users"))
        return tr("post:users: create users");
    if (scope == QLatin1String("put:users"))
        return tr("put:users: replace users");
    if (scope == QLatin1String("patch:users"))
        return tr("patch:users: update and deactivate users");
    if (scope == QLatin1String("delete:users"))
        return tr("delete:users: delete users");
    if (scope == QLatin1String("get:groups"))
        return tr("get:groups: read and list groups");
    if (scope == QLatin1String("post:groups"))
        return tr("post:groups: create groups");
    if (scope == QLatin1String("put:groups"))
        return tr("put:groups: replace groups");
    if (scope == QLatin1String("patch:groups"))
        return tr("patch:groups: update groups and their members");
    if (scope == QLatin1String("delete:groups"))
        return tr("delete:groups: delete groups");
    return scope;
}

GenerateTokenDialog::GenerateTokenDialog(const QString &strategy, QWidget *parent)
    : QDialog(parent)
    , m_lifetime(new QComboBox)
    , m_custom(new QSpinBox)
    , m_problem(new ToneLabel(ThemeColors::Tone::Error))
{
    setObjectName(QStringLiteral("generateTokenDialog"));
    setWindowTitle(tr("Generate SCIM token"));

    m_lifetime->setObjectName(QStringLiteral("lifetimePreset"));
    m_lifetime->setAccessibleName(tr("Token expiry"));
    m_lifetime->addItem(tr("Never expires"), kNever);
    for (int days : {1, 30, 90})
        m_lifetime->addItem(tr("%n day(s)", nullptr, days), days * kDay);
    m_lifetime->addItem(tr("%n year(s)", nullptr, 1), 365 * kDay);
    m_lifetime->addItem(tr("Custom…"), kCustom);
    m_lifetime->setCurrentIndex(2);
    m_custom->setObjectName(QStringLiteral("customLifetime"));
    m_custom->setAccessibleName(tr("Custom lifetime in seconds"));
    m_custom->setRange(1, std::numeric_limits<int>::max());
    m_custom->setValue(int(7 * kDay));
    //: Unit after the lifetime in seconds, with its leading space
    m_custom->setSuffix(tr(" s"));
    m_problem->setObjectName(QStringLiteral("lifetimeProblem"));
    m_problem->setWordWrap(true);

    auto *expiry = new QFormLayout;
    expiry->addRow(tr("&Expires:"), m_lifetime);
    expiry->addRow(tr("&Lifetime:"), m_custom);
    expiry->addRow(QString(), m_problem);

    auto *scopeBox = new QGroupBox(tr("Scopes"));
    auto *grid = new QGridLayout(scopeBox);
    const QStringList verbs{QStringLiteral("get"), QStringLiteral("post"), QStringLiteral("put"),
                            QStringLiteral("patch"), QStringLiteral("delete")};
    const QStringList resources{QStringLiteral("users"), QStringLiteral("groups")};
    for (int r = 0; r < resources.size(); ++r) {
        auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(r == 0 ? tr("Users") : tr("Groups")));
        grid->addWidget(label, r, 0);
        for (int v = 0; v < verbs.size(); ++v) {
            const QString scope = verbs.at(v) + QLatin1Char(':') + resources.at(r);
            auto *check = new QCheckBox(verbs.at(v));
            check->setObjectName(QStringLiteral("scope_") + verbs.at(v) + QLatin1Char('_') + resources.at(r));
            // The box shows the verb (scope names are protocol); a screen reader hears what it allows.
            check->setAccessibleName(scopeDescription(scope));
            check->setToolTip(scopeDescription(scope));
            grid->addWidget(check, r, v + 1);
            m_scopes.insert(scope, check);
            connect(check, &QCheckBox::toggled, this, &GenerateTokenDialog::updateState);
        }
    }
    auto *presets = new QHBoxLayout;
    presets->addWidget(new QLabel(tr("Presets:")));
    auto addPreset = [&](const QString &label, const QString &name, const QStringList &scopes) {
        auto *button = new QPushButton(label);
        button->setObjectName(name);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, scopes] { setScopes(scopes); });
        presets->addWidget(button);
    };
    //: Preset button: the scopes Okta needs (product name)
    addPreset(tr("&Okta"), QStringLiteral("presetOkta"), Strategies::recommendedScopes(QStringLiteral("okta")));
    //: Preset button: the scopes Microsoft Entra ID needs (product name)
    addPreset(tr("E&ntra ID"), QStringLiteral("presetEntra"), Strategies::recommendedScopes(QStringLiteral("waad")));
    //: Preset button: every scope
    addPreset(tr("&All"), QStringLiteral("presetAll"), Strategies::allScopes());
    presets->addStretch();
    grid->addLayout(presets, 2, 0, 1, 6);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("buttons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Generate"));
    connect(buttons, &QDialogButtonBox::accepted, this, &GenerateTokenDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &GenerateTokenDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(expiry);
    layout->addWidget(scopeBox);
    layout->addWidget(buttons);

    connect(m_lifetime, &QComboBox::currentIndexChanged, this, &GenerateTokenDialog::updateState);
    connect(m_custom, &QSpinBox::valueChanged, this, [this] { m_problem->clear(); });
    setScopes(Strategies::recommendedScopes(strategy));
    updateState();
}

QStringList GenerateTokenDialog::scopes() const
{
    QStringList result;
    for (const QString &scope : Strategies::allScopes()) {
        if (m_scopes.value(scope)->isChecked())
            result.append(scope);
    }
    return result;
}

void GenerateTokenDialog::setScopes(const QStringList &scopes)
{
    for (auto it = m_scopes.begin(); it != m_scopes.end(); ++it)
        it.value()->setChecked(scopes.contains(it.key()));
}

std::optional<qint64> GenerateTokenDialog::lifetimeSeconds() const
{
    const qint64 choice = m_lifetime->currentData().toLongLong();
    if (choice == kNever)
        return std::nullopt;
    if (choice == kCustom)
        return m_custom->value();
    return choice;
}

void GenerateTokenDialog::updateState()
{
    // The seconds field always shows the lifetime that will be sent, so a preset and the field never disagree.
    const qint64 choice = m_lifetime->currentData().toLongLong();
    m_custom->setEnabled(choice == kCustom);
    if (choice == kNever) {
        m_custom->setMinimum(0);
        m_custom->setSpecialValueText(tr("no expiry"));
        m_custom->setValue(0);
    } else {
        m_custom->setSpecialValueText(QString());
        m_custom->setMinimum(1);
        if (choice != kCustom)
            m_custom->setValue(int(choice));
    }
    m_problem->clear();
}

void GenerateTokenDialog::accept()
{
    // Refused here, before anything is sent: the engine would answer 400.
    if (const auto lifetime = lifetimeSeconds()) {
        const QString problem = TokenInfo::lifetimeProblem(*lifetime);
        if (!problem.isEmpty()) {
            m_problem->setText(problem);
            m_custom->setFocus();
            return;
        }
    }
    if (scopes().isEmpty()) {
        m_problem->setText(tr("Select at least one scope."));
        return;
    }
    QDialog::accept();
}

} // namespace scim
