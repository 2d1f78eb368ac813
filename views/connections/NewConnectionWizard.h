#pragma once

#include <QWizard>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace scim {

class ToneLabel;

// "New connection": name (validated as the engine does), strategy with a description, then "Enable SCIM" and
// the user id attribute. The caller reads the answers after accepted() and sends the requests.
class NewConnectionWizard : public QWizard
{
    Q_OBJECT

public:
    explicit NewConnectionWizard(QWidget *parent = nullptr);

    QString connectionName() const;
    QString displayName() const; // empty: none
    QString strategy() const;
    bool enableScim() const;
    QString userIdAttribute() const;

    static bool isValidName(const QString &name);

private:
    QLineEdit *m_name;
    QLineEdit *m_displayName;
    ToneLabel *m_nameProblem;
    QComboBox *m_strategy;
    QLabel *m_description;
    QCheckBox *m_enableScim;
    QLineEdit *m_userIdAttribute;
};

} // namespace scim
