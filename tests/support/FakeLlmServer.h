#pragma once

// An in-process fake of the two LLM HTTP APIs the app talks to, on 127.0.0.1, built on
// TestHttpServer. It speaks the real wire formats (see ../shared/reference/provider-wire-formats.md):
//
//   OpenAI-compatible (Groq):  POST <any prefix>/chat/completions   (JSON, or SSE with "stream": true:
//                                  role chunk, deltas, finish chunk with x_groq.usage, data: [DONE])
//                              GET  <any prefix>/models
//                              POST <any prefix>/audio/transcriptions (multipart/form-data: file,
//                                  model, language, prompt, response_format; answered per
//                                  response_format like Groq: json {"text"}, verbose_json with
//                                  segments, text as text/plain; the reply's `text` is the transcript)
//   Gemini:                    POST <any prefix>/models/{model}:generateContent
//                              POST <any prefix>/models/{model}:streamGenerateContent?alt=sse (no
//                                  terminator; grounding in a last chunk with "content": {})
//                              GET  <any prefix>/models
//
// Request keys are accepted in snake_case and camelCase (system_instruction / systemInstruction,
// google_search / googleSearch, response_mime_type / responseMimeType, …).
//
// Usage:
//
//   ip::test::FakeLlmServer fake;
//   QVERIFY(fake.listen());
//   settings.groqBaseUrl = fake.openAiBaseUrl();     // http://127.0.0.1:<port>/openai/v1
//   settings.geminiBaseUrl = fake.geminiBaseUrl();   // http://127.0.0.1:<port>/v1beta
//
//   // Answers by inspecting the prompt (called for every request that has no queued reply):
//   fake.setHandler([](const ip::test::LlmRequest &r) {
//       if (r.systemText.contains("extract skills"))
//           return ip::test::LlmReply::json({{"skills", QJsonArray{"C++", "Qt"}}});
//       if (r.googleSearch)                          // Gemini discovery call
//           return ip::test::LlmReply::grounded("## Qt\nQt uses signals and slots.\n",
//                                               {{"Qt uses signals and slots.", {0}}},
//                                               {{"doc.qt.io", "https://doc.qt.io/qt-6/signalsandslots.html"}},
//                                               {"qt signals slots"});
//       return ip::test::LlmReply::text("plain answer");
//   });
//
//   // Faults and answers queued per route are served first, in order, then the handler:
//   fake.enqueue(ip::test::LlmRoute::OpenAiChat, ip::test::LlmReply::rateLimited(ip::test::RetryHint::RetryAfter, 50));
//   fake.enqueue(ip::test::LlmRoute::GeminiGenerate, ip::test::LlmReply::overloaded());
//
//   // Everything is recorded:
//   fake.requests()            // LlmRequest per request (route, model, body, prompt texts, auth, time)
//   fake.requestCount(route)   // how many hit a route
//   fake.maxConcurrent()       // high-water mark of requests in flight at once
//
// Without a handler, text requests get "OK" and JSON requests an object generated from the request's
// JSON Schema (strings "example", integers 1, arrays of minItems (≥ 1) items, …).
// setApiKey() makes the fake check keys (Bearer / x-goog-api-key) and answer a wrong or missing one
// with the API's real error (401, or Gemini's 400 API_KEY_INVALID); rejectJsonModes() makes it refuse
// structured-output modes for a model with the API's 400 (as Groq does for llama-3.3 and LM Studio for
// json_object). Like the real Gemini API, JSON mode combined with the search tool is a 400.

#include "FreeTierWindow.h"
#include "TestHttpServer.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <deque>
#include <functional>

