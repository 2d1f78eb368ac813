#pragma once

#include "models/logs/LogEntry.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <vector>

class QSaveFile;
class QTimer;
class QAbstractItemModel;

namespace scim {

class LogModel;

// Writes the rows of a (filtered) view of LogModel to a file, in JSON Lines (one summary object per line) or CSV
// (RFC 4180, UTF-8, header row), in slices on the event loop so that progress shows and cancel() is honoured.
// The rows are taken when start() is called; events arriving later are not exported. The file is written with
// QSaveFile: a cancelled or failed export leaves no partial file behind.
class LogExporter : public QObject
{
    Q_OBJECT

public:
    enum class Format
    {
        JsonLines,
        Csv
    };
    Q_ENUM(Format)

    explicit LogExporter(QObject *parent = nullptr);
    ~LogExporter() override;

    static Format formatForPath(const QString &path); // .csv → Csv, anything else JSON Lines
    // `view` is LogModel itself or a proxy chain over it (rows are mapped to LogModel rows).
    bool start(const QAbstractItemModel *view, const QString &path, Format format);
    void cancel();
    bool isRunning() const { return m_file != nullptr; }
    int total() const { return int(m_rows.size()); }
    void setSliceSize(int rows) { m_sliceSize = qMax(1, rows); }

Q_SIGNALS:
    void progress(int written, int total);
    // ok: every row was written and the file committed. Otherwise `error` says why (empty when cancelled).
    void finished(bool ok, const QString &error);

private:
    void writeSlice();
    void finish(bool ok, const QString &error);

    QPointer<const LogModel> m_model;
    std::vector<LogEntry> m_rows;
    std::unique_ptr<QSaveFile> m_file;
    Format m_format = Format::JsonLines;
    size_t m_next = 0;
    int m_sliceSize = 5000;
    QTimer *m_timer;
};

} // namespace scim
