#pragma once

// Internals of InterviewPipeline (not part of its API): the run and the wiring of its parts. The
// parts each have one job: BatchScheduler says what to start next, StageCache answers "cached?"
// and stores results, ProviderStop owns "this provider has stopped", SkillStates changes skills.
// InterviewPipeline.cpp holds the API and the run's end, RunStart.cpp how a run gets its skills and
// batches, BatchFlow.cpp the batches' stages.

#include "pipeline/BatchRun.h"
#include "pipeline/InterviewPipeline.h"
#include "pipeline/JobGapStage.h"
#include "pipeline/ProviderStop.h"
#include "pipeline/ResumeEvidence.h"
#include "pipeline/RunEstimate.h"
#include "pipeline/RunWait.h"
#include "pipeline/SendApproval.h"
#include "pipeline/SkillExtractionStage.h"
#include "pipeline/SkillStates.h"
#include "pipeline/StageCache.h"
#include "privacy/Redaction.h"
#include "providers/SourceResolver.h"
#include "resume/ResumeLoader.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointer>

#include <memory>
#include <optional>

namespace ip {

class InterviewPipeline::Private
{
public:
    explicit Private(InterviewPipeline *qq)
        : q(qq)
    { }

    InterviewPipeline *q;
    QPointer<ChatProvider> questions;
    QPointer<ChatProvider> discovery;
    Settings settings;
    RunState state;
    StageCache cache { state, settings, questions, discovery };
    SkillStates skills { q, &state };
    // Asked by every stage before each call; reset for each run and before a regeneration.
    std::shared_ptr<ProviderStop> discoveryStop = std::make_shared<ProviderStop>();
    std::shared_ptr<ProviderStop> questionsStop = std::make_shared<ProviderStop>();
    // The resume's personal data, kept out of every request (Settings::redactPersonalData); null
    // when off or nothing was found.
    std::shared_ptr<const Redaction> redaction;
    // The resume of this run, worked out once (null when a saved run continues without reading it):
    // question generation is shown its lines about each skill, and what answers quote is checked.
    std::shared_ptr<const ResumeQuotes> resumeQuotes;
    std::shared_ptr<const ResumeLines> resumeLines;
    // What the answers of a generation stage are checked against: the resume, or without it the
    // skills' saved resume lines.
    [[nodiscard]] std::shared_ptr<const ResumeQuotes> quotesForGeneration() const;
    // "Show what will be sent first" (setSendPreview): the stages' calls wait for the person's yes,
    // once per provider and run.
    SendApproval *approval = new SendApproval(q);
    bool sendPreview = false;
    QStringList givenSkills; // setGivenSkills: no extraction
    QString jobText; // setJobDescription
    // The job's skills the resume does not show get their questions once the batches are done.
    enum class GapPhase { None, Pending, Running, Done };
    GapPhase gapPhase = GapPhase::None;
    QPointer<JobGapStage> gapStage;
    bool reviewSkills = false; // setReviewSkills: wait for confirmSkills after extraction
    bool awaitingReview = false; // skillsToReview emitted, confirmSkills not yet called
    QList<SentRequest> sentLog; // every request of the run, as sent
    QString expectedSha256; // continuing a session from its resume: the text must be this one
    Stage stage = Stage::Idle;
    bool running = false;
    bool cancelled = false;
    // Grounding redirects to resolve (setSourceResolver); the resolutions in flight by skill index.
    QPointer<SourceResolver> resolver;
    QHash<int, QPointer<SourceResolution>> resolving;
    QPointer<ResumeLoader> loader;
    QPointer<SkillExtractionStage> extraction;
    QList<BatchRun> batches;
    int mainBatchCount = 0;
    int nextBatchId = 0;
    int runId = 0;
    bool pumping = false;
    bool pumpAgain = false;
    bool pumpQueued = false;
    bool questionsStarted = false; // a generation stage of this run has started
    // Waits of the stages' calls now (RunWait.h), published by waitsChanged.
    QHash<const PipelineStage *, RunWait> waits;
    void setWait(const PipelineStage *stage, std::optional<RunWait> wait);
    void clearWaits();
    // The estimate of the work left (RunEstimate.h), published by estimateChanged.
    qint64 resumeChars = 0;
    RunEstimate lastEstimate;
    [[nodiscard]] RunEstimate estimateLeft() const;
    void updateEstimate();

