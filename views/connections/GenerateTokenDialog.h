#pragma once

#include <QDialog>
#include <QHash>

#include <optional>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace scim {

class ToneLabel;

// "Generate token": expiry (never, presets, or custom seconds, refused below 900 s before anything is sent) and
// scopes as grouped checkboxes with presets for Okta and Entra.
class GenerateTokenDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GenerateTokenDialog(const QString &strategy, QWidget *parent = nullptr);

    QStringList scopes() const;
    std::optional<qint64> lifetimeSeconds() const; // empty: never expires
    void setScopes(const QStringList &scopes);

    void accept() override;

    // "get:users: read and list users": what a scope allows, for tooltips and screen readers.
    static QString scopeDescription(const QString &scope);

private:
    void updateState();
    void showProblem(const QString &problem);

    QComboBox *m_lifetime;
    QSpinBox *m_custom;
    QComboBox *m_unit;
    ToneLabel *m_problem;
    QHash<QString, QCheckBox *> m_scopes;
};

} // namespace scim
