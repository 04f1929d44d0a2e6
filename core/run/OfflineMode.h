#pragma once

#include "settings/Settings.h"

#include <QString>

namespace ip {

// Offline mode (Settings::offlineMode): the settings a run uses when it is on — skills and questions
// from the server on this computer (localBaseUrl, localModel; no key needed, no free-tier limits), no
// web research (grounding off, so no Gemini provider is made). Off: `settings` unchanged. Base-URL
// overrides from the environment are not applied in offline mode (ProviderFactory).
[[nodiscard]] Settings offlineApplied(Settings settings);

// Why a run cannot start in offline mode with `settings` (already offlineApplied): the server is not
// on this computer, or no model is chosen. Empty when it can (or offline mode is off).
[[nodiscard]] QString offlineProblem(const Settings &settings);

} // namespace ip
