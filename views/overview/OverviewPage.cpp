#include "views/overview/OverviewPage.h"

#include "models/api/ManagementClient.h"
#include "models/common/ModelRoles.h"
#include "models/common/ThemeColors.h"
#include "models/connections/ConnectionsModel.h"
#include "models/overview/ActivityStats.h"
#include "models/overview/RecentFailuresModel.h"
#include "views/common/ToneLabel.h"
#include "views/overview/ConnectionCard.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineSeries>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

namespace scim {

namespace {

// Items no wider than the list's viewport, so that long lines are elided instead of scrolled.
class ViewportWidthDelegate : public QStyledItemDelegate
{
public:
    explicit ViewportWidthDelegate(QAbstractItemView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setWidth(qMin(size.width(), m_view->viewport()->width()));
        return size;
    }

private:
    QAbstractItemView *m_view;
};

} // namespace

namespace {
constexpr int kCardWidth = 330;
}

OverviewPage::OverviewPage(ManagementClient *client, ConnectionsModel *connections, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_connections(connections)
    , m_stats(new ActivityStats(client, this))
    , m_failures(new RecentFailuresModel(client, this))
    , m_body(new QStackedWidget)
    , m_cardsArea(new QWidget)
    , m_grid(new QGridLayout(m_cardsArea))
    , m_summary(new QLabel)
    , m_noTraffic(new ToneLabel(ThemeColors::Tone::Info))
    , m_liveChart(new QChartView)
    , m_liveSuccess(new QLineSeries)
    , m_liveFailure(new QLineSeries)
    , m_liveX(new QValueAxis)
    , m_liveY(new QValueAxis)
    , m_failureList(new QListView)
    , m_noFailures(new QLabel(tr("No failed requests recently.")))
    , m_newConnection(new QPushButton(tr("Create a connection…")))
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("overviewPage"));
    m_summary->setObjectName(QStringLiteral("overviewSummary"));
    m_summary->setWordWrap(true);
    m_noTraffic->setObjectName(QStringLiteral("overviewNoTraffic"));
    m_noTraffic->setWordWrap(true);
    m_noTraffic->setTextFormat(Qt::RichText);
    m_noTraffic->setText(tr("No requests yet. On the Connections page, copy a connection's SCIM endpoint URL and "
                            "generate a token, then enter both in your identity provider's provisioning settings "
                            "(Okta: Provisioning › Integration; Entra ID: Provisioning › Admin credentials)."));
    m_noTraffic->hide();

