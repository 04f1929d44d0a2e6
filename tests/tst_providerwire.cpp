#include "net/SseParser.h"
#include "providers/GeminiWire.h"
#include "providers/OpenAiWire.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ip;

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(IP_TEST_DATA_DIR "/providers/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

ChatRequest sampleRequest()
{
    ChatRequest r;
    r.model = QStringLiteral("openai/gpt-oss-120b");
    r.messages = { { ChatMessage::Role::System, QStringLiteral("Be brief.") },
                   { ChatMessage::Role::User, QStringLiteral("Hi") },
                   { ChatMessage::Role::Assistant, QStringLiteral("Hello") },
                   { ChatMessage::Role::User, QStringLiteral("List skills") } };
    r.temperature = 0.2;
    r.maxOutputTokens = 1024;
    r.schemaName = QStringLiteral("skills list!");
    r.jsonSchema
        = QJsonDocument::fromJson(
              "{\"type\":\"object\",\"required\":[\"skills\"],\"properties\":{\"skills\":{\"type\":\"array\"}}}")
              .object();
    return r;
}

QString kindName(const ProviderError &e)
{
    return toString(e.kind);
}

// Feeds an SSE body in pieces of `step` bytes through the parser into `feedEvent`.
template<typename F>
void feedSse(const QByteArray &body, int step, F feedEvent)
{
    SseParser parser;
    for (qsizetype i = 0; i < body.size(); i += step) {
        for (const SseEvent &e : parser.feed(body.mid(i, step)))
            feedEvent(e);
    }
    for (const SseEvent &e : parser.flush())
        feedEvent(e);
}

} // namespace

