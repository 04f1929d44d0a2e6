#pragma once

// Runs resumes through the real InterviewPipeline with shared, long-lived providers (so shared
// rate limiters), and records when each run started, showed its first question and finished.
//
// Sequential: the next resume starts when the previous one has finished.
// Overlapped: the next resume starts as soon as the newest one has sent every discovery request
// to the providers (its calls are queued at the rate limiter), with at most `maxInFlight` runs at
// once, so the bottleneck provider's queue never runs dry between resumes.

#include "providers/ChatProvider.h"
#include "session/RunState.h"
#include "settings/Settings.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace ip {
class ChatProvider;
class InterviewPipeline;
} // namespace ip

namespace ip::bench {

struct ResumeRun
{
    QString path;
    double startMs = -1; // bench clock
    double loadedMs = -1; // the resume's text was read
    double firstQuestionMs = -1;
    double endMs = -1;
    RunSummary summary;
    int skills = 0;
    int questions = 0;
    int rateLimitWaits = 0;
};

class ResumeQueue : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Sequential, Overlapped };

    ResumeQueue(ChatProvider *questions, ChatProvider *discovery, const Settings &settings, const QStringList &paths,
                Mode mode, int maxInFlight = 2, QObject *parent = nullptr);
    ~ResumeQueue() override;

    void start();
    [[nodiscard]] const QList<ResumeRun> &runs() const { return m_runs; }

Q_SIGNALS:
    void finished();

private:
    void launchNext();
    void maybeLaunchMore();
    [[nodiscard]] bool discoveryAllIssued(const InterviewPipeline *pipeline) const;
    [[nodiscard]] int inFlight() const;

    QPointer<ChatProvider> m_questions;
    QPointer<ChatProvider> m_discovery;
    Settings m_settings;
    QStringList m_paths;
    Mode m_mode;
    int m_maxInFlight;
    QList<ResumeRun> m_runs;
    QList<InterviewPipeline *> m_pipelines; // parallel to m_runs; null once finished
    int m_next = 0;
    int m_done = 0;
};

} // namespace ip::bench
