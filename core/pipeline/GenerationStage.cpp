#include "pipeline/GenerationStage.h"

#include "pipeline/GenerationPlanner.h"
#include "pipeline/PipelineLog.h"
#include "pipeline/QuestionAnswers.h"
#include "pipeline/TokenBudget.h"

#include <QTimer>

#include <algorithm>
#include <memory>

namespace ip {

GenerationStage::GenerationStage(ChatProvider *provider, const Settings &settings, const QList<GenerationItem> &items,
                                 QObject *parent, bool moreToCome)
    : PipelineStage(provider, settings, parent)
    , m_inputClosed(!moreToCome)
{
    GenerationJob grounded;
    grounded.grounded = true;
    GenerationJob contextFree;
    for (const auto &item : items)
        (item.context.isEmpty() ? contextFree : grounded).items.append(item);
    for (const auto &job : { grounded, contextFree })
        if (!job.items.isEmpty())
            m_queue.append(job);
}

void GenerationStage::addItems(const QList<GenerationItem> &items)
{
    if (m_inputClosed || isCancelled())
        return;
    for (const auto &item : items) {
        const bool grounded = !item.context.isEmpty();
        // Join a queued (not yet sent) request of the same kind; the planner splits it if too large.
        auto it = std::find_if(m_queue.begin(), m_queue.end(),
                               [&](const GenerationJob &j) { return j.grounded == grounded && !j.reask; });
        if (it != m_queue.end()) {
            it->items.append(item);
        } else {
            GenerationJob job;
            job.grounded = grounded;
            job.items.append(item);
            m_queue.append(job);
        }
    }
    if (m_started && !hasCallInFlight())
        next();
}

void GenerationStage::closeInput()
{
    if (m_inputClosed)
        return;
    m_inputClosed = true;
    if (m_started && !hasCallInFlight())
        next();
}

qint64 GenerationStage::tokenLimit() const
{
    return TokenLimits { settings().safeTokenLimit,
                         provider() ? provider()->tokensPerMinuteLimit(settings().questionModel) : 0 }
        .plannable();
}

qint64 GenerationStage::cost(const GenerationJob &job) const
{
    const auto built = buildQuestionsRequest(job, settings());
    if (built.isError() || !provider())
        return 0;
    return provider()->estimateTokens(built.value().request.messages) + built.value().request.maxOutputTokens;
}

qsizetype GenerationStage::skillsThatFitNow(const GenerationJob &job) const
{
    if (job.items.size() < 2 || !provider())
        return 0;
    const auto waitFor = [this](const GenerationJob &j) -> std::optional<ChatProvider::TokenWindowWait> {
        const auto built = buildQuestionsRequest(j, settings());
        if (built.isError())
            return std::nullopt;
        return provider()->tokenWindowWait(built.value().request);
    };
    const auto whole = waitFor(job);
    // A split repeats the instructions and spends reasoning again: only worth it against a long wait.
    if (!whole || whole->waitMs < whole->windowMs / kSplitForWaitDivisor)
        return 0;
    for (qsizetype k = job.items.size() - 1; k >= 1; --k) {
        GenerationJob part = job;
        part.items = job.items.mid(0, k);
        const auto wait = waitFor(part);
        if (wait && wait->waitMs == 0)
            return k;
    }
    return 0;
}

void GenerationStage::setFollowUp(FollowUp kind, const QStringList &avoid)
{
    for (GenerationJob &job : m_queue) {
        job.followUp = kind;
        job.avoid = avoid;
    }
}

void GenerationStage::setResumeQuotes(std::shared_ptr<const ResumeQuotes> quotes)
{
    m_quotes = std::move(quotes);
}

AnswerReader GenerationStage::readerFor(const GenerationJob &job) const
{
    QList<int> sourceCounts;
    for (const auto &item : job.items)
        sourceCounts.append(job.grounded ? int(item.sources.size()) : 0);
    return AnswerReader(sourceCounts, m_quotes, job.avoid);
}

void GenerationStage::holdForMore(bool firstAtOnce)
{
    m_hold = true;
    m_firstAtOnce = firstAtOnce;
}

void GenerationStage::start()
{
    m_started = true;
    next();
}

void GenerationStage::next()
{
    // Never emit from inside start() or a provider callback chain that the caller is still in:
    // every step runs from the event loop.
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        if (isCancelled() || m_finished || hasCallInFlight())
            return; // a call in flight calls next() when it ends
        if (m_hold && !m_inputClosed && !(m_firstAtOnce && m_sent == 0))
            return; // held until the input closes (holdForMore)
        while (!m_queue.isEmpty()) {
            const GenerationJob job = m_queue.takeFirst();
            const GenerationPlan plan = planGeneration(
                job, [this](const GenerationJob &j) { return cost(j); }, tokenLimit());
            if (!plan.tooLarge.isEmpty())
                failItems(
                    plan.tooLarge,
                    tr("Too large for the token limit (%1) even alone and without research notes").arg(tokenLimit()));
            if (isCancelled())
                return;
            if (plan.jobs.isEmpty())
                continue;
            if (plan.jobs.size() > 1)
                qCDebug(lcPipeline) << "split a generation job of" << job.items.size() << "skills into"
                                    << plan.jobs.size() << "requests";
            for (qsizetype i = plan.jobs.size() - 1; i >= 1; --i)
                m_queue.prepend(plan.jobs.at(i));
            GenerationJob toSend = plan.jobs.front();
            if (const qsizetype fit = skillsThatFitNow(toSend); fit > 0) {
                GenerationJob rest = toSend;
                rest.items = toSend.items.mid(fit);
                toSend.items = toSend.items.mid(0, fit);
                m_queue.prepend(rest);
                qCDebug(lcPipeline) << "sent" << fit << "of" << fit + rest.items.size()
                                    << "skills now: the whole request would wait for the token window";
            }
            if (!toSend.grounded) {
                for (const auto &item : toSend.items) {
                    if (item.contextTrimmed && !m_dropped.contains(item.skillIndex)) {
                        m_dropped.insert(item.skillIndex);
                        Q_EMIT contextDropped(item.skillIndex, tr("Research notes did not fit the token limit"));
                    }
                }
            }
            auto built = buildQuestionsRequest(toSend, settings());
            if (built.isError()) {
                failItems(toSend.items, built.error());
                continue;
            }
            QStringList asked;
            for (const auto &item : toSend.items)
                asked.append(item.name);
            auto router
                = std::make_shared<QuestionStreamRouter>(asked, questionsWanted(toSend, settings()), readerFor(toSend));
            auto answered = std::make_shared<qsizetype>(0); // skills this call has answered in full
            StreamHooks hooks;
            hooks.onDelta = [this, toSend, router, answered](const QString &delta) {
                publish(toSend, router->feed(delta));
                if (!isCancelled())
                    narrowRetry(toSend, *router, *answered);
            };
            hooks.onRestart = [router] {
                router->restart();
            };
            ++m_sent;
            send(
                built.value(), hooks,
                [this, toSend, router](const ChatResponse &r) { handleAnswer(toSend, r, router.get()); },
                [this, toSend, router](const ProviderError &e) { handleError(toSend, e, router.get()); });
            return;
        }
        if (!m_inputClosed)
            return; // more skills may come (addItems / closeInput call next())
        m_finished = true;
        Q_EMIT finished();
    });
}

