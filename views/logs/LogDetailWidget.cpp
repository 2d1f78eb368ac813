#include "views/logs/LogDetailWidget.h"

#include "models/api/ManagementClient.h"
#include "views/common/JsonHighlighter.h"
#include "views/logs/LogResultDelegate.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace scim {

namespace {

QString shellQuoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + escaped + u'\'';
}

QString pretty(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented));
    //: Shown instead of a request or response body when the request had none (e.g. a GET)
    return LogDetailWidget::tr("(no body)");
}

QPlainTextEdit *codeView(const QString &objectName, const QString &accessibleName)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setReadOnly(true);
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont font(QStringLiteral("monospace"));
    font.setStyleHint(QFont::Monospace);
    edit->setFont(font);
    return edit;
}

} // namespace

LogDetailWidget::LogDetailWidget(ManagementClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_summary(new QLabel)
    , m_links(new QLabel)
    , m_tabs(new QTabWidget)
    , m_request(codeView(QStringLiteral("logRequestBody"), tr("Request body")))
    , m_response(codeView(QStringLiteral("logResponseBody"), tr("Response body")))
    , m_headers(codeView(QStringLiteral("logRequestHeaders"), tr("Request headers")))
    , m_json(codeView(QStringLiteral("logEventJson"), tr("Log event JSON")))
    , m_copyCurl(new QPushButton(tr("Copy as cURL")))
    , m_copyJson(new QPushButton(tr("Copy JSON")))
{
    setObjectName(QStringLiteral("logDetail"));
    m_summary->setObjectName(QStringLiteral("logSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_links->setObjectName(QStringLiteral("logLinks"));
    m_links->setTextFormat(Qt::RichText);
    m_links->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_links->setOpenExternalLinks(false);
    m_tabs->setObjectName(QStringLiteral("logDetailTabs"));
    m_tabs->setAccessibleName(tr("Request and response of the event"));
    m_tabs->addTab(m_request, tr("Request"));
    m_tabs->addTab(m_response, tr("Response"));
    m_tabs->addTab(m_headers, tr("Headers"));
    m_tabs->addTab(m_json, tr("Event"));
    for (QPlainTextEdit *edit : {m_request, m_response, m_json})
        m_highlighters.append(new JsonHighlighter(edit->document(), edit->palette()));
    m_copyCurl->setObjectName(QStringLiteral("copyCurlButton"));
    m_copyCurl->setToolTip(tr("Copy a curl command that replays the request; it reads the bearer token from the "
                              "SCIM_TOKEN environment variable."));
    m_copyJson->setObjectName(QStringLiteral("copyJsonButton"));
    m_copyJson->setToolTip(tr("Copy the whole log event as JSON."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyCurl);
    buttons->addWidget(m_copyJson);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_links);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    connect(m_copyCurl, &QPushButton::clicked, this, &LogDetailWidget::copyCurl);
    connect(m_copyJson, &QPushButton::clicked, this, &LogDetailWidget::copyJson);
    connect(m_links, &QLabel::linkActivated, this, [this](const QString &link) {
        const QUrl url(link);
        const QString connectionId = m_event.value(QLatin1StringView("connection_id")).toString();
        if (url.scheme() == QLatin1StringView("connection"))
            Q_EMIT connectionActivated(connectionId);
        else if (url.scheme() == QLatin1StringView("user"))
            Q_EMIT userActivated(connectionId, m_event.value(QLatin1StringView("user_id")).toString());
    });
    setEvent({});
}

void LogDetailWidget::showLog(const QString &logId)
{
    m_logId = logId;
    if (logId.isEmpty()) {
        setEvent({});
        return;
    }
    m_summary->setText(tr("Loading %1…").arg(logId));
    m_client->getLog(logId, this, [this, logId](const ApiResult &result) {
        if (logId != m_logId)
            return;
        if (!result.ok()) {
            setEvent({});
            const QString message = result.describe(tr("Could not load the log event: %1."));
            m_summary->setText(message);
            Q_EMIT errorOccurred(message);
            return;
        }
        setEvent(result.object());
        Q_EMIT eventLoaded(logId);
    });
}

void LogDetailWidget::setEvent(const QJsonObject &event)
{
    m_event = event;
    const bool empty = event.isEmpty();
    m_copyCurl->setEnabled(!empty);
    m_copyJson->setEnabled(!empty);
    if (empty) {
        m_summary->setText(tr("Select a log event to see the request and the response."));
        m_links->clear();
        for (QPlainTextEdit *edit : {m_request, m_response, m_headers, m_json})
            edit->clear();
        return;
    }
    const QJsonObject details = event.value(QLatin1StringView("details")).toObject();
    const QJsonObject request = details.value(QLatin1StringView("request")).toObject();
    const QJsonObject response = details.value(QLatin1StringView("response")).toObject();
    const bool failure = event.value(QLatin1StringView("type")).toString() != QLatin1StringView("sscim");
    const QColor color =
        failure ? LogResultDelegate::failureColor(palette()) : LogResultDelegate::successColor(palette());
    const QDateTime date =
        QDateTime::fromString(event.value(QLatin1StringView("date")).toString(), Qt::ISODateWithMs).toLocalTime();
    const QString description = event.value(QLatin1StringView("description")).toString().toHtmlEscaped();
    //: %1: the engine's description of the request (English, as recorded)
    const QString outcome = failure ? tr("✕ Failure: %1").arg(description) : tr("✓ Success: %1").arg(description);
    //: %1 method, %2 path, %3 date and time, %4 duration in ms, %5 client IP address, %6 log event id
    const QString facts = tr("%1 %2<br>%3 · %4 ms · %5 · log %6")
                              .arg(request.value(QLatin1StringView("method")).toString().toHtmlEscaped(),
                                   request.value(QLatin1StringView("path")).toString().toHtmlEscaped(),
                                   date.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")),
                                   QLocale().toString(event.value(QLatin1StringView("duration_ms")).toDouble(), 'f', 3),
                                   event.value(QLatin1StringView("ip")).toString().toHtmlEscaped(),
                                   event.value(QLatin1StringView("log_id")).toString());
    m_summary->setText(
        QStringLiteral("<span style='color:%1'><b>%2</b></span> · %3").arg(color.name(), outcome, facts));
    QStringList links;
    const QString connection = event.value(QLatin1StringView("connection")).toString();
    if (!connection.isEmpty())
        links << tr("Connection: <a href=\"connection:%1\">%2</a>")
                     .arg(QString::fromLatin1(
                              QUrl::toPercentEncoding(event.value(QLatin1StringView("connection_id")).toString())),
                          connection.toHtmlEscaped());
    const QString userId = event.value(QLatin1StringView("user_id")).toString();
    if (!userId.isEmpty()) {
        QString userName = event.value(QLatin1StringView("user_name")).toString();
        if (userName.isEmpty())
            userName = userId;
        links << tr("User: <a href=\"user:%1\">%2</a>")
                     .arg(QString::fromLatin1(QUrl::toPercentEncoding(userId)), userName.toHtmlEscaped());
    }
    const QString tokenId = event.value(QLatin1StringView("token_id")).toString();
    if (!tokenId.isEmpty())
        links << tr("Token: %1").arg(tokenId.toHtmlEscaped());
    m_links->setText(links.join(QStringLiteral(" · ")));

    m_request->setPlainText(pretty(request.value(QLatin1StringView("body"))));
    m_response->setPlainText(pretty(response.value(QLatin1StringView("body"))));
    QStringList headerLines;
    const QJsonObject headers = request.value(QLatin1StringView("headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        headerLines << it.key() + QStringLiteral(": ") + it.value().toString();
    if (headerLines.isEmpty())
        headerLines << tr("(no headers recorded)");
    m_headers->setPlainText(headerLines.join(u'\n'));
    m_json->setPlainText(pretty(event));
}

QString LogDetailWidget::curlCommand(const QJsonObject &event, const QUrl &engineUrl)
{
    const QJsonObject request =
        event.value(QLatin1StringView("details")).toObject().value(QLatin1StringView("request")).toObject();
    const QString method = request.value(QLatin1StringView("method")).toString(QStringLiteral("GET"));
    QUrl url = engineUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    url.setPath(request.value(QLatin1StringView("path")).toString());
    QUrlQuery query;
    const QJsonObject parameters = request.value(QLatin1StringView("query")).toObject();
    for (auto it = parameters.begin(); it != parameters.end(); ++it) {
        const QJsonArray values = it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
        for (const QJsonValue &value : values)
            query.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(it.key())),
                               QString::fromLatin1(QUrl::toPercentEncoding(value.toVariant().toString())));
    }
    if (!query.isEmpty())
        url.setQuery(query);
    QStringList lines{QStringLiteral("curl -X %1 %2").arg(method, shellQuoted(url.toString(QUrl::FullyEncoded))),
                      QStringLiteral("  -H \"Authorization: Bearer $SCIM_TOKEN\"")};
    static const QStringList skipped{QStringLiteral("authorization"),       QStringLiteral("cookie"),
                                     QStringLiteral("proxy-authorization"), QStringLiteral("host"),
                                     QStringLiteral("content-length"),      QStringLiteral("connection"),
                                     QStringLiteral("accept-encoding")};
    const QJsonObject headers = request.value(QLatin1StringView("headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        if (skipped.contains(it.key().toLower()))
            continue;
        lines << QStringLiteral("  -H %1").arg(shellQuoted(it.key() + QStringLiteral(": ") + it.value().toString()));
    }
    const QJsonValue body = request.value(QLatin1StringView("body"));
    if (body.isObject()) {
        const QJsonObject object = body.toObject();
        const QString data = object.contains(QLatin1StringView("_raw"))
                                 ? object.value(QLatin1StringView("_raw")).toString()
                                 : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
        lines << QStringLiteral("  --data-raw %1").arg(shellQuoted(data));
    }
    return lines.join(QStringLiteral(" \\\n"));
}

void LogDetailWidget::copyCurl()
{
    if (m_event.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(curlCommand(m_event, m_client->baseUrl()));
    confirmCopied(m_copyCurl, tr("Copy as cURL"));
}

void LogDetailWidget::copyJson()
{
    if (m_event.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(QString::fromUtf8(QJsonDocument(m_event).toJson(QJsonDocument::Indented)));
    confirmCopied(m_copyJson, tr("Copy JSON"));
}

void LogDetailWidget::confirmCopied(QPushButton *button, const QString &label)
{
    // The clipboard shows nothing by itself: the button says it worked for a moment, and so does the status bar.
    button->setText(tr("✓ Copied"));
    QTimer::singleShot(2000, button, [button, label] { button->setText(label); });
    Q_EMIT copied(button == m_copyCurl ? tr("The curl command is on the clipboard.")
                                       : tr("The log event's JSON is on the clipboard."));
}

void LogDetailWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        for (JsonHighlighter *highlighter : std::as_const(m_highlighters))
            highlighter->setPalette(palette());
        if (!m_event.isEmpty())
            setEvent(m_event); // the summary's colour
    }
}

} // namespace scim
