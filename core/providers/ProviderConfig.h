#pragma once

#include "common/Clock.h"

#include <QString>
#include <QUrl>

namespace ip {

// Everything an HTTP chat provider needs besides its transport. A plain value; see
// ProviderFactory.h for the one built from Settings.
struct ProviderConfig
{
    QString name; // display name for messages and logs: "Groq", "Gemini", "Ollama", …
    QUrl baseUrl; // e.g. https://api.groq.com/openai/v1 (no trailing "/chat/completions")
    QString apiKey; // never logged; may be empty for loopback OpenAI-compatible servers
    QString defaultModel; // used when ChatRequest::model is empty

    // Client-side rate limit shared by every call of the provider (0 = unlimited).
    int requestsPerMinute = 0;
    qint64 tokensPerMinute = 0;
    // Groq: x-ratelimit-*-requests headers count per DAY (OpenAI: per minute).
    bool requestHeadersPerDay = false;

    int totalTimeoutMs = 120'000; // per HTTP request
    int firstByteTimeoutMs = 60'000; // streams: until the response headers
    int idleTimeoutMs = 60'000; // streams: silence between chunks

    int maxRetries = 4; // attempts after the first (overload, network, rate limit)
    qint64 backoffBaseMs = 1'000; // full-jitter backoff: first ceiling
    qint64 backoffCapMs = 30'000; // and the largest
    qint64 maxRateLimitWaitMs = 120'000; // a server wait hint longer than this fails the call

    // OpenAI-compatible only.
    bool hideReasoning = false; // send include_reasoning:false for gpt-oss models (Groq)
    bool legacyMaxTokens = false; // send max_tokens instead of max_completion_tokens

    Clock *clock = nullptr; // null = Clock::system()
    RandomSource *random = nullptr; // null = RandomSource::system()
};

} // namespace ip
