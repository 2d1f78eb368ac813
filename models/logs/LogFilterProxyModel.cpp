#include "models/logs/LogFilterProxyModel.h"

#include "models/common/ModelRoles.h"
#include "models/logs/LogModel.h"

namespace scim {

LogFilterProxyModel::LogFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ModelRoles::RawValueRole);
    setFilterRole(ModelRoles::RawValueRole);
}

void LogFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    m_logModel = qobject_cast<LogModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void LogFilterProxyModel::setLogFilter(const LogFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    // One layout change, not invalidateRowsFilter(): over a million rows a filter leaves tens of thousands of
    // scattered gaps, and removing them interval by interval costs minutes in the views.
    invalidate();
}

bool LogFilterProxyModel::canFetchMore(const QModelIndex &) const
{
    return false;
}

void LogFilterProxyModel::fetchMore(const QModelIndex &) {}

bool LogFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_logModel)
        return !sourceParent.isValid();
    return m_filter.matches(m_logModel->entry(sourceRow), m_logModel->strings());
}

} // namespace scim
