#pragma once

#include "models/logs/LogEntry.h"
#include "models/logs/LogStreamClient.h"
#include "models/logs/LogStringPool.h"

#include <QAbstractTableModel>

#include <deque>

namespace scim {

class ManagementClient;

// The log viewer's rows, oldest at the top and newest at the bottom. History is paged in lazily towards the top
// (canFetchMore/fetchMore: GET /api/v2/logs?before=<oldest>&take=N&q=<query>), live events are appended at the
// bottom through LogStreamClient. Live events are never filtered here (that is LogFilterProxyModel's job); the query
// only narrows history. The number of rows is bounded: beyond maximumRows() the oldest rows are dropped (and can be
// paged in again). Roles: ModelRoles::RawValueRole, IdRole (the log id, a string).
class LogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        ResultColumn,
        ConnectionColumn,
        ActionColumn,
        MethodColumn,
        PathColumn,
        StatusColumn,
        UserColumn,
        DurationColumn,
        ColumnCount
    };

    explicit LogModel(ManagementClient *client, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    const LogEntry &entry(int row) const { return m_rows[size_t(row)]; }
    const LogStringPool &strings() const { return m_pool; }
    int rowForId(const LogEventId &id) const; // -1 when not loaded
    LogStreamClient *stream() const { return m_stream; }

    QString query() const { return m_query; }
    bool isRunning() const { return m_running; }
    bool isLoadingHistory() const { return m_historyRequest != 0; }
    bool isHistoryComplete() const { return m_historyComplete; }
    bool isPaused() const { return m_paused; }
    int pendingCount() const { return int(m_pending.size()); }
    int maximumRows() const { return m_maximumRows; }
    void setMaximumRows(int rows);
    int historyPageSize() const { return m_historyPageSize; }
    void setHistoryPageSize(int rows) { m_historyPageSize = qBound(1, rows, 1000); }
    // Most events held while paused; beyond it the stream is closed and resumed from the last shown event.
    void setMaximumPending(int events) { m_maximumPending = qMax(1, events); }

public Q_SLOTS:
    // Loads the newest page of history and follows new events. Restarts when already running.
    void start();
    void stop();
    // The engine query for history (LogFilter::toQuery()); drops the rows and loads again.
    void setQuery(const QString &query);
    // While paused, events are collected but not shown; resuming shows them in order.
    void setPaused(bool paused);

Q_SIGNALS:
    void historyLoadingChanged(bool loading);
    // A history page arrived (`rows` prepended; `complete`: nothing older matches).
    void historyLoaded(int rows, bool complete);
    void liveRowsAppended(int rows);
    void pendingCountChanged(int count);
    void errorOccurred(const QString &message);

private:
    void clearRows();
    void locateNewest();
    void requestHistory();
    void receive(const QList<QJsonObject> &events);
    void appendRows(std::vector<LogEntry> &rows);
    void trim();

    ManagementClient *m_client;
    LogStreamClient *m_stream;
    LogStringPool m_pool;
    std::deque<LogEntry> m_rows;
    std::vector<LogEntry> m_pending;
    QString m_query;
    LogEventId m_historyBefore; // history requests ask for events older than this
    bool m_running = false;
    bool m_historyComplete = false;
    bool m_paused = false;
    bool m_pendingOverflow = false;
    quint64 m_historyRequest = 0; // id of the request in flight, 0 when none
    quint64 m_requestCounter = 0;
    quint64 m_generation = 0;
    int m_locateFailures = 0;
    int m_maximumRows = 2000000;
    int m_maximumPending = 100000;
    int m_historyPageSize = 200;
    // Translated once: data() runs for every visible cell of up to millions of rows.
    const QString m_successText;
    const QString m_failureText;
    const QString m_successTip;
    const QString m_failureTip;
    const QString m_durationFormat;
};

} // namespace scim
