#pragma once

// Logging category of the HTTP layer ("ip.net.http"). Never log secrets: pass URLs, headers and
// bodies through redact() (log/Redaction.h) first.

#include <QLoggingCategory>

namespace ip {
Q_DECLARE_LOGGING_CATEGORY(lcNetHttp)
} // namespace ip