// OpenAI-compatible and Gemini request bodies, responses and stream chunks (pure, no network).
class TestProviderWire : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // ---- OpenAI-compatible requests
    void openAiBodyText()
    {
        ChatRequest r = sampleRequest();
        r.reasoningEffort = QStringLiteral("low");
        const QJsonObject body = buildOpenAiChatBody(r, {});
        QCOMPARE(body[QStringLiteral("model")].toString(), r.model);
        QCOMPARE(body[QStringLiteral("temperature")].toDouble(), 0.2);
        QCOMPARE(body[QStringLiteral("max_completion_tokens")].toInt(), 1024);
        QVERIFY(!body.contains(QStringLiteral("max_tokens")));
        QCOMPARE(body[QStringLiteral("reasoning_effort")].toString(), QStringLiteral("low"));
        QVERIFY(!body.contains(QStringLiteral("response_format")));
        QVERIFY(!body.contains(QStringLiteral("stream")));
        QVERIFY(!body.contains(QStringLiteral("include_reasoning")));
        const QJsonArray messages = body[QStringLiteral("messages")].toArray();
        QCOMPARE(messages.size(), 4);
        QCOMPARE(messages[0][QStringLiteral("role")].toString(), QStringLiteral("system"));
        QCOMPARE(messages[0][QStringLiteral("content")].toString(), QStringLiteral("Be brief."));
        QCOMPARE(messages[2][QStringLiteral("role")].toString(), QStringLiteral("assistant"));
    }

    void openAiBodyJsonModes()
    {
        const ChatRequest r = sampleRequest();
        OpenAiBodyOptions o;
        o.jsonMode = JsonMode::JsonSchema;
        o.strictSchema = true;
        o.hideReasoning = true;
        QJsonObject body = buildOpenAiChatBody(r, o);
        const QJsonObject rf = body[QStringLiteral("response_format")].toObject();
        QCOMPARE(rf[QStringLiteral("type")].toString(), QStringLiteral("json_schema"));
        QCOMPARE(rf[QStringLiteral("json_schema")][QStringLiteral("name")].toString(), QStringLiteral("skills_list_"));
        QCOMPARE(rf[QStringLiteral("json_schema")][QStringLiteral("strict")].toBool(), true);
        QCOMPARE(rf[QStringLiteral("json_schema")][QStringLiteral("schema")].toObject(), r.jsonSchema);
        QCOMPARE(body[QStringLiteral("include_reasoning")].toBool(true), false);
        // The schema is enforced by the server: the prompt is unchanged.
        QCOMPARE(body[QStringLiteral("messages")][0][QStringLiteral("content")].toString(),
                 QStringLiteral("Be brief."));

        o.strictSchema = false;
        body = buildOpenAiChatBody(r, o);
        QVERIFY(!body[QStringLiteral("response_format")][QStringLiteral("json_schema")].toObject().contains(
            QStringLiteral("strict")));

        o.jsonMode = JsonMode::JsonObject;
        body = buildOpenAiChatBody(r, o);
        QCOMPARE(body[QStringLiteral("response_format")][QStringLiteral("type")].toString(),
                 QStringLiteral("json_object"));
        QString system = body[QStringLiteral("messages")][0][QStringLiteral("content")].toString();
        QVERIFY(system.startsWith(QStringLiteral("Be brief.")));
        QVERIFY(system.contains(QStringLiteral("JSON")));
        QVERIFY(system.contains(QStringLiteral("\"skills\"")));

        o.jsonMode = JsonMode::Instructions;
        body = buildOpenAiChatBody(r, o);
        QVERIFY(!body.contains(QStringLiteral("response_format")));
        system = body[QStringLiteral("messages")][0][QStringLiteral("content")].toString();
        QVERIFY(system.contains(QStringLiteral("JSON Schema")));
    }

    void openAiBodyStreamAndLegacyTokens()
    {
        OpenAiBodyOptions o;
        o.stream = true;
        o.legacyMaxTokens = true;
        ChatRequest r = sampleRequest();
        r.messages = { { ChatMessage::Role::User, QStringLiteral("x") } };
        o.jsonMode = JsonMode::Instructions;
        const QJsonObject body = buildOpenAiChatBody(r, o);
        QCOMPARE(body[QStringLiteral("stream")].toBool(), true);
        QCOMPARE(body[QStringLiteral("stream_options")][QStringLiteral("include_usage")].toBool(), true);
        QCOMPARE(body[QStringLiteral("max_tokens")].toInt(), 1024);
        QVERIFY(!body.contains(QStringLiteral("max_completion_tokens")));
        // No system message: one is added for the JSON instruction.
        QCOMPARE(body[QStringLiteral("messages")].toArray().size(), 2);
        QCOMPARE(body[QStringLiteral("messages")][0][QStringLiteral("role")].toString(), QStringLiteral("system"));
    }

    void schemaNames()
    {
        QCOMPARE(sanitizedSchemaName(QString()), QStringLiteral("response"));
        QCOMPARE(sanitizedSchemaName(QStringLiteral("a b/c")), QStringLiteral("a_b_c"));
        QCOMPARE(sanitizedSchemaName(QString(100, QLatin1Char('x'))).size(), 64);
    }

    // ---- OpenAI-compatible responses
    void openAiResponseFixture()
    {
        const auto r = parseOpenAiChatResponse(QStringLiteral("Groq"), fixture(QStringLiteral("groq-chat.json")));
        QVERIFY(r.isOk());
        QCOMPARE(r.value().text, QStringLiteral("{\"title\":\"Printer offline\",\"priority\":\"high\"}"));
        QCOMPARE(r.value().finishReason, QStringLiteral("stop"));
        QCOMPARE(r.value().model, QStringLiteral("openai/gpt-oss-120b"));
        QCOMPARE(r.value().usage.requests, 1);
        QCOMPARE(r.value().usage.promptTokens, 96);
        QCOMPARE(r.value().usage.completionTokens, 58);
        QVERIFY(!r.value().text.contains(QStringLiteral("summary"))); // reasoning is ignored
    }

    void openAiResponseFailures_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("messageContains");
        QTest::newRow("LM Studio 200 error") << fixture(QStringLiteral("lmstudio-200-error.json"))
                                             << QStringLiteral("InvalidRequest") << QStringLiteral("base URL");
        QTest::newRow("not json") << QByteArray("<html>oops</html>") << QStringLiteral("MalformedResponse")
                                  << QString();
        QTest::newRow("truncated json") << fixture(QStringLiteral("groq-chat.json")).left(200)
                                        << QStringLiteral("MalformedResponse") << QString();
        QTest::newRow("no choices") << QByteArray("{\"choices\":[]}") << QStringLiteral("MalformedResponse")
                                    << QString();
        QTest::newRow("refusal") << QByteArray(
            "{\"choices\":[{\"message\":{\"content\":null,\"refusal\":\"I can't\"},\"finish_reason\":\"stop\"}]}")
                                 << QStringLiteral("ContentBlocked") << QString();
        QTest::newRow("content_filter") << QByteArray(
            "{\"choices\":[{\"message\":{\"content\":\"\"},\"finish_reason\":\"content_filter\"}]}")
                                        << QStringLiteral("ContentBlocked") << QString();
        QTest::newRow("empty after length (reasoning ate the budget)") << QByteArray(
            "{\"choices\":[{\"message\":{\"content\":null,\"reasoning\":\"...\"},\"finish_reason\":\"length\"}]}")
                                                                       << QStringLiteral("MalformedResponse")
                                                                       << QStringLiteral("output token budget");
    }
    void openAiResponseFailures()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, kind);
        QFETCH(QString, messageContains);
        const auto r = parseOpenAiChatResponse(QStringLiteral("LM Studio"), body);
        QVERIFY(r.isError());
        QCOMPARE(kindName(r.error()), kind);
        QVERIFY2(r.error().message.contains(messageContains), qPrintable(r.error().message));
    }

    void openAiStreamFixture_data()
    {
        QTest::addColumn<int>("step");
        QTest::newRow("whole") << 100000;
        QTest::newRow("7 bytes") << 7;
        QTest::newRow("1 byte") << 1;
    }
    void openAiStreamFixture()
    {
        QFETCH(int, step);
        OpenAiStreamAccumulator acc(QStringLiteral("Groq"));
        QStringList deltas;
        feedSse(fixture(QStringLiteral("groq-stream.sse")), step, [&](const SseEvent &e) {
            const QString d = acc.feed(e);
            if (!d.isEmpty())
                deltas << d;
        });
        QVERIFY(acc.isDone());
        QCOMPARE(deltas, QStringList { QStringLiteral("Hello") });
        const auto r = acc.finish();
        QVERIFY(r.isOk());
        QCOMPARE(r.value().text, QStringLiteral("Hello"));
        QCOMPARE(r.value().finishReason, QStringLiteral("stop"));
        QCOMPARE(r.value().usage.promptTokens, 12); // from x_groq.usage
        QCOMPARE(r.value().usage.completionTokens, 2);
        QCOMPARE(r.value().model, QStringLiteral("llama-3.3-70b-versatile"));
    }

    void openAiStreamOpenAiStyleUsageChunk()
    {
        const QByteArray body = "data: {\"choices\":[{\"delta\":{\"content\":\"a\"}}]}\n\n"
                                ": keep-alive\n\n"
                                "data: {\"choices\":[{\"delta\":{\"content\":\"b\"},\"finish_reason\":\"stop\"}]}\n\n"
                                "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":2}}\n\n"
                                "data: [DONE]\n\n";
        OpenAiStreamAccumulator acc(QStringLiteral("Ollama"));
        feedSse(body, 3, [&](const SseEvent &e) { acc.feed(e); });
        const auto r = acc.finish();
        QVERIFY(r.isOk());
        QCOMPARE(r.value().text, QStringLiteral("ab"));
        QCOMPARE(r.value().usage.promptTokens, 5);
    }

    void openAiStreamErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("kind");
        QTest::newRow("error object mid-stream")
            << QByteArray("data: {\"choices\":[{\"delta\":{\"content\":\"a\"}}]}\n\n"
                          "data: {\"error\":{\"message\":\"The server had an error\",\"type\":\"server_error\"}}\n\n")
            << QStringLiteral("Overloaded");
        QTest::newRow("event: error") << QByteArray(
            "data: {\"choices\":[{\"delta\":{\"content\":\"a\"}}]}\n\nevent: error\ndata: "
            "{\"error\":{\"message\":\"Rate limit reached, try again in 2s\",\"type\":\"tokens\"}}\n\n")
                                      << QStringLiteral("RateLimited");
        QTest::newRow("x_groq.error") << QByteArray(
            "data: {\"choices\":[{\"delta\":{}}],\"x_groq\":{\"id\":\"r\",\"error\":\"upstream failure\"}}\n\n")
                                      << QStringLiteral("Overloaded");
        QTest::newRow("ended without [DONE] or finish")
            << QByteArray("data: {\"choices\":[{\"delta\":{\"content\":\"a\"}}]}\n\n") << QStringLiteral("Network");
        QTest::newRow("malformed chunk") << QByteArray("data: {\"choices\":[{\"delta\n\n")
                                         << QStringLiteral("MalformedResponse");
        QTest::newRow("done but empty") << QByteArray(
            "data: {\"choices\":[{\"delta\":{},\"finish_reason\":\"length\"}]}\n\ndata: [DONE]\n\n")
                                        << QStringLiteral("MalformedResponse");
    }
    void openAiStreamErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, kind);
        OpenAiStreamAccumulator acc(QStringLiteral("Groq"));
        feedSse(body, 5, [&](const SseEvent &e) { acc.feed(e); });
        const auto r = acc.finish();
        QVERIFY(r.isError());
        QCOMPARE(kindName(r.error()), kind);
    }

    void openAiStreamLlamaCppErrorLine()
    {
        SseParser parser;
        OpenAiStreamAccumulator acc(QStringLiteral("llama.cpp"));
        for (const SseEvent &e :
             parser.feed("error: {\"code\":400,\"message\":\"request (5827 tokens) exceeds the available context size "
                         "(4096 tokens)\",\"type\":\"exceed_context_size_error\"}\n\n"))
            acc.feed(e);
        acc.feedStrayText(parser.takeStrayText());
        const auto r = acc.finish();
        QVERIFY(r.isError());
        QCOMPARE(kindName(r.error()), QStringLiteral("ContextTooLong"));
    }

    void openAiModels()
    {
        const auto r = parseOpenAiModels(QStringLiteral("Groq"), fixture(QStringLiteral("groq-models.json")));
        QVERIFY(r.isOk());
        QCOMPARE(r.value().size(), 2);
        QCOMPARE(r.value().at(0).id, QStringLiteral("llama-3.3-70b-versatile"));
        QCOMPARE(r.value().at(1).id, QStringLiteral("openai/gpt-oss-120b"));
        QCOMPARE(r.value().at(1).contextWindow, 131072);
        QVERIFY(parseOpenAiModels(QStringLiteral("x"), "{}").isError());
        QVERIFY(parseOpenAiModels(QStringLiteral("x"), fixture(QStringLiteral("lmstudio-200-error.json"))).isError());
    }

    // ---- Gemini requests
    void geminiBody()
    {
        ChatRequest r = sampleRequest();
        r.messages.append({ ChatMessage::Role::User, QStringLiteral("And more") });
        r.messages.append({ ChatMessage::Role::System, QStringLiteral("Second system.") });
        r.reasoningEffort = QStringLiteral("low");
        const QJsonObject body = buildGeminiBody(r, {});
        QCOMPARE(
            body[QStringLiteral("systemInstruction")][QStringLiteral("parts")][0][QStringLiteral("text")].toString(),
            QStringLiteral("Be brief.\n\nSecond system."));
        const QJsonArray contents = body[QStringLiteral("contents")].toArray();
        QCOMPARE(contents.size(), 3); // user, model, user (two adjacent user turns merged)
        QCOMPARE(contents[0][QStringLiteral("role")].toString(), QStringLiteral("user"));
        QCOMPARE(contents[1][QStringLiteral("role")].toString(), QStringLiteral("model"));
        QCOMPARE(contents[2][QStringLiteral("parts")].toArray().size(), 2);
        const QJsonObject config = body[QStringLiteral("generationConfig")].toObject();
        QCOMPARE(config[QStringLiteral("maxOutputTokens")].toInt(), 1024);
        QCOMPARE(config[QStringLiteral("temperature")].toDouble(), 0.2);
        QCOMPARE(config[QStringLiteral("thinkingConfig")][QStringLiteral("thinkingBudget")].toInt(), 1024);
        QVERIFY(!config.contains(QStringLiteral("responseMimeType")));
        QVERIFY(!body.contains(QStringLiteral("tools")));
    }

    void geminiBodyJsonAndSearch()
    {
        ChatRequest r = sampleRequest();
        GeminiBodyOptions o;
        o.jsonMode = JsonMode::JsonSchema;
        QJsonObject body = buildGeminiBody(r, o);
        QCOMPARE(body[QStringLiteral("generationConfig")][QStringLiteral("responseMimeType")].toString(),
                 QStringLiteral("application/json"));
        QCOMPARE(body[QStringLiteral("generationConfig")][QStringLiteral("responseJsonSchema")].toObject(),
                 r.jsonSchema);

        o.jsonMode = JsonMode::JsonObject;
        body = buildGeminiBody(r, o);
        QCOMPARE(body[QStringLiteral("generationConfig")][QStringLiteral("responseMimeType")].toString(),
                 QStringLiteral("application/json"));
        QVERIFY(!body[QStringLiteral("generationConfig")].toObject().contains(QStringLiteral("responseJsonSchema")));
        QVERIFY(body[QStringLiteral("systemInstruction")][QStringLiteral("parts")][0][QStringLiteral("text")]
                    .toString()
                    .contains(QStringLiteral("JSON Schema")));

        r.googleSearch = true;
        o.jsonMode = JsonMode::Instructions;
        body = buildGeminiBody(r, o);
        QCOMPARE(body[QStringLiteral("tools")].toArray().size(), 1);
        QVERIFY(body[QStringLiteral("tools")][0].toObject().contains(QStringLiteral("google_search")));
        QVERIFY(!body[QStringLiteral("generationConfig")].toObject().contains(QStringLiteral("responseMimeType")));
        QVERIFY(body[QStringLiteral("systemInstruction")][QStringLiteral("parts")][0][QStringLiteral("text")]
                    .toString()
                    .contains(QStringLiteral("JSON Schema")));
    }

    // ---- Gemini responses
    void geminiGroundedResponse()
    {
        const auto r = parseGeminiResponse(QStringLiteral("Gemini"), fixture(QStringLiteral("gemini-grounded.json")));
        QVERIFY(r.isOk());
        const ChatResponse &c = r.value();
        QCOMPARE(c.text, QStringLiteral("Spain won Euro 2024. They beat England 2–1 in the final in Berlin."));
        QCOMPARE(c.finishReason, QStringLiteral("STOP"));
        QCOMPARE(c.model, QStringLiteral("gemini-2.5-flash"));
        QCOMPARE(c.usage.promptTokens, 9 + 210); // prompt + tool use prompt
        QCOMPARE(c.usage.completionTokens, 18 + 64); // candidates + thoughts
        QCOMPARE(c.grounding.sources.size(), 2);
        QCOMPARE(c.grounding.spans.size(), 2);
        QCOMPARE(c.grounding.spans.at(1).end, c.text.size());
        QCOMPARE(c.grounding.webSearchQueries.size(), 2);
    }

    void geminiThoughtPartsAreSkipped()
    {
        const QByteArray body = "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"thinking...\",\"thought\":true},"
                                "{\"text\":\"Answer "
                                "é.\"}]},\"finishReason\":\"STOP\",\"groundingMetadata\":{\"groundingChunks\":[{"
                                "\"web\":{\"uri\":\"https://a.example/"
                                "\",\"title\":\"a\"}}],\"groundingSupports\":[{\"segment\":{\"partIndex\":1,"
                                "\"endIndex\":6,\"text\":\"Answer\"},\"groundingChunkIndices\":[0]}]}}]}";
        const auto r = parseGeminiResponse(QStringLiteral("Gemini"), body);
        QVERIFY(r.isOk());
        QCOMPARE(r.value().text, QStringLiteral("Answer é."));
        QCOMPARE(r.value().grounding.spans.size(), 1);
        QCOMPARE(r.value().grounding.spans.at(0).start, 0);
        QCOMPARE(r.value().grounding.spans.at(0).end, 6);
    }

    void geminiFailures_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("messageContains");
        QTest::newRow("prompt blocked") << fixture(QStringLiteral("gemini-blocked-prompt.json"))
                                        << QStringLiteral("ContentBlocked") << QStringLiteral("SAFETY");
        QTest::newRow("MAX_TOKENS without parts") << fixture(QStringLiteral("gemini-max-tokens-no-parts.json"))
                                                  << QStringLiteral("MalformedResponse") << QStringLiteral("thinking");
        QTest::newRow("safety finish") << QByteArray(
            "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"x\"}]},\"finishReason\":\"SAFETY\"}]}")
                                       << QStringLiteral("ContentBlocked") << QString();
        QTest::newRow("error body") << fixture(QStringLiteral("gemini-503-overloaded.json"))
                                    << QStringLiteral("Overloaded") << QString();
        QTest::newRow("not json") << QByteArray("nope") << QStringLiteral("MalformedResponse") << QString();
        QTest::newRow("empty object") << QByteArray("{}") << QStringLiteral("MalformedResponse") << QString();
    }
    void geminiFailures()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, kind);
        QFETCH(QString, messageContains);
        const auto r = parseGeminiResponse(QStringLiteral("Gemini"), body);
        QVERIFY(r.isError());
        QCOMPARE(kindName(r.error()), kind);
        QVERIFY2(r.error().message.contains(messageContains), qPrintable(r.error().message));
    }

    void geminiStreams_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("spans");
        QTest::addColumn<qint64>("completionTokens");
        QTest::newRow("grounding in last text chunk")
            << QStringLiteral("gemini-stream-grounded.sse") << QStringLiteral("Spain won Euro 2024.") << 1 << qint64(6);
        QTest::newRow("grounding alone with content {} (CRLF)")
            << QStringLiteral("gemini-stream-grounding-last-empty-content.sse")
            << QStringLiteral("Spain won Euro 2024. They beat England 2–1.") << 2 << qint64(12);
    }
    void geminiStreams()
    {
        QFETCH(QString, file);
        QFETCH(QString, text);
        QFETCH(int, spans);
        QFETCH(qint64, completionTokens);
        for (int step : { 100000, 11, 1 }) {
            GeminiAccumulator acc(QStringLiteral("Gemini"));
            QString streamed;
            feedSse(fixture(file), step, [&](const SseEvent &e) { streamed += acc.feedData(e.data); });
            const auto r = acc.finish();
            QVERIFY(r.isOk());
            QCOMPARE(streamed, text);
            QCOMPARE(r.value().text, text);
            QCOMPARE(r.value().grounding.spans.size(), spans);
            QCOMPARE(r.value().grounding.spans.last().end, text.size());
            QCOMPARE(r.value().usage.completionTokens, completionTokens); // cumulative: the last wins
            QCOMPARE(r.value().finishReason, QStringLiteral("STOP"));
        }
    }

    void geminiStreamErrorChunk()
    {
        GeminiAccumulator acc(QStringLiteral("Gemini"));
        QCOMPARE(acc.feedData("{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"Par\"}]}}]}"),
                 QStringLiteral("Par"));
        acc.feedData(fixture(QStringLiteral("gemini-503-overloaded.json")));
        QCOMPARE(acc.feedData("{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"tial\"}]}}]}"), QString());
        const auto r = acc.finish();
        QVERIFY(r.isError());
        QCOMPARE(kindName(r.error()), QStringLiteral("Overloaded"));
    }

    // A pretty-printed error without "data:" ends up as stray text in the SSE parser.
    void geminiStreamPrettyPrintedError()
    {
        SseParser parser;
        GeminiAccumulator acc(QStringLiteral("Gemini"));
        const QByteArray body = "data: {\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"a\"}]}}]}\n\n"
                                "{\n  \"error\": {\n    \"code\": 429,\n    \"message\": \"Resource exhausted\",\n"
                                "    \"status\": \"RESOURCE_EXHAUSTED\"\n  }\n}\n";
        for (const SseEvent &e : parser.feed(body))
            acc.feedData(e.data);
        for (const SseEvent &e : parser.flush())
            acc.feedData(e.data);
        const QByteArray stray = parser.takeStrayText();
        QVERIFY(!stray.isEmpty());
        acc.feedData(stray);
        const auto r = acc.finish();
        QVERIFY(r.isError());
        QCOMPARE(kindName(r.error()), QStringLiteral("RateLimited"));
    }

    void geminiModels()
    {
        QString token;
        const auto r
            = parseGeminiModels(QStringLiteral("Gemini"), fixture(QStringLiteral("gemini-models.json")), &token);
        QVERIFY(r.isOk());
        QCOMPARE(r.value().size(), 1);
        QCOMPARE(r.value().at(0).id, QStringLiteral("gemini-2.5-flash"));
        QCOMPARE(r.value().at(0).displayName, QStringLiteral("Gemini 2.5 Flash"));
        QCOMPARE(r.value().at(0).contextWindow, 1048576);
        QCOMPARE(token, QStringLiteral("Ch1tb2RlbHMvZ2VtaW5pLTIuNS1mbGFzaA=="));
        const QByteArray embedOnly
            = "{\"models\":[{\"name\":\"models/embedding-001\",\"supportedGenerationMethods\":[\"embedContent\"]}]}";
        QCOMPARE(parseGeminiModels(QStringLiteral("Gemini"), embedOnly).value().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestProviderWire)
#include "tst_providerwire.moc"
