#include "views/logs/LogsPage.h"

#include "models/api/ManagementClient.h"
#include "models/common/ConsoleSettings.h"
#include "models/common/ModelRoles.h"
#include "models/connections/ConnectionsModel.h"
#include "models/logs/LogFilterProxyModel.h"
#include "models/logs/LogModel.h"
#include "views/logs/LogDetailWidget.h"
#include "views/logs/LogResultDelegate.h"

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace scim {

namespace {

QComboBox *combo(const QString &objectName, const QString &accessibleName, const QStringList &items)
{
    auto *box = new QComboBox;
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    box->addItems(items);
    return box;
}

} // namespace

LogsPage::LogsPage(ManagementClient *client, ConnectionsModel *connections, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_connections(connections)
    , m_model(new LogModel(client, this))
    , m_proxy(new LogFilterProxyModel(this))
    , m_exporter(new LogExporter(this))
    , m_connection(combo(QStringLiteral("logFilterConnection"), tr("Connection filter"), {tr("All connections")}))
    , m_result(combo(QStringLiteral("logFilterResult"), tr("Result filter"),
                     {tr("Any result"), tr("Success"), tr("Failure")}))
    , m_status(combo(
          QStringLiteral("logFilterStatus"), tr("HTTP status filter"),
          {tr("Any status"), tr("2xx success"), tr("3xx redirection"), tr("4xx client error"), tr("5xx server error")}))
    // The actions are the engine's log codes (as in the table), not translated.
    , m_action(combo(QStringLiteral("logFilterAction"), tr("Action filter"),
                     QStringList{tr("Any action")} + LogFilter::knownActions()))
    , m_user(new QLineEdit)
    , m_text(new QLineEdit)
    , m_time(combo(QStringLiteral("logFilterTime"), tr("Time range"),
                   {tr("Any time"), tr("Last %n minute(s)", nullptr, 15), tr("Last %n hour(s)", nullptr, 1),
                    tr("Last %n hour(s)", nullptr, 24), tr("Last %n day(s)", nullptr, 7)}))
    , m_clear(new QPushButton(tr("Clear filters")))
    , m_follow(new QToolButton)
    , m_pause(new QToolButton)
    , m_pending(new QLabel)
    , m_statusLabel(new QLabel)
    , m_export(new QToolButton)
    , m_table(new QTableView)
    , m_details(new LogDetailWidget(client))
    , m_splitter(new QSplitter(Qt::Vertical))
    , m_filterDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("logsPage"));
    m_proxy->setSourceModel(m_model);
    m_model->setHistoryPageSize(1000); // the largest page the engine serves: fewer round trips deep in history
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(350);
    buildFilterBar();

    m_follow->setObjectName(QStringLiteral("followButton"));
    m_follow->setText(tr("Follow"));
    m_follow->setAccessibleName(tr("Follow new events"));
    m_follow->setToolTip(tr("Keep the newest event in view (End)"));
    m_follow->setCheckable(true);
    m_follow->setChecked(true);
    m_follow->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_follow->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_pause->setObjectName(QStringLiteral("pauseButton"));
    m_pause->setText(tr("Pause"));
    m_pause->setAccessibleName(tr("Pause the live view"));
    m_pause->setToolTip(tr("Freeze the view; new events are collected and shown on resume"));
    m_pause->setCheckable(true);
    m_pause->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_pause->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
    m_pending->setObjectName(QStringLiteral("pendingLabel"));
    m_statusLabel->setObjectName(QStringLiteral("logStatus"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setText(tr("Export"));
    m_export->setAccessibleName(tr("Export the filtered events"));
    m_export->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_export->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_export);
    QAction *exportJson = exportMenu->addAction(tr("Export as JSON Lines…"), this,
                                                [this] { exportView(LogExporter::Format::JsonLines); });
    exportJson->setObjectName(QStringLiteral("exportJsonAction"));
    QAction *exportCsv =
        exportMenu->addAction(tr("Export as CSV…"), this, [this] { exportView(LogExporter::Format::Csv); });
    exportCsv->setObjectName(QStringLiteral("exportCsvAction"));
    m_export->setMenu(exportMenu);

    m_table->setObjectName(QStringLiteral("logTable"));
    m_table->setAccessibleName(tr("Log events"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move within it
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(LogModel::ResultColumn, new LogResultDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    // Fixed row heights: the view never measures a million rows.
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(LogModel::PathColumn, QHeaderView::Stretch);
    const QList<int> widths{170, 90, 120, 110, 65, 300, 55, 180, 80};
    for (int column = 0; column < widths.size(); ++column)
        m_table->setColumnWidth(column, widths.at(column));
    header->restoreState(ConsoleSettings::kLogsHeader.value());
    QAction *end = new QAction(tr("Follow new events"), m_table);
    end->setObjectName(QStringLiteral("actionFollow"));
    end->setShortcuts({QKeySequence(Qt::Key_End), QKeySequence(Qt::CTRL | Qt::Key_End)});
    end->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(end, &QAction::triggered, this, [this] { setFollowing(true); });
    m_table->addAction(end);
    // The context menu: the row's event (the detail pane's copy buttons) and following.
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copyCurl = new QAction(tr("Copy as &cURL"), m_table);
    copyCurl->setObjectName(QStringLiteral("logCopyCurlAction"));
    connect(copyCurl, &QAction::triggered, m_details, &LogDetailWidget::copyCurl);
    auto *copyJson = new QAction(tr("Copy as &JSON"), m_table);
    copyJson->setObjectName(QStringLiteral("logCopyJsonAction"));
    connect(copyJson, &QAction::triggered, m_details, &LogDetailWidget::copyJson);
    auto *separator = new QAction(m_table);
    separator->setSeparator(true);
    m_table->insertActions(end, {copyCurl, copyJson, separator});
    QAction *find = new QAction(tr("Search the log"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_text->setFocus();
        m_text->selectAll();
    });
    addAction(find);

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_follow);
    tools->addWidget(m_pause);
    tools->addWidget(m_pending);
    tools->addStretch(1);
    tools->addWidget(m_statusLabel);
    tools->addWidget(m_export);
    auto *top = new QWidget;
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(tools);
    topLayout->addWidget(m_table, 1);
    m_splitter->setObjectName(QStringLiteral("logsSplitter"));
    m_splitter->addWidget(top);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    if (!m_splitter->restoreState(ConsoleSettings::kLogsSplitter.value()))
        m_splitter->setSizes({380, 260});
    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    layout->addWidget(m_splitter, 1);

    connect(m_follow, &QToolButton::toggled, this, &LogsPage::setFollowing);
    connect(m_pause, &QToolButton::toggled, this, &LogsPage::setPaused);
    QScrollBar *bar = m_table->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, &LogsPage::scrollChanged);
    connect(bar, &QScrollBar::rangeChanged, this, &LogsPage::rangeChanged);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        if (first == 0 && m_proxy->rowCount() > last + 1)
            m_prependedRows += last - first + 1;
        updateStatus();
    });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &LogsPage::updateStatus);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        m_prependedRows = 0;
        updateStatus();
    });
    connect(m_model, &LogModel::historyLoaded, this, [this] {
        updateStatus();
        maybeFetchHistory();
    });
    connect(m_model, &LogModel::historyLoadingChanged, this, &LogsPage::updateStatus);
    connect(m_model, &LogModel::pendingCountChanged, this, &LogsPage::updateStatus);
    connect(m_model, &LogModel::errorOccurred, this, &LogsPage::errorOccurred);
    connect(m_model->stream(), &LogStreamClient::stateChanged, this, &LogsPage::updateStatus);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LogsPage::showSelected);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &LogsPage::dropHiddenDetails, Qt::QueuedConnection);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &LogsPage::dropHiddenDetails, Qt::QueuedConnection);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &LogsPage::dropHiddenDetails, Qt::QueuedConnection);
    connect(m_details, &LogDetailWidget::connectionActivated, this, &LogsPage::connectionActivated);
    connect(m_details, &LogDetailWidget::userActivated, this, &LogsPage::userActivated);
    connect(m_details, &LogDetailWidget::errorOccurred, this, &LogsPage::errorOccurred);
    connect(m_exporter, &LogExporter::progress, this, [this](int written, int total) {
        if (!m_progress)
            return;
        m_progress->setMaximum(qMax(1, total));
        m_progress->setValue(written);
    });
    connect(m_exporter, &LogExporter::finished, this, [this](bool ok, const QString &error) {
        if (m_progress) {
            m_progress->reset();
            m_progress->deleteLater();
            m_progress = nullptr;
        }
        if (!ok && !error.isEmpty())
            Q_EMIT errorOccurred(tr("Could not export the log: %1").arg(error));
        Q_EMIT exportFinished(ok, m_exportPath);
    });
    refreshConnectionChoices();
    restoreFilter();
    updateStatus();
}

