#pragma once

#include "settings/Settings.h"

#include <QProcessEnvironment>
#include <QStringList>

namespace ip {

// Headless runs and tests point the providers elsewhere through the environment:
//   INTERVIEW_PREP_GROQ_BASE_URL    -> Settings::groqBaseUrl
//   INTERVIEW_PREP_GEMINI_BASE_URL  -> Settings::geminiBaseUrl
// A variable that is set but not an http(s) URL is ignored with a warning. Returns the names of
// the variables that were applied (each is also logged at info level).
QStringList applyEnvironmentOverrides(Settings &settings,
                                      const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

// True when the URL can be a provider base URL: valid, http or https, with a host.
bool isValidBaseUrl(const QUrl &url);

} // namespace ip
