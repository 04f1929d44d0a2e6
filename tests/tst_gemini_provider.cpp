#include "FakeLlmServer.h"
#include "net/QnamTransport.h"
#include "providers/GeminiProvider.h"
#include "providers/JsonModeMemory.h"
#include "tst_providers_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ip;
using namespace ip::test;

Q_DECLARE_METATYPE(ip::test::LlmReply)

namespace {

const QString kModel = QStringLiteral("gemini-2.5-flash");
const QByteArray kKey = "AIzaSyFakeKeyForTests0123456789abcdefg";

QJsonObject questionsSchema()
{
    return QJsonDocument::fromJson("{\"type\":\"object\",\"required\":[\"questions\"],\"properties\":{\"questions\":"
                                   "{\"type\":\"array\",\"items\":{\"type\":\"string\"},\"minItems\":1}}}")
        .object();
}

ChatRequest jsonRequest()
{
    ChatRequest r = textRequest(kModel, QStringLiteral("Write questions about Qt."));
    r.format = ResponseFormat::Json;
    r.schemaName = QStringLiteral("questions");
    r.jsonSchema = questionsSchema();
    return r;
}

// Multi-byte text before the grounded segments: CJK (3 bytes), emoji (4 bytes, a surrogate pair
// in UTF-16) and an en dash.
const QString kGroundedText = QStringLiteral("## Qt 日本語 😀\nQt uses signals and slots – a typed callback. "
                                             "Moc generates the glue code.");

LlmReply groundedReply()
{
    return LlmReply::grounded(
        kGroundedText,
        { { QStringLiteral("Qt uses signals and slots – a typed callback."), { 0, 1 } },
          { QStringLiteral("Moc generates the glue code."), { 1 } } },
        { { QStringLiteral("doc.qt.io"),
            QStringLiteral("https://vertexaisearch.cloud.google.com/grounding-api-redirect/AAA") },
          { QStringLiteral("wikipedia.org"),
            QStringLiteral("https://vertexaisearch.cloud.google.com/grounding-api-redirect/BBB") } },
        { QStringLiteral("qt signals slots"), QStringLiteral("qt moc") });
}

void verifyGrounding(const ChatResponse &r)
{
    QCOMPARE(r.text, kGroundedText);
    const Grounding &g = r.grounding;
    QCOMPARE(g.sources.size(), 2);
    QCOMPARE(g.sources.at(0).title, QStringLiteral("doc.qt.io"));
    QCOMPARE(g.sources.at(1).url.toString(),
             QStringLiteral("https://vertexaisearch.cloud.google.com/grounding-api-redirect/BBB"));
    QCOMPARE(g.webSearchQueries, QStringList({ QStringLiteral("qt signals slots"), QStringLiteral("qt moc") }));
    QCOMPARE(g.spans.size(), 2);
    const auto slice = [&](const GroundingSpan &s) {
        return r.text.mid(s.start, s.end - s.start);
    };
    QCOMPARE(slice(g.spans.at(0)), QStringLiteral("Qt uses signals and slots – a typed callback."));
    QCOMPARE(slice(g.spans.at(1)), QStringLiteral("Moc generates the glue code."));
    QCOMPARE(g.spans.at(0).sourceIndices, QList<int>({ 0, 1 }));
    // Sources of the section after the heading.
    const qsizetype body = r.text.indexOf(QLatin1Char('\n'));
    QCOMPARE(g.sourcesFor(body, r.text.size()).size(), 2);
    QCOMPARE(g.sourcesFor(0, body).size(), 0);
}

} // namespace

// GeminiProvider against the real QnamTransport and the loopback FakeLlmServer.
class TestGeminiProvider : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeLlmServer> m_fake;
    std::unique_ptr<QnamTransport> m_transport;
    FixedRandom m_random { 0.5 };

    ProviderConfig config()
    {
        ProviderConfig c;
        c.name = QStringLiteral("Gemini");
        c.baseUrl = m_fake->geminiBaseUrl();
        c.apiKey = QString::fromLatin1(kKey);
        c.defaultModel = kModel;
        c.maxRetries = 3;
        c.backoffBaseMs = 40;
        c.backoffCapMs = 200;
        c.totalTimeoutMs = 5000;
        c.firstByteTimeoutMs = 5000;
        c.idleTimeoutMs = 5000;
        c.random = &m_random;
        return c;
    }

