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

const QuestionWords &SkillStates::wordsOf(const QString &question) const
{
    auto it = m_words.find(question);
    if (it == m_words.end())
        it = m_words.insert(question, questionWords(question));
    return *it;
}

bool SkillStates::repeats(int index, const QString &question, const QList<Question> &own) const
{
    const QuestionWords words = wordsOf(question);
    const auto same = [&](const QString &q) {
        return nearDuplicateQuestions(wordsOf(q), words, q, question);
    };
    for (const Question &q : own)
        if (same(q.text))
            return true;
    for (qsizetype i = 0; i < m_state->skills.size(); ++i) {
        if (i == index)
            continue;
        for (const Question &q : m_state->skills.at(i).questions)
            if (same(q.text))
                return true;
    }
    return false;
}

void SkillStates::addQuestion(int index, const Question &question)
{
    SkillResult &s = skill(index);
    if (repeats(index, question.text, s.questions))
        return; // counted when the skill completes
    s.questions.append(question);
    Q_EMIT m_pipeline->questionAdded(index, int(s.questions.size()) - 1, question);
}

void SkillStates::complete(int index, const SkillQuestions &answer, qsizetype base)
{
    SkillResult &s = skill(index);
    base = qBound<qsizetype>(0, base, s.questions.size());
    const QList<Question> before = s.questions.mid(0, base);
    const QList<Question> streamed = s.questions.mid(base);
    // The ones streamed so far stay (they were checked as they came); the others are checked as
    // addQuestion checks them (against the ones before too).
    QList<Question> kept = before;
    qsizetype next = 0;
    for (const Question &q : answer.questions) {
        if (next < streamed.size() && q == streamed.at(next)) {
            kept.append(q);
            ++next;
        } else if (repeats(index, q.text, kept)) {
            ++m_repeats;
        } else {
            kept.append(q);
        }
    }
    const QList<Question> fresh = kept.mid(before.size());
    const bool inOrder = !streamed.isEmpty() && fresh.mid(0, streamed.size()) == streamed;
    const QList<Question> rest = inOrder ? fresh.mid(streamed.size()) : fresh;
    if (!inOrder)
        s.questions = before;
    s.error.clear();
    if (base == 0 || s.claims.isEmpty())
        s.claims = answer.claims;
    for (const Question &question : rest)
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
