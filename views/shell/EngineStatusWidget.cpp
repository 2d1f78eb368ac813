#include "views/shell/EngineStatusWidget.h"

#include "models/session/EngineSession.h"
#include "views/common/ToneLabel.h"

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
    , m_state(new ToneLabel)
    , m_busy(new QProgressBar)
{
    setObjectName(QStringLiteral("engineStatus"));
    m_mode->setObjectName(QStringLiteral("engineMode"));
    m_url->setObjectName(QStringLiteral("engineUrl"));
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_database->setObjectName(QStringLiteral("engineDatabase"));
    m_instance->setObjectName(QStringLiteral("engineInstance"));
    m_state->setObjectName(QStringLiteral("engineState"));
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(90);
    m_busy->setMaximumHeight(14);
    m_busy->setAccessibleName(tr("Working"));
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
    m_mode->setText(embedded ? tr("Embedded engine") : tr("Remote engine"));
    m_url->setText(m_session->url().toDisplayString());
    // What the engine says about itself; before it has answered, the embedded engine's own file.
    const EngineSession::EngineInfo &info = m_session->engineInfo();
    QString database;
    if (info.backend == QLatin1String("postgresql")) {
        //: %1 is the engine's PostgreSQL database as the engine names it, e.g. "PostgreSQL scim@db1:5432/scim".
        database = tr("Database: %1").arg(info.database);
    } else {
        const QString file = !info.database.isEmpty() ? info.database
                             : embedded               ? m_session->embeddedDatabasePath()
                                                      : QString();
        //: %1 is the path of the engine's SQLite database file.
        if (!file.isEmpty())
            database = tr("Database: SQLite %1").arg(file);
    }
    m_database->setText(database);
    m_database->setVisible(!database.isEmpty());
    QString instance;
    if (!info.instance.isEmpty()) {
        // Several instances share a PostgreSQL database; the leader does the once-only work (log streams,
        // retention), the followers serve requests only.
        if (info.backend != QLatin1String("postgresql"))
            //: %1 is the name of the engine instance (--instance-name, by default host:port).
            instance = tr("Instance: %1").arg(info.instance);
        else if (info.leader)
            //: %1 is the name of the engine instance; the leader is the one of several instances that does the work
            //: that must happen once (log streams, retention).
            instance = tr("Instance: %1 (leader)").arg(info.instance);
        else
            //: %1 is the name of the engine instance; a follower serves requests while another instance leads.
            instance = tr("Instance: %1 (follower)").arg(info.instance);
    }
    m_instance->setText(instance);
    m_instance->setVisible(!instance.isEmpty());
    m_state->setText(m_session->stateText());
    switch (m_session->state()) {
    case EngineSession::State::Connected:
        m_state->setTone(ThemeColors::Tone::Success);
        break;
    case EngineSession::State::Starting:
    case EngineSession::State::Unreachable:
        m_state->setTone(ThemeColors::Tone::Warning);
        break;
    case EngineSession::State::Failed:
        m_state->setTone(ThemeColors::Tone::Error);
        break;
    case EngineSession::State::Idle:
        m_state->setTone(std::nullopt);
        break;
    }
    setAccessibleName(text());
    setToolTip(m_session->lastError());
}

void EngineStatusWidget::setBusy(bool busy)
{
    m_busy->setVisible(busy);
}

} // namespace scim
