#include "pipeline/SkillStates.h"

#include "pipeline/InterviewPipeline.h"

namespace ip {

void SkillStates::announce(int index) const
{
    if (index >= 0 && index < m_state->skills.size())
        Q_EMIT m_pipeline->skillUpdated(index, m_state->skills.at(index));
}

void SkillStates::requeue(int index, bool rediscover)
{
    SkillResult &s = skill(index);
    s.questions.clear();
    s.error.clear();
    s.state = SkillState::Queued;
    if (rediscover) {
        s.context = ContextKind::ContextFree;
        s.contextText.clear();
        s.sources.clear();
        s.contextReason.clear();
    }
    announce(index);
}

void SkillStates::setState(int index, SkillState state)
{
    skill(index).state = state;
    announce(index);
}

void SkillStates::discovered(int index, const DiscoveryResult &result, bool answered)
{
    SkillResult &s = skill(index);
    applyDiscovery(s, result);
    s.retryDiscovery = !answered;
    announce(index);
}

void SkillStates::sourcesFound(int index, const QList<Source> &sources)
{
    SkillResult &s = skill(index);
    s.sources = sources;
    // The streamed section is an answer now that the grounding metadata has arrived.
    s.retryDiscovery = false;
    announce(index);
}

void SkillStates::sourcesResolved(int index, const QList<Source> &sources)
{
    SkillResult &s = skill(index);
    if (s.sources == sources)
        return;
    s.sources = sources;
    announce(index);
}

void SkillStates::contextFreeWithoutDiscovery(int index, const QString &reason, bool retryDiscovery)
{
    SkillResult &s = skill(index);
    s.context = ContextKind::ContextFree;
    s.contextReason = reason;
    s.contextText.clear();
    s.sources.clear();
    s.retryDiscovery = retryDiscovery;
}

void SkillStates::contextDropped(int index, const QString &reason)
{
    SkillResult &s = skill(index);
    s.context = ContextKind::ContextFree;
    s.contextReason = reason;
    announce(index);
}

void SkillStates::addQuestion(int index, const QString &question)
{
    SkillResult &s = skill(index);
    s.questions.append(question);
    Q_EMIT m_pipeline->questionAdded(index, int(s.questions.size()) - 1, question);
}

void SkillStates::complete(int index, const QStringList &questions)
{
    SkillResult &s = skill(index);
    const bool streamed = !s.questions.isEmpty() && questions.mid(0, s.questions.size()) == s.questions;
    const QStringList rest = streamed ? questions.mid(s.questions.size()) : questions;
    if (!streamed)
        s.questions.clear();
    s.error.clear();
    for (const QString &question : rest)
        addQuestion(index, question);
    skill(index).state = SkillState::Done;
    announce(index);
}

void SkillStates::fail(int index, const QString &error)
{
    SkillResult &s = skill(index);
    if (s.state == SkillState::Done)
        return;
    s.state = SkillState::Failed;
    s.error = error;
    announce(index);
}

void SkillStates::restore(int index, const SkillResult &previous)
{
    skill(index) = previous;
    announce(index);
}

} // namespace ip