void GenerationStage::publish(const GenerationJob &job, const QList<QuestionStreamRouter::Published> &questions)
{
    for (const auto &p : questions) {
        if (p.askedIndex < 0 || p.askedIndex >= job.items.size())
            continue;
        Q_EMIT questionReady(job.items.at(p.askedIndex).skillIndex, p.question);
        if (isCancelled())
            return;
    }
}

void GenerationStage::narrowRetry(const GenerationJob &job, const QuestionStreamRouter &router, qsizetype &answered)
{
    // Once skills of the call have all their questions, a retry after a cut answer asks only for the
    // others: the published questions are kept, and every skill left out of the request is prompt
    // and output (with reasoning) the retry does not pay for again.
    GenerationJob rest = job;
    rest.items.clear();
    for (qsizetype i = 0; i < job.items.size(); ++i)
        if (router.published().at(i).size() < questionsWanted(job, settings()))
            rest.items.append(job.items.at(i));
    const qsizetype done = job.items.size() - rest.items.size();
    if (done == answered || rest.items.isEmpty())
        return;
    answered = done;
    const auto built = buildQuestionsRequest(rest, settings());
    if (built.isOk())
        setRetryRequest(built.value());
}

void GenerationStage::handleAnswer(const GenerationJob &job, const ChatResponse &response, QuestionStreamRouter *router)
{
    QStringList asked;
    for (const auto &item : job.items)
        asked.append(item.name);
    const QList<SkillQuestions> matched = router->merged(
        matchAnswers(questionsFromObject(response.json), asked, questionsWanted(job, settings()), readerFor(job)));
    GenerationJob missing = job;
    missing.items.clear();
    missing.reask = true;
    for (qsizetype i = 0; i < job.items.size(); ++i) {
        if (matched.at(i).questions.isEmpty()) {
            missing.items.append(job.items.at(i));
            continue;
        }
        Q_EMIT skillQuestions(job.items.at(i).skillIndex, matched.at(i));
        if (isCancelled())
            return;
    }
    if (!missing.items.isEmpty()) {
        if (job.reask) {
            failItems(missing.items, tr("The model returned no questions for this skill"));
        } else {
            QStringList names;
            for (const auto &item : missing.items)
                names.append(item.name);
            Q_EMIT note(tr("The answer left out %1; asking again").arg(names.join(QStringLiteral(", "))));
            m_queue.prepend(missing);
        }
    }
    next();
}

