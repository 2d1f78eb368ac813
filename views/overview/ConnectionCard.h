#pragma once

#include "models/overview/ActivityStats.h"

#include <QFrame>
#include <QJsonObject>

class QLabel;
class QPushButton;

class QChartView;
class QBarSet;
class QBarCategoryAxis;
class QValueAxis;

namespace scim {

class ToneLabel;

// One connection on the overview: strategy, last request and its result, users and groups, the last 24 hours as a
// small chart of successes and failures per hour, and a warning (with the replacement one click away) when its
// token expires within TokenInfo::kWarningDays. Colours come from the palette, so it follows dark mode.
class ConnectionCard : public QFrame
{
    Q_OBJECT

public:
    explicit ConnectionCard(const QString &connectionId, QWidget *parent = nullptr);

    QString connectionId() const { return m_id; }
    // The connection (ConnectionsModel's JsonRole), counts (invalid while unknown) and the token to replace.
    void setConnection(const QJsonObject &connection, const QVariant &users, const QVariant &groups,
                       const QJsonObject &expiringToken);
    void setStats(const ActivityStats::Connection &stats);
    // The chart's figures, for tests: successes and failures per hour, oldest first.
    QList<int> successSeries() const;
    QList<int> failureSeries() const;

Q_SIGNALS:
    void openRequested(const QString &connectionId);
    void replaceTokenRequested(const QString &connectionId);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateColors();

    QString m_id;
    QLabel *m_title;
    QLabel *m_strategy;
    QLabel *m_counts;
    ToneLabel *m_last;
    ToneLabel *m_totals;
    ToneLabel *m_expiry;
    QPushButton *m_replace;
    QPushButton *m_open;
    QChartView *m_chart;
    QBarSet *m_success;
    QBarSet *m_failure;
    QValueAxis *m_axis;
    QBarCategoryAxis *m_hours;
};

} // namespace scim