void LogsPage::buildFilterBar()
{
    m_user->setObjectName(QStringLiteral("logFilterUser"));
    m_user->setAccessibleName(tr("User filter"));
    m_user->setPlaceholderText(tr("User name prefix or id"));
    m_user->setClearButtonEnabled(true);
    m_text->setObjectName(QStringLiteral("logFilterText"));
    m_text->setAccessibleName(tr("Search the log"));
    m_text->setPlaceholderText(tr("Search paths, users, actions, ids…"));
    m_text->setClearButtonEnabled(true);
    // The placeholders may not fit in a narrow window; the tooltips say the same in full.
    m_user->setToolTip(tr("Shows the events of users whose name starts with this text, or of the user with this id."));
    m_text->setToolTip(tr("Shows the events whose path, user, action or ids contain all of these words."));
    // The action codes are long; the box stays compact and its list as wide as they are.
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_action->setMinimumContentsLength(14);
    m_action->view()->setMinimumWidth(m_action->view()->sizeHintForColumn(0) + 24);
    m_clear->setObjectName(QStringLiteral("clearFiltersButton"));
    m_clear->setAccessibleName(tr("Clear all filters"));
    // Two rows: the choices, then the texts; so that longer words (German, French) fit beside each other.
    auto *choices = new QHBoxLayout;
    for (QComboBox *box : {m_connection, m_result, m_status, m_action, m_time})
        choices->addWidget(box);
    choices->addStretch(1);
    auto *texts = new QHBoxLayout;
    texts->addWidget(m_user, 1);
    texts->addWidget(m_text, 3);
    texts->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addLayout(texts);

    for (QComboBox *box : {m_connection, m_result, m_status, m_action, m_time})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_restoring)
                applyFilter();
        });
    for (QLineEdit *edit : {m_user, m_text}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            if (!m_restoring)
                m_filterDelay->start();
        });
        connect(edit, &QLineEdit::returnPressed, this, &LogsPage::applyFilter);
    }
    connect(m_filterDelay, &QTimer::timeout, this, &LogsPage::applyFilter);
    connect(m_clear, &QPushButton::clicked, this, &LogsPage::clearFilters);
    connect(m_connections, &QAbstractItemModel::modelReset, this, &LogsPage::refreshConnectionChoices);
    connect(m_connections, &QAbstractItemModel::rowsInserted, this, &LogsPage::refreshConnectionChoices);
    connect(m_connections, &QAbstractItemModel::rowsRemoved, this, &LogsPage::refreshConnectionChoices);
    connect(m_connections, &QAbstractItemModel::dataChanged, this, &LogsPage::refreshConnectionChoices);
}