namespace ip::test {

enum class LlmApi { OpenAi, Gemini };

enum class LlmRoute {
    OpenAiChat, // POST …/chat/completions
    OpenAiModels, // GET  …/models
    GeminiGenerate, // POST …/models/{m}:generateContent and :streamGenerateContent
    GeminiModels, // GET  …/models
    GroundingRedirect, // HEAD/GET /grounding-api-redirect/<token> (setGroundingRedirects)
    OpenAiTranscriptions, // POST …/audio/transcriptions (multipart/form-data)
    Unknown // anything else (answered 404)
};

// A request as the fake understood it.
struct LlmRequest
{
    int index = -1; // arrival order over the server's lifetime (all routes)
    LlmRoute route = LlmRoute::Unknown;
    LlmApi api = LlmApi::OpenAi;
    QByteArray method;
    QByteArray path; // without the query
    QByteArray query;
    QString model; // body "model" (OpenAI) or the {model} of the URL (Gemini)
    bool stream = false; // "stream": true, or :streamGenerateContent
    QJsonObject body; // parsed JSON body (empty for GET or invalid JSON)
    bool bodyIsValidJson = true;

    // The prompt, flattened.
    QString systemText; // system messages / systemInstruction parts, joined with "\n\n"
    QString userText; // user turns, joined with "\n\n"
    QString lastUserText; // the last user turn
    QStringList assistantTurns; // assistant / model turns
    int messageCount = 0;

    // Options.
    bool googleSearch = false; // tools contain google_search / googleSearch
    QString jsonMode; // "json_schema", "json_object", "gemini_json" or "" (text)
    QJsonObject jsonSchema; // response_format.json_schema.schema / responseJsonSchema / responseSchema
    bool strictSchema = false; // response_format.json_schema.strict
    int maxOutputTokens = -1; // max_completion_tokens / max_tokens / maxOutputTokens
    QString maxTokensField; // which of those was used
    double temperature = -1;
    QString reasoningEffort; // reasoning_effort
    QJsonValue includeReasoning; // include_reasoning as sent (undefined when absent)

    // Transcriptions (multipart/form-data): the text fields by name (model, language, prompt,
    // response_format, …; `model` above too), and the "file" part's bytes, file name and type.
    QMap<QString, QString> transcriptionFields;
    QByteArray audio;
    QString audioFileName;
    QByteArray audioContentType;
    bool multipartIsValid = false; // the body parsed as multipart/form-data with the header's boundary

    // Auth and transport.
    QByteArray apiKey; // from "Authorization: Bearer …" or "x-goog-api-key" (empty = none)
    bool hasAuthorizationHeader = false;
    bool hasGoogApiKeyHeader = false;
    bool keyInUrl = false; // "key=" in the query (must never happen with our client)
    QByteArray userAgent;
    qint64 arrivalMs = 0; // ms since the server started
    int connectionId = -1;
    int concurrentAtArrival = 0; // requests in flight when this one arrived (including itself)
};

// How a 429 carries its wait hint.
enum class RetryHint {
    None, // no hint at all (client must back off)
    RetryAfter, // "retry-after: <seconds, fractional>"
    RetryAfterMs, // "retry-after-ms: <ms>"
    ResetHeaders, // x-ratelimit-remaining-tokens: 0 + x-ratelimit-reset-tokens: "<Go duration>"
    MessageText, // "Please try again in 1.5s." in the error message
    GeminiRetryInfo // google.rpc.RetryInfo {"retryDelay": "1.5s"} in the body (Gemini shape)
};

// How a grounding redirect of the fake answers (setGroundingRedirects).
enum class FakeRedirect {
    Found, // 302 with Location: the source's uri as given (a relative one stays relative)
    NotFound, // 404
    Hang // never answers
};

struct FakeSource
{
    QString title;
    QString uri;
    FakeRedirect redirect = FakeRedirect::Found;
};

// A grounded sentence: `segment` must occur in the answer text; the fake computes the UTF-8 byte
// offsets (omitting a zero startIndex, as the real API does).
struct FakeCitation
{
    QString segment;
    QList<int> sourceIndices;
};

// One scripted answer (or fault).
struct LlmReply
{
    enum class Kind {
        Answer, // a normal 200 answer in the request's wire format (JSON or SSE)
        Http, // a verbatim HTTP answer: status, headers, body
        DropMidBody, // 200 with Content-Length, half the body, then the connection closes
        DropMidStream, // 200 SSE, the first chunks, then the connection is reset
        SlowDrip, // the answer, a few bytes every dripIntervalMs (past the client's timeouts)
        Hang, // never answers
        StreamError // 200 SSE, a first text chunk, then an error object inside the stream
    };
    Kind kind = Kind::Answer;

