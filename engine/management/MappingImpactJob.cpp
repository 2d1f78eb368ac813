#include "management/MappingImpactJob.h"

#include "common/ResponseStream.h"
#include "storage/Store.h"
#include "storage/StoreError.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

namespace scim {

namespace {
const QString kUser = QStringLiteral("User");
}

MappingImpactJob::MappingImpactJob(Store &store, const QString &connectionId, std::unique_ptr<MappingImpact> impact,
                                   qsizetype sampleSize, bool progressLines, ResponseStream *stream)
    : QObject(stream)
    , m_store(store)
    , m_connectionId(connectionId)
    , m_impact(std::move(impact))
    , m_stream(stream)
    , m_progressLines(progressLines)
{
    m_total = m_store.countResources(connectionId, kUser);
    m_goal = sampleSize > 0 && sampleSize < m_total ? sampleSize : m_total;
}

bool MappingImpactJob::hasUserAfter(qint64 sequence)
{
    return !m_store.encodedResourcesAfter(m_connectionId, kUser, sequence, 1).isEmpty();
}

void MappingImpactJob::planSample()
{
    // The sequences of the first and the last user bound where runs may start: the first is read, the last is
    // found by doubling then halving a step (a few dozen one-row reads).
    const QList<EncodedResource> first = m_store.encodedResourcesAfter(m_connectionId, kUser, 0, 1);
    if (first.isEmpty())
        return;
    const qint64 low = first.constFirst().sequence;
    qint64 known = low; // a user's sequence
    qint64 step = 1;
    while (hasUserAfter(known + step - 1)) {
        known += step;
        step *= 2;
    }
    qint64 beyond = known + step; // no user at or after it
    while (beyond - known > 1) {
        const qint64 middle = known + (beyond - known) / 2;
        if (hasUserAfter(middle - 1))
            known = middle;
        else
            beyond = middle;
    }
    const qsizetype runs = (m_goal + kSampleRun - 1) / kSampleRun;
    for (qsizetype i = 0; i < runs; ++i)
        m_sampleAt.append(low + qint64(QRandomGenerator::global()->bounded(quint64(known - low + 1))));
    std::sort(m_sampleAt.begin(), m_sampleAt.end());
}

void MappingImpactJob::start()
{
    m_elapsed.start();
    connect(m_stream, &ResponseStream::closed, this, [this] {
        m_done = true; // the client went away: nothing more to compute
        deleteLater();
    });
    QTimer::singleShot(0, this, &MappingImpactJob::slice);
}

void MappingImpactJob::write(const QJsonObject &object)
{
    if (m_stream && m_stream->isOpen())
        m_stream->write(QJsonDocument(object).toJson(QJsonDocument::Compact) + (m_progressLines ? "\n" : ""));
}

qsizetype MappingImpactJob::read(qint64 sequence, qsizetype count)
{
    // Undecoded: the preview decodes only the attributes its maps read.
    const QList<EncodedResource> users = m_store.encodedResourcesAfter(m_connectionId, kUser, sequence, count);
    const bool sampling = m_goal < m_total;
    for (const EncodedResource &user : users) {
        if (m_impact->examined() >= m_goal)
            break;
        if (sampling && m_seen.contains(user.sequence))
            continue; // read by an earlier run, before the walk wrapped around
        if (sampling)
            m_seen.insert(user.sequence);
        m_impact->add(user);
    }
    if (!users.isEmpty())
        m_cursor = users.constLast().sequence;
    return users.size();
}

void MappingImpactJob::slice()
{
    if (m_done || !m_stream || !m_stream->isOpen())
        return;
    QElapsedTimer slice;
    slice.start();
    bool exhausted = false;
    try {
        if (m_goal < m_total && m_sampleAt.isEmpty() && m_impact->examined() == 0)
            planSample();
        while (m_impact->examined() < m_goal && slice.elapsed() < kSliceMs) {
            const qsizetype left = m_goal - m_impact->examined();
            qsizetype got = 0;
            if (!m_sampleAt.isEmpty()) {
                // A run starts at its random place, or right after the previous run when they overlap.
                const qint64 at = qMax(m_sampleAt.takeFirst() - 1, m_cursor);
                got = read(at, qMin<qsizetype>(kSampleRun, left));
                if (got == 0 && !m_sampleAt.isEmpty())
                    continue;
            } else {
                got = read(m_cursor, qMin<qsizetype>(kPage, left));
            }
            if (got == 0 && m_goal < m_total && !m_wrapped) {
                // Runs that started near the end came up short: the rest of the sample comes from the start.
                m_wrapped = true;
                m_cursor = 0;
                continue;
            }
            if (got == 0) {
                exhausted = true; // fewer users than counted: some were deleted meanwhile
                break;
            }
        }
    } catch (const StoreError &error) {
        qWarning("mapping preview: storage failure: %s", qUtf8Printable(error.message()));
        m_stream->close(); // the client sees an incomplete answer rather than a wrong one
        return;
    }
    if (exhausted || m_impact->examined() >= m_goal) {
        finish();
        return;
    }
    if (m_progressLines && m_elapsed.elapsed() - m_lastProgressMs >= kProgressMs) {
        m_lastProgressMs = m_elapsed.elapsed();
        write({{QStringLiteral("progress"), QJsonObject{{QStringLiteral("done"), qint64(m_impact->examined())},
                                                        {QStringLiteral("total"), qint64(m_goal)}}}});
    }
    QTimer::singleShot(0, this, &MappingImpactJob::slice); // requests that arrived meanwhile go first
}

void MappingImpactJob::finish()
{
    QJsonObject result = m_impact->toJson();
    result.insert(QStringLiteral("connection_id"), m_connectionId);
    result.insert(QStringLiteral("total_users"), qint64(m_total));
    result.insert(QStringLiteral("sampled"), m_goal < m_total);
    result.insert(QStringLiteral("duration_ms"), m_elapsed.elapsed());
    write(m_progressLines ? QJsonObject{{QStringLiteral("result"), result}} : result);
    m_done = true;
    m_stream->close();
}

} // namespace scim