void LogsPage::refreshConnectionChoices()
{
    const QString current = m_connection->currentIndex() > 0 ? m_connection->currentText() : QString();
    QStringList names;
    for (int row = 0; row < m_connections->rowCount(); ++row)
        names << m_connections->index(row, ConnectionsModel::NameColumn).data(ModelRoles::RawValueRole).toString();
    if (!current.isEmpty() && !names.contains(current))
        names << current; // keep a remembered filter even when the connection is gone
    names.sort(Qt::CaseInsensitive);
    QStringList existing;
    for (int i = 1; i < m_connection->count(); ++i)
        existing << m_connection->itemText(i);
    if (existing == names)
        return;
    const bool restoring = m_restoring;
    m_restoring = true;
    while (m_connection->count() > 1)
        m_connection->removeItem(1);
    m_connection->addItems(names);
    m_connection->setCurrentIndex(current.isEmpty() ? 0 : m_connection->findText(current));
    m_restoring = restoring;
}

LogFilter LogsPage::currentFilter() const
{
    LogFilter filter;
    if (m_connection->currentIndex() > 0)
        filter.connection = m_connection->currentText();
    filter.result = LogFilter::Result(m_result->currentIndex());
    filter.statusClass = m_status->currentIndex() > 0 ? m_status->currentIndex() + 1 : 0;
    if (m_action->currentIndex() > 0)
        filter.action = m_action->currentText();
    filter.user = m_user->text().trimmed();
    filter.text = m_text->text().trimmed();
    static const qint64 seconds[] = {0, 15 * 60, 3600, 24 * 3600, 7 * 24 * 3600};
    const int range = qBound(0, m_time->currentIndex(), 4);
    if (range != AnyTime)
        filter.from = QDateTime::currentDateTimeUtc().addSecs(-seconds[range]);
    return filter;
}

