#include "pipeline/InterviewPipelinePrivate.h"
#include "pipeline/PipelineLog.h"

#include <utility>

namespace ip {

int InterviewPipeline::Private::generatingCount() const
{
    int n = 0;
    for (const auto &b : batches)
        n += b.generation ? 1 : 0;
    return n;
}

int InterviewPipeline::Private::countPhase(BatchRun::Phase p) const
{
    int n = 0;
    for (const auto &b : batches)
        n += b.phase == p ? 1 : 0;
    return n;
}

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
    if (!running)
        return;
    const int discoveryLimit = std::max(1, settings.discoveryConcurrency);
    const int generationLimit = std::max(1, settings.maxConcurrentBatches);

    for (auto &b : batches) {
        if (b.phase != BatchRun::Phase::Pending)
            continue;
        if (!groundingActive() || !discoveryStopReason.isEmpty()) {
            const QString reason = !discoveryStopReason.isEmpty()
                ? discoveryStopReason
                : (settings.groundingEnabled ? tr("No web search provider is configured")
                                             : tr("Web search grounding is switched off in Settings"));
            for (int i : b.skills) {
                state.skills[i].context = ContextKind::ContextFree;
                state.skills[i].contextReason = reason;
                state.skills[i].contextText.clear();
                state.skills[i].sources.clear();
                // Stopped discovery is not an answer: continuing the run asks again.
                state.skills[i].retryDiscovery = !discoveryStopReason.isEmpty();
            }
            b.ready = b.skills;
            b.phase = BatchRun::Phase::ReadyToGenerate;
            continue;
        }
        if (countPhase(BatchRun::Phase::Discovering) >= discoveryLimit)
            break;
        startDiscovery(b);
        if (!running)
            return;
    }

    if (stage == Stage::FindingSources && countPhase(BatchRun::Phase::Pending) == 0
        && countPhase(BatchRun::Phase::Discovering) == 0)
        setStage(Stage::WritingQuestions);

    for (auto &b : batches) {
        if (b.generation) {
            feedGeneration(b);
            if (!running)
                return;
            continue;
        }
        const bool early = b.phase == BatchRun::Phase::Discovering && !b.ready.isEmpty();
        if (b.phase != BatchRun::Phase::ReadyToGenerate && !early)
            continue;
        if (!generationStopReason.isEmpty()) {
            for (int i : std::as_const(b.ready))
                failSkill(i, generationStopReason);
            b.ready.clear();
            if (b.phase == BatchRun::Phase::ReadyToGenerate)
                b.phase = BatchRun::Phase::Done;
            continue;
        }
        if (generatingCount() >= generationLimit)
            break;
        startGeneration(b);
        if (!running)
            return;
    }

    if (countPhase(BatchRun::Phase::Done) == batches.size())
        finishRun();
}

BatchRun *InterviewPipeline::Private::batchFor(const QObject *stage)
{
    for (auto &b : batches)
        if (b.discovery == stage || b.generation == stage)
            return &b;
    return nullptr;
}

