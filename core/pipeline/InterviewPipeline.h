#pragma once

#include "pipeline/GenerationJob.h"
#include "pipeline/RunEstimate.h"
#include "pipeline/RunWait.h"
#include "privacy/Redaction.h"
#include "privacy/SentLog.h"
#include "session/RunState.h"
#include "settings/Settings.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <memory>

namespace ip {

class ChatProvider;
class ResultCache;
class SourceResolver;
struct Session;
struct ResumeText;
struct ResumeError;

// The orchestrator: read → extract skills → batch → discover sources (grounded) →
// generate questions, each batch flowing on its own, streamed, cancellable.
// Owns no provider: the providers (and so their rate limiters) are shared and long-lived.
//
// Flow and limits. Skills are batched by Settings::batchSize. Each batch asks the discovery
// provider (Google Search grounding) for one "## <Skill>" section per skill — at most
// Settings::discoveryConcurrency discovery calls at once — and as soon as a batch's sources are in,
// its questions are generated — at most Settings::maxConcurrentBatches batches generating at once,
// one request at a time per batch. Discovery never fails a run: a skill without a section (after one
// simpler retry), a failed call, grounding switched off or no discovery provider make that skill
// context-free (SkillResult::contextReason says why) and it gets conceptual questions instead.
// Generation requests never exceed the token limit (Settings::safeTokenLimit, the provider's
// tokensPerMinuteLimit()): batches are split down to one skill, then notes are trimmed.
//
// Events (all from the thread the pipeline lives in; start()/startWithText() emit nothing before
// returning, except the finished(Cancelled) of a run they replace; cancel() emits finished and
// regenerateSkill() the skill's reset synchronously):
//   stageChanged      ReadingResume (start() only) → ExtractingSkills → FindingSources (grounding
//                     on) → WritingQuestions → Finished. Monotonic within a run.
//   resumeLoaded      once the text is read (pageCount 0 for text input).
//   skillsToReview    (setReviewSkills) the extracted skills, before any of them is worked on: the
//                     run waits for confirmSkills() with the person's list (or cancel()).
//   skillsExtracted   the normalised, de-duplicated skill names (≤ Settings::skillCount; after a
//                     review, the reviewed list); the indices used by every later signal are
//                     indices into this list.
//   skillUpdated      every change of one skill: state (Queued → Searching → Generating → Done |
//                     Failed), context/sources after discovery (and again once the sources'
//                     redirects are resolved, see setSourceResolver), error. The value is the full
//                     current SkillResult (the same as state().skills[index]).
//   questionAdded     each question as it becomes available (questionIndex counts from 0 per
//                     skill; a regenerated skill starts again from 0 after a skillUpdated with no
//                     questions).
//   activity          one line for people: "Batch 2/3: searching the web for …", "Batch 2/3: done"
//                     (waits are not activity lines: they end, see waitsChanged).
//   rateLimitWait     a call of this run waits (rate limit or retry back-off) `ms` on `provider`.
//   waitsChanged      every wait of the run's calls now (empty when nothing waits): after a wait
//                     starts, its estimate changes, it ends (the call goes out) or its call ends.
//   estimated         once the resume's text is known, before the first call: what the whole run
//                     will take (requests, tokens per stage, expected time under the limits); also
//                     an activity line "Estimate: …".
//   estimateChanged   the work left as skills move on and waits start or end: expected time left
//                     (at least the longest wait) and what bounds it; empty once nothing is left.
//   usageUpdated      the run's token usage so far (RunState::usage, and per stage
//                     RunState::stageUsage).
//   requestSent       each request as it goes out (after redaction): provider, model, step, text.
//   approvalNeeded    (setSendPreview) the first request to a provider waits for the person.
//   finished          exactly once per start()/startWithText() (and again after each
//                     regenerateSkill() run): Complete (every skill has questions), Partial,
//                     Failed (nothing produced; RunState::error says why) or Cancelled, with a
//                     one-line message that names the skills without questions.
//
// Failure rules: QuotaExhausted / Unauthorized from the questions provider stop all new calls (in
// every batch); what is done is kept; the skills left are Failed with "Not generated: <why>" and
// RunState::error names the provider. Any other generation failure fails only that request's skills.
class InterviewPipeline : public QObject
{
    Q_OBJECT
public:
    // `questions` serves skill extraction and question generation (Groq / OpenAI-compatible);
    // `discovery` (Gemini) may be null, which makes every skill context-free.
    InterviewPipeline(ChatProvider *questions, ChatProvider *discovery, const Settings &settings,
                      QObject *parent = nullptr);
    ~InterviewPipeline() override;

    // Reads the resume file (off the calling thread), then runs every stage. A run in progress is
    // cancelled first (its finished(Cancelled) is emitted).
    void start(const QString &resumePath, const QString &password = {});
    // Runs from already extracted text (tests, sessions, plain-text input); asynchronous like start().
    void startWithText(const QString &resumeText, const QString &sourceFile);
    // Aborts in-flight requests promptly; results so far are kept; skills not done become Failed
    // ("Cancelled"); emits finished(Cancelled) before returning. No-op when not running.
    void cancel();
    // Re-runs discovery (if grounded) and generation for one skill only; allowed for a skill that
    // is Done or Failed (also after the run finished, and after a quota stop: the providers are
    // tried again). Emits skillUpdated/questionAdded for that skill, then finished with the
    // summary of the whole run. If the new attempt fails or is cancelled, the skill's earlier
    // questions (if it had any) are restored. Ignored for an index out of range or a skill still in
    // progress.
    void regenerateSkill(int index);