    // The live chart: requests per minute over the last hour, x in minutes before now.
    m_liveSuccess->setName(tr("Succeeded"));
    m_liveFailure->setName(tr("Failed"));
    auto *chart = new QChart;
    chart->addSeries(m_liveSuccess);
    chart->addSeries(m_liveFailure);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignRight);
    m_liveX->setRange(-(ActivityStats::kMinutes - 1), 0);
    m_liveX->setLabelFormat(QStringLiteral("%d"));
    m_liveX->setTickCount(7);
    //: Axis title of the live chart: minutes before now (negative numbers)
    m_liveX->setTitleText(tr("Minutes"));
    m_liveY->setLabelFormat(QStringLiteral("%d"));
    m_liveY->setRange(0, 1);
    m_liveY->setTickCount(3);
    chart->addAxis(m_liveX, Qt::AlignBottom);
    chart->addAxis(m_liveY, Qt::AlignLeft);
    for (QLineSeries *series : {m_liveSuccess, m_liveFailure}) {
        series->attachAxis(m_liveX);
        series->attachAxis(m_liveY);
    }
    m_liveChart->setChart(chart);
    m_liveChart->setObjectName(QStringLiteral("liveChart"));
    m_liveChart->setRenderHint(QPainter::Antialiasing);
    m_liveChart->setMinimumHeight(150);
    m_liveChart->setAccessibleName(tr("Requests per minute in the last hour, all connections"));

    m_failureList->setObjectName(QStringLiteral("recentFailures"));
    m_failureList->setAccessibleName(tr("Recent failures"));
    m_failureList->setModel(m_failures);
    m_failureList->setToolTip(tr("Double-click or press Enter to open the event in Logs."));
    m_failureList->setWordWrap(false);
    m_failureList->setTextElideMode(Qt::ElideRight);
    // A line as wide as the list, elided at the right (the tooltip has the whole description), not a list wider
    // than its pane with a horizontal scroll bar.
    m_failureList->setItemDelegate(new ViewportWidthDelegate(m_failureList));
    m_failureList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_failureList->setResizeMode(QListView::Adjust);
    m_failureList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_noFailures->setObjectName(QStringLiteral("overviewNoFailures"));
    connect(m_failureList, &QListView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT logActivated(index.data(ModelRoles::IdRole).toString()); });

    // Body: the cards, or what to do without any connection.
    auto *empty = new QWidget;
    empty->setObjectName(QStringLiteral("overviewEmpty"));
    auto *emptyLayout = new QVBoxLayout(empty);
    auto *emptyText = new QLabel(tr("There is no connection yet. A connection is one identity provider (Okta, Entra "
                                    "ID, …) provisioning users into this engine. Create one to get its SCIM endpoint "
                                    "URL and a token."));
    emptyText->setWordWrap(true);
    emptyText->setObjectName(QStringLiteral("overviewEmptyText"));
    m_newConnection->setObjectName(QStringLiteral("overviewNewConnection"));
    connect(m_newConnection, &QPushButton::clicked, this, &OverviewPage::newConnectionRequested);
    emptyLayout->addStretch();
    emptyLayout->addWidget(emptyText);
    emptyLayout->addWidget(m_newConnection, 0, Qt::AlignLeft);
    emptyLayout->addStretch(2);
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("overviewCards"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // the cards' buttons take the focus
    scroll->setWidget(m_cardsArea);
    m_grid->setAlignment(Qt::AlignTop);
    m_body->addWidget(empty);
    m_body->addWidget(scroll);

    auto *failuresBox = new QWidget;
    auto *failuresLayout = new QVBoxLayout(failuresBox);
    failuresLayout->setContentsMargins(0, 0, 0, 0);
    auto *failuresTitle = new QLabel(tr("Recent failures"));
    failuresTitle->setBuddy(m_failureList);
    failuresLayout->addWidget(failuresTitle);
    failuresLayout->addWidget(m_noFailures);
    failuresLayout->addWidget(m_failureList, 1);

    auto *top = new QSplitter(Qt::Horizontal);
    top->setObjectName(QStringLiteral("overviewTopSplitter"));
    top->addWidget(m_liveChart);
    top->addWidget(failuresBox);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    top->setChildrenCollapsible(false);
    top->setSizes({560, 440}); // proportions: the failures are readable beside the chart

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_noTraffic);
    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("overviewSplitter"));
    split->addWidget(top);
    split->addWidget(m_body);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    split->setSizes({230, 570}); // the cards get most of the height
    layout->addWidget(split, 1);

    connect(m_connections, &QAbstractItemModel::modelReset, this, &OverviewPage::syncCards);
    connect(m_connections, &QAbstractItemModel::rowsInserted, this, &OverviewPage::syncCards);
    connect(m_connections, &QAbstractItemModel::rowsRemoved, this, &OverviewPage::syncCards);
    connect(m_connections, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
                    updateCard(m_connections->index(row, 0).data(ModelRoles::IdRole).toString());
            });
    connect(m_stats, &ActivityStats::refreshed, this, [this] {
        for (const QString &id : std::as_const(m_order))
            updateCard(id);
        updateEmptyStates();
    });
    connect(m_stats, &ActivityStats::connectionChanged, this, &OverviewPage::updateCard);
    connect(m_stats, &ActivityStats::minutesChanged, this, &OverviewPage::updateLiveChart);
    connect(m_stats, &ActivityStats::errorOccurred, this, &OverviewPage::errorOccurred);
    connect(m_failures, &RecentFailuresModel::errorOccurred, this, &OverviewPage::errorOccurred);
    connect(m_failures, &QAbstractItemModel::modelReset, this, &OverviewPage::updateEmptyStates);
    connect(m_failures, &QAbstractItemModel::rowsInserted, this, &OverviewPage::updateEmptyStates);
    m_tick->setInterval(15000);
    connect(m_tick, &QTimer::timeout, m_stats, &ActivityStats::tick);
    m_tick->start();
    syncCards();
    updateColors();
    updateLiveChart();
}

void OverviewPage::refresh()
{
    m_stats->refresh();
    m_failures->refresh();
}

void OverviewPage::clear()
{
    m_stats->clear();
    m_failures->clear();
}

void OverviewPage::addEvents(const QList<QJsonObject> &events)
{
    m_stats->addEvents(events);
    m_failures->addEvents(events);
    updateEmptyStates();
}

void OverviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void OverviewPage::syncCards()
{
    QStringList order;
    for (int row = 0; row < m_connections->rowCount(); ++row)
        order.append(m_connections->index(row, 0).data(ModelRoles::IdRole).toString());
    for (auto it = m_cards.begin(); it != m_cards.end();) {
        if (!order.contains(it.key())) {
            it.value()->deleteLater();
            it = m_cards.erase(it);
        } else {
            ++it;
        }
    }
    for (const QString &id : std::as_const(order)) {
        if (m_cards.contains(id))
            continue;
        auto *card = new ConnectionCard(id);
        connect(card, &ConnectionCard::openRequested, this, &OverviewPage::connectionActivated);
        connect(card, &ConnectionCard::replaceTokenRequested, this, &OverviewPage::replaceTokenRequested);
        m_cards.insert(id, card);
    }
    m_order = order;
    m_columns = 0; // lay out again
    layoutCards();
    for (const QString &id : std::as_const(order))
        updateCard(id);
    updateEmptyStates();
}