void InterviewPipeline::Private::startDiscovery(BatchRun &b)
{
    if (deferCacheLookup(b, BatchRun::Phase::Discovering, &BatchRun::discoveryCacheChecked, BatchRun::Phase::Pending))
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
        state.skills[i].state = SkillState::Searching;
        skillChanged(i);
    }
    const QString label = batchLabel(b);
    activity(tr("%1: searching the web for %2").arg(label, names.join(QStringLiteral(", "))));
    auto *stage = new DiscoveryStage(discovery, settings, ask, names, q);
    b.discovery = stage;
    b.phase = BatchRun::Phase::Discovering;
    wireStage(stage, label);
    QObject::connect(stage, &DiscoveryStage::skillDiscovered, q, [this, stage](const DiscoveredSkill &d) {
        SkillResult &s = state.skills[d.skillIndex];
        s.context = d.grounded ? ContextKind::Grounded : ContextKind::ContextFree;
        s.contextText = d.context;
        s.sources = d.sources;
        s.contextReason = d.reason;
        s.retryDiscovery = !d.answered;
        storeDiscovery(d);
        skillChanged(d.skillIndex);
        // The skill's questions need not wait for the rest of the batch's discovery.
        // From the event loop: skills discovered together (a whole answer) go to generation together.
        if (BatchRun *batch = batchFor(stage)) {
            batch->ready.append(d.skillIndex);
            schedulePump();
        }
    });
    QObject::connect(stage, &DiscoveryStage::sourcesFound, q, [this](int index, const QList<Source> &sources) {
        SkillResult &s = state.skills[index];
        s.sources = sources;
        // The streamed section is an answer now that the grounding metadata has arrived.
        s.retryDiscovery = false;
        DiscoveredSkill d;
        d.skillIndex = index;
        d.grounded = s.context == ContextKind::Grounded;
        d.context = s.contextText;
        d.sources = sources;
        d.reason = s.contextReason;
        storeDiscovery(d);
        skillChanged(index);
    });
    QObject::connect(stage, &DiscoveryStage::providerStopped, q, [this](const ProviderError &e) {
        if (discoveryStopReason.isEmpty()) {
            discoveryStopReason = tr("Source discovery stopped: %1").arg(e.message);
            activity(discoveryStopReason);
        }
        for (auto &other : batches)
            if (other.discovery)
                other.discovery->haltNewCalls(e);
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

QList<GenerationItem> InterviewPipeline::Private::takeReadyItems(BatchRun &b)
{
    QList<GenerationItem> items;
    // Skills whose questions are cached are completed here, without a request.
    const QList<int> ready = questionsFromCache(b, std::exchange(b.ready, {}));
    for (int i : ready) {
        SkillResult &s = state.skills[i];
        s.state = SkillState::Generating;
        skillChanged(i);
        GenerationItem item;
        item.skillIndex = i;
        item.name = s.name;
        if (s.isGrounded())
            item.context = s.contextText;
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
    b.generation = stage;
    if (!moreToCome)
        b.phase = BatchRun::Phase::Generating;
    wireStage(stage, label);
    QObject::connect(stage, &GenerationStage::questionReady, q, [this](int index, const QString &question) {
        SkillResult &s = state.skills[index];
        s.questions.append(question);
        Q_EMIT q->questionAdded(index, int(s.questions.size()) - 1, question);
    });
    QObject::connect(stage, &GenerationStage::skillQuestions, q, [this](int index, const QStringList &qs) {
        completeSkill(index, qs);
        storeQuestions(index);
    });
    QObject::connect(stage, &GenerationStage::skillFailed, q,
                     [this](int index, const QString &error) { failSkill(index, error); });
    QObject::connect(stage, &GenerationStage::contextDropped, q, [this](int index, const QString &reason) {
        SkillResult &s = state.skills[index];
        s.context = ContextKind::ContextFree;
        s.contextReason = reason;
        skillChanged(index);
    });
    QObject::connect(
        stage, &GenerationStage::providerStopped, q, [this](const ProviderError &e, const QList<int> &left) {
            if (generationStopReason.isEmpty()) {
                generationStopReason = tr("Not generated: %1").arg(e.message);
                const QString who = !e.provider.isEmpty() ? e.provider : questions ? questions->name() : QString();
                state.error = tr("%1 stopped the run: %2").arg(who, e.message);
                activity(state.error);
            }
            for (int i : left)
                failSkill(i, generationStopReason);
            // Nothing more is sent to this provider by any batch.
            for (auto &other : batches)
                if (other.generation)
                    other.generation->haltNewCalls(e);
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

void InterviewPipeline::Private::completeSkill(int index, const QStringList &qs)
{
    SkillResult &s = state.skills[index];
    // The questions streamed so far (questionReady) are the start of the final list: only the rest
    // is added.
    const bool streamed = !s.questions.isEmpty() && qs.mid(0, s.questions.size()) == s.questions;
    const QStringList rest = streamed ? qs.mid(s.questions.size()) : qs;
    if (!streamed)
        s.questions.clear();
    s.error.clear();
    for (const QString &question : rest) {
        state.skills[index].questions.append(question);
        Q_EMIT q->questionAdded(index, int(state.skills[index].questions.size()) - 1, question);
    }
    state.skills[index].state = SkillState::Done;
    skillChanged(index);
}

void InterviewPipeline::Private::failSkill(int index, const QString &error)
{
    SkillResult &s = state.skills[index];
    if (s.state == SkillState::Done)
        return;
    s.state = SkillState::Failed;
    s.error = error;
    skillChanged(index);
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
    state.skills[index] = *b.previous;
    b.previous.reset();
    activity(
        tr("Regenerating %1 did not work (%2); the earlier questions are kept.").arg(state.skills.at(index).name, why));
    skillChanged(index);
}

} // namespace ip
