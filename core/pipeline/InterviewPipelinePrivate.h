#pragma once

// Internals of InterviewPipeline (not part of its API): the run's state and the scheduling of
// batches through the stages. InterviewPipeline.cpp holds the run's start and end,
// PipelineScheduling.cpp the batch flow.

#include "pipeline/DiscoveryStage.h"
#include "pipeline/GenerationStage.h"
#include "pipeline/InterviewPipeline.h"
#include "pipeline/SkillExtractionStage.h"
#include "resume/ResumeLoader.h"
#include "session/CacheKey.h"

#include <QCoreApplication>
#include <QPointer>

#include <optional>

namespace ip {

// One batch's journey: discovery (optional) then generation; each batch flows on its own. A skill
// goes to generation as soon as its discovery section is complete (a streamed discovery answer), so
// a batch may be generating while it is still discovering; it is Done when both have ended.
struct BatchRun
{
    enum class Phase { Pending, Discovering, ReadyToGenerate, Generating, Done };
    int number = 0; // 1-based, for activity lines
    QList<int> skills;
    Phase phase = Phase::Pending;
    QList<int> ready; // discovered skills not yet handed to generation
    bool regenerate = false;
    std::optional<SkillResult> previous; // regenerate: the result to restore if the new one fails
    // The result cache was asked for this batch's discovery (each batch's hits are
    // taken in their own turn of the event loop, as answers would arrive: the window stays fluid).
    bool discoveryCacheChecked = false;
    QPointer<DiscoveryStage> discovery;
    QPointer<GenerationStage> generation;
};

class ResultCache;

class InterviewPipeline::Private
{
public:
    explicit Private(InterviewPipeline *qq)
        : q(qq)
    { }

    InterviewPipeline *q;
    QPointer<ChatProvider> questions;
    QPointer<ChatProvider> discovery;
    ResultCache *cache = nullptr;
    QString expectedSha256; // continuing a session from its resume: the text must be this one
    Settings settings;
    RunState state;
    Stage stage = Stage::Idle;
    bool running = false;
    bool cancelled = false;
    QPointer<ResumeLoader> loader;
    QPointer<SkillExtractionStage> extraction;
    QList<BatchRun> batches;
    int mainBatchCount = 0;
    QString discoveryStopReason; // set when the discovery provider cannot go on
    QString generationStopReason; // set when the questions provider cannot go on
    int runId = 0;
    bool pumping = false;
    bool pumpAgain = false;
    bool pumpQueued = false;

    [[nodiscard]] bool groundingActive() const { return settings.groundingEnabled && discovery; }

    // tr() in the context of InterviewPipeline (the macro ends in private:).
    Q_DECLARE_TR_FUNCTIONS(ip::InterviewPipeline)
public:
    // Run start and end (InterviewPipeline.cpp).
    void setStage(Stage s);
    void activity(const QString &line);
    void skillChanged(int index);
    [[nodiscard]] QString batchLabel(const BatchRun &b) const;
    void resetRun();
    void abortAll();
    // Wires what every stage reports: prompt versions, usage, waits, activity notes.
    void wireStage(PipelineStage *stage, const QString &label);
    void readResume(const QString &path, const QString &password);
    void runFromText(const QString &text, const QString &sourceFile);
    // The seam for a later "review the skills first" pause: batches start from here.
    void onSkillsExtracted(const QStringList &skills);
    void failRun(const QString &message);
    void finishRun();
    // Continuing a saved run (InterviewPipeline.cpp): batches for the planned work only.
    void continueFrom(const RunState &prepared, const QList<int> &discover, const QList<int> &generate);

    // Result cache (PipelineCache.cpp). Lookups return false / nullopt without a cache.
    [[nodiscard]] CacheKey skillsKey() const;
    [[nodiscard]] CacheKey discoveryKey(int index) const;
    [[nodiscard]] CacheKey questionsKey(int index) const;
    // Applies cached discovery answers to the batch's skills; returns the skills still to ask.
    QList<int> discoveryFromCache(const BatchRun &b);
    void storeDiscovery(const DiscoveredSkill &d);
    // Completes those of `skills` (of batch b) whose questions are cached; returns the skills still to ask.
    QList<int> questionsFromCache(const BatchRun &b, const QList<int> &skills);
    void storeQuestions(int index);
    // With a cache: holds the batch in `busy` until a later turn of the event loop, then puts it
    // back to `ready` with `checked` set for the scheduler to start (and ask the cache). False: go on now.
    bool deferCacheLookup(BatchRun &b, BatchRun::Phase busy, bool BatchRun::*checked, BatchRun::Phase ready);

    // Batch flow (PipelineScheduling.cpp).
    [[nodiscard]] int countPhase(BatchRun::Phase p) const;
    // Starts whatever the limits allow, in batch order; finishes the run when nothing is left.
    // Discovery calls in flight <= discoveryConcurrency; batches generating <= maxConcurrentBatches.
    void pump();
    void schedulePump(); // pump() from the event loop (once, however often asked)
    void pumpOnce();
    BatchRun *batchFor(const QObject *stage);
    void startDiscovery(BatchRun &b);
    void startGeneration(BatchRun &b);
    // Hands the batch's ready skills to its generation stage (closing its input once discovery ended).
    void feedGeneration(BatchRun &b);
    [[nodiscard]] int generatingCount() const; // batches with a generation stage
    [[nodiscard]] QList<GenerationItem> takeReadyItems(BatchRun &b);
    void completeSkill(int index, const QStringList &qs);
    void failSkill(int index, const QString &error);
    // A failed or cancelled regeneration keeps the skill's earlier questions.
    void restoreAfterFailedRegeneration(BatchRun &b);
};

} // namespace ip
