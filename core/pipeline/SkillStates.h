#pragma once

#include "session/DiscoveryResult.h"
#include "session/RunState.h"

#include <QStringList>

namespace ip {

class InterviewPipeline;

// The one place where a skill of the run changes: each function applies one transition to
// RunState::skills and reports it through the pipeline's signals (skillUpdated with the full
// SkillResult, questionAdded for each new question). Indices are into RunState::skills.
class SkillStates
{
public:
    SkillStates(InterviewPipeline *pipeline, RunState *state)
        : m_pipeline(pipeline)
        , m_state(state)
    { }

    // Reports the skill as it is (a continued run shows its saved skills).
    void announce(int index) const;
    // Queued again for a new attempt (regenerate): no questions, no error; with `rediscover` also no
    // context, section, sources or reason.
    void requeue(int index, bool rediscover);
    // Searching (discovery asked) or Generating (questions asked).
    void setState(int index, SkillState state);
    // Discovery's result for the skill; `answered` false: not final (continuing the run asks again).
    void discovered(int index, const DiscoveryResult &result, bool answered);
    // The grounding metadata of a section that was complete before the answer ended.
    void sourcesFound(int index, const QList<Source> &sources);
    // The skill's sources with their grounding redirects resolved (nothing else changes).
    void sourcesResolved(int index, const QList<Source> &sources);
    // Context-free without discovery (grounding off, no provider, provider stopped). Not reported
    // here: the skill's next change (its questions, or a failure) carries it.
    void contextFreeWithoutDiscovery(int index, const QString &reason, bool retryDiscovery);
    // Generation dropped the skill's notes (they did not fit).
    void contextDropped(int index, const QString &reason);
    // One more streamed question.
    void addQuestion(int index, const QString &question);
    // Done with these questions (the ones streamed so far are the start of the list: only the rest
    // is added).
    void complete(int index, const QStringList &questions);
    // Failed with `error`, unless it is already Done.
    void fail(int index, const QString &error);
    // Back to an earlier result (a regeneration that failed or was cancelled).
    void restore(int index, const SkillResult &previous);

    [[nodiscard]] const SkillResult &at(int index) const { return m_state->skills.at(index); }

private:
    SkillResult &skill(int index) { return m_state->skills[index]; }

    InterviewPipeline *m_pipeline;
    RunState *m_state;
};

} // namespace ip
