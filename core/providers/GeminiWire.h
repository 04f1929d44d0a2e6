#pragma once

#include "common/Result.h"
#include "providers/ChatProvider.h"
#include "providers/JsonMode.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ip {

// Gemini generateContent / streamGenerateContent on the wire. Pure functions and value types.

struct GeminiBodyOptions
{
    // JsonSchema: responseMimeType application/json + responseJsonSchema; JsonObject: the mime type
    // only, with the schema in the system instruction; Instructions: the system instruction only.
    JsonMode jsonMode = JsonMode::None;
};

// The request body: systemInstruction (system messages), contents (user / model turns; adjacent
// turns of the same role are merged), generationConfig (temperature, maxOutputTokens, JSON mode,
// thinkingBudget from reasoningEffort: none 0, low 1024, medium 8192, high 24576), and
// tools [{"google_search": {}}] when request.googleSearch.
QJsonObject buildGeminiBody(const ChatRequest &request, const GeminiBodyOptions &options);

// Collects GenerateContentResponse objects: one for a unary call, one per SSE chunk for a stream
// (each chunk holds only the new text; usageMetadata is cumulative; groundingMetadata may come in
// the last chunk with an empty content {}). Thought parts are skipped.
class GeminiAccumulator
{
public:
    explicit GeminiAccumulator(QString provider)
        : m_provider(std::move(provider))
    { }

    // Returns the text delta of this chunk (empty if none).
    QString feed(const QJsonObject &chunk);
    // A raw SSE data payload (or an unprefixed JSON error body): parsed, then fed.
    QString feedData(const QByteArray &data);
    [[nodiscard]] const std::optional<ProviderError> &error() const { return m_error; }
    [[nodiscard]] const QString &text() const { return m_text; }
    // The response (text, finishReason, model, usage, grounding mapped onto the whole text), or:
    // the error chunk's classification; promptFeedback.blockReason or a safety finishReason →
    // ContentBlocked; no text → MalformedResponse (MAX_TOKENS names the thinking/output budget).
    Result<ChatResponse, ProviderError> finish() const;

private:
    void fail(const ProviderError &e);

    QString m_provider;
    QString m_text;
    QString m_finishReason;
    QString m_model;
    QString m_blockReason;
    TokenUsage m_usage;
    bool m_sawUsage = false;
    int m_chunks = 0;
    QList<qint64> m_partByteOffsets; // of the first chunk, for partIndex (unary answers)
    QJsonArray m_groundingChunks, m_groundingSupports, m_searchQueries; // latest non-empty of each
    std::optional<ProviderError> m_error;
};

// A unary 200 body → response (feed + finish).
Result<ChatResponse, ProviderError> parseGeminiResponse(const QString &provider, const QByteArray &body);

// GET /models → models supporting generateContent ("models/" stripped), sorted by id.
// `nextPageToken` receives the page token, if any.
Result<QList<ModelInfo>, ProviderError> parseGeminiModels(const QString &provider, const QByteArray &body,
                                                          QString *nextPageToken = nullptr);

} // namespace ip
