#pragma once

#include "session/RunState.h"

#include <QList>
#include <QString>

namespace ip {

// What discovery found for one skill: the discovery stage's answer, the result cache's stored
// value and what is applied to the skill's SkillResult: one type for all three.
struct DiscoveryResult
{
    bool grounded = false;
    QString contextText; // the skill's section (grounded only)
    QList<Source> sources; // de-duplicated by URL, in first-use order
    QString reason; // why context-free (not grounded only)

    friend bool operator==(const DiscoveryResult &, const DiscoveryResult &) = default;
};

// Sets the skill's context, section, sources and reason from `result` (a grounded result carries
// no reason, a context-free one no section). Leaves the skill's state and questions alone.
void applyDiscovery(SkillResult &skill, const DiscoveryResult &result);
// The discovery part of a skill, as applyDiscovery() set it.
[[nodiscard]] DiscoveryResult discoveryOf(const SkillResult &skill);

} // namespace ip
