#pragma once

#include <QMetaType>
#include <QtGlobal>

namespace ip {

// Requests and tokens spent: by one provider call (all its attempts), by a provider over its life,
// and by a whole run (RunState::usage, saved in session files and printed in reports).
struct TokenUsage
{
    int requests = 0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;

    [[nodiscard]] qint64 totalTokens() const { return promptTokens + completionTokens; }

    TokenUsage &operator+=(const TokenUsage &o)
    {
        requests += o.requests;
        promptTokens += o.promptTokens;
        completionTokens += o.completionTokens;
        return *this;
    }
    friend bool operator==(const TokenUsage &, const TokenUsage &) = default;
};

} // namespace ip

Q_DECLARE_METATYPE(ip::TokenUsage)
