#pragma once

#include "pipeline/TextSimilarity.h"
#include "session/DiscoveryResult.h"
#include "session/RunState.h"

#include <QHash>
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
    // One more streamed question, unless it repeats one the run already has (nearDuplicateQuestions:
    // an earlier question of this skill or any question of another skill); a repeat is left out.
    void addQuestion(int index, const Question &question);
    // Done with these questions, repeats left out as above (the ones streamed so far are the start of
    // the list: only the rest is added), and the skill's claims to defend.
    // `base`: the skill's first `base` questions were there before this answer was asked for (more
    // questions, InterviewPipeline::askMore): they stay, the answer's are added after them (repeats
    // of them left out too), and the skill's claims stay unless it had none.
    void complete(int index, const SkillQuestions &answer, qsizetype base = 0);
    // Questions left out as repeats since the count was last reset (a run's start).
    [[nodiscard]] int repeatsLeftOut() const { return m_repeats; }
    void resetRepeats()
    {
        m_repeats = 0;
        m_words.clear();
    }
    // Failed with `error`, unless it is already Done.
    void fail(int index, const QString &error);
    // Back to an earlier result (a regeneration that failed or was cancelled).
    void restore(int index, const SkillResult &previous);

    [[nodiscard]] const SkillResult &at(int index) const { return m_state->skills.at(index); }

private:
    SkillResult &skill(int index) { return m_state->skills[index]; }
    // Whether `question` repeats another skill's question or one of `own` (this skill's so far).
    [[nodiscard]] bool repeats(int index, const QString &question, const QList<Question> &own) const;

    InterviewPipeline *m_pipeline;
    RunState *m_state;
    int m_repeats = 0;
    // The words of every question compared so far (each is worked out once).
    mutable QHash<QString, QuestionWords> m_words;
    [[nodiscard]] const QuestionWords &wordsOf(const QString &question) const;
};

} // namespace ip
