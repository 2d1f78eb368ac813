#include "models/logs/LogModel.h"

#include "models/api/ManagementClient.h"
#include "models/common/ModelRoles.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

namespace scim {

namespace {
constexpr int kRetryMs = 1000;

QString encodedQuery(const QString &value)
{
    // QUrlQuery leaves '+' and '&' ambiguous; hand it the value already percent-encoded.
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}
} // namespace

LogModel::LogModel(ManagementClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_stream(new LogStreamClient(client, this))
    //: Result column: the SCIM request succeeded
    , m_successText(tr("Success"))
    //: Result column: the SCIM request failed
    , m_failureText(tr("Failure"))
    //: sscim and fscim are the log event types, keep them
    , m_successTip(tr("sscim: the SCIM request succeeded"))
    //: sscim and fscim are the log event types, keep them
    , m_failureTip(tr("fscim: the SCIM request failed"))
    //: Request duration in milliseconds, in the language's number format
    , m_durationFormat(tr("%L1 ms"))
{
    connect(m_stream, &LogStreamClient::eventsReceived, this, &LogModel::receive);
    connect(m_client, &ManagementClient::endpointChanged, this, [this] {
        if (m_running)
            start();
    });
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogEntry &row = m_rows[size_t(index.row())];
    if (role == ModelRoles::IdRole)
        return row.id.toString();
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == StatusColumn || index.column() == DurationColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role != Qt::DisplayRole && role != ModelRoles::RawValueRole && role != Qt::ToolTipRole)
        return {};
    const bool raw = role == ModelRoles::RawValueRole;
    switch (index.column()) {
    case TimeColumn: {
        const QDateTime time = QDateTime::fromMSecsSinceEpoch(row.dateMs, Qt::UTC);
        if (raw)
            return time;
        return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    }
    case ResultColumn:
        if (raw)
            return row.failure ? QStringLiteral("fscim") : QStringLiteral("sscim");
        if (role == Qt::ToolTipRole)
            return row.failure ? m_failureTip : m_successTip;
        return row.failure ? m_failureText : m_successText;
    case ConnectionColumn:
        return m_pool.at(row.connection);
    case ActionColumn:
        return m_pool.at(row.action);
    case MethodColumn:
        return m_pool.at(row.method);
    case PathColumn:
        return row.pathString(m_pool);
    case StatusColumn:
        if (raw)
            return int(row.status);
        return row.status ? QString::number(row.status) : QString();
    case UserColumn:
        return row.userString(m_pool);
    case DurationColumn:
        if (raw)
            return double(row.durationMs);
        return row.durationMs < 0 ? QString() : m_durationFormat.arg(double(row.durationMs), 0, 'f', 2);
    }
    return {};
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ResultColumn:
        return tr("Result");
    case ConnectionColumn:
        return tr("Connection");
    case ActionColumn:
        return tr("Action");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case StatusColumn:
        //: HTTP status code column
        return tr("Status");
    case UserColumn:
        return tr("User");
    case DurationColumn:
        return tr("Duration");
    }
    return {};
}

bool LogModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_running && !m_historyBefore.isNull() && !m_historyComplete && m_historyRequest == 0 &&
           int(m_rows.size()) < m_maximumRows;
}

void LogModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        requestHistory();
}

int LogModel::rowForId(const LogEventId &id) const
{
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), id,
                                     [](const LogEntry &entry, const LogEventId &value) { return entry.id < value; });
    return it != m_rows.end() && it->id == id ? int(it - m_rows.begin()) : -1;
}

void LogModel::setMaximumRows(int rows)
{
    m_maximumRows = qMax(1, rows);
    trim();
}

void LogModel::start()
{
    m_running = true;
    ++m_generation;
    m_stream->stop();
    clearRows();
    locateNewest();
}

void LogModel::stop()
{
    m_running = false;
    ++m_generation;
    m_stream->stop();
    if (m_historyRequest) {
        m_historyRequest = 0;
        Q_EMIT historyLoadingChanged(false);
    }
}

void LogModel::clearRows()
{
    beginResetModel();
    m_rows.clear();
    m_rows.shrink_to_fit();
    endResetModel();
    if (!m_pending.empty()) {
        m_pending.clear();
        Q_EMIT pendingCountChanged(0);
    }
    m_historyBefore = {};
    m_historyComplete = false;
    if (m_historyRequest) {
        m_historyRequest = 0;
        Q_EMIT historyLoadingChanged(false);
    }
}

