#include "views/shell/EngineStatusWidget.h"

#include "models/session/EngineSession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace scim {

EngineStatusWidget::EngineStatusWidget(EngineSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_mode(new QLabel)
    , m_url(new QLabel)
    , m_database(new QLabel)
    , m_state(new QLabel)
    , m_busy(new QProgressBar)
{
    setObjectName(QStringLiteral("engineStatus"));
    m_mode->setObjectName(QStringLiteral("engineMode"));
    m_url->setObjectName(QStringLiteral("engineUrl"));
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_database->setObjectName(QStringLiteral("engineDatabase"));
    m_state->setObjectName(QStringLiteral("engineState"));
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(90);
    m_busy->setMaximumHeight(14);
    m_busy->setAccessibleName(QStringLiteral("Working"));
    m_busy->hide();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_mode);
    layout->addWidget(m_url);
    layout->addWidget(m_database);
    layout->addWidget(m_state);
    layout->addWidget(m_busy);
    connect(session, &EngineSession::stateChanged, this, &EngineStatusWidget::update);
    update();
}

QString EngineStatusWidget::text() const
{
    QStringList parts{m_mode->text(), m_url->text(), m_database->text(), m_state->text()};
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · "));
}

void EngineStatusWidget::update()
{
    const bool embedded = m_session->mode() == EngineSession::Mode::Embedded;
    m_mode->setText(embedded ? QStringLiteral("Embedded engine") : QStringLiteral("Remote engine"));
    m_url->setText(m_session->url().toDisplayString());
    m_database->setText(embedded ? QStringLiteral("Database: %1").arg(m_session->embeddedDatabasePath()) : QString());
    m_database->setVisible(embedded);
    m_state->setText(m_session->stateText());
    QString color = QStringLiteral("#1b5e20");
    if (m_session->state() == EngineSession::State::Unreachable || m_session->state() == EngineSession::State::Starting)
        color = QStringLiteral("#8a6d00");
    else if (m_session->state() == EngineSession::State::Failed)
        color = QStringLiteral("#b3261e");
    m_state->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(color));
    setAccessibleName(text());
    setToolTip(m_session->lastError());
}

void EngineStatusWidget::setBusy(bool busy)
{
    m_busy->setVisible(busy);
}

} // namespace scim
