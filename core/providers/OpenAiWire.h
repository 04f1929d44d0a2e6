#pragma once

#include "common/Result.h"
#include "net/SseParser.h"
#include "providers/ChatProvider.h"
#include "providers/JsonMode.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ip {

// OpenAI-compatible chat completions on the wire (Groq, OpenAI, OpenRouter, Ollama, LM Studio,
// llama.cpp). Pure functions and value types: no network, no event loop.

struct OpenAiBodyOptions
{
    JsonMode jsonMode = JsonMode::None;
    bool strictSchema = false; // json_schema.strict (Groq: gpt-oss models only)
    bool legacyMaxTokens = false; // "max_tokens" instead of "max_completion_tokens"
    bool hideReasoning = false; // "include_reasoning": false (Groq)
    bool stream = false; // "stream": true + stream_options.include_usage
};

// The POST /chat/completions body. For JsonObject / Instructions the schema is added to the
// system prompt (json_object mode also needs the word "JSON" in the messages).
QJsonObject buildOpenAiChatBody(const ChatRequest &request, const OpenAiBodyOptions &options);

// [a-zA-Z0-9_-]{1,64}; "response" when nothing is left.
QString sanitizedSchemaName(const QString &name);

// A whole (non-streaming) 200 body → response (text, finishReason, model, usage with requests = 1).
// Errors: a 200 carrying {"error": …} (LM Studio), non-JSON, no choices, a refusal or
// content_filter (ContentBlocked), no text (MalformedResponse; names the output budget when
// finish_reason is "length").
Result<ChatResponse, ProviderError> parseOpenAiChatResponse(const QString &provider, const QByteArray &body);

// Streaming: feed each SSE event; collects text, finish reason, usage (top-level `usage` or
// Groq's x_groq.usage), stops at [DONE], and turns an "error" event or data object into an error.
class OpenAiStreamAccumulator
{
public:
    explicit OpenAiStreamAccumulator(QString provider)
        : m_provider(std::move(provider))
    { }

    // Returns the text delta carried by this event (empty if none).
    QString feed(const SseEvent &event);
    // Text the SSE parser could not attribute to a field (llama.cpp "error: {...}" lines).
    void feedStrayText(const QByteArray &text);
    [[nodiscard]] bool isDone() const { return m_done; }
    [[nodiscard]] const std::optional<ProviderError> &error() const { return m_error; }
    [[nodiscard]] const QString &text() const { return m_response.text; }
    // End of the HTTP body: the response, or why the stream is unusable.
    Result<ChatResponse, ProviderError> finish() const;

private:
    void fail(const ProviderError &e);

    QString m_provider;
    ChatResponse m_response;
    bool m_done = false;
    bool m_sawChunk = false;
    std::optional<ProviderError> m_error;
};

// GET /models → models (id, context_window when present), sorted by id.
Result<QList<ModelInfo>, ProviderError> parseOpenAiModels(const QString &provider, const QByteArray &body);

} // namespace ip
