#include "log/Logging.h"
#include "pipeline/InterviewPipelinePrivate.h"
#include "pipeline/PipelineLog.h"
#include "pipeline/RunOutcome.h"
#include "pipeline/SkillNormaliser.h"
#include "pipeline/StageRequests.h"
#include "providers/ChatProvider.h"
#include "session/ContinuePlan.h"
#include "session/Session.h"
#include "settings/SettingRanges.h"

#include <QFileInfo>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace ip {

void InterviewPipeline::Private::setStage(Stage s)
{
    if (stage == s)
        return;
    stage = s;
    Q_EMIT q->stageChanged(s);
}

void InterviewPipeline::Private::activity(const QString &line)
{
    // Activity lines name skills and quote errors: model answers that can carry the resume's own words
    // (a name restored from a placeholder). The log keeps them at debug level only (issue 19).
    qCDebug(lcPipeline).noquote() << line;
    Q_EMIT q->activity(line);
}

void InterviewPipeline::Private::recordPrompts(const QMap<QString, int> &prompts)
{
    for (auto it = prompts.cbegin(); it != prompts.cend(); ++it)
        state.promptVersions.insert(it.key(), it.value());
}

QString InterviewPipeline::Private::batchLabel(const BatchRun &b) const
{
    const QString skill = state.skills.value(b.skills.value(0)).name;
    if (b.followUp == FollowUp::Harder)
        return tr("Harder questions for %1").arg(skill);
    if (b.followUp == FollowUp::More)
        return tr("More questions for %1").arg(skill);
    if (b.regenerate)
        return tr("Regenerating %1").arg(skill);
    return tr("Batch %1/%2").arg(b.number).arg(mainBatchCount);
}

void InterviewPipeline::Private::resetRun()
{
    abortAll();
    state = RunState();
    resumeChars = 0;
    resumeQuotes.reset();
    resumeLines.reset();
    lastEstimate = RunEstimate();
    questionsStarted = false;
    state.generatedAt = QDateTime::currentDateTimeUtc();
    state.jobText = jobText;
    state.models.insert(QStringLiteral("skills"), settings.skillModel);
    state.models.insert(QStringLiteral("questions"), settings.questionModel);
    if (groundingActive())
        state.models.insert(QStringLiteral("discovery"), settings.discoveryModel);
    batches.clear();
    mainBatchCount = 0;
    discoveryStop->reset();
    questionsStop->reset();
    expectedSha256.clear();
    approval->reset();
    sentLog.clear();
    awaitingReview = false;
    skills.resetRepeats();
    gapPhase = GapPhase::None;
    cancelled = false;
    running = true;
    stage = Stage::Idle;
    ++runId;
    setCorrelationId(newCorrelationId()); // ties this run's log lines together
}

void InterviewPipeline::Private::abortAll()
{
    dropResolutions();
    if (loader) {
        loader->cancel();
        loader->deleteLater();
        loader.clear();
    }
    if (extraction) {
        extraction->cancel();
        extraction->deleteLater();
        extraction.clear();
    }
    if (gapStage) {
        gapStage->cancel();
        gapStage->deleteLater();
        gapStage.clear();
    }
    for (auto &b : batches) {
        for (PipelineStage *s :
             { static_cast<PipelineStage *>(b.discovery.data()), static_cast<PipelineStage *>(b.generation.data()) }) {
            if (s) {
                s->cancel();
                s->deleteLater();
            }
        }
        b.discovery.clear();
        b.generation.clear();
    }
}

void InterviewPipeline::Private::wireStage(PipelineStage *stage, const QString &label)
{
    stage->setRedaction(redaction);
    stage->setSendApproval(sendPreview ? approval : nullptr);
    QObject::connect(stage, &PipelineStage::sent, q, [this](const SentRequest &request) {
        sentLog.append(request);
        Q_EMIT q->requestSent(request);
    });
    QObject::connect(stage, &PipelineStage::promptUsed, q,
                     [this](const QString &name, int version) { state.promptVersions.insert(name, version); });
    QObject::connect(stage, &PipelineStage::usage, q, [this](const QString &stageTag, const TokenUsage &u) {
        state.usage += u;
        state.stageUsage[stageTag] += u;
        Q_EMIT q->usageUpdated(state.usage);
    });
    QObject::connect(
        stage, &PipelineStage::waiting, q, [this, stage](const QString &provider, qint64 ms, const QString &reason) {
            Q_EMIT q->rateLimitWait(provider, ms);
            const bool rateLimit = reason.isEmpty() || reason.contains(QLatin1String("rate"), Qt::CaseInsensitive);
            setWait(stage, RunWait { provider, reason, ms, rateLimit });
        });
    QObject::connect(stage, &PipelineStage::waitOver, q, [this, stage] { setWait(stage, std::nullopt); });
    QObject::connect(stage, &PipelineStage::note, q,
                     [this, label](const QString &line) { activity(label + QStringLiteral(": ") + line); });
}

