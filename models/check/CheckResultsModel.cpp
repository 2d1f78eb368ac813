#include "models/check/CheckResultsModel.h"

#include "models/check/CheckRunner.h"
#include "models/common/ModelRoles.h"

namespace scim {

CheckResultsModel::CheckResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CheckResultsModel::setRunner(CheckRunner *runner)
{
    beginResetModel();
    if (m_runner)
        m_runner->disconnect(this);
    m_runner = runner;
    endResetModel();
    if (!runner)
        return;
    // The plan (one row per check) is known before the run; load problems come first.
    connect(runner, &CheckRunner::started, this, &CheckResultsModel::reload);
    connect(runner, &CheckRunner::checkStarted, this, &CheckResultsModel::rowChanged);
    connect(runner, &CheckRunner::checkFinished, this, [this](int index) { rowChanged(index); });
    connect(runner, &CheckRunner::finished, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
}

void CheckResultsModel::reload()
{
    beginResetModel();
    endResetModel();
}

const CheckResult *CheckResultsModel::resultAt(int row) const
{
    if (!m_runner || row < 0 || row >= m_runner->results().size())
        return nullptr;
    return &m_runner->results().at(row);
}

QString CheckResultsModel::statusText(CheckResult::Status status)
{
    switch (status) {
    case CheckResult::Status::Pending:
        //: A conformance check that has not run yet
        return tr("Pending");
    case CheckResult::Status::Running:
        return tr("Running");
    case CheckResult::Status::Passed:
        return tr("Passed");
    case CheckResult::Status::Failed:
        return tr("Failed");
    case CheckResult::Status::Skipped:
        return tr("Skipped");
    }
    return {};
}

void CheckResultsModel::rowChanged(int row)
{
    if (row >= 0 && row < rowCount())
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int CheckResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_runner ? 0 : int(m_runner->results().size());
}

int CheckResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CheckResultsModel::data(const QModelIndex &index, int role) const
{
    const CheckResult *result = resultAt(index.row());
    if (!result)
        return {};
    if (role == StatusRole)
        return int(result->status);
    // What the check files say (ids, titles) is data, not console text (docs/translations.md).
    if (role == ModelRoles::RawValueRole) {
        switch (index.column()) {
        case StatusColumn:
            return CheckResult::statusName(result->status);
        case IdColumn:
            return result->id;
        case ProfileColumn:
            return result->profile;
        case TitleColumn:
            return result->title;
        case DurationColumn:
            return result->durationMs;
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case StatusColumn:
        return statusText(result->status);
    case IdColumn:
        return result->id;
    case ProfileColumn:
        return result->profile;
    case TitleColumn:
        return result->title;
    case DurationColumn:
        //: Milliseconds a check took
        return result->isFinished() ? tr("%1 ms").arg(result->durationMs) : QString();
    }
    return {};
}

QVariant CheckResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case IdColumn:
        return tr("Check");
    case ProfileColumn:
        return tr("Profile");
    case TitleColumn:
        return tr("Title");
    case DurationColumn:
        return tr("Duration");
    }
    return {};
}

} // namespace scim
