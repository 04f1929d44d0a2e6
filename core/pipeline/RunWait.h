#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QtGlobal>

namespace ip {

// A call of a run that is waiting before it may go: for a provider's rate limit (its own window or
// the server's hint) or a backoff before a retry. InterviewPipeline::waitsChanged publishes the
// whole list each time one wait starts, changes its estimate or ends, so a view shows what is
// being waited for now and nothing that has ended.
struct RunWait
{
    QString provider; // "Groq", "Gemini"
    QString reason; // "Groq rate limit", "Groq is busy or unreachable, retrying"
    qint64 ms = 0; // the estimate when this list was published
    bool rateLimit = true; // false: a backoff before a retry

    friend bool operator==(const RunWait &, const RunWait &) = default;
};

// The wait of `waits` that lasts longest (null when none).
[[nodiscard]] const RunWait *longestWait(const QList<RunWait> &waits);

// "Waiting about 12 s for the Gemini rate limit", "Waiting about 3 s: Groq is busy …" (`msLeft` of it).
[[nodiscard]] QString describeWait(const RunWait &wait, qint64 msLeft);

} // namespace ip

Q_DECLARE_METATYPE(ip::RunWait)
Q_DECLARE_METATYPE(QList<ip::RunWait>)
