#include "views/connections/NewConnectionWizard.h"

#include "models/connections/Strategies.h"
#include "views/common/ToneLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace scim {

namespace {

// A page whose completeness follows a predicate (QWizardPage::isComplete is virtual).
class CheckedPage : public QWizardPage
{
public:
    std::function<bool()> complete;
    bool isComplete() const override { return complete ? complete() : true; }
    void changed() { Q_EMIT completeChanged(); }
};

} // namespace

bool NewConnectionWizard::isValidName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9](?:-?[A-Za-z0-9])*$"));
    return !name.isEmpty() && name.size() <= 128 && pattern.match(name).hasMatch();
}

NewConnectionWizard::NewConnectionWizard(QWidget *parent)
    : QWizard(parent)
    , m_name(new QLineEdit)
    , m_displayName(new QLineEdit)
    , m_nameProblem(new ToneLabel(ThemeColors::Tone::Error))
    , m_strategy(new QComboBox)
    , m_description(new QLabel)
    , m_enableScim(new QCheckBox(tr("&Enable SCIM provisioning now")))
    , m_userIdAttribute(new QLineEdit)
{
    setObjectName(QStringLiteral("newConnectionWizard"));
    setWindowTitle(tr("New connection"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);

    auto *first = new CheckedPage;
    first->setTitle(tr("Connection"));
    first->setSubTitle(tr("One connection per enterprise customer and identity provider."));
    m_name->setObjectName(QStringLiteral("connectionName"));
    m_name->setAccessibleName(tr("Connection name"));
    //: Example connection name: letters, digits and single hyphens only
    m_name->setPlaceholderText(tr("e.g. acme-okta"));
    m_name->setMaxLength(128);
    m_displayName->setObjectName(QStringLiteral("connectionDisplayName"));
    m_displayName->setAccessibleName(tr("Display name"));
    //: Example display name: any text people read, e.g. the customer's name
    m_displayName->setPlaceholderText(tr("e.g. Acme Corporation (Okta)"));
    m_displayName->setMaxLength(128);
    m_displayName->setToolTip(tr("What the console shows for this connection; the name above is its identifier."));
    m_nameProblem->setObjectName(QStringLiteral("connectionNameProblem"));
    m_nameProblem->setWordWrap(true);
    m_strategy->setObjectName(QStringLiteral("strategy"));
    m_strategy->setAccessibleName(tr("Identity provider strategy"));
    for (const QString &strategy : Strategies::all())
        m_strategy->addItem(Strategies::displayName(strategy), strategy);
    m_strategy->setCurrentIndex(m_strategy->findData(QStringLiteral("okta")));
    m_description->setObjectName(QStringLiteral("strategyDescription"));
    m_description->setWordWrap(true);
    auto *form = new QFormLayout(first);
    form->addRow(tr("Na&me:"), m_name);
    form->addRow(QString(), m_nameProblem);
    form->addRow(tr("&Display name:"), m_displayName);
    form->addRow(tr("&Strategy:"), m_strategy);
    form->addRow(QString(), m_description);
    first->complete = [this] { return isValidName(m_name->text()); };
    connect(m_name, &QLineEdit::textChanged, first, [this, first](const QString &text) {
        m_nameProblem->setText(text.isEmpty() || isValidName(text)
                                   ? QString()
                                   : tr("Use 1–128 letters and digits, optionally separated by single hyphens (no "
                                        "spaces, no leading or trailing hyphen)."));
        first->changed();
    });
    auto describe = [this] {
        const QString strategy = m_strategy->currentData().toString();
        m_description->setText(Strategies::description(strategy));
        m_userIdAttribute->setText(Strategies::defaultUserIdAttribute(strategy));
    };
    connect(m_strategy, &QComboBox::currentIndexChanged, this, describe);

    auto *second = new QWizardPage;
    second->setTitle(tr("SCIM provisioning"));
    second->setSubTitle(tr("Enabling SCIM stores the strategy's default attribute map and gives the connection its "
                           "endpoint URL."));
    m_enableScim->setObjectName(QStringLiteral("enableScim"));
    m_enableScim->setChecked(true);
    m_userIdAttribute->setObjectName(QStringLiteral("userIdAttribute"));
    m_userIdAttribute->setAccessibleName(tr("User id attribute"));
    m_userIdAttribute->setToolTip(tr("The SCIM attribute that identifies a user across updates."));
    auto *form2 = new QFormLayout(second);
    form2->addRow(m_enableScim);
    form2->addRow(tr("&User id attribute:"), m_userIdAttribute);
    connect(m_enableScim, &QCheckBox::toggled, m_userIdAttribute, &QLineEdit::setEnabled);

    addPage(first);
    addPage(second);
    describe();
}

QString NewConnectionWizard::connectionName() const
{
    return m_name->text();
}

QString NewConnectionWizard::displayName() const
{
    return m_displayName->text().trimmed();
}

QString NewConnectionWizard::strategy() const
{
    return m_strategy->currentData().toString();
}

bool NewConnectionWizard::enableScim() const
{
    return m_enableScim->isChecked();
}

QString NewConnectionWizard::userIdAttribute() const
{
    return m_userIdAttribute->text().trimmed();
}

} // namespace scim
