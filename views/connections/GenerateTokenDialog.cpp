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
constexpr qint64 kHour = 3600;
constexpr qint64 kMinute = 60;
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
    , m_unit(new QComboBox)
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
    m_custom->setAccessibleName(tr("Custom lifetime"));
    // Up to the engine's 100 years in days; the engine's lower limit is checked on Generate with a message.
    m_custom->setRange(1, 100 * 365 * 24 * 60);
    m_custom->setValue(7);
    m_unit->setObjectName(QStringLiteral("customLifetimeUnit"));
    m_unit->setAccessibleName(tr("Unit of the custom lifetime"));
    m_unit->addItem(tr("days"), kDay);
    m_unit->addItem(tr("hours"), kHour);
    m_unit->addItem(tr("minutes"), kMinute);
    m_problem->setObjectName(QStringLiteral("lifetimeProblem"));
    m_problem->setWordWrap(true);
    m_problem->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);

    auto *custom = new QHBoxLayout;
    custom->addWidget(m_custom, 1);
    custom->addWidget(m_unit);
    auto *expiry = new QFormLayout;
    expiry->addRow(tr("&Expires:"), m_lifetime);
    auto *lifetimeLabel = new QLabel(tr("&Lifetime:")); // a row of two fields: the label needs its buddy
    lifetimeLabel->setBuddy(m_custom);
    expiry->addRow(lifetimeLabel, custom);
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
    // The dialog grows with a message instead of squeezing the scope rows until they are clipped.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addLayout(expiry);
    layout->addWidget(scopeBox);
    layout->addWidget(buttons);

    connect(m_lifetime, &QComboBox::currentIndexChanged, this, &GenerateTokenDialog::updateState);
    connect(m_custom, &QSpinBox::valueChanged, this, [this] { showProblem({}); });
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] { showProblem({}); });
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
        return qint64(m_custom->value()) * m_unit->currentData().toLongLong();
    return choice;
}

void GenerateTokenDialog::updateState()
{
    // The lifetime field always shows the lifetime that will be sent (presets in days), so a preset and the field
    // never disagree.
    const qint64 choice = m_lifetime->currentData().toLongLong();
    m_custom->setEnabled(choice == kCustom);
    m_unit->setEnabled(choice == kCustom);
    if (choice == kNever) {
        m_custom->setMinimum(0);
        m_custom->setSpecialValueText(tr("no expiry"));
        m_custom->setValue(0);
    } else {
        m_custom->setSpecialValueText(QString());
        m_custom->setMinimum(1);
        if (choice != kCustom) {
            m_unit->setCurrentIndex(m_unit->findData(kDay));
            m_custom->setValue(int(choice / kDay));
        }
    }
    showProblem({});
}

void GenerateTokenDialog::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    // Room for the message's lines: the dialog grows rather than clipping the scopes.
    if (isVisible())
        resize(width(), qMax(height(), sizeHint().height()));
}

void GenerateTokenDialog::accept()
{
    // Refused here, before anything is sent: the engine would answer 400.
    if (const auto lifetime = lifetimeSeconds()) {
        const QString problem = TokenInfo::lifetimeProblem(*lifetime);
        if (!problem.isEmpty()) {
            showProblem(problem);
            m_custom->setFocus();
            return;
        }
    }
    if (scopes().isEmpty()) {
        showProblem(tr("Select at least one scope."));
        return;
    }
    QDialog::accept();
}

} // namespace scim
