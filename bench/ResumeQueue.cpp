#include "ResumeQueue.h"

#include "BenchClock.h"
#include "pipeline/InterviewPipeline.h"
#include "providers/ChatProvider.h"

#include <QTimer>

namespace ip::bench {

ResumeQueue::ResumeQueue(ChatProvider *questions, ChatProvider *discovery, const Settings &settings,
                         const QStringList &paths, Mode mode, int maxInFlight, QObject *parent)
    : QObject(parent)
    , m_questions(questions)
    , m_discovery(discovery)
    , m_settings(settings)
    , m_paths(paths)
    , m_mode(mode)
    , m_maxInFlight(std::max(1, maxInFlight))
{ }

ResumeQueue::~ResumeQueue()
{
    for (InterviewPipeline *p : std::as_const(m_pipelines))
        delete p;
}

void ResumeQueue::start()
{
    if (m_paths.isEmpty()) {
        QTimer::singleShot(0, this, &ResumeQueue::finished);
        return;
    }
    launchNext();
}

int ResumeQueue::inFlight() const
{
    int n = 0;
    for (const InterviewPipeline *p : m_pipelines)
        n += p ? 1 : 0;
    return n;
}

bool ResumeQueue::discoveryAllIssued(const InterviewPipeline *pipeline) const
{
    const RunState &s = pipeline->state();
    if (s.skills.isEmpty())
        return false;
    for (const SkillResult &skill : s.skills)
        if (skill.state == SkillState::Queued)
            return false;
    return true;
}

void ResumeQueue::maybeLaunchMore()
{
    if (m_next >= m_paths.size() || inFlight() >= m_maxInFlight)
        return;
    if (m_mode == Mode::Sequential) {
        if (inFlight() == 0)
            launchNext();
        return;
    }
    // Overlapped: only once the newest run has queued all its discovery calls.
    const InterviewPipeline *newest = m_pipelines.isEmpty() ? nullptr : m_pipelines.last();
    if (!newest || discoveryAllIssued(newest))
        launchNext();
}

void ResumeQueue::launchNext()
{
    const int index = m_next++;
    ResumeRun run;
    run.path = m_paths.at(index);
    m_runs.append(run);
    auto *pipeline = new InterviewPipeline(m_questions, m_discovery, m_settings);
    m_pipelines.append(pipeline);

    connect(pipeline, &InterviewPipeline::resumeLoaded, this,
            [this, index](const QString &, int) { m_runs[index].loadedMs = benchNowMs(); });
    connect(pipeline, &InterviewPipeline::skillsExtracted, this,
            [this, index](const QStringList &skills) { m_runs[index].skills = int(skills.size()); });
    connect(pipeline, &InterviewPipeline::questionAdded, this, [this, index](int, int, const Question &) {
        ResumeRun &r = m_runs[index];
        if (r.firstQuestionMs < 0)
            r.firstQuestionMs = benchNowMs();
        ++r.questions;
    });
    connect(pipeline, &InterviewPipeline::rateLimitWait, this,
            [this, index](const QString &, qint64) { ++m_runs[index].rateLimitWaits; });
    // Skill state changes and stage changes are where "all discovery issued" can become true.
    connect(
        pipeline, &InterviewPipeline::skillUpdated, this, [this] { maybeLaunchMore(); }, Qt::QueuedConnection);
    connect(
        pipeline, &InterviewPipeline::stageChanged, this, [this] { maybeLaunchMore(); }, Qt::QueuedConnection);
    connect(pipeline, &InterviewPipeline::finished, this, [this, index](const RunSummary &summary) {
        ResumeRun &r = m_runs[index];
        r.endMs = benchNowMs();
        r.summary = summary;
        if (InterviewPipeline *p = m_pipelines[index]) {
            m_pipelines[index] = nullptr;
            p->deleteLater();
        }
        ++m_done;
        if (m_done == m_paths.size()) {
            Q_EMIT finished();
            return;
        }
        maybeLaunchMore();
    });

    m_runs[index].startMs = benchNowMs();
    pipeline->start(run.path);
    maybeLaunchMore();
}

} // namespace ip::bench
