#include "FakeLlmServer.h"

#include "FakeLlmWire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

namespace ip::test {

namespace {

// A value of the first key present (snake_case and camelCase spellings).
QJsonValue either(const QJsonObject &o, const char *a, const char *b)
{
    const QString ka = QString::fromLatin1(a);
    if (o.contains(ka))
        return o.value(ka);
    return o.value(QString::fromLatin1(b));
}

QString partsText(const QJsonValue &content)
{
    QStringList texts;
    for (const QJsonValue p : content.toObject().value(QStringLiteral("parts")).toArray())
        texts << p.toObject().value(QStringLiteral("text")).toString();
    return texts.join(QStringLiteral("\n"));
}

void parseOpenAiBody(LlmRequest &r)
{
    const QJsonObject &b = r.body;
    r.model = b.value(QStringLiteral("model")).toString();
    r.stream = b.value(QStringLiteral("stream")).toBool(false);
    QStringList system, user;
    for (const QJsonValue v : b.value(QStringLiteral("messages")).toArray()) {
        const QJsonObject m = v.toObject();
        const QString role = m.value(QStringLiteral("role")).toString();
        const QString content = m.value(QStringLiteral("content")).toString();
        ++r.messageCount;
        if (role == QLatin1StringView("system") || role == QLatin1StringView("developer"))
            system << content;
        else if (role == QLatin1StringView("user"))
            user << content;
        else if (role == QLatin1StringView("assistant"))
            r.assistantTurns << content;
    }
    r.systemText = system.join(QStringLiteral("\n\n"));
    r.userText = user.join(QStringLiteral("\n\n"));
    r.lastUserText = user.isEmpty() ? QString() : user.last();

    const QJsonObject format = b.value(QStringLiteral("response_format")).toObject();
    const QString type = format.value(QStringLiteral("type")).toString();
    if (type == QLatin1StringView("json_schema")) {
        r.jsonMode = type;
        const QJsonObject js = format.value(QStringLiteral("json_schema")).toObject();
        r.jsonSchema = js.value(QStringLiteral("schema")).toObject();
        r.strictSchema = js.value(QStringLiteral("strict")).toBool(false);
    } else if (type == QLatin1StringView("json_object")) {
        r.jsonMode = type;
    }
    if (b.contains(QStringLiteral("max_completion_tokens"))) {
        r.maxOutputTokens = b.value(QStringLiteral("max_completion_tokens")).toInt(-1);
        r.maxTokensField = QStringLiteral("max_completion_tokens");
    } else if (b.contains(QStringLiteral("max_tokens"))) {
        r.maxOutputTokens = b.value(QStringLiteral("max_tokens")).toInt(-1);
        r.maxTokensField = QStringLiteral("max_tokens");
    }
    r.temperature = b.value(QStringLiteral("temperature")).toDouble(-1);
    r.reasoningEffort = b.value(QStringLiteral("reasoning_effort")).toString();
    r.includeReasoning = b.value(QStringLiteral("include_reasoning"));
}

void parseGeminiBody(LlmRequest &r)
{
    const QJsonObject &b = r.body;
    r.systemText = partsText(either(b, "systemInstruction", "system_instruction"));
    QStringList user;
    for (const QJsonValue v : b.value(QStringLiteral("contents")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString text = partsText(c);
        ++r.messageCount;
        if (c.value(QStringLiteral("role")).toString() == QLatin1StringView("model"))
            r.assistantTurns << text;
        else
            user << text;
    }
    r.userText = user.join(QStringLiteral("\n\n"));
    r.lastUserText = user.isEmpty() ? QString() : user.last();

    for (const QJsonValue t : b.value(QStringLiteral("tools")).toArray()) {
        const QJsonObject tool = t.toObject();
        if (tool.contains(QStringLiteral("google_search")) || tool.contains(QStringLiteral("googleSearch")))
            r.googleSearch = true;
    }
    const QJsonObject config = either(b, "generationConfig", "generation_config").toObject();
    r.maxOutputTokens = either(config, "maxOutputTokens", "max_output_tokens").toInt(-1);
    if (r.maxOutputTokens >= 0)
        r.maxTokensField = QStringLiteral("maxOutputTokens");
    r.temperature = config.value(QStringLiteral("temperature")).toDouble(-1);
    if (either(config, "responseMimeType", "response_mime_type").toString() == QLatin1StringView("application/json"))
        r.jsonMode = QStringLiteral("gemini_json");
    QJsonValue schema = either(config, "responseJsonSchema", "response_json_schema");
    if (!schema.isObject())
        schema = either(config, "responseSchema", "response_schema");
    r.jsonSchema = schema.toObject();
}

// multipart/form-data (RFC 7578): each part's Content-Disposition name (and filename) and body.
void parseMultipart(LlmRequest &r, const QByteArray &contentType, const QByteArray &body)
{
    const qsizetype at = contentType.indexOf("boundary=");
    if (at < 0)
        return;
    QByteArray boundary = contentType.mid(at + 9);
    if (const qsizetype semicolon = boundary.indexOf(';'); semicolon >= 0)
        boundary.truncate(semicolon);
    boundary = boundary.trimmed();
    if (boundary.startsWith('"') && boundary.endsWith('"') && boundary.size() >= 2)
        boundary = boundary.mid(1, boundary.size() - 2);
    const QByteArray delimiter = "--" + boundary;
    if (!body.startsWith(delimiter + "\r\n"))
        return;
    qsizetype pos = delimiter.size() + 2;
    for (;;) {
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", pos);
        if (headersEnd < 0)
            return;
        const QList<QByteArray> headers = body.mid(pos, headersEnd - pos).split('\n');
        const qsizetype next = body.indexOf("\r\n" + delimiter, headersEnd + 4);
        if (next < 0)
            return;
        const QByteArray content = body.mid(headersEnd + 4, next - headersEnd - 4);
        QString name, fileName;
        QByteArray type;
        for (const QByteArray &line : headers) {
            const QByteArray h = line.trimmed();
            if (h.toLower().startsWith("content-disposition:")) {
                static const QRegularExpression nameRe(QStringLiteral("[; ]name=\"([^\"]*)\""));
                static const QRegularExpression fileRe(QStringLiteral("filename=\"([^\"]*)\""));
                const QString text = QString::fromUtf8(h);
                name = nameRe.match(text).captured(1);
                fileName = fileRe.match(text).captured(1);
            } else if (h.toLower().startsWith("content-type:")) {
                type = h.mid(13).trimmed();
            }
        }
        if (name == QLatin1StringView("file")) {
            r.audio = content;
            r.audioFileName = fileName;
            r.audioContentType = type;
        } else {
            r.transcriptionFields.insert(name, QString::fromUtf8(content));
        }
        pos = next + 2 + delimiter.size();
        if (body.mid(pos, 4) == "--\r\n" && pos + 4 == body.size()) {
            r.multipartIsValid = true;
            return;
        }
        if (body.mid(pos, 2) != "\r\n")
            return;
        pos += 2;
    }
}

// A value matching `schema` (the JSON Schema subset the app uses).
QJsonValue exampleValue(const QJsonObject &schema, int depth)
{
    if (depth > 8)
        return QJsonValue();
    const QJsonArray enumValues = schema.value(QStringLiteral("enum")).toArray();
    if (!enumValues.isEmpty())
        return enumValues.first();
    QJsonValue typeValue = schema.value(QStringLiteral("type"));
    QString type = typeValue.isArray() ? typeValue.toArray().first().toString() : typeValue.toString();
    if (type.isEmpty())
        type = schema.contains(QStringLiteral("properties")) ? QStringLiteral("object") : QStringLiteral("string");
    if (type == QLatin1StringView("object")) {
        QJsonObject o;
        const QJsonObject props = schema.value(QStringLiteral("properties")).toObject();
        for (auto it = props.begin(); it != props.end(); ++it)
            o.insert(it.key(), exampleValue(it.value().toObject(), depth + 1));
        return o;
    }
    if (type == QLatin1StringView("array")) {
        const int count = qMax(1, schema.value(QStringLiteral("minItems")).toInt(1));
        QJsonArray a;
        for (int i = 0; i < count; ++i)
            a.append(exampleValue(schema.value(QStringLiteral("items")).toObject(), depth + 1));
        return a;
    }
    if (type == QLatin1StringView("integer") || type == QLatin1StringView("number"))
        return 1;
    if (type == QLatin1StringView("boolean"))
        return true;
    if (type == QLatin1StringView("null"))
        return QJsonValue();
    return QStringLiteral("example");
}

} // namespace

LlmRequest parseLlmRequest(const TestHttpRequest &request)
{
    LlmRequest r;
    r.index = request.index;
    r.method = request.method;
    r.path = request.path();
    r.query = request.query();
    r.arrivalMs = request.arrivalMs;
    r.connectionId = request.connectionId;
    r.userAgent = request.header("User-Agent");

    const bool gemini = r.path.contains("/v1beta") || r.path.contains("/v1alpha") || r.path.contains(":generateContent")
        || r.path.contains(":streamGenerateContent");
    r.api = gemini ? LlmApi::Gemini : LlmApi::OpenAi;
    if (r.method == "GET" && r.path.endsWith("/models"))
        r.route = gemini ? LlmRoute::GeminiModels : LlmRoute::OpenAiModels;
    else if (r.method == "POST" && r.path.endsWith("/chat/completions"))
        r.route = LlmRoute::OpenAiChat;
    else if (r.method == "POST" && (r.path.endsWith(":generateContent") || r.path.endsWith(":streamGenerateContent")))
        r.route = LlmRoute::GeminiGenerate;
    else if ((r.method == "HEAD" || r.method == "GET") && r.path.startsWith("/grounding-api-redirect/"))
        r.route = LlmRoute::GroundingRedirect;
    else if (r.method == "POST" && r.path.endsWith("/audio/transcriptions"))
        r.route = LlmRoute::OpenAiTranscriptions;
    if (r.route == LlmRoute::GroundingRedirect)
        r.api = LlmApi::Gemini;

    const QByteArray auth = request.header("Authorization");
    r.hasAuthorizationHeader = !auth.isEmpty();
    if (auth.startsWith("Bearer "))
        r.apiKey = auth.mid(7).trimmed();
    const QByteArray goog = request.header("x-goog-api-key");
    r.hasGoogApiKeyHeader = !goog.isEmpty();
    if (!goog.isEmpty())
        r.apiKey = goog.trimmed();
    const QUrlQuery query(QString::fromUtf8(r.query));
    r.keyInUrl = query.hasQueryItem(QStringLiteral("key"));
    if (r.apiKey.isEmpty() && r.keyInUrl)
        r.apiKey = query.queryItemValue(QStringLiteral("key")).toUtf8();

    if (r.route == LlmRoute::OpenAiTranscriptions) {
        parseMultipart(r, request.header("Content-Type"), request.body);
        r.model = r.transcriptionFields.value(QStringLiteral("model"));
        r.bodyIsValidJson = false;
    } else if (!request.body.isEmpty()) {
        QJsonParseError error {};
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
        r.bodyIsValidJson = error.error == QJsonParseError::NoError && doc.isObject();
        r.body = doc.object();
    }
    if (r.route == LlmRoute::OpenAiChat) {
        parseOpenAiBody(r);
    } else if (r.route == LlmRoute::GeminiGenerate) {
        const qsizetype start = r.path.indexOf("/models/");
        const qsizetype colon = r.path.lastIndexOf(':');
        if (start >= 0 && colon > start)
            r.model = QUrl::fromPercentEncoding(r.path.mid(start + 8, colon - start - 8));
        r.stream = r.path.endsWith(":streamGenerateContent");
        parseGeminiBody(r);
    }
    return r;
}

FakeLlmServer::FakeLlmServer(QObject *parent)
    : QObject(parent)
{
    m_models.insert(int(LlmApi::OpenAi),
                    { QStringLiteral("llama-3.3-70b-versatile"), QStringLiteral("openai/gpt-oss-120b"),
                      QStringLiteral("openai/gpt-oss-20b") });
    m_models.insert(int(LlmApi::Gemini),
                    { QStringLiteral("gemini-2.5-flash"), QStringLiteral("gemini-2.5-flash-lite") });
    m_http.setHandler(
        [this](const TestHttpRequest &request, TestHttpResponder &responder) { handle(request, responder); });
}

FakeLlmServer::~FakeLlmServer() = default;

bool FakeLlmServer::listen()
{
    return m_http.listen();
}

QUrl FakeLlmServer::openAiBaseUrl() const
{
    return m_http.url(QStringLiteral("/openai/v1"));
}

QUrl FakeLlmServer::geminiBaseUrl() const
{
    return m_http.url(QStringLiteral("/v1beta"));
}

void FakeLlmServer::enqueue(LlmRoute route, const LlmReply &reply)
{
    m_queues[int(route)].push_back(reply);
}

void FakeLlmServer::enqueue(LlmRoute route, const QList<LlmReply> &replies)
{
    for (const LlmReply &r : replies)
        enqueue(route, r);
}

int FakeLlmServer::queuedCount(LlmRoute route) const
{
    const auto it = m_queues.constFind(int(route));
    return it == m_queues.constEnd() ? 0 : int(it->size());
}

void FakeLlmServer::setModels(LlmApi api, const QStringList &ids)
{
    m_models.insert(int(api), ids);
}

void FakeLlmServer::setApiKey(LlmApi api, const QByteArray &key)
{
    m_keys.insert(int(api), key);
}

void FakeLlmServer::rejectJsonModes(const QString &model, const QStringList &modes)
{
    for (const QString &mode : modes)
        m_rejectedModes[model].insert(mode);
}

void FakeLlmServer::setFreeTier(LlmApi api, const FreeTierConfig &config)
{
    m_freeTiers.insert(int(api), FreeTierWindow(config));
}

void FakeLlmServer::clearFreeTier(LlmApi api)
{
    m_freeTiers.remove(int(api));
}

FreeTierWindow *FakeLlmServer::freeTier(LlmApi api)
{
    const auto it = m_freeTiers.find(int(api));
    return it == m_freeTiers.end() ? nullptr : &it.value();
}

double FakeLlmServer::nowMs() const
{
    return m_clock ? m_clock() : double(m_http.elapsedMs());
}

QList<LlmRequest> FakeLlmServer::requests(LlmRoute route) const
{
    QList<LlmRequest> out;
    for (const LlmRequest &r : m_requests)
        if (r.route == route)
            out << r;
    return out;
}

int FakeLlmServer::requestCount(LlmRoute route) const
{
    return int(
        std::count_if(m_requests.begin(), m_requests.end(), [route](const LlmRequest &r) { return r.route == route; }));
}

void FakeLlmServer::reset()
{
    m_requests.clear();
    m_queues.clear();
    for (FreeTierWindow &w : m_freeTiers)
        w.reset();
    m_http.reset();
}

QJsonObject FakeLlmServer::exampleFor(const QJsonObject &schema)
{
    return exampleValue(schema, 0).toObject();
}

LlmReply FakeLlmServer::replyFor(const LlmRequest &request)
{
    auto queue = m_queues.find(int(request.route));
    if (queue != m_queues.end() && !queue->empty()) {
        LlmReply reply = queue->front();
        queue->pop_front();
        return reply;
    }
    if (request.route == LlmRoute::OpenAiModels || request.route == LlmRoute::GeminiModels) {
        const QStringList ids = m_models.value(int(request.api));
        return LlmReply::http(
            200, request.api == LlmApi::Gemini ? fakewire::geminiModelsBody(ids) : fakewire::openAiModelsBody(ids),
            { { "Content-Type", "application/json" } });
    }
    if (m_handler)
        return m_handler(request);
    if (request.route == LlmRoute::OpenAiTranscriptions)
        return LlmReply::ofText(QStringLiteral("OK"));
    const bool wantsJson = !request.jsonMode.isEmpty() || !request.jsonSchema.isEmpty()
        || request.systemText.contains(QStringLiteral("JSON"));
    if (wantsJson) {
        QJsonObject schema = request.jsonSchema;
        // json_object / instructions modes carry the schema in the prompt ("… JSON Schema: {…}").
        const qsizetype at = request.systemText.indexOf(QStringLiteral("JSON Schema: "));
        if (schema.isEmpty() && at >= 0) {
            const QString rest = request.systemText.mid(at + 13).section(QLatin1Char('\n'), 0, 0);
            schema = QJsonDocument::fromJson(rest.toUtf8()).object();
        }
        return LlmReply::json(exampleFor(schema));
    }
    return LlmReply::ofText(QStringLiteral("OK"));
}

void FakeLlmServer::handle(const TestHttpRequest &raw, TestHttpResponder &responder)
{
    LlmRequest request = parseLlmRequest(raw);
    request.concurrentAtArrival = m_http.openRequests();
    m_requests.append(request);
    Q_EMIT requestReceived(request);

    auto send = [&responder](const fakewire::HttpAnswer &a, int delayMs = 0) {
        responder.respond(a.status, a.body, a.headers, delayMs);
    };
    if (request.route == LlmRoute::Unknown)
        return send(fakewire::unknownRoute(request));
    if (request.route == LlmRoute::GroundingRedirect)
        return answerRedirect(request, responder);

    const QByteArray expectedKey = m_keys.value(int(request.api));
    if (!expectedKey.isEmpty() && request.apiKey != expectedKey)
        return send(fakewire::faultAnswer(request, LlmReply::wrongKey()));

    if (request.route == LlmRoute::GeminiGenerate && request.googleSearch
        && request.jsonMode == QLatin1StringView("gemini_json"))
        return send(fakewire::unsupportedJsonMode(request, request.jsonMode));
    if (!request.jsonMode.isEmpty() && m_rejectedModes.value(request.model).contains(request.jsonMode))
        return send(fakewire::unsupportedJsonMode(request, request.jsonMode));

    FreeTierWindow *window = request.route == LlmRoute::GeminiGenerate || request.route == LlmRoute::OpenAiChat
        ? freeTier(request.api)
        : nullptr;
    if (!window)
        return respond(request, replyFor(request), responder);

    const double now = nowMs();
    const FreeTierWindow::Admission admission
        = window->admit(request.model, fakewire::estimatedPromptTokens(request), qMax(0, request.maxOutputTokens), now);
    if (!admission.admitted())
        return send(fakewire::freeTierRefusal(request, *window, admission, now));
    LlmReply reply = replyFor(request);
    const bool answered = reply.fault.isEmpty() && reply.kind != LlmReply::Kind::Http;
    if (answered && reply.reasoningTokens < 0 && window->config().isReasoningModel(request.model))
        reply.reasoningTokens = window->config().reasoningTokens(request.model, request.reasoningEffort);
    if (reply.kind != LlmReply::Kind::Hang) {
        const int prompt = reply.promptTokens >= 0 ? reply.promptTokens : fakewire::estimatedPromptTokens(request);
        window->settle(admission.id, answered ? prompt + fakewire::completionTokensWithReasoning(reply) : 0);
    }
    respond(request, reply, responder,
            request.api == LlmApi::OpenAi ? window->rateLimitHeaders(request.model, now) : HttpHeaders {});
}

QUrl FakeLlmServer::groundingRedirectFor(const FakeSource &source)
{
    qsizetype at = -1;
    for (qsizetype i = 0; i < m_redirects.size() && at < 0; ++i)
        if (m_redirects.at(i).uri == source.uri && m_redirects.at(i).redirect == source.redirect)
            at = i;
    if (at < 0) {
        m_redirects.append(source);
        at = m_redirects.size() - 1;
    }
    return m_http.url(QStringLiteral("/grounding-api-redirect/AUZIYQ%1").arg(at + 1));
}

void FakeLlmServer::answerRedirect(const LlmRequest &request, TestHttpResponder &responder)
{
    bool ok = false;
    const int token = request.path.mid(request.path.lastIndexOf('/') + 7).toInt(&ok);
    if (!ok || token < 1 || token > m_redirects.size())
        return responder.respond(404, {});
    const FakeSource &source = m_redirects.at(token - 1);
    switch (source.redirect) {
    case FakeRedirect::Found: return responder.respond(302, {}, { { "Location", source.uri.toUtf8() } });
    case FakeRedirect::NotFound: return responder.respond(404, {});
    case FakeRedirect::Hang: return;
    }
}

void FakeLlmServer::respond(const LlmRequest &request, const LlmReply &original, TestHttpResponder &responder,
                            const HttpHeaders &extraHeaders)
{
    LlmReply reply = original;
    if (m_groundingRedirects && request.route == LlmRoute::GeminiGenerate)
        for (FakeSource &source : reply.sources)
            source.uri = QString::fromUtf8(groundingRedirectFor(source).toEncoded());
    const bool gemini = request.api == LlmApi::Gemini;
    HttpHeaders jsonHeaders { { "Content-Type", "application/json" } };
    HttpHeaders sseHeaders { { "Content-Type", "text/event-stream" }, { "Cache-Control", "no-cache" } };
    jsonHeaders.append(extraHeaders);
    sseHeaders.append(extraHeaders);

    if (!reply.fault.isEmpty()) {
        const fakewire::HttpAnswer a = fakewire::faultAnswer(request, reply);
        responder.respond(a.status, a.body, a.headers, reply.delayMs);
        return;
    }

    if (request.route == LlmRoute::OpenAiTranscriptions && reply.kind == LlmReply::Kind::Answer) {
        const fakewire::HttpAnswer a = fakewire::transcriptionAnswer(request, reply);
        HttpHeaders headers = a.headers;
        headers.append(extraHeaders);
        responder.respond(a.status, a.body, headers, reply.delayMs);
        return;
    }

    switch (reply.kind) {
    case LlmReply::Kind::Http:
        responder.respond(reply.status, reply.body, reply.headers.isEmpty() ? jsonHeaders : reply.headers,
                          reply.delayMs);
        return;
    case LlmReply::Kind::Hang: return;
    case LlmReply::Kind::DropMidBody: {
        const QByteArray body
            = gemini ? fakewire::geminiBody(request, reply) : fakewire::openAiChatBody(request, reply);
        responder.beginBody(200, jsonHeaders, body.size(), reply.delayMs);
        responder.sendBody(body.left(body.size() / 2));
        responder.closeConnection(20);
        return;
    }
    case LlmReply::Kind::SlowDrip: {
        const QByteArray body
            = gemini ? fakewire::geminiBody(request, reply) : fakewire::openAiChatBody(request, reply);
        responder.drip(200, body, 4, reply.dripIntervalMs, jsonHeaders);
        return;
    }
    case LlmReply::Kind::DropMidStream:
    case LlmReply::Kind::StreamError:
    case LlmReply::Kind::Answer: break;
    }

    const bool stream
        = request.stream || reply.kind == LlmReply::Kind::DropMidStream || reply.kind == LlmReply::Kind::StreamError;
    if (!stream) {
        responder.respond(200, gemini ? fakewire::geminiBody(request, reply) : fakewire::openAiChatBody(request, reply),
                          jsonHeaders, reply.delayMs);
        return;
    }

    const QList<QByteArray> events
        = gemini ? fakewire::geminiStreamEvents(request, reply) : fakewire::openAiStreamEvents(request, reply);
    responder.beginChunked(200, sseHeaders, reply.delayMs);
    if (reply.kind == LlmReply::Kind::DropMidStream) {
        responder.sendChunk(events.value(0));
        responder.sendChunk(events.value(1), 20);
        // chunkIntervalMs > 20 leaves the client that long to read the chunk before the reset (a
        // reset discards what the client has not read yet).
        responder.resetConnection(std::max(20, reply.chunkIntervalMs));
        return;
    }
    if (reply.kind == LlmReply::Kind::StreamError) {
        // The role chunk (OpenAI) or first text chunk (Gemini), then an error object in the stream.
        responder.sendChunk(events.value(0));
        if (!gemini)
            responder.sendChunk(events.value(1), reply.chunkIntervalMs);
        const QByteArray error = gemini
            ? QByteArray("data: {\"error\":{\"code\":") + QByteArray::number(reply.status)
                + ",\"message\":\"The model is overloaded. Please try again "
                  "later.\",\"status\":\"UNAVAILABLE\"}}\r\n\r\n"
            : QByteArray("data: {\"error\":{\"message\":\"The server had an error while processing your request.\","
                         "\"type\":\"server_error\"}}\n\n");
        responder.sendChunk(error, reply.chunkIntervalMs);
        responder.endChunked(reply.chunkIntervalMs);
        return;
    }
    for (const QByteArray &event : events)
        responder.sendChunk(event, reply.chunkIntervalMs);
    responder.endChunked(reply.chunkIntervalMs);
}

} // namespace ip::test