    // Answer
    QString text;
    QStringList chunks; // streamed text deltas (default: `text` cut in three)
    QList<FakeSource> sources; // Gemini grounding
    QList<FakeCitation> citations;
    QStringList searchQueries;
    QString finishReason; // default "stop" / "STOP"
    int promptTokens = -1; // -1 = estimated from the request body
    int completionTokens = -1; // -1 = estimated from the text
    // Hidden reasoning tokens, counted in completion_tokens and shown as
    // completion_tokens_details.reasoning_tokens (Gemini: thoughtsTokenCount). -1 = none; in free-tier
    // mode the fake fills it in from its reasoning model.
    int reasoningTokens = -1;

    // Http
    int status = 200;
    HttpHeaders headers;
    QByteArray body;

    int delayMs = 0; // before the answer starts
    int dripIntervalMs = 200; // SlowDrip
    int chunkIntervalMs = 0; // streams: between chunks

    // --- answers
    static LlmReply ofText(const QString &text);
    static LlmReply json(const QJsonObject &object); // text = the object's compact JSON
    static LlmReply grounded(const QString &text, const QList<FakeCitation> &citations,
                             const QList<FakeSource> &sources, const QStringList &searchQueries = {});
    static LlmReply streamed(const QStringList &chunks); // text = the chunks joined
    // --- faults (bodies as the real APIs send them; the API is taken from the route)
    static LlmReply rateLimited(RetryHint hint, qint64 waitMs); // 429 per-minute
    static LlmReply dailyQuota(); // 429: Groq "tokens per day (TPD)" / Gemini QuotaFailure PerDay
    static LlmReply overloaded(int status = 503, qint64 retryAfterMs = -1); // 500/502/503/504/498/529
    static LlmReply requestTooLarge(); // Groq 413 "Request too large … (TPM)"
    static LlmReply contextTooLong(); // 400 context_length_exceeded / Gemini "input token count … exceeds"
    static LlmReply jsonValidateFailed(); // Groq 400 json_validate_failed
    static LlmReply wrongKey(); // 401 invalid_api_key / Gemini 400 API_KEY_INVALID
    static LlmReply unknownModel(); // 404 model_not_found / Gemini NOT_FOUND
    static LlmReply htmlErrorPage(int status = 403); // Cloudflare-style HTML page
    static LlmReply malformedJson(); // 200 with a truncated JSON body
    static LlmReply promptBlocked(); // Gemini 200 promptFeedback.blockReason SAFETY
    static LlmReply dropMidBody();
    static LlmReply dropMidStream();
    static LlmReply slowDrip(int intervalMs = 200);
    static LlmReply hang();
    static LlmReply streamError(int code = 503); // error object inside a 200 stream
    static LlmReply http(int status, const QByteArray &body, const HttpHeaders &headers = {});

    LlmReply &after(int ms)
    {
        delayMs = ms;
        return *this;
    }

    // Set by the fault constructors: the body is rendered for the route's API when served.
    QByteArray fault;
    RetryHint hint = RetryHint::None;
    qint64 waitMs = -1;
};

class FakeLlmServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<LlmReply(const LlmRequest &)>;

    explicit FakeLlmServer(QObject *parent = nullptr);
    ~FakeLlmServer() override;

    [[nodiscard]] bool listen();
    [[nodiscard]] QUrl openAiBaseUrl() const; // http://127.0.0.1:<port>/openai/v1
    [[nodiscard]] QUrl geminiBaseUrl() const; // http://127.0.0.1:<port>/v1beta

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // Served before the handler, first in first out, one per request on that route.
    void enqueue(LlmRoute route, const LlmReply &reply);
    void enqueue(LlmRoute route, const QList<LlmReply> &replies);
    [[nodiscard]] int queuedCount(LlmRoute route) const;