void InterviewPipeline::Private::setWait(const PipelineStage *stage, std::optional<RunWait> wait)
{
    if (wait) {
        if (waits.value(stage) == *wait && waits.contains(stage))
            return;
        waits.insert(stage, *wait);
    } else if (waits.remove(stage) == 0) {
        return;
    }
    Q_EMIT q->waitsChanged(waits.values());
    updateEstimate();
}

RunEstimate InterviewPipeline::Private::estimateLeft() const
{
    EstimateInput in;
    in.settings = settings;
    in.resumeChars = resumeChars;
    in.grounded = groundingActive();
    in.skillsLeft = state.skills.isEmpty() && givenSkills.isEmpty();
    if (state.skills.isEmpty() && !givenSkills.isEmpty()) // --skills: no extraction, these skills
        in.skillCount = int(normaliseSkills(givenSkills, settingRange(&Settings::skillCount).max).size());
    if (!state.skills.isEmpty()) {
        in.skillCount = int(state.skills.size());
        in.discoveryLeft = 0;
        in.questionsLeft = 0;
        for (const SkillResult &s : state.skills) {
            if (s.state == SkillState::Queued || s.state == SkillState::Searching)
                ++in.discoveryLeft;
            if (s.state != SkillState::Done && s.state != SkillState::Failed)
                ++in.questionsLeft;
        }
    }
    RunEstimate left = estimateRun(in);
    if (left.isEmpty())
        return left;
    const QList<RunWait> now = waits.values();
    if (const RunWait *longest = longestWait(now))
        left.expectedMs = std::max(left.expectedMs, longest->ms);
    return left;
}

void InterviewPipeline::Private::updateEstimate()
{
    if (!running || resumeChars == 0)
        return;
    RunEstimate left = estimateLeft();
    if (left == lastEstimate)
        return;
    lastEstimate = left;
    Q_EMIT q->estimateChanged(left);
}

void InterviewPipeline::Private::clearWaits()
{
    if (waits.isEmpty())
        return;
    waits.clear();
    Q_EMIT q->waitsChanged({});
}

void InterviewPipeline::Private::failRun(const QString &message)
{
    state.error = message;
    activity(message);
    finishRun();
}

void InterviewPipeline::Private::finishRun()
{
    if (!running)
        return;
    running = false;
    awaitingReview = false;
    abortAll();
    clearWaits();
    lastEstimate = RunEstimate();
    if (const int repeats = skills.repeatsLeftOut(); repeats > 0)
        activity(tr("Left out %n question(s) that repeated another question of the run", nullptr, repeats));
    skills.resetRepeats();
    setStage(Stage::Finished);
    const RunSummary summary = summariseRun(state, cancelled);
    // The message names the skills without questions: debug only; the counts at info.
    qCInfo(lcPipeline, "run finished: %s, %d skill(s) with questions, %d without",
           summary.outcome == RunSummary::Outcome::Complete      ? "complete"
               : summary.outcome == RunSummary::Outcome::Partial ? "partial"
               : summary.outcome == RunSummary::Outcome::Failed  ? "failed"
                                                                 : "cancelled",
           summary.skillsDone, summary.skillsFailed);
    qCDebug(lcPipeline).noquote() << "run finished:" << summary.message;
    Q_EMIT q->finished(summary);
}

void InterviewPipeline::Private::resolveSources(int index)
{
    if (index < 0 || index >= state.skills.size())
        return;
    if (QPointer<SourceResolution> earlier = resolving.take(index)) {
        earlier->disconnect(q);
        earlier->deleteLater(); // its requests are dropped unless another skill waits for them too
    }
    const QList<Source> sources = state.skills.at(index).sources;
    if (!resolver || !running || !resolver->needsResolving(sources))
        return;
    SourceResolution *job = resolver->resolve(sources, q);
    resolving.insert(index, job);
    QObject::connect(job, &SourceResolution::finished, q,
                     [this, index, job, run = runId, sources](const QList<Source> &resolved) {
                         job->deleteLater();
                         if (resolving.value(index) != job)
                             return;
                         resolving.remove(index);
                         if (runId != run || index >= state.skills.size())
                             return;
                         const SkillResult &s = state.skills.at(index);
                         // Rediscovered meanwhile (a regeneration): those sources are resolved on their own.
                         if (s.sources != sources)
                             return;
                         skills.sourcesResolved(index, resolved);
                         const SkillResult &now = state.skills.at(index);
                         // What the cache keeps for a later run is the resolved addresses.
                         cache.storeDiscovery(index, discoveryOf(now), now.isGrounded() && !now.retryDiscovery);
                         if (running)
                             schedulePump(); // the run's end may have been waiting for this
                     });
}

