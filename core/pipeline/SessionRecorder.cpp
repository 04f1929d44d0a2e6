#include "pipeline/SessionRecorder.h"

#include "pipeline/InterviewPipeline.h"
#include "session/SessionStore.h"

#include <QFile>

namespace ip {

SessionRecorder::SessionRecorder(SessionStore *store, InterviewPipeline *pipeline, const Session &session)
    : QObject(pipeline)
    , m_store(store)
    , m_pipeline(pipeline)
    , m_session(session)
{
    connect(pipeline, &InterviewPipeline::resumeLoaded, this, [this] { record(false); });
    connect(pipeline, &InterviewPipeline::stageChanged, this, [this] { record(false); });
    connect(pipeline, &InterviewPipeline::usageUpdated, this, [this] { record(false); });
    connect(pipeline, &InterviewPipeline::skillsExtracted, this, [this] { writeSoon(); });
    connect(pipeline, &InterviewPipeline::skillUpdated, this, &SessionRecorder::onSkillUpdated);
    connect(pipeline, &InterviewPipeline::finished, this, [this](const RunSummary &summary) {
        m_session.meta.outcome = sessionOutcomeFrom(summary.outcome);
        const RunState &state = m_pipeline->state();
        if (summary.outcome == RunSummary::Outcome::Failed && state.resumeSha256.isEmpty() && state.skills.isEmpty()
            && m_store) {
            // The resume could not be read: nothing to keep, nothing to continue.
            (void)m_store->flush();
            if (QFile::exists(m_store->filePath(m_session.meta.id)))
                (void)m_store->remove(m_session.meta.id);
            return;
        }
        record(true);
    });
    if (m_session.meta.outcome == SessionOutcome::Complete)
        m_session.meta.outcome = SessionOutcome::InProgress;
}

void SessionRecorder::onSkillUpdated(int index, const SkillResult &skill)
{
    const SkillResult before = m_session.run.skills.value(index);
    // A result arrived (sources, questions, a failure): write it now. Otherwise coalesce.
    const bool result = skill.questions != before.questions || skill.contextText != before.contextText
        || skill.contextReason != before.contextReason || skill.sources != before.sources
        || ((skill.state == SkillState::Done || skill.state == SkillState::Failed) && skill.state != before.state);
    if (result)
        writeSoon();
    else
        record(false);
}

void SessionRecorder::setAttempts(const QList<PracticeAttempt> &attempts)
{
    m_session.attempts = attempts;
    record(true);
}

void SessionRecorder::writeSoon()
{
    record(false); // the state now, queued in the store meanwhile
    if (m_writeQueued)
        return;
    m_writeQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_writeQueued = false;
            record(true);
        },
        Qt::QueuedConnection);
}

void SessionRecorder::record(bool now)
{
    if (!m_store || !m_pipeline)
        return;
    m_session.run = m_pipeline->state();
    if (m_pipeline->isRunning())
        m_session.meta.outcome = SessionOutcome::InProgress;
    if (!now) {
        m_store->save(m_session);
        return;
    }
    const auto written = m_store->saveNow(m_session);
    if (written.isError() && !m_reportedFailure) {
        m_reportedFailure = true; // once per run: the run goes on
        Q_EMIT saveFailed(written.error());
    }
}

} // namespace ip
