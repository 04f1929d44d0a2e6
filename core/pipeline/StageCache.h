#pragma once

#include "session/CacheKey.h"
#include "session/DiscoveryResult.h"
#include "session/RunState.h"
#include "settings/Settings.h"

#include <QMap>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace ip {

class ChatProvider;
class ResultCache;

// The result cache as the stages meet it: for each stage's work (the resume's skills, one skill's
// discovery, one skill's questions) one lookup before the request and one store of what was
// accepted, with the key built here from the run (resume digest, skill, provider, settings, prompt
// versions, the notes the questions were written from). A hit costs no request and no usage; it
// comes with the prompt versions it was made with (for RunState::promptVersions). Without a
// ResultCache every lookup misses and nothing is stored.
class StageCache
{
public:
    // The run the keys are made for: read at each call (they change between runs).
    StageCache(const RunState &state, const Settings &settings, const QPointer<ChatProvider> &questions,
               const QPointer<ChatProvider> &discovery)
        : m_state(state)
        , m_settings(settings)
        , m_questions(questions)
        , m_discovery(discovery)
    { }

    void setCache(ResultCache *cache) { m_cache = cache; }
    [[nodiscard]] ResultCache *cache() const { return m_cache; }
    [[nodiscard]] bool isOn() const { return m_cache != nullptr; }

    template<typename T>
    struct Hit
    {
        T value;
        QMap<QString, int> prompts; // the prompt versions of the key
    };

    [[nodiscard]] std::optional<Hit<QStringList>> skills() const;
    void storeSkills(const QStringList &skills) const;
    // Only the first discovery prompt is in the hit's prompts: a run records the prompts it used,
    // and the simpler retry prompt is part of the key only.
    [[nodiscard]] std::optional<Hit<DiscoveryResult>> discovery(int index) const;
    // Stores only answers (see ResultCache::storeDiscovery).
    void storeDiscovery(int index, const DiscoveryResult &result, bool answered) const;
    [[nodiscard]] std::optional<Hit<SkillQuestions>> questions(int index) const;
    // Stores the skill's questions once it is Done.
    void storeQuestions(int index) const;

private:
    [[nodiscard]] CacheKey skillsKey() const;
    [[nodiscard]] CacheKey discoveryKey(int index) const;
    [[nodiscard]] CacheKey questionsKey(int index) const;

    const RunState &m_state;
    const Settings &m_settings;
    const QPointer<ChatProvider> &m_questions;
    const QPointer<ChatProvider> &m_discovery;
    ResultCache *m_cache = nullptr;
};

} // namespace ip