void InterviewPipeline::Private::settleResolutions()
{
    const auto jobs = resolving;
    for (const QPointer<SourceResolution> &job : jobs)
        if (job)
            job->cancel(); // its finished applies what it resolved; the rest keep Gemini's addresses
}

void InterviewPipeline::Private::dropResolutions()
{
    const auto jobs = std::exchange(resolving, {});
    for (const QPointer<SourceResolution> &job : jobs) {
        if (!job)
            continue;
        job->disconnect(q);
        job->cancel();
        job->deleteLater();
    }
}

// --- public API ---------------------------------------------------------------------------

InterviewPipeline::InterviewPipeline(ChatProvider *questions, ChatProvider *discovery, const Settings &settings,
                                     QObject *parent)
    : QObject(parent)
    , d(new Private(this))
{
    d->questions = questions;
    d->discovery = discovery;
    d->settings = settings;
    connect(this, &InterviewPipeline::skillUpdated, this, [this] { d->updateEstimate(); });
    connect(d->approval, &SendApproval::approvalNeeded, this, [this](const SentRequest &request) {
        d->activity(tr("Waiting for you to allow what is sent to %1").arg(request.provider));
        Q_EMIT approvalNeeded(request);
    });
}

InterviewPipeline::~InterviewPipeline()
{
    d->running = false;
    d->abortAll();
    delete d;
}

void InterviewPipeline::start(const QString &resumePath, const QString &password)
{
    if (d->running)
        cancel();
    d->resetRun();
    d->state.sourceFile = QFileInfo(resumePath).fileName();
    const int runId = d->runId;
    QTimer::singleShot(0, this, [this, runId, resumePath, password] {
        if (d->running && d->runId == runId)
            d->readResume(resumePath, password);
    });
}

void InterviewPipeline::startWithText(const QString &resumeText, const QString &sourceFile)
{
    if (d->running)
        cancel();
    d->resetRun();
    d->state.sourceFile = sourceFile;
    // Asynchronous like start(): callers may connect after calling.
    const int runId = d->runId;
    QTimer::singleShot(0, this, [this, runId, resumeText, sourceFile] {
        if (!d->running || d->runId != runId)
            return;
        Q_EMIT resumeLoaded(sourceFile, 0);
        d->runFromText(resumeText, sourceFile);
    });
}

void InterviewPipeline::cancel()
{
    if (!d->running)
        return;
    d->cancelled = true;
    d->settleResolutions();
    d->abortAll();
    d->clearWaits();
    for (auto &b : d->batches) {
        if (b.phase != BatchRun::Phase::Done) {
            for (int i : b.skills)
                d->skills.fail(i, tr("Cancelled"));
            d->restoreAfterFailedRegeneration(b);
        }
    }
    for (qsizetype i = 0; i < d->state.skills.size(); ++i) {
        const SkillResult &s = d->state.skills.at(i);
        if (s.state != SkillState::Done && s.state != SkillState::Failed)
            d->skills.fail(int(i), tr("Cancelled"));
    }
    d->settleGaps(tr("Cancelled"));
    d->activity(tr("Cancelled"));
    d->finishRun();
}

bool InterviewPipeline::Private::beginSkillBatch(int index)
{
    for (const auto &b : std::as_const(batches))
        if (b.phase != BatchRun::Phase::Done && b.skills.contains(index))
            return false;
    if (!running) {
        running = true;
        cancelled = false;
    }
    // The user may have fixed what stopped the run (a key, a quota): try the questions provider again.
    questionsStop->reset();
    state.error.clear();
    return true;
}

void InterviewPipeline::regenerateSkill(int index)
{
    if (index < 0 || index >= d->state.skills.size())
        return;
    const SkillResult &s = d->state.skills.at(index);
    if (s.state == SkillState::Searching || s.state == SkillState::Generating || !d->beginSkillBatch(index))
        return;
    const SkillResult previous = s;
    d->discoveryStop->reset();
    if (d->groundingActive())
        d->state.models.insert(QStringLiteral("discovery"), d->settings.discoveryModel);
    d->skills.requeue(index, d->groundingActive());
    BatchRun &b = d->addBatch({ index });
    b.number = 0; // a regeneration is not one of the run's numbered batches
    b.regenerate = true;
    if (previous.hasQuestions())
        b.previous = previous;
    d->activity(tr("Regenerating %1").arg(previous.name));
    d->pump();
}