void OverviewPage::updateCard(const QString &connectionId)
{
    ConnectionCard *card = m_cards.value(connectionId);
    if (!card)
        return;
    const int row = m_connections->rowForId(connectionId);
    if (row >= 0) {
        const QModelIndex index = m_connections->index(row, 0);
        card->setConnection(index.data(ModelRoles::JsonRole).toJsonObject(),
                            m_connections->index(row, ConnectionsModel::UsersColumn).data(ModelRoles::RawValueRole),
                            index.data(ConnectionsModel::GroupsCountRole),
                            index.data(ConnectionsModel::ExpiringTokenRole).toJsonObject());
    }
    card->setStats(m_stats->connection(connectionId));
}

void OverviewPage::layoutCards()
{
    const int available = qMax(kCardWidth, m_body->width() - 24);
    const int columns = qMax(1, available / kCardWidth);
    if (columns == m_columns && m_grid->count() == m_order.size())
        return;
    m_columns = columns;
    while (m_grid->count() > 0)
        m_grid->takeAt(0);
    for (int i = 0; i < m_order.size(); ++i) {
        ConnectionCard *card = m_cards.value(m_order.at(i));
        m_grid->addWidget(card, i / columns, i % columns);
    }
    for (int column = 0; column < columns; ++column)
        m_grid->setColumnStretch(column, 1);
}

void OverviewPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutCards();
}

void OverviewPage::updateLiveChart()
{
    const QList<ActivityStats::Bucket> &minutes = m_stats->minutes();
    QList<QPointF> success;
    QList<QPointF> failure;
    int highest = 1;
    for (int i = 0; i < minutes.size(); ++i) {
        const qreal x = i - (minutes.size() - 1);
        success.append(QPointF(x, minutes.at(i).success));
        failure.append(QPointF(x, minutes.at(i).failure));
        highest = qMax(highest, qMax(minutes.at(i).success, minutes.at(i).failure));
    }
    m_liveSuccess->replace(success);
    m_liveFailure->replace(failure);
    m_liveY->setRange(0, highest);
    int lastMinute = 0;
    if (!minutes.isEmpty())
        lastMinute = minutes.constLast().success + minutes.constLast().failure;
    //: The live chart's title
    m_liveChart->chart()->setTitle(tr("Requests per minute, all connections (this minute: %1)").arg(lastMinute));
}

void OverviewPage::updateEmptyStates()
{
    m_body->setCurrentIndex(m_order.isEmpty() ? 0 : 1);
    const bool noTraffic =
        m_stats->isLoaded() && !m_order.isEmpty() && m_stats->tenantSuccess() == 0 && m_stats->tenantFailure() == 0;
    m_noTraffic->setVisible(noTraffic);
    const bool noFailures = m_failures->rowCount() == 0;
    m_noFailures->setVisible(noFailures);
    m_failureList->setVisible(!noFailures);
    //: %n connections; %1 successful and %2 failed requests over 24 hours
    m_summary->setText(
        tr("%n connection(s). Last 24 hours: %1 requests succeeded, %2 failed.", nullptr, int(m_order.size()))
            .arg(QLocale().toString(m_stats->tenantSuccess()), QLocale().toString(m_stats->tenantFailure())));
}

void OverviewPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateColors();
}

void OverviewPage::updateColors()
{
    const QPalette pal = palette();
    QChart *chart = m_liveChart->chart();
    chart->setBackgroundBrush(pal.base());
    chart->setTitleBrush(pal.text());
    chart->legend()->setLabelColor(pal.color(QPalette::Text));
    for (QValueAxis *axis : {m_liveX, m_liveY}) {
        axis->setLabelsColor(pal.color(QPalette::Text));
        axis->setTitleBrush(pal.text());
        axis->setGridLineColor(pal.color(QPalette::Mid));
        axis->setLinePenColor(pal.color(QPalette::Mid));
    }
    QPen success(ThemeColors::text(ThemeColors::Tone::Success, pal), 2);
    QPen failure(ThemeColors::text(ThemeColors::Tone::Error, pal), 2);
    m_liveSuccess->setPen(success);
    m_liveFailure->setPen(failure);
    m_liveChart->setBackgroundBrush(pal.base());
}

} // namespace scim
