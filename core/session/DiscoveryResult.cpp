#include "session/DiscoveryResult.h"

namespace ip {

void applyDiscovery(SkillResult &skill, const DiscoveryResult &result)
{
    skill.context = result.grounded ? ContextKind::Grounded : ContextKind::ContextFree;
    skill.contextText = result.grounded ? result.contextText : QString();
    skill.sources = result.sources;
    skill.contextReason = result.grounded ? QString() : result.reason;
}

DiscoveryResult discoveryOf(const SkillResult &skill)
{
    return DiscoveryResult { skill.isGrounded(), skill.contextText, skill.sources, skill.contextReason };
}

} // namespace ip
