#pragma once

#include <QString>

namespace ip {

// A run stage's name for people, from its tag: "skills" → "Skills", "discovery" → "Sources",
// "questions" → "Questions" (translated); an unknown tag as it is.
[[nodiscard]] QString stageDisplayName(const QString &stage);

} // namespace ip
