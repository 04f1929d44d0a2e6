#include "pipeline/StageCache.h"

#include "pipeline/Prompts.h"
#include "providers/ChatProvider.h"
#include "session/ResultCache.h"

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

bool validIndex(const RunState &state, int index)
{
    return index >= 0 && index < state.skills.size();
}

} // namespace

CacheKey StageCache::skillsKey() const
{
    return CacheKey::forSkills(m_state.resumeSha256, providerName(m_questions), m_settings,
                               versions({ kExtractPrompt }));
}

CacheKey StageCache::discoveryKey(int index) const
{
    return CacheKey::forDiscovery(m_state.resumeSha256, m_state.skills.at(index).name, providerName(m_discovery),
                                  m_settings, versions({ kDiscoverPrompt, kDiscoverSimplePrompt }));
}

CacheKey StageCache::questionsKey(int index) const
{
    const SkillResult &s = m_state.skills.at(index);
    const QString context = s.isGrounded() ? s.contextText : QString();
    return CacheKey::forQuestions(m_state.resumeSha256, s.name, providerName(m_questions), m_settings,
                                  versions({ context.isEmpty() ? kContextFreePrompt : kGroundedPrompt }), context);
}

std::optional<StageCache::Hit<QStringList>> StageCache::skills() const
{
    if (!m_cache)
        return std::nullopt;
    const CacheKey key = skillsKey();
    if (auto hit = m_cache->skills(key))
        return Hit<QStringList> { *hit, key.prompts };
    return std::nullopt;
}

void StageCache::storeSkills(const QStringList &skills) const
{
    if (m_cache)
        m_cache->storeSkills(skillsKey(), skills);
}

std::optional<StageCache::Hit<DiscoveryResult>> StageCache::discovery(int index) const
{
    if (!m_cache || !validIndex(m_state, index))
        return std::nullopt;
    const CacheKey key = discoveryKey(index);
    if (auto hit = m_cache->discovery(key))
        return Hit<DiscoveryResult> { *hit, { { kDiscoverPrompt, key.prompts.value(kDiscoverPrompt) } } };
    return std::nullopt;
}

void StageCache::storeDiscovery(int index, const DiscoveryResult &result, bool answered) const
{
    if (!m_cache || !answered || !validIndex(m_state, index))
        return;
    m_cache->storeDiscovery(discoveryKey(index), result);
}

std::optional<StageCache::Hit<SkillQuestions>> StageCache::questions(int index) const
{
    if (!m_cache || !validIndex(m_state, index))
        return std::nullopt;
    const CacheKey key = questionsKey(index);
    if (auto hit = m_cache->questions(key))
        return Hit<SkillQuestions> { *hit, key.prompts };
    return std::nullopt;
}

void StageCache::storeQuestions(int index) const
{
    if (!m_cache || !validIndex(m_state, index))
        return;
    const SkillResult &s = m_state.skills.at(index);
    if (s.state == SkillState::Done)
        m_cache->storeQuestions(questionsKey(index), SkillQuestions { s.questions, s.claims });
}

} // namespace ip
