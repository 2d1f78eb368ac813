#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace scim {

class LogStreamDialog;
class LogStreamsModel;
class ManagementClient;
class ToneLabel;

// The engine's log streams: list with status, sink, last delivery and failures; create and edit (LogStreamDialog),
// pause/resume, delete with confirmation, "Send test event" with what the receiver answered, and why a stream was
// suspended.
class LogStreamsPage : public QWidget
{
    Q_OBJECT

public:
    explicit LogStreamsPage(ManagementClient *client, QWidget *parent = nullptr);

    LogStreamsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString selectedId() const;
    void selectStream(const QString &id);

public Q_SLOTS:
    void refresh();
    LogStreamDialog *newStream();
    LogStreamDialog *editStream();
    void togglePaused();
    void deleteStream();
    void sendTestEvent();

Q_SIGNALS:
    void errorOccurred(const QString &message);
    void testEventFinished(bool delivered);

private:
    void updateDetails();
    LogStreamDialog *openDialog(const QJsonObject &stream);

    ManagementClient *m_client;
    LogStreamsModel *m_model;
    QTableView *m_table;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_pause;
    QPushButton *m_delete;
    QPushButton *m_test;
    QLabel *m_empty;
    ToneLabel *m_reason;
    ToneLabel *m_testResult;
    QLabel *m_details;
    QString m_reselect;
    bool m_busy = false;
};

} // namespace scim