void LogModel::locateNewest()
{
    // The two newest events of all (not of the query) split history from the live tail: the stream resumes after
    // the second newest (so the newest arrives live), history asks for events older than the newest. Nothing falls
    // between the two or arrives twice, whatever the query.
    if (!m_client->hasEndpoint())
        return;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("before"), QStringLiteral("0")); // "0": before nothing, i.e. the newest
    query.addQueryItem(QStringLiteral("take"), QStringLiteral("2"));
    const quint64 generation = m_generation;
    m_client->listLogs(query, this, [this, generation](const ApiResult &result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            // Retried every second until the engine answers; said once.
            if (++m_locateFailures == 1)
                Q_EMIT errorOccurred(result.status == 404 && result.errorCode.isEmpty()
                                         ? tr("Could not load the logs: this engine has no logs endpoint (GET "
                                              "/api/v2/logs). Update the engine.")
                                         : result.describe(tr("Could not load the logs: %1.")));
            QTimer::singleShot(kRetryMs, this, [this, generation] {
                if (generation == m_generation && m_running)
                    locateNewest();
            });
            return;
        }
        m_locateFailures = 0;
        const QJsonArray newest = result.array(); // newest first
        auto idAt = [&newest](qsizetype i) {
            return LogEventId::fromString(newest.at(i).toObject().value(QLatin1StringView("log_id")).toString());
        };
        if (newest.size() < 2) {
            // At most one event: the stream replays it from the beginning; there is no older history.
            m_stream->start(LogEventId());
            m_historyComplete = true;
            Q_EMIT historyLoaded(0, true);
            return;
        }
        m_stream->start(idAt(1));
        m_historyBefore = idAt(0);
        requestHistory();
    });
}

void LogModel::requestHistory()
{
    if (m_historyRequest || m_historyComplete || m_historyBefore.isNull() || !m_client->hasEndpoint())
        return;
    const quint64 request = ++m_requestCounter;
    m_historyRequest = request;
    Q_EMIT historyLoadingChanged(true);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("before"), m_historyBefore.toString());
    query.addQueryItem(QStringLiteral("take"), QString::number(m_historyPageSize));
    if (!m_query.isEmpty())
        query.addQueryItem(QStringLiteral("q"), encodedQuery(m_query));
    const int take = m_historyPageSize;
    m_client->listLogs(query, this, [this, request, take](const ApiResult &result) {
        if (request != m_historyRequest)
            return;
        m_historyRequest = 0;
        Q_EMIT historyLoadingChanged(false);
        if (!result.ok()) {
            Q_EMIT errorOccurred(result.describe(tr("Could not load older log events: %1.")));
            return;
        }
        const QJsonArray events = result.array(); // newest first
        std::vector<LogEntry> older;
        older.reserve(size_t(events.size()));
        for (const QJsonValue &value : events) {
            LogEntry entry = LogEntry::fromJson(value.toObject(), m_pool);
            if (!entry.id.isNull() && entry.id < m_historyBefore && (older.empty() || entry.id < older.back().id))
                older.push_back(entry);
        }
        const bool complete = events.size() < take;
        if (!older.empty()) {
            beginInsertRows({}, 0, int(older.size()) - 1);
            for (const LogEntry &entry : older)
                m_rows.push_front(entry);
            endInsertRows();
            m_historyBefore = older.back().id;
        }
        m_historyComplete = complete;
        Q_EMIT historyLoaded(int(older.size()), complete);
    });
}

void LogModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    // The rows are dropped anyway: start over, so that history and the live tail split at the newest event again.
    if (m_running)
        start();
}

void LogModel::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (paused)
        return;
    std::vector<LogEntry> pending;
    pending.swap(m_pending);
    appendRows(pending);
    Q_EMIT pendingCountChanged(0);
    if (m_pendingOverflow) {
        m_pendingOverflow = false;
        if (m_running)
            m_stream->start(m_stream->lastId());
    }
}

void LogModel::receive(const QList<QJsonObject> &events)
{
    std::vector<LogEntry> rows;
    rows.reserve(size_t(events.size()));
    const LogEventId newest = m_rows.empty() ? LogEventId() : m_rows.back().id;
    for (const QJsonObject &event : events) {
        LogEntry entry = LogEntry::fromJson(event, m_pool);
        if (!entry.id.isNull() && entry.id > newest)
            rows.push_back(entry);
    }
    if (rows.empty())
        return;
    if (m_paused) {
        m_pending.insert(m_pending.end(), rows.begin(), rows.end());
        if (int(m_pending.size()) >= m_maximumPending && !m_pendingOverflow) {
            // Stop collecting; resuming continues the stream after the last collected event.
            m_pendingOverflow = true;
            m_stream->stop();
        }
        Q_EMIT pendingCountChanged(int(m_pending.size()));
        return;
    }
    appendRows(rows);
}

void LogModel::appendRows(std::vector<LogEntry> &rows)
{
    if (rows.empty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_rows.insert(m_rows.end(), rows.begin(), rows.end());
    endInsertRows();
    const int appended = int(rows.size());
    trim();
    Q_EMIT liveRowsAppended(appended);
}

void LogModel::trim()
{
    const int excess = int(m_rows.size()) - m_maximumRows;
    if (excess <= 0)
        return;
    beginRemoveRows({}, 0, excess - 1);
    m_rows.erase(m_rows.begin(), m_rows.begin() + excess);
    endRemoveRows();
    // The dropped rows can be paged in again; a page in flight would now leave a gap, so it is dropped.
    m_historyBefore = m_rows.front().id;
    m_historyComplete = false;
    if (m_historyRequest) {
        m_historyRequest = 0;
        Q_EMIT historyLoadingChanged(false);
    }
}

} // namespace scim
