#pragma once

#include "providers/HttpChatProvider.h"

namespace ip {

// OpenAI-compatible chat completions: Groq (default), OpenAI, OpenRouter, and local servers
// (Ollama, LM Studio, llama.cpp) where no key is needed on a loopback address.
//
//  - POST {base}/chat/completions with "Authorization: Bearer <key>" (omitted when the key is empty
//    and the host is loopback); GET {base}/models for the model list.
//  - ResponseFormat::Json: response_format json_schema (strict for gpt-oss models) → on a 400 saying
//    it is unsupported, json_object → plain instructions; the working mode is remembered per
//    endpoint + model. JSON calls are never streamed (Groq forbids structured output with stream).
//  - Streaming text calls: "stream": true with stream_options.include_usage, deltas via textDelta.
class OpenAiCompatibleProvider final : public HttpChatProvider
{
    Q_OBJECT
public:
    OpenAiCompatibleProvider(HttpTransport *transport, ProviderConfig config, QObject *parent = nullptr);

    ModelListCall *listModels(QObject *parent) override;

protected:
    [[nodiscard]] WireFormat wireFormat() const override { return WireFormat::OpenAiCompatible; }
    [[nodiscard]] HttpRequest buildChatHttpRequest(const ChatRequest &request, const AttemptPlan &plan) const override;
    [[nodiscard]] Result<ChatResponse, ProviderError> parseChatBody(const QByteArray &body) const override;
    [[nodiscard]] std::unique_ptr<StreamReader> newStreamReader() const override;
    [[nodiscard]] JsonMode firstJsonMode(const ChatRequest &request, const QString &model) const override;
    [[nodiscard]] bool streamsAttempt(const ChatRequest &request, JsonMode mode) const override;
    [[nodiscard]] std::optional<ProviderError> configurationError() const override;

private:
    void addAuth(HttpRequest &request) const;
};

// gpt-oss models (strict json_schema, hidden reasoning on Groq).
bool isGptOssModel(const QString &model);

} // namespace ip
