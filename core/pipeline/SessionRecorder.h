#pragma once

#include "session/Session.h"

#include <QObject>
#include <QPointer>

namespace ip {

class InterviewPipeline;
class SessionStore;

// Autosave of one run: keeps `session` in step with the pipeline's state and writes it to the
// store at every state change. Results (skills found, a skill's sources, questions or failure)
// are written as soon as the answer that brought them has been handled (one write per turn of
// the event loop, however many skills one answer completed), and the end of the run at once, so
// killing the process loses at most the response in flight; the other changes (a skill
// starting, usage) are coalesced by the store (writeInterval).
// Every write is atomic (SessionStore). Lives as long as the pipeline (regenerating a skill
// after the run updates the same session). A run that failed before reading any resume text
// leaves no session behind: nothing was done or paid for.
class SessionRecorder : public QObject
{
    Q_OBJECT
public:
    // `session`: newSession(...) for a new run, or the loaded session being continued.
    // Neither the store nor the pipeline is owned; the recorder is a child of `pipeline`.
    SessionRecorder(SessionStore *store, InterviewPipeline *pipeline, const Session &session);

    [[nodiscard]] const Session &session() const { return m_session; }
    // Practice (issue 16): the run's attempts changed; stored into the session and written at once.
    // The recorder's own writes keep them.
    void setAttempts(const QList<PracticeAttempt> &attempts);

Q_SIGNALS:
    void saveFailed(const QString &message);

private:
    void record(bool now);
    void writeSoon(); // once, after the current turn of the event loop
    void onSkillUpdated(int index, const ip::SkillResult &skill);

    QPointer<SessionStore> m_store;
    QPointer<InterviewPipeline> m_pipeline;
    Session m_session;
    bool m_reportedFailure = false;
    bool m_writeQueued = false;
};

} // namespace ip
