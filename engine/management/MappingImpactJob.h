#pragma once

#include "mapping/MappingImpact.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <memory>

namespace scim {

class ResponseStream;
class Store;

// Runs a mapping preview (MappingImpact) over a connection's users in slices between requests, so SCIM traffic
// is served while it runs, and writes the answer to a streamed response: the result as one JSON object, or with
// `progressLines` as JSON Lines, `{"progress": {"done", "total"}}` about four times a second and then
// `{"result": …}`. Users are read in insertion order, by sequence (a keyset walk); a sample reads short runs of
// users from random places of that order. Stops when the client goes away.
class MappingImpactJob : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPage = 500;
    static constexpr int kSampleRun = 10;
    static constexpr int kSliceMs = 20;
    static constexpr int kProgressMs = 250;

    // `sampleSize` 0 (or at least the number of users): every user.
    MappingImpactJob(Store &store, const QString &connectionId, std::unique_ptr<MappingImpact> impact,
                     qsizetype sampleSize, bool progressLines, ResponseStream *stream);

    void start();

private:
    void planSample();
    bool hasUserAfter(qint64 sequence);
    // Reads up to `count` users after `sequence` into the preview; returns how many.
    qsizetype read(qint64 sequence, qsizetype count);
    void slice();
    void finish();
    void write(const QJsonObject &object);

    Store &m_store;
    QString m_connectionId;
    std::unique_ptr<MappingImpact> m_impact;
    QPointer<ResponseStream> m_stream;
    bool m_progressLines = false;
    qsizetype m_total = 0;
    qsizetype m_goal = 0;     // users to examine
    qint64 m_cursor = 0;      // sequence of the last user read
    QList<qint64> m_sampleAt; // a sample's remaining starting points, ascending
    QSet<qint64> m_seen;      // a sample's users read so far
    bool m_wrapped = false;
    bool m_done = false;
    QElapsedTimer m_elapsed;
    qint64 m_lastProgressMs = 0;
};

} // namespace scim