void InterviewPipeline::askMore(int index, FollowUp kind, const QStringList &alsoAvoid)
{
    if (index < 0 || index >= d->state.skills.size() || kind == FollowUp::None)
        return;
    const SkillResult &s = d->state.skills.at(index);
    if (s.state != SkillState::Done || !s.hasQuestions() || !d->beginSkillBatch(index))
        return;
    const SkillResult previous = s;
    BatchRun &b = d->addBatch({ index });
    b.number = 0; // not one of the run's numbered batches
    b.regenerate = true; // no cache; the earlier result comes back if this fails
    b.previous = previous;
    b.followUp = kind;
    b.avoid = followUpAvoidList(questionTexts(previous.questions), alsoAvoid);
    // Straight to generation with the notes the skill has.
    b.ready = { index };
    b.phase = BatchRun::Phase::ReadyToGenerate;
    d->activity(kind == FollowUp::Harder ? tr("Asking for harder questions for %1").arg(previous.name)
                                         : tr("Asking for more questions for %1").arg(previous.name));
    d->pump();
}

void InterviewPipeline::setSendPreview(bool on)
{
    d->sendPreview = on;
}

void InterviewPipeline::setGivenSkills(const QStringList &skills)
{
    d->givenSkills = skills;
}

void InterviewPipeline::setJobDescription(const QString &text)
{
    d->jobText = text.trimmed();
}

void InterviewPipeline::setReviewSkills(bool on)
{
    d->reviewSkills = on;
}

bool InterviewPipeline::isAwaitingSkillReview() const
{
    return d->running && d->awaitingReview;
}

bool InterviewPipeline::confirmSkills(const QStringList &skills)
{
    if (!isAwaitingSkillReview())
        return false;
    const QStringList names = normaliseSkills(skills, settingRange(&Settings::skillCount).max);
    if (names.isEmpty())
        return false;
    d->awaitingReview = false;
    d->activity(tr("Writing questions for the %n skill(s) you chose", nullptr, int(names.size())));
    d->startSkills(names);
    return true;
}

void InterviewPipeline::approveSending(const QString &provider)
{
    if (d->running && !d->cancelled)
        d->approval->approve(provider);
}

const QList<SentRequest> &InterviewPipeline::sentLog() const
{
    return d->sentLog;
}

void InterviewPipeline::setResultCache(ResultCache *cache)
{
    d->cache.setCache(cache);
}

ResultCache *InterviewPipeline::resultCache() const
{
    return d->cache.cache();
}

void InterviewPipeline::setSourceResolver(SourceResolver *resolver)
{
    d->resolver = resolver;
}

void InterviewPipeline::continueSession(const Session &session)
{
    if (d->running)
        cancel();
    d->settings = session.settings.appliedTo(d->settings);
    d->jobText = session.run.jobText; // continuing keeps the run's job
    d->resetRun();
    const ContinuePlan plan = planContinuation(session.run, d->groundingActive());
    RunState prepared = prepareContinuation(session.run, plan);
    if (!prepared.generatedAt.isValid())
        prepared.generatedAt = d->state.generatedAt;
    for (auto it = d->state.models.cbegin(); it != d->state.models.cend(); ++it)
        if (!prepared.models.contains(it.key()))
            prepared.models.insert(it.key(), it.value());
    const int runId = d->runId;
    if (plan.extractSkills) {
        // Nothing but the resume survived: read it again, and only if it is still the same text.
        d->state = prepared;
        d->expectedSha256 = session.run.resumeSha256;
        const QString path = session.meta.resumePath;
        QTimer::singleShot(0, this, [this, runId, path] {
            if (!d->running || d->runId != runId)
                return;
            if (path.isEmpty())
                d->failRun(tr("This session does not say where its resume is; open the resume to start a new run."));
            else
                d->readResume(path, QString());
        });
        return;
    }
    d->state.sourceFile = prepared.sourceFile;
    QTimer::singleShot(0, this, [this, runId, prepared, plan] {
        if (d->running && d->runId == runId)
            d->continueFrom(prepared, plan.discover, plan.generate);
    });
}

bool InterviewPipeline::isRunning() const
{
    return d->running;
}

const RunState &InterviewPipeline::state() const
{
    return d->state;
}

std::shared_ptr<const Redaction> InterviewPipeline::redaction() const
{
    return d->redaction;
}

} // namespace ip
