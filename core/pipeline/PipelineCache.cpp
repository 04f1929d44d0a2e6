// InterviewPipeline and the result cache: keys for each stage's work, lookups before a request,
// storing what was accepted. A hit costs no request and no usage.

#include "pipeline/InterviewPipelinePrivate.h"
#include "pipeline/Prompts.h"
#include "providers/ChatProvider.h"
#include "session/ResultCache.h"

#include <QTimer>

namespace ip {

namespace {

const QString kExtractPrompt = QStringLiteral("extract_skills");
const QString kDiscoverPrompt = QStringLiteral("discover_sources");
const QString kDiscoverSimplePrompt = QStringLiteral("discover_sources_simple");
const QString kGroundedPrompt = QStringLiteral("questions_grounded");
const QString kContextFreePrompt = QStringLiteral("questions_context_free");

int promptVersion(const QString &name)
{
    const auto prompt = loadPrompt(name);
    return prompt.isOk() ? prompt.value().version : 0;
}

QMap<QString, int> versions(const QStringList &names)
{
    QMap<QString, int> out;
    for (const QString &name : names)
        out.insert(name, promptVersion(name));
    return out;
}

QString providerName(const QPointer<ChatProvider> &provider)
{
    return provider ? provider->name() : QString();
}

} // namespace

CacheKey InterviewPipeline::Private::skillsKey() const
{
    return CacheKey::forSkills(state.resumeSha256, providerName(questions), settings, versions({ kExtractPrompt }));
}

CacheKey InterviewPipeline::Private::discoveryKey(int index) const
{
    return CacheKey::forDiscovery(state.resumeSha256, state.skills.at(index).name, providerName(discovery), settings,
                                  versions({ kDiscoverPrompt, kDiscoverSimplePrompt }));
}

CacheKey InterviewPipeline::Private::questionsKey(int index) const
{
    const SkillResult &s = state.skills.at(index);
    const QString context = s.isGrounded() ? s.contextText : QString();
    return CacheKey::forQuestions(state.resumeSha256, s.name, providerName(questions), settings,
                                  versions({ context.isEmpty() ? kContextFreePrompt : kGroundedPrompt }), context);
}

bool InterviewPipeline::Private::deferCacheLookup(BatchRun &b, BatchRun::Phase busy, bool BatchRun::*checked,
                                                  BatchRun::Phase ready)
{
    if (!cache || b.regenerate || b.*checked)
        return false;
    b.phase = busy; // keeps its place among the calls in flight
    const int run = runId;
    const auto index = qsizetype(&b - batches.data());
    QTimer::singleShot(0, q, [this, run, index, busy, checked, ready] {
        if (!running || runId != run || index >= batches.size())
            return;
        BatchRun &batch = batches[index];
        if (batch.phase != busy || batch.*checked)
            return;
        batch.*checked = true;
        batch.phase = ready; // the scheduler starts it again, within its limits
        pump();
    });
    return true;
}

QList<int> InterviewPipeline::Private::discoveryFromCache(const BatchRun &b)
{
    if (!cache || b.regenerate)
        return b.skills;
    QList<int> ask;
    QStringList found;
    for (int i : b.skills) {
        const CacheKey key = discoveryKey(i);
        const auto hit = cache->discovery(key);
        if (!hit) {
            ask.append(i);
            continue;
        }
        // The retry prompt is part of the key, but a run records the prompts it used: the first one.
        state.promptVersions.insert(kDiscoverPrompt, key.prompts.value(kDiscoverPrompt));
        SkillResult &s = state.skills[i];
        s.context = hit->grounded ? ContextKind::Grounded : ContextKind::ContextFree;
        s.contextText = hit->grounded ? hit->contextText : QString();
        s.sources = hit->sources;
        s.contextReason = hit->grounded ? QString() : hit->reason;
        s.retryDiscovery = false;
        found.append(s.name);
        skillChanged(i);
    }
    if (!found.isEmpty())
        activity(tr("%1: web notes for %2 from the cache (no request)")
                     .arg(batchLabel(b), found.join(QStringLiteral(", "))));
    return ask;
}

void InterviewPipeline::Private::storeDiscovery(const DiscoveredSkill &d)
{
    if (!cache || !d.answered || d.skillIndex < 0 || d.skillIndex >= state.skills.size())
        return;
    cache->storeDiscovery(discoveryKey(d.skillIndex), CachedDiscovery { d.grounded, d.context, d.sources, d.reason });
}

QList<int> InterviewPipeline::Private::questionsFromCache(const BatchRun &b, const QList<int> &skills)
{
    if (!cache || b.regenerate)
        return skills;
    QList<int> ask;
    QStringList found;
    for (int i : skills) {
        const CacheKey key = questionsKey(i);
        const auto hit = cache->questions(key);
        if (!hit) {
            ask.append(i);
            continue;
        }
        for (auto it = key.prompts.cbegin(); it != key.prompts.cend(); ++it)
            state.promptVersions.insert(it.key(), it.value());
        found.append(state.skills.at(i).name);
        completeSkill(i, *hit);
    }
    if (!found.isEmpty())
        activity(tr("%1: questions for %2 from the cache (no request)")
                     .arg(batchLabel(b), found.join(QStringLiteral(", "))));
    return ask;
}

void InterviewPipeline::Private::storeQuestions(int index)
{
    if (!cache || index < 0 || index >= state.skills.size())
        return;
    const SkillResult &s = state.skills.at(index);
    if (s.state == SkillState::Done)
        cache->storeQuestions(questionsKey(index), s.questions);
}

} // namespace ip
