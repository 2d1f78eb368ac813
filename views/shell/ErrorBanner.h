#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace scim {

// A dismissible message strip at the top of the window: what failed and what to do. Replaces, not stacks.
class ErrorBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Error,
        Notice
    };

    explicit ErrorBanner(QWidget *parent = nullptr);
    QString text() const;
    Kind kind() const { return m_kind; }

public Q_SLOTS:
    void showMessage(const QString &message, scim::ErrorBanner::Kind kind = scim::ErrorBanner::Kind::Error);
    void dismiss();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_label;
    QToolButton *m_close;
    Kind m_kind = Kind::Error;
};

} // namespace scim
