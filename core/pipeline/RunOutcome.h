#pragma once

#include "session/RunState.h"

namespace ip {

// How a run ended, from its state: Cancelled when cancelled; Failed when no skill has questions;
// Complete when every skill is done with questions; Partial otherwise. The message is one line for
// a person and names the skills without questions (and why, when the run was stopped).
RunSummary summariseRun(const RunState &state, bool cancelled);

} // namespace ip