private Q_SLOTS:
    void initTestCase() { registerProviderTypes(); }

    void init()
    {
        JsonModeMemory::clear();
        m_fake = std::make_unique<FakeLlmServer>();
        QVERIFY(m_fake->listen());
        m_fake->setApiKey(LlmApi::Gemini, kKey);
        m_transport = std::make_unique<QnamTransport>();
    }

    void cleanup()
    {
        m_transport.reset();
        m_fake.reset();
    }

    void textCallOnTheWire()
    {
        m_fake->setHandler([](const LlmRequest &) { return LlmReply::ofText(QStringLiteral("Hallo!")); });
        GeminiProvider provider(m_transport.get(), config());
        ChatRequest request = textRequest(kModel);
        request.temperature = 0.7;
        CallRecorder rec(provider.chat(request, this));
        QCOMPARE(rec.events.size(), 0);
        QTRY_VERIFY(rec.done());
        QCOMPARE(rec.finishedCount, 1);
        QCOMPARE(rec.response.text, QStringLiteral("Hallo!"));
        QCOMPARE(rec.response.finishReason, QStringLiteral("STOP"));
        QCOMPARE(rec.response.model, kModel);
        QVERIFY(rec.response.usage.promptTokens > 0);
        QVERIFY(rec.response.grounding.isEmpty());

        const LlmRequest &r = m_fake->requests().at(0);
        QCOMPARE(r.route, LlmRoute::GeminiGenerate);
        QCOMPARE(r.path, QByteArray("/v1beta/models/gemini-2.5-flash:generateContent"));
        QVERIFY(r.query.isEmpty());
        QVERIFY(!r.keyInUrl); // the key goes in the header, never in the URL
        QVERIFY(r.hasGoogApiKeyHeader);
        QVERIFY(!r.hasAuthorizationHeader);
        QCOMPARE(r.apiKey, kKey);
        QCOMPARE(r.model, kModel);
        QCOMPARE(r.systemText, QStringLiteral("You are terse."));
        QCOMPARE(r.userText, QStringLiteral("Say hello."));
        QCOMPARE(r.maxOutputTokens, 256);
        QCOMPARE(r.temperature, 0.7);
        QVERIFY(!r.googleSearch);
    }

    void groundedAnswerMapsOntoText()
    {
        m_fake->setHandler([](const LlmRequest &) { return groundedReply(); });
        GeminiProvider provider(m_transport.get(), config());
        ChatRequest request = textRequest(kModel, QStringLiteral("Explain Qt signals."));
        request.googleSearch = true;
        CallRecorder rec(provider.chat(request, this));
        QTRY_VERIFY(rec.done());
        QCOMPARE(rec.finishedCount, 1);
        verifyGrounding(rec.response);
        QVERIFY(m_fake->requests().at(0).googleSearch);
        QCOMPARE(m_fake->requests().at(0).body[QStringLiteral("tools")][0].toObject().keys(),
                 QStringList { QStringLiteral("google_search") });
        QVERIFY(rec.response.usage.promptTokens >= 150); // includes the tool-use prompt tokens
    }

    void streamedGroundedAnswer()
    {
        m_fake->setHandler([](const LlmRequest &) { return groundedReply(); });
        GeminiProvider provider(m_transport.get(), config());
        ChatRequest request = textRequest(kModel, QStringLiteral("Explain Qt signals."));
        request.googleSearch = true;
        request.stream = true;
        CallRecorder rec(provider.chat(request, this));
        QTRY_VERIFY(rec.done());
        QCOMPARE(rec.finishedCount, 1);
        QCOMPARE(rec.deltas.size(), 3);
        QCOMPARE(rec.deltas.join(QString()), kGroundedText);
        verifyGrounding(rec.response); // grounding came alone in the last chunk, with content {}
        const LlmRequest &r = m_fake->requests().at(0);
        QCOMPARE(r.path, QByteArray("/v1beta/models/gemini-2.5-flash:streamGenerateContent"));
        QCOMPARE(r.query, QByteArray("alt=sse"));
        QVERIFY(!r.keyInUrl);
    }

    void jsonModeSendsSchema()
    {
        m_fake->setHandler([](const LlmRequest &) {
            return LlmReply::json(
                QJsonObject { { QStringLiteral("questions"), QJsonArray { QStringLiteral("Why moc?") } } });
        });
        GeminiProvider provider(m_transport.get(), config());
        CallRecorder rec(provider.chat(jsonRequest(), this));
        QTRY_VERIFY(rec.done());
        QCOMPARE(rec.finishedCount, 1);
        QCOMPARE(rec.response.json[QStringLiteral("questions")][0].toString(), QStringLiteral("Why moc?"));
        const LlmRequest &r = m_fake->requests().at(0);
        QCOMPARE(r.jsonMode, QStringLiteral("gemini_json"));
        QCOMPARE(r.jsonSchema, questionsSchema());
    }

    // JSON mode + Google Search is a 400 on 2.5 models: the provider sends text and parses leniently.
    void jsonWithSearchIsTextParsedLeniently()
    {
        m_fake->setHandler([](const LlmRequest &) {
            return LlmReply::grounded(QStringLiteral("Here it is:\n```json\n{\"questions\": [\"Qt – why?\"]}\n```"),
                                      { { QStringLiteral("Qt – why?"), { 0 } } },
                                      { { QStringLiteral("qt.io"), QStringLiteral("https://qt.io/x") } });
        });
        GeminiProvider provider(m_transport.get(), config());
        ChatRequest request = jsonRequest();
        request.googleSearch = true;
        CallRecorder rec(provider.chat(request, this));
        QTRY_VERIFY(rec.done());
        QCOMPARE(rec.finishedCount, 1);
        QCOMPARE(m_fake->requestCount(), 1);
        const LlmRequest &r = m_fake->requests().at(0);
        QVERIFY(r.jsonMode.isEmpty());
        QVERIFY(r.googleSearch);
        QVERIFY(r.systemText.contains(QStringLiteral("JSON Schema")));
        QCOMPARE(rec.response.json[QStringLiteral("questions")][0].toString(), QStringLiteral("Qt – why?"));
        QCOMPARE(rec.response.grounding.sources.size(), 1);
    }

    void jsonModeStepsDownAndRemembers()
    {
        const QString model = QStringLiteral("gemma-3-27b-it");
        m_fake->rejectJsonModes(model, { QStringLiteral("gemini_json") });
        GeminiProvider provider(m_transport.get(), config());
        ChatRequest request = jsonRequest();
        request.model = model;
        CallRecorder rec(provider.chat(request, this));
        QTRY_VERIFY(rec.done());
        QCOMPARE(rec.finishedCount, 1);
        // responseJsonSchema → mime type only → instructions
        QCOMPARE(m_fake->requestCount(), 3);
        QCOMPARE(m_fake->requests().at(0).jsonSchema, questionsSchema());
        QCOMPARE(m_fake->requests().at(1).jsonMode, QStringLiteral("gemini_json"));
        QVERIFY(m_fake->requests().at(1).jsonSchema.isEmpty());
        QVERIFY(m_fake->requests().at(2).jsonMode.isEmpty());

        CallRecorder rec2(provider.chat(request, this));
        QTRY_VERIFY(rec2.done());
        QCOMPARE(rec2.finishedCount, 1);
        QCOMPARE(m_fake->requestCount(), 4);
        QVERIFY(m_fake->requests().at(3).jsonMode.isEmpty());
    }

    void errorClasses_data()
    {
        QTest::addColumn<LlmReply>("fault");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("requests");
        QTest::addColumn<QString>("messageContains");
        QTest::newRow("API_KEY_INVALID") << LlmReply::wrongKey() << QStringLiteral("Unauthorized") << 1
                                         << QStringLiteral("Gemini rejected the API key — check it in Settings.");
        QTest::newRow("per-day quota") << LlmReply::dailyQuota() << QStringLiteral("QuotaExhausted") << 1
                                       << QStringLiteral("daily quota");
        QTest::newRow("prompt blocked") << LlmReply::promptBlocked() << QStringLiteral("ContentBlocked") << 1
                                        << QStringLiteral("SAFETY");
        QTest::newRow("input too long") << LlmReply::contextTooLong() << QStringLiteral("ContextTooLong") << 1
                                        << QString();
        QTest::newRow("unknown model") << LlmReply::unknownModel() << QStringLiteral("InvalidRequest") << 1
                                       << QStringLiteral("choose another model");
        QTest::newRow("MAX_TOKENS without parts")
            << LlmReply::http(200,
                              "{\"candidates\":[{\"content\":{\"role\":\"model\"},\"finishReason\":\"MAX_TOKENS\"}]}")
            << QStringLiteral("MalformedResponse") << 1 << QStringLiteral("output budget");
        QTest::newRow("truncated JSON body")
            << LlmReply::malformedJson() << QStringLiteral("MalformedResponse") << 1 << QString();
        QTest::newRow("leaked key") << LlmReply::http(
            403,
            "{\"error\":{\"code\":403,\"message\":\"Your API key was reported as leaked. Please use another API "
            "key.\",\"status\":\"PERMISSION_DENIED\"}}")
                                    << QStringLiteral("Unauthorized") << 1 << QStringLiteral("leaked");
    }
    void errorClasses()
    {
        QFETCH(LlmReply, fault);
        QFETCH(QString, kind);
        QFETCH(int, requests);
        QFETCH(QString, messageContains);
        m_fake->enqueue(LlmRoute::GeminiGenerate, fault);
        GeminiProvider provider(m_transport.get(), config());
        CallRecorder rec(provider.chat(textRequest(kModel), this));
        QTRY_VERIFY(rec.done());
        QCOMPARE(rec.errorKind(), kind);
        QCOMPARE(rec.failedCount, 1);
        QCOMPARE(m_fake->requestCount(), requests);
        QVERIFY2(rec.error.message.contains(messageContains), qPrintable(rec.error.message));
        QVERIFY(!rec.error.message.contains(QString::fromLatin1(kKey)));
        QVERIFY(!rec.error.detail.contains(QString::fromLatin1(kKey)));
    }

    void wrongKeyChecked()
    {
        ProviderConfig c = config();
        c.apiKey = QStringLiteral("AIzaSyWrongWrongWrongWrongWrong000000");
        GeminiProvider provider(m_transport.get(), c);
        CallRecorder rec(provider.chat(textRequest(kModel), this));
        QTRY_VERIFY(rec.done());
        QCOMPARE(rec.errorKind(), QStringLiteral("Unauthorized"));
        QVERIFY(rec.error.stopsProvider());
    }

    void missingKeyFailsWithoutSending()
    {
        ProviderConfig c = config();
        c.apiKey.clear();
        GeminiProvider provider(m_transport.get(), c);
        CallRecorder rec(provider.chat(textRequest(kModel), this));
        QTRY_VERIFY(rec.done());
        QCOMPARE(rec.errorKind(), QStringLiteral("Unauthorized"));
        QCOMPARE(m_fake->requestCount(), 0);
    }

    void retryInfoDelayHonoured_data()
    {
        QTest::addColumn<int>("hint");
        QTest::newRow("RetryInfo.retryDelay") << int(RetryHint::GeminiRetryInfo);
        QTest::newRow("Please retry in (message)") << int(RetryHint::MessageText);
    }
    void retryInfoDelayHonoured()
    {
        QFETCH(int, hint);
        const qint64 waitMs = 120;
        m_fake->enqueue(LlmRoute::GeminiGenerate, LlmReply::rateLimited(RetryHint(hint), waitMs));
        GeminiProvider provider(m_transport.get(), config());
        CallRecorder rec(provider.chat(textRequest(kModel), this));
        QTRY_VERIFY(rec.done());
        QCOMPARE(rec.finishedCount, 1);
        QCOMPARE(m_fake->requestCount(), 2);
        const qint64 gap = m_fake->requests().at(1).arrivalMs - m_fake->requests().at(0).arrivalMs;
        QVERIFY2(gap >= waitMs, qPrintable(QString::number(gap)));
        QCOMPARE(rec.waits.size(), 1);
        QVERIFY(rec.waits.at(0) <= waitMs && rec.waits.at(0) > waitMs - 60);
    }

    void overloadedBurstThenSuccess()
    {
        m_fake->enqueue(LlmRoute::GeminiGenerate, { LlmReply::overloaded(503), LlmReply::overloaded(500) });
        GeminiProvider provider(m_transport.get(), config());
        CallRecorder rec(provider.chat(textRequest(kModel), this));
        QTRY_VERIFY(rec.done());
        QCOMPARE(rec.finishedCount, 1);
        QCOMPARE(m_fake->requestCount(), 3);
        QCOMPARE(rec.waits, QList<qint64>({ 20, 40 }));
    }

    void errorInsideStreamIsRetried()
    {
        m_fake->enqueue(LlmRoute::GeminiGenerate, LlmReply::streamError(503));
        m_fake->setHandler([](const LlmRequest &) { return LlmReply::ofText(QStringLiteral("Recovered answer.")); });
        GeminiProvider provider(m_transport.get(), config());
        ChatRequest request = textRequest(kModel);
        request.stream = true;
        CallRecorder rec(provider.chat(request, this));
        QTRY_VERIFY(rec.done());
        QCOMPARE(rec.finishedCount, 1);
        QCOMPARE(rec.response.text, QStringLiteral("Recovered answer."));
        QCOMPARE(m_fake->requestCount(), 2);
        QCOMPARE(toString(rec.retryCauses.at(0).kind), QStringLiteral("Overloaded"));
    }

    void streamDroppedMidway()
    {
        m_fake->enqueue(LlmRoute::GeminiGenerate,
                        { LlmReply::dropMidStream(), LlmReply::dropMidStream(), LlmReply::dropMidStream(),
                          LlmReply::dropMidStream() });
        GeminiProvider provider(m_transport.get(), config());
        ChatRequest request = textRequest(kModel);
        request.stream = true;
        CallRecorder rec(provider.chat(request, this));
        QTRY_VERIFY_WITH_TIMEOUT(rec.done(), 10000);
        QCOMPARE(rec.errorKind(), QStringLiteral("Network"));
        QCOMPARE(m_fake->requestCount(), 4); // 1 + maxRetries
    }

    void cancelMidStream()
    {
        LlmReply slow = LlmReply::streamed({ QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") });
        slow.chunkIntervalMs = 300;
        m_fake->enqueue(LlmRoute::GeminiGenerate, slow);
        GeminiProvider provider(m_transport.get(), config());
        QSignalSpy closed(&m_fake->http(), &TestHttpServer::connectionClosed);
        ChatRequest request = textRequest(kModel);
        request.stream = true;
        ChatCall *call = provider.chat(request, this);
        CallRecorder rec(call);
        QTRY_VERIFY(!rec.deltas.isEmpty());
        call->cancel();
        QCOMPARE(rec.failedCount, 1);
        QCOMPARE(rec.errorKind(), QStringLiteral("Cancelled"));
        QTRY_VERIFY(!closed.isEmpty());
        QCOMPARE(rec.finishedCount, 0);
    }

    // The fake understands both key spellings the real API accepts.
    void fakeAcceptsSnakeAndCamelCase()
    {
        TestHttpRequest raw;
        raw.method = "POST";
        raw.target = "/v1beta/models/gemini-2.5-flash:generateContent";
        raw.body = "{\"system_instruction\":{\"parts\":[{\"text\":\"sys\"}]},\"contents\":[{\"role\":\"user\","
                   "\"parts\":[{\"text\":\"hi\"}]}],\"tools\":[{\"googleSearch\":{}}],\"generation_config\":"
                   "{\"max_output_tokens\":77,\"response_mime_type\":\"application/"
                   "json\",\"response_schema\":{\"type\":\"object\"}}}";
        const LlmRequest r = parseLlmRequest(raw);
        QCOMPARE(r.route, LlmRoute::GeminiGenerate);
        QCOMPARE(r.systemText, QStringLiteral("sys"));
        QCOMPARE(r.userText, QStringLiteral("hi"));
        QVERIFY(r.googleSearch);
        QCOMPARE(r.maxOutputTokens, 77);
        QCOMPARE(r.jsonMode, QStringLiteral("gemini_json"));
        QCOMPARE(r.jsonSchema[QStringLiteral("type")].toString(), QStringLiteral("object"));

        raw.target = "/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse&key=abc";
        raw.body = "{\"systemInstruction\":{\"parts\":[{\"text\":\"S\"}]},\"tools\":[{\"google_search\":{}}],"
                   "\"generationConfig\":{\"maxOutputTokens\":5}}";
        const LlmRequest s = parseLlmRequest(raw);
        QVERIFY(s.stream);
        QVERIFY(s.keyInUrl);
        QCOMPARE(s.apiKey, QByteArray("abc"));
        QCOMPARE(s.systemText, QStringLiteral("S"));
        QVERIFY(s.googleSearch);
        QCOMPARE(s.maxOutputTokens, 5);
    }

    void listModelsFiltersAndStrips()
    {
        GeminiProvider provider(m_transport.get(), config());
        ModelListCall *call = provider.listModels(this);
        QSignalSpy finished(call, &ModelListCall::finished);
        QVERIFY(finished.wait());
        const auto models = finished.at(0).at(0).value<QList<ModelInfo>>();
        QCOMPARE(models.size(), 2); // embedding-001 has no generateContent
        QCOMPARE(models.at(0).id, QStringLiteral("gemini-2.5-flash"));
        QCOMPARE(models.at(1).id, QStringLiteral("gemini-2.5-flash-lite"));
        QCOMPARE(models.at(0).contextWindow, qint64(1048576));
        const LlmRequest &r = m_fake->requests().at(0);
        QCOMPARE(r.route, LlmRoute::GeminiModels);
        QVERIFY(r.hasGoogApiKeyHeader);
        QVERIFY(!r.keyInUrl);
    }

    void listModelsFollowsPages()
    {
        m_fake->enqueue(
            LlmRoute::GeminiModels,
            { LlmReply::http(
                  200,
                  "{\"models\":[{\"name\":\"models/"
                  "gemini-a\",\"supportedGenerationMethods\":[\"generateContent\"]}],\"nextPageToken\":\"tok/1=\"}"),
              LlmReply::http(200,
                             "{\"models\":[{\"name\":\"models/"
                             "gemini-b\",\"supportedGenerationMethods\":[\"generateContent\"]}]}") });
        GeminiProvider provider(m_transport.get(), config());
        ModelListCall *call = provider.listModels(this);
        QSignalSpy finished(call, &ModelListCall::finished);
        QVERIFY(finished.wait());
        const auto models = finished.at(0).at(0).value<QList<ModelInfo>>();
        QCOMPARE(models.size(), 2);
        QCOMPARE(m_fake->requestCount(), 2);
        QVERIFY(m_fake->requests().at(1).query.contains("pageToken=tok%2F1%3D"));
    }
};

QTEST_GUILESS_MAIN(TestGeminiProvider)
#include "tst_gemini_provider.moc"