void LogsPage::applyFilter()
{
    m_filterDelay->stop();
    const LogFilter filter = currentFilter();
    // The engine narrows history to the query; when every event is already loaded unfiltered, the proxy alone is
    // exact and no reload is needed.
    const bool keepRows = m_model->query().isEmpty() && m_model->isHistoryComplete() && m_model->isRunning();
    if (!keepRows)
        m_model->setQuery(filter.toQuery());
    m_proxy->setLogFilter(filter);
    QVariantMap saved = filter.toVariantMap();
    saved.remove(QStringLiteral("from"));
    saved.remove(QStringLiteral("to"));
    ConsoleSettings::kLogsFilter.setValue(saved);
    ConsoleSettings::kLogsTimeRange.setValue(m_time->currentIndex());
    m_clear->setEnabled(!filter.isEmpty());
    updateStatus();
    maybeFetchHistory();
}

void LogsPage::restoreFilter()
{
    const LogFilter filter = LogFilter::fromVariantMap(ConsoleSettings::kLogsFilter.value());
    m_restoring = true;
    if (!filter.connection.isEmpty()) {
        if (m_connection->findText(filter.connection) < 0)
            m_connection->addItem(filter.connection);
        m_connection->setCurrentIndex(m_connection->findText(filter.connection));
    }
    m_result->setCurrentIndex(int(filter.result));
    m_status->setCurrentIndex(filter.statusClass >= 2 ? filter.statusClass - 1 : 0);
    m_action->setCurrentIndex(qMax(0, m_action->findText(filter.action)));
    m_user->setText(filter.user);
    m_text->setText(filter.text);
    m_time->setCurrentIndex(qBound(0, ConsoleSettings::kLogsTimeRange.value(), 4));
    m_restoring = false;
    const LogFilter current = currentFilter();
    m_model->setQuery(current.toQuery());
    m_proxy->setLogFilter(current);
    m_clear->setEnabled(!current.isEmpty());
}

void LogsPage::clearFilters()
{
    m_restoring = true;
    for (QComboBox *box : {m_connection, m_result, m_status, m_action, m_time})
        box->setCurrentIndex(0);
    m_user->clear();
    m_text->clear();
    m_restoring = false;
    applyFilter();
}

void LogsPage::showUserEvents(const QString &user)
{
    m_restoring = true;
    for (QComboBox *box : {m_connection, m_result, m_status, m_action, m_time})
        box->setCurrentIndex(0);
    m_text->clear();
    m_user->setText(user);
    m_restoring = false;
    applyFilter();
}

void LogsPage::start()
{
    // A reconnection to the same engine keeps the rows: the stream resumes after the last event by itself.
    if (!m_model->isRunning())
        m_model->start();
}

void LogsPage::stop()
{
    m_model->stop();
}

void LogsPage::setFollowing(bool following)
{
    if (following) {
        m_adjustingScroll = true;
        m_table->scrollToBottom();
        m_adjustingScroll = false;
    }
    if (m_following == following)
        return;
    m_following = following;
    const QSignalBlocker blocker(m_follow);
    m_follow->setChecked(following);
    Q_EMIT followingChanged(following);
}

