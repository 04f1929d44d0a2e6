#include "pipeline/GenerationStage.h"

#include "pipeline/GenerationPlanner.h"
#include "pipeline/PipelineLog.h"
#include "pipeline/QuestionAnswers.h"
#include "pipeline/TokenBudget.h"

#include <QTimer>

namespace ip {

GenerationStage::GenerationStage(ChatProvider *provider, const Settings &settings, const QList<GenerationItem> &items,
                                 QObject *parent)
    : PipelineStage(provider, settings, parent)
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

qint64 GenerationStage::tokenLimit() const
{
    return TokenLimits { settings().safeTokenLimit, provider() ? provider()->tokensPerMinuteLimit() : 0 }.plannable();
}

qint64 GenerationStage::cost(const GenerationJob &job) const
{
    const auto built = buildQuestionsRequest(job, settings());
    if (built.isError() || !provider())
        return 0;
    return provider()->estimateTokens(built.value().request.messages) + built.value().request.maxOutputTokens;
}

void GenerationStage::start()
{
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
        if (isCancelled())
            return;
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
            const GenerationJob toSend = plan.jobs.front();
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
            send(
                built.value(), [this, toSend](const ChatResponse &r) { handleAnswer(toSend, r); },
                [this, toSend](const ProviderError &e) { handleError(toSend, e); });
            return;
        }
        Q_EMIT finished();
    });
}

void GenerationStage::handleAnswer(const GenerationJob &job, const ChatResponse &response)
{
    QStringList asked;
    for (const auto &item : job.items)
        asked.append(item.name);
    const QList<QStringList> matched
        = matchAnswers(questionsFromObject(response.json), asked, settings().questionsPerSkill);
    GenerationJob missing = job;
    missing.items.clear();
    missing.reask = true;
    for (qsizetype i = 0; i < job.items.size(); ++i) {
        if (matched.at(i).isEmpty()) {
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

void GenerationStage::handleError(const GenerationJob &job, const ProviderError &error)
{
    if (error.stopsProvider()) {
        QList<int> left = job.skillIndices();
        for (const auto &queued : std::as_const(m_queue))
            left += queued.skillIndices();
        m_queue.clear();
        Q_EMIT providerStopped(error, left);
        if (!isCancelled())
            Q_EMIT finished();
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
