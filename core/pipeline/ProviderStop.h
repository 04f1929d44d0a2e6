#pragma once

#include "providers/ProviderError.h"

#include <optional>

namespace ip {

// The one owner, within the pipeline, of "this provider has stopped": the first QuotaExhausted /
// Unauthorized answer (ProviderError::stopsProvider) is recorded here, and every stage that calls
// the provider asks before each request (PipelineStage::send fails at once with the recorded error
// instead of reaching the provider; a call already in flight may finish). One per provider role of
// a run (discovery, questions); reset() when the user asks to try again (regenerate, a new run).
// The provider's own memory (HttpChatProvider's daily quota) is the provider's, not this.
class ProviderStop
{
public:
    // Records the stop; true the first time (the caller reports it once), false when already stopped.
    bool stop(const ProviderError &why)
    {
        if (m_why)
            return false;
        m_why = why;
        return true;
    }
    [[nodiscard]] bool isStopped() const { return m_why.has_value(); }
    // The error that stopped the provider (nullopt while it may be called).
    [[nodiscard]] const std::optional<ProviderError> &reason() const { return m_why; }
    void reset() { m_why.reset(); }

private:
    std::optional<ProviderError> m_why;
};

} // namespace ip