void LogsPage::setPaused(bool paused)
{
    {
        const QSignalBlocker blocker(m_pause);
        m_pause->setChecked(paused);
    }
    m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    m_pause->setIcon(style()->standardIcon(paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    m_model->setPaused(paused);
    updateStatus();
}

void LogsPage::scrollChanged()
{
    if (!m_adjustingScroll) {
        const QScrollBar *bar = m_table->verticalScrollBar();
        // Scrolling up stops following; coming back to the bottom resumes it.
        const bool atBottom = bar->value() >= bar->maximum();
        if (atBottom != m_following)
            setFollowing(atBottom);
    }
    maybeFetchHistory();
}

void LogsPage::rangeChanged()
{
    QScrollBar *bar = m_table->verticalScrollBar();
    m_adjustingScroll = true;
    if (m_following)
        bar->setValue(bar->maximum());
    else if (m_prependedRows > 0)
        bar->setValue(bar->value() + m_prependedRows); // older rows above must not move what the admin reads
    m_prependedRows = 0;
    m_adjustingScroll = false;
    maybeFetchHistory();
}

void LogsPage::maybeFetchHistory()
{
    const QScrollBar *bar = m_table->verticalScrollBar();
    if (bar->value() == bar->minimum() && m_model->canFetchMore())
        m_model->fetchMore();
}

void LogsPage::updateStatus()
{
    QStringList parts;
    switch (m_model->stream()->state()) {
    case LogStreamClient::State::Stopped:
        parts << tr("Not connected");
        break;
    case LogStreamClient::State::Connecting:
        parts << tr("Connecting…");
        break;
    case LogStreamClient::State::Streaming:
        parts << tr("● Live");
        break;
    case LogStreamClient::State::Polling:
        parts << tr("Live (polling)");
        break;
    }
    const int shown = m_proxy->rowCount();
    const int loaded = m_model->rowCount();
    parts << (shown == loaded ? tr("%Ln event(s)", nullptr, loaded)
                              : tr("%1 of %Ln event(s)", nullptr, loaded).arg(QLocale().toString(shown)));
    if (m_model->isLoadingHistory())
        parts << tr("loading older events…");
    else if (m_model->isHistoryComplete())
        parts << tr("from the beginning");
    m_statusLabel->setText(parts.join(QStringLiteral(" · ")));
    const int pending = m_model->pendingCount();
    m_pending->setText(m_model->isPaused() ? tr("Paused · %Ln new event(s) waiting", nullptr, pending) : QString());
    m_pending->setVisible(m_model->isPaused());
}

void LogsPage::showSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_selectedLogId = rows.isEmpty() ? QString() : rows.first().data(ModelRoles::IdRole).toString();
    m_details->showLog(m_selectedLogId);
}

void LogsPage::dropHiddenDetails()
{
    // The filter hid the selected event (a reset or a removal emits no selectionChanged): its details go too. An
    // event opened from another page (no selection here) stays.
    if (m_selectedLogId.isEmpty() || m_table->selectionModel()->hasSelection())
        return;
    m_selectedLogId.clear();
    if (!m_details->logId().isEmpty())
        m_details->showLog(QString());
}

void LogsPage::exportView(LogExporter::Format format)
{
    if (m_exporter->isRunning())
        return;
    QString path;
    if (m_pathProvider) {
        path = m_pathProvider(format);
    } else {
        const bool csv = format == LogExporter::Format::Csv;
        const QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QFileDialog::getSaveFileName(
            this, tr("Export log events"),
            directory + (csv ? QStringLiteral("/scim-logs.csv") : QStringLiteral("/scim-logs.jsonl")),
            csv ? tr("CSV files (*.csv)") : tr("JSON Lines files (*.jsonl *.ndjson)"));
    }
    if (path.isEmpty())
        return;
    m_exportPath = path;
    m_progress = new QProgressDialog(tr("Exporting %Ln event(s)…", nullptr, m_proxy->rowCount()), tr("Cancel"), 0,
                                     qMax(1, m_proxy->rowCount()), this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setWindowTitle(tr("Export"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoReset(false);
    m_progress->setAutoClose(false);
    connect(m_progress, &QProgressDialog::canceled, m_exporter, &LogExporter::cancel);
    m_exporter->start(m_proxy, path, format);
}

void LogsPage::saveState() const
{
    ConsoleSettings::kLogsHeader.setValue(m_table->horizontalHeader()->saveState());
    ConsoleSettings::kLogsSplitter.setValue(m_splitter->saveState());
}

} // namespace scim