void GenerationStage::stopProvider(const ProviderError &error, QList<int> left)
{
    for (const auto &queued : std::as_const(m_queue))
        left += queued.skillIndices();
    m_queue.clear();
    Q_EMIT providerStopped(error, left);
    if (!isCancelled()) {
        m_finished = true;
        Q_EMIT finished();
    }
}

void GenerationStage::handleError(const GenerationJob &job, const ProviderError &error, QuestionStreamRouter *router)
{
    // Questions that arrived before the call failed are kept (the pipeline has them already);
    // such a skill is not asked again, only reported as failed.
    if (router->publishedCount() > 0) {
        QList<GenerationItem> partial;
        GenerationJob rest = job;
        rest.items.clear();
        for (qsizetype i = 0; i < job.items.size(); ++i)
            (router->published().at(i).isEmpty() ? rest.items : partial).append(job.items.at(i));
        const QString why = error.kind == ProviderErrorKind::Cancelled
            ? error.message
            : tr("The answer broke off after some questions: %1").arg(error.message);
        failItems(partial, why);
        if (isCancelled())
            return;
        if (rest.items.isEmpty()) {
            if (error.stopsProvider())
                stopProvider(error, {});
            else
                next();
            return;
        }
        QuestionStreamRouter none(QStringList(rest.items.size()), 0);
        return handleError(rest, error, &none);
    }
    if (error.stopsProvider()) {
        stopProvider(error, job.skillIndices());
        return;
    }
    if (error.kind == ProviderErrorKind::ContextTooLong || error.kind == ProviderErrorKind::RequestTooLarge) {
        if (job.items.size() > 1) {
            const auto [a, b] = splitJob(job);
            m_queue.prepend(b);
            m_queue.prepend(a);
            Q_EMIT note(tr("%1 found the request too large; splitting it").arg(providerName()));
            next();
            return;
        }
        if (auto smaller = shrinkContext(job)) {
            m_queue.prepend(*smaller);
            Q_EMIT note(tr("%1 found the request too large; shortening the notes for %2")
                            .arg(providerName(), job.items.front().name));
            next();
            return;
        }
    }
    failItems(job.items, error.message);
    next();
}

void GenerationStage::failItems(const QList<GenerationItem> &items, const QString &error)
{
    for (const auto &item : items) {
        Q_EMIT skillFailed(item.skillIndex, error);
        if (isCancelled())
            return;
    }
}

} // namespace ip
