#pragma once

#include <QJsonObject>
#include <QUrl>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace scim {

class JsonHighlighter;
class ManagementClient;

// The detail pane of the log viewer: one event fetched in full (GET /api/v2/logs/{id}) with its request and
// response bodies pretty-printed and coloured, the recorded headers, links to the user and the connection, and
// "Copy as cURL" / "Copy JSON".
class LogDetailWidget : public QWidget
{
    Q_OBJECT

public:
    explicit LogDetailWidget(ManagementClient *client, QWidget *parent = nullptr);

    void showLog(const QString &logId); // empty: clear
    void setEvent(const QJsonObject &event);
    QJsonObject event() const { return m_event; }
    QString logId() const { return m_logId; }

    // A curl command that replays the request against `engineUrl`: the token is the $SCIM_TOKEN shell variable,
    // never a secret (none is recorded anyway).
    static QString curlCommand(const QJsonObject &event, const QUrl &engineUrl);

public Q_SLOTS:
    void copyCurl();
    void copyJson();

Q_SIGNALS:
    void connectionActivated(const QString &connectionId);
    void userActivated(const QString &connectionId, const QString &userId);
    void eventLoaded(const QString &logId);
    // Something was copied to the clipboard; `message` says what (for the status bar).
    void copied(const QString &message);
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void confirmCopied(QPushButton *button, const QString &label);
    ManagementClient *m_client;
    QString m_logId;
    QJsonObject m_event;
    QLabel *m_summary;
    QLabel *m_links;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_request;
    QPlainTextEdit *m_response;
    QPlainTextEdit *m_headers;
    QPlainTextEdit *m_json;
    QPushButton *m_copyCurl;
    QPushButton *m_copyJson;
    QList<JsonHighlighter *> m_highlighters;
};

} // namespace scim
