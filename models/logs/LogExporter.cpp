#include "models/logs/LogExporter.h"

#include "models/logs/LogModel.h"

#include <QAbstractProxyModel>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimer>

namespace scim {

namespace {

QByteArray csvField(const QString &value)
{
    QByteArray utf8 = value.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        utf8.replace("\"", "\"\"");
        return '"' + utf8 + '"';
    }
    return utf8;
}

QByteArray csvLine(const LogEntry &entry, const LogStringPool &pool)
{
    const QString duration = entry.durationMs < 0 ? QString() : QString::number(double(entry.durationMs), 'f', 3);
    const QStringList fields{entry.id.toString(),
                             entry.dateString(),
                             entry.failure ? QStringLiteral("fscim") : QStringLiteral("sscim"),
                             pool.at(entry.connection),
                             pool.at(entry.connectionId),
                             pool.at(entry.action),
                             pool.at(entry.method),
                             entry.pathString(pool),
                             entry.status ? QString::number(entry.status) : QString(),
                             pool.at(entry.userName),
                             pool.at(entry.userId),
                             pool.at(entry.ip),
                             duration};
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            line += ',';
        line += csvField(fields.at(i));
    }
    return line + "\r\n";
}

} // namespace

LogExporter::LogExporter(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &LogExporter::writeSlice);
}

LogExporter::~LogExporter() = default;

LogExporter::Format LogExporter::formatForPath(const QString &path)
{
    return path.endsWith(QLatin1StringView(".csv"), Qt::CaseInsensitive) ? Format::Csv : Format::JsonLines;
}

bool LogExporter::start(const QAbstractItemModel *view, const QString &path, Format format)
{
    if (isRunning() || !view)
        return false;
    // Find LogModel at the bottom of the proxy chain.
    const QAbstractItemModel *bottom = view;
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(bottom))
        bottom = proxy->sourceModel();
    m_model = qobject_cast<const LogModel *>(bottom);
    if (!m_model)
        return false;
    m_rows.clear();
    const int count = view->rowCount();
    m_rows.reserve(size_t(count));
    for (int row = 0; row < count; ++row) {
        QModelIndex index = view->index(row, 0);
        while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(index.model()))
            index = proxy->mapToSource(index);
        m_rows.push_back(m_model->entry(index.row()));
    }
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString error = m_file->errorString();
        m_file.reset();
        m_rows.clear();
        Q_EMIT finished(false, error);
        return false;
    }
    m_format = format;
    m_next = 0;
    if (format == Format::Csv)
        m_file->write("log_id,date,type,connection,connection_id,action,method,path,status,user_name,user_id,ip,"
                      "duration_ms\r\n");
    Q_EMIT progress(0, total());
    m_timer->start();
    return true;
}

void LogExporter::cancel()
{
    if (isRunning())
        finish(false, QString());
}

void LogExporter::writeSlice()
{
    if (!m_model) {
        finish(false, tr("The log view was closed."));
        return;
    }
    const LogStringPool &pool = m_model->strings();
    const size_t end = qMin(m_rows.size(), m_next + size_t(m_sliceSize));
    QByteArray chunk;
    for (; m_next < end; ++m_next) {
        const LogEntry &entry = m_rows[m_next];
        if (m_format == Format::Csv)
            chunk += csvLine(entry, pool);
        else
            chunk += QJsonDocument(entry.toSummaryJson(pool)).toJson(QJsonDocument::Compact) + '\n';
    }
    if (m_file->write(chunk) != chunk.size()) {
        finish(false, m_file->errorString());
        return;
    }
    Q_EMIT progress(int(m_next), total());
    if (m_next >= m_rows.size()) {
        if (!m_file->commit()) {
            finish(false, m_file->errorString());
            return;
        }
        m_file.reset();
        finish(true, QString());
    }
}

void LogExporter::finish(bool ok, const QString &error)
{
    m_timer->stop();
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset();
    }
    m_rows.clear();
    m_rows.shrink_to_fit();
    Q_EMIT finished(ok, error);
}

} // namespace scim
