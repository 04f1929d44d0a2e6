#pragma once

// Which URLs the app may talk to: https anywhere, plain http only to this machine
// (localhost, 127.0.0.0/8, ::1) so local servers (Ollama, llama.cpp, tests) work.

#include <QString>
#include <QUrl>

namespace ip {

// localhost (and *.localhost), 127.0.0.0/8, ::1 and ::ffff:127.x.y.z.
[[nodiscard]] bool isLoopbackHost(const QString &host);

// True when `url` points at this computer (Ollama, LM Studio, llama.cpp, tests): no key needed,
// plain http allowed. The one rule for "local endpoint" in the app.
[[nodiscard]] bool isLocalEndpoint(const QUrl &url);

// Empty when the URL may be used; otherwise a translated, user-readable reason (no secrets).
[[nodiscard]] QString urlPolicyViolation(const QUrl &url);

} // namespace ip
