#pragma once

#include "providers/HttpChatProvider.h"

namespace ip {

// Google Gemini (generativelanguage.googleapis.com, v1beta).
//
//  - POST {base}/models/{model}:generateContent, or :streamGenerateContent?alt=sse when streaming;
//    the key goes in the x-goog-api-key header, never in the URL.
//  - googleSearch: tools [{"google_search": {}}]; the answer's grounding metadata is mapped onto
//    the text (ChatResponse::grounding).
//  - ResponseFormat::Json without search: responseMimeType application/json + responseJsonSchema
//    (stepping down on a 400 like the OpenAI-compatible provider). With search (unsupported with
//    JSON mode on 2.5 models): a text call whose answer is parsed leniently.
//  - GET {base}/models (pages followed), models supporting generateContent, "models/" stripped.
class GeminiProvider final : public HttpChatProvider
{
    Q_OBJECT
public:
    GeminiProvider(HttpTransport *transport, ProviderConfig config, QObject *parent = nullptr);

    ModelListCall *listModels(QObject *parent) override;

protected:
    [[nodiscard]] WireFormat wireFormat() const override { return WireFormat::Gemini; }
    [[nodiscard]] HttpRequest buildChatHttpRequest(const ChatRequest &request, const AttemptPlan &plan) const override;
    [[nodiscard]] Result<ChatResponse, ProviderError> parseChatBody(const QByteArray &body) const override;
    [[nodiscard]] std::unique_ptr<StreamReader> newStreamReader() const override;
    [[nodiscard]] JsonMode firstJsonMode(const ChatRequest &request, const QString &model) const override;
    [[nodiscard]] bool streamsAttempt(const ChatRequest &request, JsonMode mode) const override;
    [[nodiscard]] std::optional<ProviderError> configurationError() const override;
    // Gemini sends no rate-limit headers.
    void observeHeaders(const QString &, const HttpHeaders &) override { }
};

} // namespace ip
