#pragma once

// Wire rendering of FakeLlmServer (internal to the test support library).

#include "FakeLlmServer.h"

#include <QByteArray>
#include <QList>

namespace ip::test::fakewire {

struct HttpAnswer
{
    int status = 200;
    HttpHeaders headers;
    QByteArray body;
};

// A fault reply (LlmReply::fault set) as the API of `request` would send it.
HttpAnswer faultAnswer(const LlmRequest &request, const LlmReply &reply);
// The 400 for a structured-output mode the server does not support.
HttpAnswer unsupportedJsonMode(const LlmRequest &request, const QString &mode);
// A free-tier refusal: Groq's 429 (or 413) body with the rate-limit headers and retry-after,
// or Gemini's 429 RESOURCE_EXHAUSTED with QuotaFailure (per-minute or per-day quota) and RetryInfo.
HttpAnswer freeTierRefusal(const LlmRequest &request, const FreeTierWindow &window,
                           const FreeTierWindow::Admission &refusal, double nowMs);
// The prompt tokens the fake counts for a request (and reports in usage unless the reply says).
int estimatedPromptTokens(const LlmRequest &request);
// Completion tokens of a reply as the usage reports them (text + reasoning).
int completionTokensWithReasoning(const LlmReply &reply);
// 404 for an unknown path.
HttpAnswer unknownRoute(const LlmRequest &request);
// A transcription as Groq answers it, by the request's response_format (json, verbose_json, text).
HttpAnswer transcriptionAnswer(const LlmRequest &request, const LlmReply &reply);

// Successful answers.
QByteArray openAiChatBody(const LlmRequest &request, const LlmReply &reply);
QList<QByteArray> openAiStreamEvents(const LlmRequest &request, const LlmReply &reply);
QByteArray geminiBody(const LlmRequest &request, const LlmReply &reply);
QList<QByteArray> geminiStreamEvents(const LlmRequest &request, const LlmReply &reply);
QByteArray openAiModelsBody(const QStringList &ids);
QByteArray geminiModelsBody(const QStringList &ids);

// The chunks a text is streamed in (the reply's own, or the text cut in three).
QStringList chunksOf(const LlmReply &reply);

} // namespace ip::test::fakewire
