#pragma once

#include "pipeline/GenerationJob.h"
#include "pipeline/PipelineStage.h"
#include "pipeline/QuestionStream.h"

#include <QList>
#include <QSet>
#include <QStringList>

#include <memory>

namespace ip {

// Stage::WritingQuestions for one batch: grounded skills are asked together with their research
// notes, context-free skills with the conceptual prompt, one request at a time. A request that
// would not fit the token limit (Settings::safeTokenLimit, the provider's tokens-per-minute budget)
// is split in halves down to one skill, then the skill's notes are trimmed; the same happens when
// the provider answers ContextTooLong / RequestTooLarge. Answered skills that were not asked are
// ignored; asked skills the answer left out are asked once more.
//
// On a token-limited model (a free tier) a request that would wait long for the rate window (a sixth
// of it or more: ~10 s of a minute) while its first skills fit the window now sends those skills now
// and keeps the rest for the stage's next request: the window's room is used instead of idling until
// the whole request fits (ChatProvider::tokenWindowWait).
//
// The answer is streamed when the provider streams: each question is published (questionReady) as
// soon as its string is complete in the streamed JSON, and skillQuestions then carries the skill's
// final list, starting with the questions already published (the whole answer, parsed and validated
// once it has arrived, adds the ones the stream did not show; nothing is published twice, also
// across a retry). A call that fails after some questions arrived keeps them: skillFailed reports
// the failure, the published questions stay. Providers that do not stream work as before.
class GenerationStage : public PipelineStage
{
    Q_OBJECT
public:
    // `moreToCome`: skills may be added later (addItems) while their discovery streams; the stage
    // finishes only after closeInput().
    GenerationStage(ChatProvider *provider, const Settings &settings, const QList<GenerationItem> &items,
                    QObject *parent = nullptr, bool moreToCome = false);
    void start() override;

    // More skills for this stage (a discovery section just completed). Skills added while a call is
    // in flight go together in the next request (as far as the token limit allows).
    void addItems(const QList<GenerationItem> &items);
    // No more skills will be added: the stage finishes once everything queued is answered.
    void closeInput();
    // Token-limited providers (a free tier): every request repeats the prompt's instructions and
    // spends the model's hidden reasoning, so skills added later are held until closeInput() and
    // asked together instead of one request each. `firstAtOnce`: what is queued when the stage
    // starts goes at once (the run's first questions are not held back). Set before start().
    void holdForMore(bool firstAtOnce);

    // Every request of this stage asks for more questions on its skill (InterviewPipeline::askMore),
    // repeating none of `avoid`. Set before start().
    void setFollowUp(FollowUp kind, const QStringList &avoid);

    // The resume's text the evidence and claims of answers are checked against (none: no quote is kept).
    void setResumeQuotes(std::shared_ptr<const ResumeQuotes> quotes);

    // The effective per-request token limit for this provider and settings.
    [[nodiscard]] qint64 tokenLimit() const;

Q_SIGNALS:
    // One more question for the skill, while the answer streams (the n-th question of the skill).
    void questionReady(int skillIndex, const ip::Question &question);
    // The skill's final questions (the ones published by questionReady come first, in order) and claims.
    void skillQuestions(int skillIndex, const ip::SkillQuestions &questions);
    void skillFailed(int skillIndex, const QString &error);
    void contextDropped(int skillIndex, const QString &reason);
    // The provider cannot go on (quota, key): nothing more is sent; skillsLeft got no questions.
    void providerStopped(const ip::ProviderError &error, const QList<int> &skillsLeft);
    void finished();

private:
    void next();
    void handleAnswer(const GenerationJob &job, const ChatResponse &response, QuestionStreamRouter *router);
    void handleError(const GenerationJob &job, const ProviderError &error, QuestionStreamRouter *router);
    void publish(const GenerationJob &job, const QList<QuestionStreamRouter::Published> &questions);
    // A retry of `job`'s call after a cut answer asks only for the skills not yet answered in full.
    void narrowRetry(const GenerationJob &job, const QuestionStreamRouter &router, qsizetype &answered);
    void failItems(const QList<GenerationItem> &items, const QString &error);
    // The provider cannot take more work: `left` plus every queued skill are handed back, the stage ends.
    void stopProvider(const ProviderError &error, QList<int> left);
    [[nodiscard]] qint64 cost(const GenerationJob &job) const;
    // On a token-limited model, when `job` would wait long for the window: how many of its first
    // skills fit the window now (0: send it whole).
    [[nodiscard]] qsizetype skillsThatFitNow(const GenerationJob &job) const;
    [[nodiscard]] AnswerReader readerFor(const GenerationJob &job) const;

    QList<GenerationJob> m_queue;
    QSet<int> m_dropped;
    bool m_scheduled = false;
    bool m_started = false;
    bool m_inputClosed = true;
    bool m_finished = false;
    bool m_hold = false; // holdForMore()
    bool m_firstAtOnce = false;
    int m_sent = 0; // requests sent
    std::shared_ptr<const ResumeQuotes> m_quotes;
};

} // namespace ip
