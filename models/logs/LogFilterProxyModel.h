#pragma once

#include "models/logs/LogFilter.h"

#include <QSortFilterProxyModel>

namespace scim {

class LogModel;

// Live filtering of LogModel rows with a LogFilter, on the rows' raw values (LogEntry), never on display text.
// It does not forward canFetchMore/fetchMore: views ask for more when their *last* row shows, but the log's
// history grows at the top, so LogsPage pages history in when the first row shows.
class LogFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit LogFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    LogModel *logModel() const { return m_logModel; }
    const LogFilter &logFilter() const { return m_filter; }
    void setLogFilter(const LogFilter &filter);

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    LogModel *m_logModel = nullptr;
    LogFilter m_filter;
};

} // namespace scim
