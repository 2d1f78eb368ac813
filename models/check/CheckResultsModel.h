#pragma once

#include "models/check/CheckResult.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace scim {

class CheckRunner;

// The rows of the console's "Check an endpoint" page: one per planned check of a CheckRunner, following the run
// (pending, running, passed, failed, skipped). Reads the runner's results; holds no copy of its own.
class CheckResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StatusColumn,
        IdColumn,
        ProfileColumn,
        TitleColumn,
        DurationColumn,
        ColumnCount
    };
    enum Role
    {
        StatusRole = Qt::UserRole + 100, // CheckResult::Status as int
    };

    explicit CheckResultsModel(QObject *parent = nullptr);

    void setRunner(CheckRunner *runner);
    // The runner's plan changed (profile, selection) outside a run.
    void reload();
    const CheckResult *resultAt(int row) const;
    // The translated word for a status ("Passed").
    static QString statusText(CheckResult::Status status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rowChanged(int row);

    QPointer<CheckRunner> m_runner;
};

} // namespace scim
