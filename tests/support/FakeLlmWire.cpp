#include "FakeLlmWire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtEndian>

#include <cmath>

// The wire shapes of FakeLlmServer's answers (success and fault bodies of both APIs).
namespace ip::test {

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

namespace fakewire {

namespace {

const HttpHeaders kJson { { "Content-Type", "application/json" } };

int estimate(const QString &text)
{
    return int(text.size() / 4 + 1);
}

int promptTokensOf(const LlmRequest &request, const LlmReply &reply)
{
    if (reply.promptTokens >= 0)
        return reply.promptTokens;
    return estimate(request.systemText) + estimate(request.userText) + 4 * request.messageCount;
}

int completionTokensOf(const LlmReply &reply)
{
    return reply.completionTokens >= 0 ? reply.completionTokens : estimate(reply.text);
}

// OpenAI-style usage: completion_tokens include the reasoning tokens, also shown in
// completion_tokens_details.reasoning_tokens.
QJsonObject openAiUsage(const LlmRequest &request, const LlmReply &reply)
{
    const int prompt = promptTokensOf(request, reply);
    const int completion = completionTokensOf(reply) + qMax(0, reply.reasoningTokens);
    QJsonObject usage { { QStringLiteral("queue_time"), 0.01 },
                        { QStringLiteral("prompt_tokens"), prompt },
                        { QStringLiteral("completion_tokens"), completion },
                        { QStringLiteral("total_tokens"), prompt + completion } };
    if (reply.reasoningTokens >= 0)
        usage.insert(QStringLiteral("completion_tokens_details"),
                     QJsonObject { { QStringLiteral("reasoning_tokens"), reply.reasoningTokens } });
    return usage;
}

// "1.5s", "0.05s", "2m3.5s" (Go style as Groq sends it).
QString goDuration(qint64 ms)
{
    if (ms >= 60'000) {
        const qint64 minutes = ms / 60'000;
        return QStringLiteral("%1m%2s").arg(minutes).arg(double(ms - minutes * 60'000) / 1000.0);
    }
    return QStringLiteral("%1s").arg(double(ms) / 1000.0);
}

QByteArray openAiError(const QString &message, const QString &type, const QString &code = {})
{
    QJsonObject error { { QStringLiteral("message"), message }, { QStringLiteral("type"), type } };
    if (!code.isEmpty())
        error.insert(QStringLiteral("code"), code);
    return compact(QJsonObject { { QStringLiteral("error"), error } });
}

QByteArray geminiError(int code, const QString &message, const QString &status, const QJsonArray &details = {})
{
    QJsonObject error { { QStringLiteral("code"), code },
                        { QStringLiteral("message"), message },
                        { QStringLiteral("status"), status } };
    if (!details.isEmpty())
        error.insert(QStringLiteral("details"), details);
    return compact(QJsonObject { { QStringLiteral("error"), error } });
}

QJsonObject quotaFailure(const QString &quotaId, const QString &value)
{
    return QJsonObject {
        { QStringLiteral("@type"), QStringLiteral("type.googleapis.com/google.rpc.QuotaFailure") },
        { QStringLiteral("violations"),
          QJsonArray {
              QJsonObject { { QStringLiteral("quotaMetric"),
                              QStringLiteral("generativelanguage.googleapis.com/generate_content_free_tier_requests") },
                            { QStringLiteral("quotaId"), quotaId },
                            { QStringLiteral("quotaValue"), value } } } }
    };
}

QByteArray htmlPage()
{
    return "<!DOCTYPE html>\n<html lang=\"en-US\"><head><title>Attention Required! | Cloudflare</title></head>\n"
           "<body><h1>Sorry, you have been blocked</h1><p>Please enable cookies.</p></body></html>\n";
}

HttpAnswer rateLimitedAnswer(const LlmRequest &request, const LlmReply &reply)
{
    HttpAnswer a { 429, kJson, {} };
    const qint64 ms = qMax<qint64>(0, reply.waitMs);
    const QString wait = goDuration(ms);
    switch (reply.hint) {
    case RetryHint::RetryAfter:
        a.headers.append(qMakePair(QByteArray("retry-after"), QByteArray(QByteArray::number(double(ms) / 1000.0))));
        break;
    case RetryHint::RetryAfterMs:
        a.headers.append(qMakePair(QByteArray("retry-after-ms"), QByteArray(QByteArray::number(ms))));
        break;
    case RetryHint::ResetHeaders:
        a.headers.append(qMakePair(QByteArray("x-ratelimit-limit-tokens"), QByteArray("1000000")));
        a.headers.append(qMakePair(QByteArray("x-ratelimit-remaining-tokens"), QByteArray("0")));
        a.headers.append(qMakePair(QByteArray("x-ratelimit-reset-tokens"), QByteArray(wait.toLatin1())));
        break;
    case RetryHint::None:
    case RetryHint::MessageText:
    case RetryHint::GeminiRetryInfo: break;
    }
    if (request.api == LlmApi::Gemini) {
        QString message
            = QStringLiteral("You exceeded your current quota, please check your plan and billing details. \n"
                             "* Quota exceeded for metric: generativelanguage.googleapis.com/"
                             "generate_content_free_tier_requests, limit: 5, model: %1")
                  .arg(request.model);
        if (reply.hint == RetryHint::MessageText)
            message += QStringLiteral("\nPlease retry in %1.").arg(wait);
        QJsonArray details { quotaFailure(QStringLiteral("GenerateRequestsPerMinutePerProjectPerModel-FreeTier"),
                                          QStringLiteral("5")) };
        if (reply.hint == RetryHint::GeminiRetryInfo)
            details.append(
                QJsonObject { { QStringLiteral("@type"), QStringLiteral("type.googleapis.com/google.rpc.RetryInfo") },
                              { QStringLiteral("retryDelay"), wait } });
        a.body = geminiError(429, message, QStringLiteral("RESOURCE_EXHAUSTED"), details);
        return a;
    }
    QString message = QStringLiteral("Rate limit reached for model `%1` in organization `org_fake` service tier "
                                     "`on_demand` on tokens per minute (TPM): Limit 8000, Used 7000, Requested 1500.")
                          .arg(request.model);
    if (reply.hint == RetryHint::MessageText)
        message += QStringLiteral(" Please try again in %1.").arg(wait);
    a.body = openAiError(message, QStringLiteral("tokens"), QStringLiteral("rate_limit_exceeded"));
    return a;
}

} // namespace

int estimatedPromptTokens(const LlmRequest &request)
{
    return promptTokensOf(request, LlmReply {});
}

int completionTokensWithReasoning(const LlmReply &reply)
{
    return completionTokensOf(reply) + qMax(0, reply.reasoningTokens);
}

HttpAnswer freeTierRefusal(const LlmRequest &request, const FreeTierWindow &window,
                           const FreeTierWindow::Admission &refusal, double nowMs)
{
    using Verdict = FreeTierWindow::Verdict;
    const QString wait = goDurationText(refusal.retryAfterMs);
    if (request.api == LlmApi::Gemini) {
        const bool day = refusal.verdict == Verdict::RequestsPerDay;
        const bool tokens = refusal.verdict == Verdict::TokensPerMinute || refusal.verdict == Verdict::TooLarge;
        const QString quotaId = day ? QStringLiteral("GenerateRequestsPerDayPerProjectPerModel-FreeTier")
            : tokens                ? QStringLiteral("GenerateContentInputTokensPerModelPerMinute-FreeTier")
                                    : QStringLiteral("GenerateRequestsPerMinutePerProjectPerModel-FreeTier");
        const QString metric = tokens ? QStringLiteral("generativelanguage.googleapis.com/"
                                                       "generate_content_free_tier_input_token_count")
                                      : QStringLiteral("generativelanguage.googleapis.com/"
                                                       "generate_content_free_tier_requests");
        QJsonObject violation {
            { QStringLiteral("@type"), QStringLiteral("type.googleapis.com/google.rpc.QuotaFailure") },
            { QStringLiteral("violations"),
              QJsonArray { QJsonObject { { QStringLiteral("quotaMetric"), metric },
                                         { QStringLiteral("quotaId"), quotaId },
                                         { QStringLiteral("quotaDimensions"),
                                           QJsonObject { { QStringLiteral("location"), QStringLiteral("global") },
                                                         { QStringLiteral("model"), request.model } } },
                                         { QStringLiteral("quotaValue"), QString::number(refusal.limit) } } } }
        };
        const QJsonArray details {
            QJsonObject { { QStringLiteral("@type"), QStringLiteral("type.googleapis.com/google.rpc.Help") },
                          { QStringLiteral("links"),
                            QJsonArray { QJsonObject {
                                { QStringLiteral("description"), QStringLiteral("Learn more about Gemini API quotas") },
                                { QStringLiteral("url"),
                                  QStringLiteral("https://ai.google.dev/gemini-api/docs/rate-limits") } } } } },
            violation,
            QJsonObject { { QStringLiteral("@type"), QStringLiteral("type.googleapis.com/google.rpc.RetryInfo") },
                          { QStringLiteral("retryDelay"),
                            QString::number(std::ceil(refusal.retryAfterMs / 10) / 100, 'g', 6) + QLatin1Char('s') } }
        };
        const QString message
            = QStringLiteral("You exceeded your current quota, please check your plan and billing details. For more "
                             "information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits. "
                             "\n* Quota exceeded for metric: %1, limit: %2, model: %3\nPlease retry in %4.")
                  .arg(metric)
                  .arg(refusal.limit)
                  .arg(request.model, wait);
        return { 429, kJson, geminiError(429, message, QStringLiteral("RESOURCE_EXHAUSTED"), details) };
    }
    HttpHeaders headers = kJson;
    if (refusal.verdict != Verdict::TooLarge)
        headers.append(
            qMakePair(QByteArray("retry-after"), QByteArray::number(std::ceil(refusal.retryAfterMs) / 1000.0, 'g', 6)));
    headers.append(window.rateLimitHeaders(request.model, nowMs));
    const bool requests = refusal.verdict == Verdict::RequestsPerMinute || refusal.verdict == Verdict::RequestsPerDay;
    return { refusal.verdict == Verdict::TooLarge ? 413 : 429, headers,
             openAiError(window.groqMessage(request.model, refusal),
                         requests ? QStringLiteral("requests") : QStringLiteral("tokens"),
                         QStringLiteral("rate_limit_exceeded")) };
}

QStringList chunksOf(const LlmReply &reply)
{
    if (!reply.chunks.isEmpty())
        return reply.chunks;
    const QString &t = reply.text;
    if (t.size() < 3)
        return { t };
    const qsizetype third = t.size() / 3;
    qsizetype a = third, b = 2 * third;
    // Never split a surrogate pair.
    if (t.at(a).isLowSurrogate())
        ++a;
    if (t.at(b).isLowSurrogate())
        ++b;
    return { t.left(a), t.mid(a, b - a), t.mid(b) };
}

HttpAnswer faultAnswer(const LlmRequest &request, const LlmReply &reply)
{
    const bool gemini = request.api == LlmApi::Gemini;
    const QByteArray &f = reply.fault;
    if (f == "rateLimited")
        return rateLimitedAnswer(request, reply);
    if (f == "dailyQuota") {
        if (gemini) {
            const QJsonArray details {
                quotaFailure(QStringLiteral("GenerateRequestsPerDayPerProjectPerModel-FreeTier"), QStringLiteral("20")),
                QJsonObject { { QStringLiteral("@type"), QStringLiteral("type.googleapis.com/google.rpc.RetryInfo") },
                              { QStringLiteral("retryDelay"), QStringLiteral("28s") } }
            };
            return { 429, kJson,
                     geminiError(
                         429,
                         QStringLiteral("You exceeded your current quota. \n* Quota exceeded for metric: "
                                        "generativelanguage.googleapis.com/generate_content_free_tier_requests, "
                                        "limit: 20, model: %1\nPlease retry in 28.3s.")
                             .arg(request.model),
                         QStringLiteral("RESOURCE_EXHAUSTED"), details) };
        }
        HttpHeaders h = kJson;
        h.append(qMakePair(QByteArray("retry-after"), QByteArray("107")));
        return { 429, h,
                 openAiError(QStringLiteral("Rate limit reached for model `%1` in organization `org_fake` service tier "
                                            "`on_demand` on tokens per day (TPD): Limit 200000, Used 199800, Requested "
                                            "1947. Please try again in 1m47.5854s.")
                                 .arg(request.model),
                             QStringLiteral("tokens"), QStringLiteral("rate_limit_exceeded")) };
    }
    if (f == "overloaded") {
        HttpHeaders h = kJson;
        if (reply.waitMs >= 0)
            h.append(
                qMakePair(QByteArray("retry-after"), QByteArray(QByteArray::number(double(reply.waitMs) / 1000.0))));
        if (gemini)
            return { reply.status, h,
                     geminiError(reply.status, QStringLiteral("The model is overloaded. Please try again later."),
                                 QStringLiteral("UNAVAILABLE")) };
        if (reply.status == 498)
            return { 498, h,
                     openAiError(QStringLiteral("`flex` tier capacity exceeded. Please try again later."),
                                 QStringLiteral("capacity_exceeded"), QStringLiteral("capacity_exceeded")) };
        return { reply.status, h, openAiError(QStringLiteral("Service Unavailable"), QStringLiteral("server_error")) };
    }
    if (f == "requestTooLarge" && request.route == LlmRoute::OpenAiTranscriptions)
        return { 413, kJson,
                 openAiError(QStringLiteral("Request Entity Too Large"), QStringLiteral("invalid_request_error"),
                             QStringLiteral("request_too_large")) };
    if (f == "requestTooLarge")
        return { 413, kJson,
                 openAiError(
                     QStringLiteral("Request too large for model `%1` in organization `org_fake` service tier "
                                    "`on_demand` on tokens per minute (TPM): Limit 8000, Requested 9000, please "
                                    "reduce your message size and try again.")
                         .arg(request.model),
                     QStringLiteral("tokens"), QStringLiteral("rate_limit_exceeded")) };
    if (f == "contextTooLong") {
        if (gemini)
            return { 400, kJson,
                     geminiError(400,
                                 QStringLiteral("The input token count (1200000) exceeds the maximum number of tokens "
                                                "allowed (1048575)."),
                                 QStringLiteral("INVALID_ARGUMENT")) };
        return { 400, kJson,
                 compact(QJsonObject {
                     { QStringLiteral("error"),
                       QJsonObject { { QStringLiteral("message"),
                                       QStringLiteral("Please reduce the length of the messages or completion.") },
                                     { QStringLiteral("type"), QStringLiteral("invalid_request_error") },
                                     { QStringLiteral("param"), QStringLiteral("messages") },
                                     { QStringLiteral("code"), QStringLiteral("context_length_exceeded") } } } }) };
    }
    if (f == "jsonValidateFailed")
        return {
            400, kJson,
            compact(QJsonObject {
                { QStringLiteral("error"),
                  QJsonObject { { QStringLiteral("message"),
                                  QStringLiteral("Failed to generate JSON. Please adjust your prompt. See "
                                                 "'failed_generation' for more details.") },
                                { QStringLiteral("type"), QStringLiteral("invalid_request_error") },
                                { QStringLiteral("code"), QStringLiteral("json_validate_failed") },
                                { QStringLiteral("failed_generation"), QStringLiteral("{\"title\": \"Print") } } } })
        };
    if (f == "wrongKey") {
        if (gemini) {
            const QJsonArray details { QJsonObject {
                { QStringLiteral("@type"), QStringLiteral("type.googleapis.com/google.rpc.ErrorInfo") },
                { QStringLiteral("reason"), QStringLiteral("API_KEY_INVALID") },
                { QStringLiteral("domain"), QStringLiteral("googleapis.com") } } };
            return { 400, kJson,
                     geminiError(400, QStringLiteral("API key not valid. Please pass a valid API key."),
                                 QStringLiteral("INVALID_ARGUMENT"), details) };
        }
        return { 401, kJson,
                 openAiError(QStringLiteral("Invalid API Key"), QStringLiteral("invalid_request_error"),
                             QStringLiteral("invalid_api_key")) };
    }
    if (f == "unknownModel") {
        if (gemini)
            return { 404, kJson,
                     geminiError(404,
                                 QStringLiteral("models/%1 is not found for API version v1beta, or is not supported "
                                                "for generateContent.")
                                     .arg(request.model),
                                 QStringLiteral("NOT_FOUND")) };
        return {
            404, kJson,
            openAiError(
                QStringLiteral("The model `%1` does not exist or you do not have access to it.").arg(request.model),
                QStringLiteral("invalid_request_error"), QStringLiteral("model_not_found"))
        };
    }
    if (f == "html")
        return { reply.status, { { "Content-Type", "text/html; charset=UTF-8" } }, htmlPage() };
    if (f == "malformedJson") {
        LlmReply answer = LlmReply::ofText(QStringLiteral("An answer whose JSON body is cut in half."));
        const QByteArray full = gemini ? geminiBody(request, answer) : openAiChatBody(request, answer);
        return { 200, kJson, full.left(full.size() / 2) };
    }
    if (f == "promptBlocked") {
        if (gemini)
            return { 200, kJson,
                     compact(
                         QJsonObject { { QStringLiteral("promptFeedback"),
                                         QJsonObject { { QStringLiteral("blockReason"), QStringLiteral("SAFETY") } } },
                                       { QStringLiteral("usageMetadata"),
                                         QJsonObject { { QStringLiteral("promptTokenCount"), 12 },
                                                       { QStringLiteral("totalTokenCount"), 12 } } },
                                       { QStringLiteral("modelVersion"), request.model } }) };
        LlmReply blocked = LlmReply::ofText(QString());
        blocked.finishReason = QStringLiteral("content_filter");
        return { 200, kJson, openAiChatBody(request, blocked) };
    }
    return { 500, kJson, openAiError(QStringLiteral("unknown fake fault"), QStringLiteral("server_error")) };
}

HttpAnswer unsupportedJsonMode(const LlmRequest &request, const QString &mode)
{
    if (request.api == LlmApi::Gemini) {
        const QString message = request.googleSearch
            ? QStringLiteral("Tool use with a response mime type: 'application/json' is unsupported")
            : QStringLiteral("JSON mode is not enabled for models/%1 (response_mime_type).").arg(request.model);
        return { 400, kJson, geminiError(400, message, QStringLiteral("INVALID_ARGUMENT")) };
    }
    return { 400, kJson,
             openAiError(QStringLiteral("This model does not support response format `%1`. See supported models at "
                                        "https://console.groq.com/docs/structured-outputs#supported-models")
                             .arg(mode),
                         QStringLiteral("invalid_request_error")) };
}

HttpAnswer unknownRoute(const LlmRequest &request)
{
    return { 404, kJson,
             openAiError(QStringLiteral("Unknown request URL: %1 %2")
                             .arg(QString::fromLatin1(request.method), QString::fromUtf8(request.path)),
                         QStringLiteral("invalid_request_error"), QStringLiteral("unknown_url")) };
}

HttpAnswer transcriptionAnswer(const LlmRequest &request, const LlmReply &reply)
{
    const QString format = request.transcriptionFields.value(QStringLiteral("response_format"), QStringLiteral("json"));
    if (format == QLatin1StringView("text"))
        return { 200, { { "Content-Type", "text/plain; charset=utf-8" } }, reply.text.toUtf8() + '\n' };
    const QJsonObject xGroq { { QStringLiteral("id"), QStringLiteral("req_fake_transcription") } };
    if (format != QLatin1StringView("verbose_json"))
        return { 200, kJson,
                 QJsonDocument(QJsonObject { { QStringLiteral("text"), QLatin1Char(' ') + reply.text },
                                             { QStringLiteral("x_groq"), xGroq } })
                     .toJson(QJsonDocument::Compact) };
    // The WAV's length (44-byte header, byte rate at offset 28); 1 s for anything else.
    double duration = 1.0;
    if (request.audio.startsWith("RIFF") && request.audio.size() >= 44) {
        const quint32 byteRate = qFromLittleEndian<quint32>(request.audio.constData() + 28);
        if (byteRate > 0)
            duration = double(request.audio.size() - 44) / byteRate;
    }
    const QJsonObject segment { { QStringLiteral("id"), 0 },
                                { QStringLiteral("seek"), 0 },
                                { QStringLiteral("start"), 0.0 },
                                { QStringLiteral("end"), duration },
                                { QStringLiteral("text"), QLatin1Char(' ') + reply.text },
                                { QStringLiteral("tokens"), QJsonArray { 50365, 1012 } },
                                { QStringLiteral("temperature"), 0.0 },
                                { QStringLiteral("avg_logprob"), -0.21 },
                                { QStringLiteral("compression_ratio"), 1.2 },
                                { QStringLiteral("no_speech_prob"), 0.01 } };
    const QJsonObject body { { QStringLiteral("task"), QStringLiteral("transcribe") },
                             { QStringLiteral("language"), QStringLiteral("English") },
                             { QStringLiteral("duration"), duration },
                             { QStringLiteral("text"), QLatin1Char(' ') + reply.text },
                             { QStringLiteral("segments"), QJsonArray { segment } },
                             { QStringLiteral("x_groq"), xGroq } };
    return { 200, kJson, QJsonDocument(body).toJson(QJsonDocument::Compact) };
}

QByteArray openAiChatBody(const LlmRequest &request, const LlmReply &reply)
{
    QJsonObject message { { QStringLiteral("role"), QStringLiteral("assistant") },
                          { QStringLiteral("content"), reply.text.isEmpty() ? QJsonValue() : QJsonValue(reply.text) } };
    if (request.includeReasoning.isUndefined() || request.includeReasoning.toBool(true))
        message.insert(QStringLiteral("reasoning"), QStringLiteral("The user wants an answer. Let me think."));
    return compact(QJsonObject {
        { QStringLiteral("id"), QStringLiteral("chatcmpl-fake-%1").arg(request.index) },
        { QStringLiteral("object"), QStringLiteral("chat.completion") },
        { QStringLiteral("created"), 1767225600 },
        { QStringLiteral("model"), request.model },
        { QStringLiteral("choices"),
          QJsonArray {
              QJsonObject { { QStringLiteral("index"), 0 },
                            { QStringLiteral("message"), message },
                            { QStringLiteral("logprobs"), QJsonValue() },
                            { QStringLiteral("finish_reason"),
                              reply.finishReason.isEmpty() ? QStringLiteral("stop") : reply.finishReason } } } },
        { QStringLiteral("usage"), openAiUsage(request, reply) },
        { QStringLiteral("system_fingerprint"), QStringLiteral("fp_fake") },
        { QStringLiteral("x_groq"), QJsonObject { { QStringLiteral("id"), QStringLiteral("req_fake") } } } });
}

QList<QByteArray> openAiStreamEvents(const LlmRequest &request, const LlmReply &reply)
{
    auto chunk = [&](const QJsonObject &delta, const QJsonValue &finish, const QJsonObject &extra = {}) {
        QJsonObject o { { QStringLiteral("id"), QStringLiteral("chatcmpl-fake-%1").arg(request.index) },
                        { QStringLiteral("object"), QStringLiteral("chat.completion.chunk") },
                        { QStringLiteral("created"), 1767225600 },
                        { QStringLiteral("model"), request.model },
                        { QStringLiteral("choices"),
                          QJsonArray { QJsonObject { { QStringLiteral("index"), 0 },
                                                     { QStringLiteral("delta"), delta },
                                                     { QStringLiteral("logprobs"), QJsonValue() },
                                                     { QStringLiteral("finish_reason"), finish } } } } };
        for (auto it = extra.begin(); it != extra.end(); ++it)
            o.insert(it.key(), it.value());
        return "data: " + compact(o) + "\n\n";
    };
    QList<QByteArray> events;
    events << chunk(QJsonObject { { QStringLiteral("role"), QStringLiteral("assistant") },
                                  { QStringLiteral("content"), QString() } },
                    QJsonValue(),
                    QJsonObject { { QStringLiteral("x_groq"),
                                    QJsonObject { { QStringLiteral("id"), QStringLiteral("req_fake") } } } });
    for (const QString &piece : chunksOf(reply))
        events << chunk(QJsonObject { { QStringLiteral("content"), piece } }, QJsonValue());
    const QJsonObject usage = openAiUsage(request, reply);
    events << chunk(QJsonObject {}, reply.finishReason.isEmpty() ? QStringLiteral("stop") : reply.finishReason,
                    QJsonObject { { QStringLiteral("x_groq"),
                                    QJsonObject { { QStringLiteral("id"), QStringLiteral("req_fake") },
                                                  { QStringLiteral("usage"), usage } } } });
    events << QByteArray("data: [DONE]\n\n");
    return events;
}

namespace {

QJsonObject groundingMetadata(const LlmReply &reply)
{
    QJsonArray chunks;
    for (const FakeSource &s : reply.sources)
        chunks.append(
            QJsonObject { { QStringLiteral("web"),
                            QJsonObject { { QStringLiteral("uri"), s.uri }, { QStringLiteral("title"), s.title } } } });
    QJsonArray supports;
    const QByteArray utf8 = reply.text.toUtf8();
    for (const FakeCitation &c : reply.citations) {
        const QByteArray segment = c.segment.toUtf8();
        const qsizetype start = utf8.indexOf(segment);
        if (start < 0 || segment.isEmpty())
            continue;
        QJsonObject seg { { QStringLiteral("endIndex"), qint64(start + segment.size()) },
                          { QStringLiteral("text"), c.segment } };
        if (start > 0) // proto3 JSON omits zero values
            seg.insert(QStringLiteral("startIndex"), qint64(start));
        QJsonArray indices;
        for (int i : c.sourceIndices)
            indices.append(i);
        supports.append(
            QJsonObject { { QStringLiteral("segment"), seg }, { QStringLiteral("groundingChunkIndices"), indices } });
    }
    QJsonObject meta;
    if (!reply.searchQueries.isEmpty())
        meta.insert(QStringLiteral("webSearchQueries"), QJsonArray::fromStringList(reply.searchQueries));
    meta.insert(QStringLiteral("searchEntryPoint"),
                QJsonObject {
                    { QStringLiteral("renderedContent"), QStringLiteral("<style>.container{}</style><div>…</div>") } });
    if (!chunks.isEmpty())
        meta.insert(QStringLiteral("groundingChunks"), chunks);
    if (!supports.isEmpty())
        meta.insert(QStringLiteral("groundingSupports"), supports);
    meta.insert(QStringLiteral("retrievalMetadata"), QJsonObject {});
    return meta;
}

QJsonObject geminiUsage(const LlmRequest &request, const LlmReply &reply, int completion)
{
    const int prompt = promptTokensOf(request, reply);
    const int tools = request.googleSearch ? 150 : 0;
    const int thoughts = qMax(0, reply.reasoningTokens);
    QJsonObject usage { { QStringLiteral("promptTokenCount"), prompt },
                        { QStringLiteral("candidatesTokenCount"), completion },
                        { QStringLiteral("totalTokenCount"), prompt + completion + tools + thoughts } };
    if (tools > 0)
        usage.insert(QStringLiteral("toolUsePromptTokenCount"), tools);
    if (thoughts > 0)
        usage.insert(QStringLiteral("thoughtsTokenCount"), thoughts);
    return usage;
}

} // namespace

QByteArray geminiBody(const LlmRequest &request, const LlmReply &reply)
{
    QJsonObject candidate {
        { QStringLiteral("content"),
          QJsonObject {
              { QStringLiteral("role"), QStringLiteral("model") },
              { QStringLiteral("parts"), QJsonArray { QJsonObject { { QStringLiteral("text"), reply.text } } } } } },
        { QStringLiteral("finishReason"), reply.finishReason.isEmpty() ? QStringLiteral("STOP") : reply.finishReason },
        { QStringLiteral("index"), 0 }
    };
    if (request.googleSearch || !reply.sources.isEmpty())
        candidate.insert(QStringLiteral("groundingMetadata"), groundingMetadata(reply));
    return compact(
        QJsonObject { { QStringLiteral("candidates"), QJsonArray { candidate } },
                      { QStringLiteral("usageMetadata"), geminiUsage(request, reply, completionTokensOf(reply)) },
                      { QStringLiteral("modelVersion"), request.model },
                      { QStringLiteral("responseId"), QStringLiteral("fake-%1").arg(request.index) } });
}

QList<QByteArray> geminiStreamEvents(const LlmRequest &request, const LlmReply &reply)
{
    QList<QByteArray> events;
    const QStringList pieces = chunksOf(reply);
    const int completion = completionTokensOf(reply);
    QString sent;
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        sent += pieces.at(i);
        const int soFar = int(qint64(completion) * sent.size() / qMax<qsizetype>(1, reply.text.size()));
        QJsonObject candidate { { QStringLiteral("content"),
                                  QJsonObject {
                                      { QStringLiteral("role"), QStringLiteral("model") },
                                      { QStringLiteral("parts"),
                                        QJsonArray { QJsonObject { { QStringLiteral("text"), pieces.at(i) } } } } } },
                                { QStringLiteral("index"), 0 } };
        events << "data: "
                + compact(
                      QJsonObject { { QStringLiteral("candidates"), QJsonArray { candidate } },
                                    { QStringLiteral("usageMetadata"), geminiUsage(request, reply, soFar) },
                                    { QStringLiteral("modelVersion"), request.model },
                                    { QStringLiteral("responseId"), QStringLiteral("fake-%1").arg(request.index) } })
                + "\r\n\r\n";
    }
    // The last chunk: finish reason and grounding, with an empty content (as the real API does).
    QJsonObject last { { QStringLiteral("content"), QJsonObject {} },
                       { QStringLiteral("finishReason"),
                         reply.finishReason.isEmpty() ? QStringLiteral("STOP") : reply.finishReason },
                       { QStringLiteral("index"), 0 } };
    if (request.googleSearch || !reply.sources.isEmpty())
        last.insert(QStringLiteral("groundingMetadata"), groundingMetadata(reply));
    events << "data: "
            + compact(QJsonObject { { QStringLiteral("candidates"), QJsonArray { last } },
                                    { QStringLiteral("usageMetadata"), geminiUsage(request, reply, completion) },
                                    { QStringLiteral("modelVersion"), request.model },
                                    { QStringLiteral("responseId"), QStringLiteral("fake-%1").arg(request.index) } })
            + "\r\n\r\n";
    return events;
}

QByteArray openAiModelsBody(const QStringList &ids)
{
    QJsonArray data;
    for (const QString &id : ids)
        data.append(QJsonObject { { QStringLiteral("id"), id },
                                  { QStringLiteral("object"), QStringLiteral("model") },
                                  { QStringLiteral("created"), 1733447754 },
                                  { QStringLiteral("owned_by"), QStringLiteral("Fake") },
                                  { QStringLiteral("active"), true },
                                  { QStringLiteral("context_window"), 131072 } });
    return compact(
        QJsonObject { { QStringLiteral("object"), QStringLiteral("list") }, { QStringLiteral("data"), data } });
}

QByteArray geminiModelsBody(const QStringList &ids)
{
    QJsonArray models;
    for (const QString &id : ids)
        models.append(
            QJsonObject { { QStringLiteral("name"), QStringLiteral("models/") + id },
                          { QStringLiteral("displayName"), id },
                          { QStringLiteral("inputTokenLimit"), 1048576 },
                          { QStringLiteral("outputTokenLimit"), 65536 },
                          { QStringLiteral("supportedGenerationMethods"),
                            QJsonArray { QStringLiteral("generateContent"), QStringLiteral("countTokens") } } });
    models.append(QJsonObject {
        { QStringLiteral("name"), QStringLiteral("models/embedding-001") },
        { QStringLiteral("supportedGenerationMethods"), QJsonArray { QStringLiteral("embedContent") } } });
    return compact(QJsonObject { { QStringLiteral("models"), models } });
}

} // namespace fakewire
} // namespace ip::test
