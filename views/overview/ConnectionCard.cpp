#include "views/overview/ConnectionCard.h"

#include "models/common/ThemeColors.h"
#include "models/connections/Strategies.h"
#include "models/connections/TokenInfo.h"
#include "views/common/ToneLabel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace scim {

namespace {
QString localTime(const QJsonValue &date)
{
    const QDateTime at = QDateTime::fromString(date.toString(), Qt::ISODateWithMs).toLocalTime();
    return QLocale().toString(at, QLocale::ShortFormat);
}
} // namespace

ConnectionCard::ConnectionCard(const QString &connectionId, QWidget *parent)
    : QFrame(parent)
    , m_id(connectionId)
    , m_title(new QLabel)
    , m_strategy(new QLabel)
    , m_counts(new QLabel)
    , m_last(new ToneLabel)
    , m_totals(new ToneLabel)
    , m_expiry(new ToneLabel(ThemeColors::Tone::Warning))
    , m_replace(new QPushButton(tr("Generate replacement token…")))
    , m_open(new QPushButton(tr("Open")))
    , m_chart(new QChartView)
    , m_success(new QBarSet(tr("Succeeded")))
    , m_failure(new QBarSet(tr("Failed")))
    , m_axis(new QValueAxis)
    , m_hours(new QBarCategoryAxis)
{
    setObjectName(QStringLiteral("connectionCard_") + connectionId);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setCursor(Qt::PointingHandCursor);
    setMinimumWidth(300);

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("cardTitle"));
    m_strategy->setObjectName(QStringLiteral("cardStrategy"));
    m_counts->setObjectName(QStringLiteral("cardCounts"));
    m_last->setObjectName(QStringLiteral("cardLastRequest"));
    m_last->setWordWrap(true);
    m_totals->setObjectName(QStringLiteral("cardTotals"));
    m_expiry->setObjectName(QStringLiteral("cardTokenExpiry"));
    m_expiry->setWordWrap(true);
    m_expiry->hide();
    m_replace->setObjectName(QStringLiteral("cardReplaceToken"));
    m_replace->hide();
    m_open->setObjectName(QStringLiteral("cardOpen"));
    connect(m_replace, &QPushButton::clicked, this, [this] { Q_EMIT replaceTokenRequested(m_id); });
    connect(m_open, &QPushButton::clicked, this, [this] { Q_EMIT openRequested(m_id); });

    auto *series = new QStackedBarSeries;
    series->append(m_success);
    series->append(m_failure);
    series->setBarWidth(0.9);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->legend()->hide();
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->setBackgroundRoundness(0);
    m_hours->setVisible(false);
    chart->addAxis(m_hours, Qt::AlignBottom);
    series->attachAxis(m_hours);
    m_axis->setLabelFormat(QStringLiteral("%d"));
    m_axis->setTickCount(3);
    m_axis->setRange(0, 1);
    chart->addAxis(m_axis, Qt::AlignLeft);
    series->attachAxis(m_axis);
    m_chart->setChart(chart);
    m_chart->setObjectName(QStringLiteral("cardChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(110);
    m_chart->setMaximumHeight(170);
    m_chart->setFocusPolicy(Qt::NoFocus);
    //: Accessible name of a connection card's chart
    m_chart->setAccessibleName(tr("Requests in the last 24 hours"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_strategy);
    layout->addWidget(m_counts);
    layout->addWidget(m_last);
    layout->addWidget(m_totals);
    layout->addWidget(m_chart);
    auto *expiryRow = new QHBoxLayout;
    expiryRow->addWidget(m_expiry, 1);
    expiryRow->addWidget(m_replace);
    layout->addLayout(expiryRow);
    layout->addStretch(1);
    m_last->setText(tr("No requests yet."));
    updateColors();
}

void ConnectionCard::setConnection(const QJsonObject &connection, const QVariant &users, const QVariant &groups,
                                   const QJsonObject &expiringToken)
{
    const QString name = connection.value(QLatin1String("display_name")).toString();
    m_title->setText(name.isEmpty() ? connection.value(QLatin1String("name")).toString() : name);
    m_open->setAccessibleName(tr("Open connection %1").arg(m_title->text()));
    setAccessibleName(m_title->text());
    const QString strategy = Strategies::displayName(connection.value(QLatin1String("strategy")).toString());
    m_strategy->setText(connection.value(QLatin1String("scim_enabled")).toBool()
                            ? strategy
                            //: %1: the strategy ("Okta Workforce")
                            : tr("%1 · SCIM is off").arg(strategy));
    const QString usersText = users.isValid() ? tr("%n user(s)", nullptr, users.toInt()) : tr("Users: unknown");
    const QString groupsText = groups.isValid() ? tr("%n group(s)", nullptr, groups.toInt()) : tr("Groups: unknown");
    //: %1 "12 users", %2 "3 groups"
    m_counts->setText(tr("%1 · %2").arg(usersText, groupsText));
    const bool expiring = !expiringToken.isEmpty();
    m_expiry->setVisible(expiring);
    m_replace->setVisible(expiring);
    if (expiring) {
        m_expiry->setTone(TokenInfo::expiry(expiringToken) == TokenInfo::Expiry::Expired ? ThemeColors::Tone::Error
                                                                                         : ThemeColors::Tone::Warning);
        //: %1: "2026-12-01 14:00 (in 3 days)"
        m_expiry->setText(tr("⚠ The SCIM token expires %1; provisioning stops then unless a replacement is in place.")
                              .arg(TokenInfo::expiryText(expiringToken)));
    }
}

void ConnectionCard::setStats(const ActivityStats::Connection &stats)
{
    QList<qreal> success;
    QList<qreal> failure;
    QStringList hours; // one category per bar (bars without categories are not drawn)
    int highest = 1;
    for (const ActivityStats::Bucket &bucket : stats.hours) {
        hours.append(QString::number(bucket.start.toSecsSinceEpoch()));
        success.append(bucket.success);
        failure.append(bucket.failure);
        highest = qMax(highest, bucket.success + bucket.failure);
    }
    m_success->remove(0, m_success->count());
    m_failure->remove(0, m_failure->count());
    m_hours->setCategories(hours);
    m_success->append(success);
    m_failure->append(failure);
    m_axis->setRange(0, highest);
    //: %1 successful requests, %2 failed requests
    m_totals->setText(tr("Last 24 hours: %1 succeeded, %2 failed.")
                          .arg(QLocale().toString(stats.success), QLocale().toString(stats.failure)));
    m_totals->setTone(stats.failure > 0 ? std::optional(ThemeColors::Tone::Error) : std::nullopt);
    m_chart->setToolTip(m_totals->text());
    if (stats.lastRequest.isEmpty()) {
        m_last->setText(tr("No requests yet."));
        m_last->setTone(std::nullopt);
        return;
    }
    const int status = stats.lastRequest.value(QLatin1String("status")).toInt();
    //: %1 time, %2 action ("create-user"), %3 HTTP status
    m_last->setText(tr("Last request %1: %2 (%3).")
                        .arg(localTime(stats.lastRequest.value(QLatin1String("date"))),
                             stats.lastRequest.value(QLatin1String("action")).toString(), QString::number(status)));
    m_last->setTone(status >= 400 ? ThemeColors::Tone::Error : ThemeColors::Tone::Success);
}

QList<int> ConnectionCard::successSeries() const
{
    QList<int> values;
    for (int i = 0; i < m_success->count(); ++i)
        values.append(int(m_success->at(i)));
    return values;
}

QList<int> ConnectionCard::failureSeries() const
{
    QList<int> values;
    for (int i = 0; i < m_failure->count(); ++i)
        values.append(int(m_failure->at(i)));
    return values;
}

void ConnectionCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        Q_EMIT openRequested(m_id);
    QFrame::mouseReleaseEvent(event);
}

void ConnectionCard::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateColors();
}

void ConnectionCard::updateColors()
{
    const QPalette pal = palette();
    m_success->setColor(ThemeColors::text(ThemeColors::Tone::Success, pal));
    m_success->setBorderColor(ThemeColors::text(ThemeColors::Tone::Success, pal));
    m_failure->setColor(ThemeColors::text(ThemeColors::Tone::Error, pal));
    m_failure->setBorderColor(ThemeColors::text(ThemeColors::Tone::Error, pal));
    if (QChart *chart = m_chart->chart()) {
        chart->setBackgroundBrush(pal.base());
        chart->setPlotAreaBackgroundVisible(false);
        m_axis->setLabelsColor(pal.color(QPalette::Text));
        m_axis->setGridLineColor(pal.color(QPalette::Mid));
        m_axis->setLinePenColor(pal.color(QPalette::Mid));
    }
    m_chart->setBackgroundBrush(pal.base());
}

} // namespace scim