    // Model lists (GET …/models). Defaults: Groq's and Gemini's current models.
    void setModels(LlmApi api, const QStringList &ids);
    // Check keys; an empty key disables the check (the default).
    void setApiKey(LlmApi api, const QByteArray &key);
    // Reject these modes ("json_schema", "json_object", "gemini_json") for `model` with a 400.
    void rejectJsonModes(const QString &model, const QStringList &modes);

    // Free-tier mode (opt-in): the API's chat calls pass through a FreeTierWindow (per-model token
    // and request windows, see FreeTierWindow.h). Over a limit: Groq's 429 (or 413) with its exact body
    // and headers, Gemini's 429 RESOURCE_EXHAUSTED with QuotaFailure and RetryInfo. Every admitted
    // Groq answer carries the x-ratelimit-* headers, and its usage includes the reasoning tokens of
    // reasoning models (by reasoning_effort). What an answer spent is settled in the window when the
    // answer is rendered (a queued fault or verbatim HTTP reply counts nothing; a hang keeps the
    // declared estimate). Queued replies and the handler still decide the answers.
    void setFreeTier(LlmApi api, const FreeTierConfig &config);
    void clearFreeTier(LlmApi api);
    [[nodiscard]] FreeTierWindow *freeTier(LlmApi api);
    // The free-tier windows' clock in ms (default: ms since the server started listening). Tests
    // inject their own to make the windows deterministic.
    void setClock(std::function<double()> nowMs) { m_clock = std::move(nowMs); }

    [[nodiscard]] const QList<LlmRequest> &requests() const { return m_requests; }
    [[nodiscard]] QList<LlmRequest> requests(LlmRoute route) const;
    [[nodiscard]] int requestCount() const { return int(m_requests.size()); }
    [[nodiscard]] int requestCount(LlmRoute route) const;
    [[nodiscard]] int maxConcurrent() const { return m_http.maxConcurrentRequests(); }
    [[nodiscard]] TestHttpServer &http() { return m_http; }

    // Grounding as the real API sends it: each grounding chunk's uri becomes a redirect through the
    // fake itself, http://127.0.0.1:<port>/grounding-api-redirect/<token> (one token per distinct
    // source), whose HEAD or GET answers as the source's `redirect` says. Off by default.
    void setGroundingRedirects(bool on) { m_groundingRedirects = on; }
    // The redirect address the fake gives for `source` (registering it); the same for the same source.
    [[nodiscard]] QUrl groundingRedirectFor(const FakeSource &source);

    // Forgets requests and queued replies (not the handler, models, keys or rejected modes).
    void reset();

    // The JSON object the default handler answers for `schema` (exposed for tests).
    [[nodiscard]] static QJsonObject exampleFor(const QJsonObject &schema);

Q_SIGNALS:
    void requestReceived(const ip::test::LlmRequest &request);

private:
    void handle(const TestHttpRequest &request, TestHttpResponder &responder);
    [[nodiscard]] LlmReply replyFor(const LlmRequest &request);
    void respond(const LlmRequest &request, const LlmReply &reply, TestHttpResponder &responder,
                 const HttpHeaders &extraHeaders = {});
    [[nodiscard]] double nowMs() const;
    void answerRedirect(const LlmRequest &request, TestHttpResponder &responder);

    TestHttpServer m_http;
    Handler m_handler;
    QHash<int, std::deque<LlmReply>> m_queues; // by LlmRoute
    QHash<int, QStringList> m_models; // by LlmApi
    QHash<int, QByteArray> m_keys; // by LlmApi
    QHash<QString, QSet<QString>> m_rejectedModes;
    QList<LlmRequest> m_requests;
    QHash<int, FreeTierWindow> m_freeTiers; // by LlmApi
    std::function<double()> m_clock;
    bool m_groundingRedirects = false;
    QList<FakeSource> m_redirects; // token n (1-based) -> source
};

// Parses a raw request into an LlmRequest (exposed for tests).
LlmRequest parseLlmRequest(const TestHttpRequest &request);

} // namespace ip::test
