// InterviewPipeline's batches through their stages: BatchScheduler decides what starts next, this
// file starts it and wires the stage's answers to SkillStates, StageCache and ProviderStop.

#include "pipeline/InterviewPipelinePrivate.h"
#include "pipeline/PipelineLog.h"
#include "pipeline/TokenBudget.h"

#include <QTimer>

#include <utility>

namespace ip {

void InterviewPipeline::Private::pump()
{
    if (pumping) {
        pumpAgain = true;
        return;
    }
    pumping = true;
    do {
        pumpAgain = false;
        pumpOnce();
    } while (pumpAgain && running);
    pumping = false;
}

void InterviewPipeline::Private::schedulePump()
{
    if (pumpQueued)
        return;
    pumpQueued = true;
    QMetaObject::invokeMethod(
        q,
        [this] {
            pumpQueued = false;
            pump();
        },
        Qt::QueuedConnection);
}

void InterviewPipeline::Private::pumpOnce()
{
    using Action = BatchStep::Action;
    const BatchLimits limits { settings.discoveryConcurrency, settings.maxConcurrentBatches };
    while (running) {
        QList<BatchView> views;
        for (const BatchRun &b : std::as_const(batches))
            views.append(b.view());
        const BatchGates gates { groundingActive() && !discoveryStop->isStopped(), !questionsStop->isStopped() };
        const BatchStep step = nextBatchStep(views, limits, gates);
        const bool discoveryStep = step.action == Action::StartDiscovery || step.action == Action::SkipDiscovery;
        if (!discoveryStep && stage == Stage::FindingSources && discoveryEnded(views))
            setStage(Stage::WritingQuestions);
        if (step.action == Action::None) {
            // The run ends once its sources' redirects are resolved too (resolveSources pumps again).
            // Then the job's skills not on the resume get their questions (after the resume's own).
            if (allBatchesDone(views) && resolving.isEmpty() && !pumpJobGaps())
                finishRun();
            return;
        }
        BatchRun &b = batches[step.batch];
        switch (step.action) {
        case Action::SkipDiscovery: skipDiscovery(b); break;
        case Action::StartDiscovery: startDiscovery(b); break;
        case Action::FeedGeneration: feedGeneration(b); break;
        case Action::StartGeneration: startGeneration(b); break;
        case Action::DropReady: dropReady(b); break;
        case Action::None: break;
        }
    }
}

BatchRun *InterviewPipeline::Private::batchFor(const QObject *stage)
{
    for (auto &b : batches)
        if (b.discovery == stage || b.generation == stage)
            return &b;
    return nullptr;
}

BatchRun *InterviewPipeline::Private::batchById(int id)
{
    for (auto &b : batches)
        if (b.id == id)
            return &b;
    return nullptr;
}

QString InterviewPipeline::Private::discoveryStopReason() const
{
    return discoveryStop->reason() ? tr("Source discovery stopped: %1").arg(discoveryStop->reason()->message)
                                   : QString();
}

QString InterviewPipeline::Private::generationStopReason() const
{
    return questionsStop->reason() ? tr("Not generated: %1").arg(questionsStop->reason()->message) : QString();
}

void InterviewPipeline::Private::skipDiscovery(BatchRun &b)
{
    const bool stopped = discoveryStop->isStopped();
    const QString reason = stopped  ? discoveryStopReason()
        : settings.offlineMode      ? tr("Offline mode: no web research")
        : settings.groundingEnabled ? tr("No web search provider is configured")
                                    : tr("Web search grounding is switched off in Settings");
    // Stopped discovery is not an answer: continuing the run asks again.
    for (int i : std::as_const(b.skills))
        skills.contextFreeWithoutDiscovery(i, reason, stopped);
    b.ready = b.skills;
    b.phase = BatchRun::Phase::ReadyToGenerate;
}

bool InterviewPipeline::Private::deferDiscoveryLookup(BatchRun &b)
{
    if (!cache.isOn() || b.regenerate || b.discoveryCacheChecked)
        return false;
    b.phase = BatchRun::Phase::Discovering; // keeps its place among the calls in flight
    QTimer::singleShot(0, q, [this, run = runId, id = b.id] {
        if (!running || runId != run)
            return;
        BatchRun *batch = batchById(id);
        if (!batch || batch->phase != BatchRun::Phase::Discovering || batch->discoveryCacheChecked)
            return;
        batch->discoveryCacheChecked = true;
        batch->phase = BatchRun::Phase::Pending; // the scheduler starts it again, within its limits
        pump();
    });
    return true;
}

QList<int> InterviewPipeline::Private::discoveryFromCache(const BatchRun &b)
{
    if (b.regenerate)
        return b.skills;
    QList<int> ask;
    QStringList found;
    for (int i : b.skills) {
        const auto hit = cache.discovery(i);
        if (!hit) {
            ask.append(i);
            continue;
        }
        recordPrompts(hit->prompts);
        found.append(state.skills.at(i).name);
        skills.discovered(i, hit->value, true);
        resolveSources(i); // a redirect left unresolved by an earlier run is tried again
    }
    if (!found.isEmpty())
        activity(tr("%1: web notes for %2 from the cache (no request)")
                     .arg(batchLabel(b), found.join(QStringLiteral(", "))));
    return ask;
}

void InterviewPipeline::Private::startDiscovery(BatchRun &b)
{
    if (deferDiscoveryLookup(b))
        return;
    const QList<int> ask = discoveryFromCache(b);
    // Skills with cached web notes are ready for their questions at once.
    for (int i : b.skills)
        if (!ask.contains(i))
            b.ready.append(i);
    if (ask.isEmpty()) {
        b.phase = BatchRun::Phase::ReadyToGenerate;
        return;
    }
    QStringList names;
    for (int i : ask) {
        names.append(state.skills.at(i).name);
        skills.setState(i, SkillState::Searching);
    }
    const QString label = batchLabel(b);
    activity(tr("%1: searching the web for %2").arg(label, names.join(QStringLiteral(", "))));
    auto *stage = new DiscoveryStage(discovery, settings, ask, names, q);
    stage->setProviderStop(discoveryStop);
    b.discovery = stage;
    b.phase = BatchRun::Phase::Discovering;
    wireStage(stage, label);
    QObject::connect(stage, &DiscoveryStage::skillDiscovered, q,
                     [this, stage](int index, const DiscoveryResult &result, bool answered) {
                         cache.storeDiscovery(index, result, answered);
                         skills.discovered(index, result, answered);
                         resolveSources(index);
                         // The skill's questions need not wait for the rest of the batch's discovery.
                         // From the event loop: skills discovered together (a whole answer) go to
                         // generation together.
                         if (BatchRun *batch = batchFor(stage)) {
                             batch->ready.append(index);
                             schedulePump();
                         }
                     });
    QObject::connect(stage, &DiscoveryStage::sourcesFound, q, [this](int index, const QList<Source> &sources) {
        DiscoveryResult result = discoveryOf(state.skills.at(index));
        result.sources = sources;
        cache.storeDiscovery(index, result, true);
        skills.sourcesFound(index, sources);
        resolveSources(index);
    });
    QObject::connect(stage, &DiscoveryStage::providerStopped, q, [this](const ProviderError &e) {
        if (discoveryStop->stop(e))
            activity(discoveryStopReason());
    });
    QObject::connect(stage, &DiscoveryStage::finished, q, [this, stage] {
        BatchRun *batch = batchFor(stage);
        stage->deleteLater();
        if (!batch)
            return;
        batch->discovery.clear();
        batch->phase = BatchRun::Phase::ReadyToGenerate;
        pump();
    });
    stage->start();
}

QList<int> InterviewPipeline::Private::questionsFromCache(const BatchRun &b, const QList<int> &ready)
{
    if (b.regenerate)
        return ready;
    QList<int> ask;
    QStringList found;
    for (int i : ready) {
        const auto hit = cache.questions(i);
        if (!hit) {
            ask.append(i);
            continue;
        }
        recordPrompts(hit->prompts);
        found.append(state.skills.at(i).name);
        skills.complete(i, hit->value);
    }
    if (!found.isEmpty())
        activity(tr("%1: questions for %2 from the cache (no request)")
                     .arg(batchLabel(b), found.join(QStringLiteral(", "))));
    return ask;
}

std::shared_ptr<const ResumeQuotes> InterviewPipeline::Private::quotesForGeneration() const
{
    if (resumeQuotes)
        return resumeQuotes;
    // A saved run continued or regenerated without its resume: the lines it was shown are its resume.
    QStringList lines;
    for (const SkillResult &s : state.skills)
        lines += s.resumeLines;
    return std::make_shared<const ResumeQuotes>(lines.join(QLatin1Char('\n')));
}

QList<GenerationItem> InterviewPipeline::Private::takeReadyItems(BatchRun &b)
{
    QList<GenerationItem> items;
    // The resume's lines each skill's questions are written from (kept with the skill; a saved run
    // continued without its resume keeps the ones it had).
    if (resumeLines)
        for (int i : std::as_const(b.ready))
            state.skills[i].resumeLines = resumeLines->about(state.skills.at(i).name, budget::kResumeLinesPerSkill,
                                                             budget::kResumeCharsPerSkill);
    // Skills whose questions are cached are completed here, without a request.
    const QList<int> ready = questionsFromCache(b, std::exchange(b.ready, {}));
    for (int i : ready) {
        skills.setState(i, SkillState::Generating);
        const SkillResult &s = state.skills.at(i);
        GenerationItem item;
        item.skillIndex = i;
        item.name = s.name;
        if (s.isGrounded()) {
            item.context = s.contextText;
            item.sources = s.sources;
        }
        item.resumeLines = s.resumeLines;
        items.append(item);
    }
    return items;
}

void InterviewPipeline::Private::feedGeneration(BatchRun &b)
{
    if (!b.ready.isEmpty()) {
        const QList<GenerationItem> items = takeReadyItems(b);
        if (!items.isEmpty())
            b.generation->addItems(items);
    }
    if (b.generation && b.phase == BatchRun::Phase::ReadyToGenerate) {
        b.phase = BatchRun::Phase::Generating;
        b.generation->closeInput();
    }
}

void InterviewPipeline::Private::dropReady(BatchRun &b)
{
    const QString reason = generationStopReason();
    for (int i : std::exchange(b.ready, {}))
        skills.fail(i, reason);
    if (b.phase == BatchRun::Phase::ReadyToGenerate)
        b.phase = BatchRun::Phase::Done;
}

void InterviewPipeline::Private::startGeneration(BatchRun &b)
{
    const QList<GenerationItem> items = takeReadyItems(b);
    const QString label = batchLabel(b);
    if (items.isEmpty()) {
        // Everything ready so far came from the cache: wait for more, or the batch is done.
        if (b.phase == BatchRun::Phase::ReadyToGenerate) {
            b.phase = BatchRun::Phase::Done;
            activity(tr("%1: done").arg(label));
        }
        return;
    }
    activity(tr("%1: writing questions").arg(label));
    // While discovery still streams this batch's sections, more skills follow (feedGeneration).
    const bool moreToCome = b.phase == BatchRun::Phase::Discovering;
    auto *stage = new GenerationStage(questions, settings, items, q, moreToCome);
    stage->setProviderStop(questionsStop);
    stage->setResumeQuotes(quotesForGeneration());
    if (b.followUp != FollowUp::None)
        stage->setFollowUp(b.followUp, b.avoid);
    // On a token-limited questions model (Groq's free tier) the skills still streaming in go
    // together in one request per batch; only the run's first questions go at once.
    if (moreToCome && questions && questions->tokensPerMinuteLimit(settings.questionModel) > 0) {
        stage->holdForMore(!questionsStarted);
    }
    questionsStarted = true;
    b.generation = stage;
    if (!moreToCome)
        b.phase = BatchRun::Phase::Generating;
    wireStage(stage, label);
    QObject::connect(stage, &GenerationStage::questionReady, q,
                     [this](int index, const Question &question) { skills.addQuestion(index, question); });
    QObject::connect(stage, &GenerationStage::skillQuestions, q, [this, stage](int index, const SkillQuestions &qs) {
        const BatchRun *batch = batchFor(stage);
        if (batch && batch->followUp != FollowUp::None && batch->previous) {
            // Added after the questions the skill had; the cache keeps the run's first answer.
            skills.complete(index, qs, batch->previous->questions.size());
            return;
        }
        skills.complete(index, qs);
        cache.storeQuestions(index);
    });
    QObject::connect(stage, &GenerationStage::skillFailed, q,
                     [this](int index, const QString &error) { skills.fail(index, error); });
    QObject::connect(stage, &GenerationStage::contextDropped, q,
                     [this](int index, const QString &reason) { skills.contextDropped(index, reason); });
    QObject::connect(
        stage, &GenerationStage::providerStopped, q, [this](const ProviderError &e, const QList<int> &left) {
            // Nothing more is sent to this provider by any batch (every stage asks questionsStop).
            if (questionsStop->stop(e)) {
                const QString who = !e.provider.isEmpty() ? e.provider : questions ? questions->name() : QString();
                state.error = tr("%1 stopped the run: %2").arg(who, e.message);
                activity(state.error);
            }
            const QString reason = generationStopReason();
            for (int i : left)
                skills.fail(i, reason);
        });
    QObject::connect(stage, &GenerationStage::finished, q, [this, stage] {
        BatchRun *batch = batchFor(stage);
        stage->deleteLater();
        if (!batch)
            return;
        batch->generation.clear();
        if (batch->phase == BatchRun::Phase::Discovering) {
            // Ended early (the questions provider stopped): the skills discovery still delivers
            // fail with the stop reason once it ends.
            pump();
            return;
        }
        batch->phase = BatchRun::Phase::Done;
        restoreAfterFailedRegeneration(*batch);
        activity(tr("%1: done").arg(batchLabel(*batch)));
        pump();
    });
    stage->start();
}

void InterviewPipeline::Private::restoreAfterFailedRegeneration(BatchRun &b)
{
    if (!b.regenerate || !b.previous || b.skills.size() != 1)
        return;
    const int index = b.skills.front();
    const SkillResult &now = state.skills.at(index);
    if (now.state == SkillState::Done && now.hasQuestions())
        return;
    const QString why = now.error;
    const SkillResult previous = *std::exchange(b.previous, std::nullopt);
    activity(b.followUp != FollowUp::None
                 ? tr("Asking for more questions for %1 did not work (%2); the questions it had are kept.")
                       .arg(previous.name, why)
                 : tr("Regenerating %1 did not work (%2); the earlier questions are kept.").arg(previous.name, why));
    skills.restore(index, previous);
}

} // namespace ip