    [[nodiscard]] bool groundingActive() const { return settings.groundingEnabled && discovery; }

    // tr() in the context of InterviewPipeline (the macro ends in private:).
    Q_DECLARE_TR_FUNCTIONS(ip::InterviewPipeline)
public:
    // The run's reporting and end (InterviewPipeline.cpp).
    void setStage(Stage s);
    void activity(const QString &line);
    void recordPrompts(const QMap<QString, int> &prompts);
    [[nodiscard]] QString batchLabel(const BatchRun &b) const;
    void resetRun();
    // A batch of one skill on its own (regenerate, more questions) may start: none of the skill's
    // batches is in progress. Marks the run running again and lets the questions provider be asked.
    [[nodiscard]] bool beginSkillBatch(int index);
    void abortAll();
    // Wires what every stage reports: prompt versions, usage, waits, activity notes.
    void wireStage(PipelineStage *stage, const QString &label);
    void failRun(const QString &message);
    void finishRun();
    // Starts resolving the skill's sources if they hold a grounding redirect (replacing a resolution
    // of its earlier sources); when it ends, the skill's sources and cached discovery are updated.
    void resolveSources(int index);
    // Ends the resolutions in flight, keeping what they resolved so far (cancel).
    void settleResolutions();
    // Drops the resolutions in flight quietly (the sources keep their addresses).
    void dropResolutions();

    // How a run gets its skills and batches (RunStart.cpp).
    void readResume(const QString &path, const QString &password);
    void runFromText(const QString &text, const QString &sourceFile);
    // The skills are known: the review pause (setReviewSkills), or startSkills.
    void onSkillsExtracted(const QStringList &names);
    // Batches start from here.
    void startSkills(const QStringList &names);
    BatchRun &addBatch(const QList<int> &indices);
    // Continuing a saved run: batches for the planned work only.
    void continueFrom(const RunState &prepared, const QList<int> &discover, const QList<int> &generate);

    // The job's gaps (RunStart.cpp): true while their questions are still to come (the run waits).
    bool pumpJobGaps();
    void setGaps(const QList<JobGap> &gaps);
    // Gaps without questions get `why` as their error (cancel, provider stopped).
    void settleGaps(const QString &why);

    // Batch flow (BatchFlow.cpp).
    // Starts whatever BatchScheduler allows, in batch order; finishes the run when nothing is left.
    void pump();
    void schedulePump(); // pump() from the event loop (once, however often asked)
    void pumpOnce();
    BatchRun *batchFor(const QObject *stage);
    BatchRun *batchById(int id);
    [[nodiscard]] QString discoveryStopReason() const; // "Source discovery stopped: …"
    [[nodiscard]] QString generationStopReason() const; // "Not generated: …"
    void skipDiscovery(BatchRun &b);
    void startDiscovery(BatchRun &b);
    // With a cache: holds the batch as Discovering until a later turn of the event loop, then puts
    // it back to Pending, checked, for the scheduler to start (and ask the cache). False: go on now.
    bool deferDiscoveryLookup(BatchRun &b);
    // Applies cached discovery answers to the batch's skills; returns the skills still to ask.
    QList<int> discoveryFromCache(const BatchRun &b);
    void startGeneration(BatchRun &b);
    // Hands the batch's ready skills to its generation stage (closing its input once discovery ended).
    void feedGeneration(BatchRun &b);
    // The questions provider stopped: the batch's ready skills fail.
    void dropReady(BatchRun &b);
    [[nodiscard]] QList<GenerationItem> takeReadyItems(BatchRun &b);
    // Completes those of `ready` (of batch b) whose questions are cached; returns the skills still to ask.
    QList<int> questionsFromCache(const BatchRun &b, const QList<int> &ready);
    // A failed or cancelled regeneration keeps the skill's earlier questions.
    void restoreAfterFailedRegeneration(BatchRun &b);
};

} // namespace ip