    // New questions for a skill that is Done with questions (issue 15): FollowUp::More asks for
    // more of the same depth, FollowUp::Harder for harder ones (edge cases, failure modes,
    // trade-offs). They repeat none of the skill's questions nor `alsoAvoid` (the skill's questions
    // in earlier runs of the same resume): the prompt lists them, and near-duplicates that come back
    // anyway are left out. No discovery and no cache: the skill's notes are used again. The new
    // questions are added after the skill's (questionAdded from the next index); then finished with
    // the summary of the whole run. A failure or cancel keeps the skill as it was. Ignored for an
    // index out of range, FollowUp::None, or a skill that is not Done with questions.
    void askMore(int index, ip::FollowUp kind, const QStringList &alsoAvoid = {});

    // Results already paid for (not owned; null = no cache). Before each provider call (skill
    // extraction, discovery of each skill, questions of each skill) the cache is asked: a hit is
    // used without a request; every accepted result is stored. regenerateSkill() never reads it
    // (it asks for new questions) but stores what it gets. Set before start().
    void setResultCache(ResultCache *cache);
    [[nodiscard]] ResultCache *resultCache() const;

    // Resolves Gemini's grounding redirects to the pages they lead to (not owned; null = sources keep
    // the addresses Gemini gave). Each skill's sources are resolved once when they arrive (from the
    // discovery answer, from the cache when it still holds a redirect, or from a continued session):
    // question generation does not wait for it; the skill's sources are updated (skillUpdated, the
    // cache's discovery answer, the autosave) when resolution ends, and the run's finished waits for
    // resolutions still in flight (bounded by the resolver's timeout). Cancel keeps what is resolved
    // and the originals of the rest.
    void setSourceResolver(SourceResolver *resolver);

    // Continues a saved run (stopped by cancel, quota, network failure or a crash): the session's
    // settings shape the run (RunSettings::appliedTo), its done work is kept and shown (signals as
    // for a new run: resumeLoaded, skillsExtracted, a skillUpdated per skill), and only what
    // planContinuation() finds missing is requested. A session without skills reads its resume
    // again from meta.resumePath and fails if the text is not the one the session was made from.
    // Asynchronous like start(); finished() summarises the whole run.
    void continueSession(const Session &session);

    // "Show what will be sent first": before the first request of a run to each provider the run
    // emits approvalNeeded with that request's exact text and holds every request to that provider
    // until approveSending(provider); refusing is cancel(). Off by default (the command line never
    // sets it). Set before start().
    void setSendPreview(bool on);
    // Skills chosen by the person (--skills): the run asks no model to extract them; they are cleaned
    // and de-duplicated like extracted ones (SkillNormaliser), at most the skill count's maximum
    // (30). Empty: extraction as usual. Set before start().
    void setGivenSkills(const QStringList &skills);
    void approveSending(const QString &provider);
    // The job description the run targets (text; empty = none). Skill extraction then ranks the
    // candidate's skills by what the job asks for and names the job's skills the resume does not show
    // (RunState::jobGaps, jobGapsChanged); each such gap gets questions on the adjacent knowledge the
    // candidate has and a line of advice. The text is untrusted (fenced in prompts) and saved with the
    // run (RunState::jobText). Set before start().
    void setJobDescription(const QString &text);
    // "Review the skills before questions": once the skills are extracted (or read from the cache)
    // the run emits skillsToReview and waits; confirmSkills() goes on with the person's list (cleaned
    // and de-duplicated like extracted skills, their order kept, at most 30). Skills given with
    // setGivenSkills are not reviewed again. Off by default. Set before start().
    void setReviewSkills(bool on);
    // Goes on with `skills` after skillsToReview. False (and nothing changes) when the run is not
    // waiting for a review or no entry of `skills` is a skill name.
    bool confirmSkills(const QStringList &skills);
    [[nodiscard]] bool isAwaitingSkillReview() const;
    // Every request of the run (and of its regenerations) as the providers received it, in order;
    // cleared when a run starts.
    [[nodiscard]] const QList<SentRequest> &sentLog() const;

    [[nodiscard]] bool isRunning() const;
    // The run so far (kept after finished, until the next start): what reports and sessions save.
    [[nodiscard]] const RunState &state() const;
    // The run's personal data kept out of what is sent (Settings::redactPersonalData); null when none
    // was found or redaction is off (or before the resume is read).
    [[nodiscard]] std::shared_ptr<const Redaction> redaction() const;

Q_SIGNALS:
    void stageChanged(ip::Stage stage);
    void resumeLoaded(const QString &sourceFile, int pageCount);
    // With setReviewSkills(true): the skills found, waiting for confirmSkills().
    void skillsToReview(const QStringList &skills);
    void skillsExtracted(const QStringList &skills);
    void skillUpdated(int index, const ip::SkillResult &skill); // any change of one skill
    // The job's skills the resume does not show (RunState::jobGaps): once they are known (no questions
    // yet), and again when their questions and advice are written (or failed).
    void jobGapsChanged(const QList<ip::JobGap> &gaps);
    void questionAdded(int skillIndex, int questionIndex, const ip::Question &question);
    void activity(const QString &line); // "Batch 2/3: searching the web"
    void rateLimitWait(const QString &provider, qint64 ms);
    void waitsChanged(const QList<ip::RunWait> &waits);
    void estimated(const ip::RunEstimate &estimate);
    void estimateChanged(const ip::RunEstimate &left);
    void usageUpdated(const ip::TokenUsage &usage);
    void finished(const ip::RunSummary &summary);
    // A request goes out now, exactly as sent (also appended to sentLog()).
    void requestSent(const ip::SentRequest &request);
    // With setSendPreview(true): the first request to `request.provider` waits for approveSending.
    void approvalNeeded(const ip::SentRequest &request);

private:
    class Private;
    Private *d;
};

} // namespace ip
