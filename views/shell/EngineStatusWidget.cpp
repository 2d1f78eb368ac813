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
    , m_instance(new QLabel)
    , m_state(new QLabel)
    , m_busy(new QProgressBar)
{
    setObjectName(QStringLiteral("engineStatus"));
    m_mode->setObjectName(QStringLiteral("engineMode"));
    m_url->setObjectName(QStringLiteral("engineUrl"));
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_database->setObjectName(QStringLiteral("engineDatabase"));
    m_instance->setObjectName(QStringLiteral("engineInstance"));
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
    layout->addWidget(m_instance);
    layout->addWidget(m_state);
    layout->addWidget(m_busy);
    connect(session, &EngineSession::stateChanged, this, &EngineStatusWidget::update);
    update();
}

QString EngineStatusWidget::text() const
{
    QStringList parts{m_mode->text(), m_url->text(), m_database->text(), m_instance->text(), m_state->text()};
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · "));
}

void EngineStatusWidget::update()
{
    const bool embedded = m_session->mode() == EngineSession::Mode::Embedded;
    m_mode->setText(embedded ? QStringLiteral("Embedded engine") : QStringLiteral("Remote engine"));
    m_url->setText(m_session->url().toDisplayString());
    // What the engine says about itself; before it has answered, the embedded engine's own file.
    const EngineSession::EngineInfo &info = m_session->engineInfo();
    QString database;
    if (info.backend == QLatin1String("postgresql"))
        database = tr("Database: %1").arg(info.database); // "PostgreSQL user@host:port/db"
    else if (!info.database.isEmpty())
        database = tr("Database: SQLite %1").arg(info.database);
    else if (embedded)
        database = tr("Database: SQLite %1").arg(m_session->embeddedDatabasePath());
    m_database->setText(database);
    m_database->setVisible(!database.isEmpty());
    QString instance;
    if (!info.instance.isEmpty()) {
        // Several instances share a PostgreSQL database; one of them does the once-only work.
        instance = info.backend == QLatin1String("postgresql")
                       ? (info.leader ? tr("Instance: %1 (leader)") : tr("Instance: %1 (follower)")).arg(info.instance)
                       : tr("Instance: %1").arg(info.instance);
    }
    m_instance->setText(instance);
    m_instance->setVisible(!instance.isEmpty());
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
