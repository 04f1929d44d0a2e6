#include "FakeLlmServer.h"
#include "FreeTierWindow.h"
#include "net/QnamTransport.h"
#include "net/RateLimiter.h"
#include "providers/JsonModeMemory.h"
#include "providers/OpenAiCompatibleProvider.h"
#include "tst_providers_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <utility>

using namespace ip;
using namespace ip::test;

Q_DECLARE_METATYPE(ip::test::LlmReply)

namespace {

const QString kModel = QStringLiteral("openai/gpt-oss-20b");
const QByteArray kKey = "gsk_testkey0123456789abcdef";

QJsonObject skillsSchema()
{
    return QJsonDocument::fromJson("{\"type\":\"object\",\"required\":[\"skills\"],\"properties\":{\"skills\":"
                                   "{\"type\":\"array\",\"items\":{\"type\":\"string\"},\"minItems\":1}}}")
        .object();
}

ChatRequest jsonRequest(const QString &model)
{
    ChatRequest r = textRequest(model, QStringLiteral("List the skills in this resume: C++, Qt."));
    r.format = ResponseFormat::Json;
    r.schemaName = QStringLiteral("skills");
    r.jsonSchema = skillsSchema();
    return r;
}

} // namespace

// OpenAiCompatibleProvider against the real QnamTransport and the loopback FakeLlmServer.
class TestOpenAiProvider : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeLlmServer> m_fake;
    std::unique_ptr<QnamTransport> m_transport;
    FixedRandom m_random { 0.5 };

    ProviderConfig config(const QString &key = QString::fromLatin1(kKey))
    {
        ProviderConfig c;
        c.name = QStringLiteral("Groq");
        c.baseUrl = m_fake->openAiBaseUrl();
        c.apiKey = key;
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
        m_transport = std::make_unique<QnamTransport>();
    }

    void cleanup()
    {
        m_transport.reset();
        m_fake.reset();
    }

    void textCallOnTheWire()
    {
        m_fake->setHandler([](const LlmRequest &) { return LlmReply::ofText(QStringLiteral("Hello there.")); });
        OpenAiCompatibleProvider provider(m_transport.get(), config());
        QSignalSpy usageSpy(&provider, &ChatProvider::usageChanged);
        ChatRequest request = textRequest(kModel);
        request.reasoningEffort = QStringLiteral("low");
        ChatCall *call = provider.chat(request, this);
        CallRecorder rec(call);
        QCOMPARE(rec.events.size(), 0); // never synchronously inside chat()
        QTRY_VERIFY(rec.done());
        QCOMPARE(rec.finishedCount, 1);
        QCOMPARE(rec.response.text, QStringLiteral("Hello there."));
        QCOMPARE(rec.response.finishReason, QStringLiteral("stop"));
        QVERIFY(rec.response.usage.promptTokens > 0);
        QCOMPARE(rec.response.usage.requests, 1);
        QCOMPARE(provider.totalUsage().requests, 1);
        QCOMPARE(usageSpy.count(), 1);

        QCOMPARE(m_fake->requestCount(), 1);
        const LlmRequest &r = m_fake->requests().at(0);
        QCOMPARE(r.route, LlmRoute::OpenAiChat);
        QCOMPARE(r.path, QByteArray("/openai/v1/chat/completions"));
        QCOMPARE(r.apiKey, kKey);
        QCOMPARE(r.model, kModel);
        QCOMPARE(r.maxOutputTokens, 256);
        QCOMPARE(r.maxTokensField, QStringLiteral("max_completion_tokens"));
        QCOMPARE(r.reasoningEffort, QStringLiteral("low"));
        QCOMPARE(r.systemText, QStringLiteral("You are terse."));
        QCOMPARE(r.lastUserText, QStringLiteral("Say hello."));
        QVERIFY(!r.stream);
        QVERIFY(r.jsonMode.isEmpty());
        QVERIFY(r.userAgent.startsWith("interview-prep/"));
        delete call;
    }

    void loopbackWithoutKeySendsNoAuthorization()
    {
        ProviderConfig c = config(QString());
        c.name = QStringLiteral("Ollama");
        c.legacyMaxTokens = true;
        OpenAiCompatibleProvider provider(m_transport.get(), c);
        CallRecorder rec(provider.chat(textRequest(QStringLiteral("llama3.2")), this));
        QTRY_VERIFY(rec.done());
        QCOMPARE(rec.finishedCount, 1);
        QCOMPARE(m_fake->requestCount(), 1);
        QVERIFY(!m_fake->requests().at(0).hasAuthorizationHeader);
        QCOMPARE(m_fake->requests().at(0).maxTokensField, QStringLiteral("max_tokens"));
    }

    void missingKeyForRemoteHostFailsWithoutSending()
    {
        ProviderConfig c = config(QString());
        c.baseUrl = QUrl(QStringLiteral("https://api.groq.invalid/openai/v1"));
        OpenAiCompatibleProvider provider(m_transport.get(), c);
        CallRecorder rec(provider.chat(textRequest(kModel), this));
        QTRY_VERIFY(rec.done());
        QCOMPARE(rec.errorKind(), QStringLiteral("Unauthorized"));
        QVERIFY2(rec.error.message.contains(QStringLiteral("Settings")), qPrintable(rec.error.message));
    }

    void httpsRequiredForNonLoopback()
    {
        ProviderConfig c = config();
        c.baseUrl = QUrl(QStringLiteral("http://api.groq.com/openai/v1"));
        OpenAiCompatibleProvider provider(m_transport.get(), c);
        CallRecorder rec(provider.chat(textRequest(kModel), this));
        QTRY_VERIFY(rec.done());
        QCOMPARE(rec.errorKind(), QStringLiteral("InvalidRequest"));
        QVERIFY2(rec.error.message.contains(QStringLiteral("HTTPS")), qPrintable(rec.error.message));
        QVERIFY(!rec.error.message.contains(QString::fromLatin1(kKey)));

        QSignalSpy models(provider.listModels(this), &ModelListCall::failed);
        QVERIFY(models.wait());
    }

    void streamingDeliversDeltas()
    {
        m_fake->setHandler([](const LlmRequest &) {
            return LlmReply::streamed({ QStringLiteral("Qt "), QStringLiteral("uses "), QStringLiteral("signals.") });
        });
        OpenAiCompatibleProvider provider(m_transport.get(), config());
        ChatRequest request = textRequest(kModel);
        request.stream = true;
        CallRecorder rec(provider.chat(request, this));
        QTRY_VERIFY(rec.done());
        QCOMPARE(rec.finishedCount, 1);
        QCOMPARE(rec.deltas,
                 QStringList({ QStringLiteral("Qt "), QStringLiteral("uses "), QStringLiteral("signals.") }));
        QCOMPARE(rec.response.text, QStringLiteral("Qt uses signals."));
        QVERIFY(rec.response.usage.completionTokens > 0); // from x_groq.usage in the last chunk
        const LlmRequest &r = m_fake->requests().at(0);
        QVERIFY(r.stream);
        QCOMPARE(r.body[QStringLiteral("stream_options")][QStringLiteral("include_usage")].toBool(), true);
    }

    void jsonSchemaStrictForGptOss()
    {
        ProviderConfig c = config();
        c.hideReasoning = true;
        OpenAiCompatibleProvider provider(m_transport.get(), c);
        ChatRequest request = jsonRequest(QStringLiteral("openai/gpt-oss-120b"));
        CallRecorder rec(provider.chat(request, this));
        QTRY_VERIFY(rec.done());
        QCOMPARE(rec.finishedCount, 1);
        QCOMPARE(rec.response.json[QStringLiteral("skills")].toArray().size(), 1); // the fake's schema example
        const LlmRequest &r = m_fake->requests().at(0);
        QCOMPARE(r.jsonMode, QStringLiteral("json_schema"));
        QVERIFY(r.strictSchema);
        QCOMPARE(r.jsonSchema, skillsSchema());
        QCOMPARE(
            r.body[QStringLiteral("response_format")][QStringLiteral("json_schema")][QStringLiteral("name")].toString(),
            QStringLiteral("skills"));
        QVERIFY(!r.stream);
        QCOMPARE(r.includeReasoning.toBool(true), false);

        // Not strict for other models, and no include_reasoning.
        CallRecorder rec2(provider.chat(jsonRequest(QStringLiteral("moonshotai/kimi-k2-instruct")), this));
        QTRY_VERIFY(rec2.done());
        QVERIFY(!m_fake->requests().at(1).strictSchema);
        QVERIFY(m_fake->requests().at(1).includeReasoning.isUndefined());
    }

    // Groq forbids structured outputs with streaming: a streamed JSON request asks for a JSON object
    // (the schema in the prompt), streams, and the whole answer is still parsed and validated.
    void streamedJsonAsksForAnObject()
    {
        m_fake->setHandler([](const LlmRequest &) {
            return LlmReply::streamed(
                { QStringLiteral("{\"skills\": [\"C"), QStringLiteral("++\", \"Qt"), QStringLiteral("\"]}") });
        });
        OpenAiCompatibleProvider provider(m_transport.get(), config());
        ChatRequest request = jsonRequest(QStringLiteral("openai/gpt-oss-120b"));
        request.stream = true;
        CallRecorder rec(provider.chat(request, this));
        QTRY_VERIFY(rec.done());
        QCOMPARE(rec.finishedCount, 1);
        QCOMPARE(rec.deltas.size(), 3);
        QCOMPARE(rec.deltas.join(QString()), QStringLiteral("{\"skills\": [\"C++\", \"Qt\"]}"));
        QCOMPARE(rec.response.json[QStringLiteral("skills")].toArray().size(), 2);
        const LlmRequest &r = m_fake->requests().at(0);
        QVERIFY(r.stream);
        QCOMPARE(r.jsonMode, QStringLiteral("json_object"));
        QVERIFY(r.systemText.contains(QStringLiteral("skills"))); // the schema is in the prompt

        // A streamed answer that is not the JSON asked for is repaired like a whole one.
        m_fake->setHandler({});
        m_fake->reset();
        m_fake->enqueue(LlmRoute::OpenAiChat,
                        LlmReply::streamed({ QStringLiteral("I cannot "), QStringLiteral("list them.") }));
        m_fake->enqueue(LlmRoute::OpenAiChat, LlmReply::streamed({ QStringLiteral("{\"skills\": [\"Go\"]}") }));
        CallRecorder repaired(provider.chat(request, this));
        QTRY_VERIFY(repaired.done());
        QCOMPARE(repaired.finishedCount, 1);
        QCOMPARE(repaired.retries, QList<int> { 2 });
        QCOMPARE(repaired.response.json[QStringLiteral("skills")].toArray().at(0).toString(), QStringLiteral("Go"));
        QCOMPARE(m_fake->requestCount(), 2);
        QVERIFY(m_fake->requests().at(1).stream);
    }

    void jsonModeStepsDownAndRemembers()
    {
        const QString model = QStringLiteral("llama-3.3-70b-versatile");
        m_fake->rejectJsonModes(model, { QStringLiteral("json_schema"), QStringLiteral("json_object") });
        m_fake->setHandler([](const LlmRequest &) {
            return LlmReply::ofText(QStringLiteral("Sure! ```json\n{\"skills\": [\"C++\", \"Qt\"]}\n```"));
        });
        OpenAiCompatibleProvider provider(m_transport.get(), config());
        CallRecorder rec(provider.chat(jsonRequest(model), this));
        QTRY_VERIFY(rec.done());
        QCOMPARE(rec.finishedCount, 1);
        QCOMPARE(rec.response.json[QStringLiteral("skills")].toArray().size(), 2);
        QCOMPARE(m_fake->requestCount(), 3);
        QCOMPARE(m_fake->requests().at(0).jsonMode, QStringLiteral("json_schema"));
        QCOMPARE(m_fake->requests().at(1).jsonMode, QStringLiteral("json_object"));
        QVERIFY(m_fake->requests().at(1).systemText.contains(QStringLiteral("JSON")));
        QCOMPARE(m_fake->requests().at(2).jsonMode, QString()); // plain instructions
        QVERIFY(m_fake->requests().at(2).systemText.contains(QStringLiteral("JSON Schema")));
        QCOMPARE(rec.retries, QList<int>({ 2, 3 }));

        // The second call goes straight to the working mode, also from another provider instance.
        OpenAiCompatibleProvider other(m_transport.get(), config());
        CallRecorder rec2(other.chat(jsonRequest(model), this));
        QTRY_VERIFY(rec2.done());
        QCOMPARE(rec2.finishedCount, 1);
        QCOMPARE(m_fake->requestCount(), 4);
        QCOMPARE(m_fake->requests().at(3).jsonMode, QString());
        QVERIFY(rec2.retries.isEmpty());
    }

    void jsonObjectWhenOnlySchemaIsRejected()
    {
        const QString model = QStringLiteral("llama-3.1-8b-instant");
        m_fake->rejectJsonModes(model, { QStringLiteral("json_schema") });
        OpenAiCompatibleProvider provider(m_transport.get(), config());
        CallRecorder rec(provider.chat(jsonRequest(model), this));
        QTRY_VERIFY(rec.done());
        QCOMPARE(rec.finishedCount, 1);
        QCOMPARE(m_fake->requestCount(), 2);
        QCOMPARE(m_fake->requests().at(1).jsonMode, QStringLiteral("json_object"));
        CallRecorder rec2(provider.chat(jsonRequest(model), this));
        QTRY_VERIFY(rec2.done());
        QCOMPARE(m_fake->requests().at(2).jsonMode, QStringLiteral("json_object"));
    }

    void jsonWithoutSchemaStartsWithJsonObject()
    {
        m_fake->setHandler([](const LlmRequest &) { return LlmReply::ofText(QStringLiteral("{\"any\": 1}")); });
        OpenAiCompatibleProvider provider(m_transport.get(), config());
        ChatRequest request = jsonRequest(kModel);
        request.jsonSchema = {};
        CallRecorder rec(provider.chat(request, this));
        QTRY_VERIFY(rec.done());
        QCOMPARE(rec.finishedCount, 1);
        QCOMPARE(rec.response.json[QStringLiteral("any")].toInt(), 1);
        QCOMPARE(m_fake->requests().at(0).jsonMode, QStringLiteral("json_object"));
    }

    void repairRetryAfterInvalidJson()
    {
        int calls = 0;
        m_fake->setHandler([&calls](const LlmRequest &) {
            return ++calls == 1
                ? LlmReply::ofText(QStringLiteral("{\"skills\": \"C++\"}"))
                : LlmReply::json(QJsonObject { { QStringLiteral("skills"), QJsonArray { QStringLiteral("C++") } } });
        });
        OpenAiCompatibleProvider provider(m_transport.get(), config());
        CallRecorder rec(provider.chat(jsonRequest(kModel), this));
        QTRY_VERIFY(rec.done());
        QCOMPARE(rec.finishedCount, 1);
        QCOMPARE(m_fake->requestCount(), 2);
        const QString repair = m_fake->requests().at(1).lastUserText;
        QVERIFY2(repair.startsWith(QStringLiteral("Your previous answer was not valid JSON matching the schema: "
                                                  "$.skills: expected array, got string.")),
                 qPrintable(repair));
        QVERIFY(repair.endsWith(QStringLiteral("Reply with only the JSON object.")));
        QCOMPARE(rec.response.usage.requests, 2); // usage of both attempts
        QCOMPARE(provider.totalUsage().requests, 2);
    }

    void repairRetryOnlyOnce()
    {
        m_fake->setHandler([](const LlmRequest &) { return LlmReply::ofText(QStringLiteral("I cannot do JSON.")); });
        OpenAiCompatibleProvider provider(m_transport.get(), config());
        CallRecorder rec(provider.chat(jsonRequest(kModel), this));
        QTRY_VERIFY(rec.done());
        QCOMPARE(rec.errorKind(), QStringLiteral("MalformedResponse"));
        QCOMPARE(m_fake->requestCount(), 2);
        QVERIFY(rec.error.detail.contains(QStringLiteral("no JSON object")));
    }

    void errorClasses_data()
    {
        QTest::addColumn<LlmReply>("fault");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("requests");
        QTest::addColumn<QString>("messageContains");
        QTest::newRow("401 wrong key") << LlmReply::wrongKey() << QStringLiteral("Unauthorized") << 1
                                       << QStringLiteral("Groq rejected the API key — check it in Settings.");
        QTest::newRow("403 HTML page") << LlmReply::htmlErrorPage(403) << QStringLiteral("Unauthorized") << 1
                                       << QStringLiteral("HTTP 403");
        QTest::newRow("daily quota (TPD)")
            << LlmReply::dailyQuota() << QStringLiteral("QuotaExhausted") << 1 << QStringLiteral("daily quota");
        QTest::newRow("413 too large") << LlmReply::requestTooLarge() << QStringLiteral("RequestTooLarge") << 1
                                       << QStringLiteral("split");
        QTest::newRow("context too long")
            << LlmReply::contextTooLong() << QStringLiteral("ContextTooLong") << 1 << QStringLiteral("context window");
        QTest::newRow("unknown model") << LlmReply::unknownModel() << QStringLiteral("InvalidRequest") << 1
                                       << QStringLiteral("does not exist");
        QTest::newRow("malformed JSON body")
            << LlmReply::malformedJson() << QStringLiteral("MalformedResponse") << 1 << QString();
        QTest::newRow("content filter") << LlmReply::promptBlocked() << QStringLiteral("ContentBlocked") << 1
                                        << QString();
        QTest::newRow("LM Studio 200 error")
            << LlmReply::http(200, "{\"error\":\"Unexpected endpoint or method. (POST /chat/completions)\"}")
            << QStringLiteral("InvalidRequest") << 1 << QStringLiteral("/v1");
        QTest::newRow("422 other 4xx") << LlmReply::http(422, "{\"error\":{\"message\":\"n must be 1\"}}")
                                       << QStringLiteral("InvalidRequest") << 1 << QStringLiteral("n must be 1");
    }
    void errorClasses()
    {
        QFETCH(LlmReply, fault);
        QFETCH(QString, kind);
        QFETCH(int, requests);
        QFETCH(QString, messageContains);
        m_fake->enqueue(LlmRoute::OpenAiChat, fault);
        OpenAiCompatibleProvider provider(m_transport.get(), config());
        CallRecorder rec(provider.chat(textRequest(kModel), this));
        QTRY_VERIFY(rec.done());
        QCOMPARE(rec.errorKind(), kind);
        QCOMPARE(rec.failedCount, 1);
        QCOMPARE(rec.finishedCount, 0);
        QCOMPARE(m_fake->requestCount(), requests);
        QVERIFY2(rec.error.message.contains(messageContains), qPrintable(rec.error.message));
        QVERIFY(!rec.error.message.contains(QLatin1Char('<')));
        QVERIFY(!rec.error.message.contains(QString::fromLatin1(kKey)));
        QCOMPARE(rec.error.provider, QStringLiteral("Groq"));
    }

    void jsonValidateFailedRetriedOnce()
    {
        m_fake->enqueue(LlmRoute::OpenAiChat, { LlmReply::jsonValidateFailed(), LlmReply::jsonValidateFailed() });
        OpenAiCompatibleProvider provider(m_transport.get(), config());
        CallRecorder rec(provider.chat(jsonRequest(kModel), this));
        QTRY_VERIFY(rec.done());
        QCOMPARE(rec.errorKind(), QStringLiteral("JsonGenerationFailed"));
        QCOMPARE(m_fake->requestCount(), 2);

        m_fake->enqueue(LlmRoute::OpenAiChat, LlmReply::jsonValidateFailed());
        CallRecorder rec2(provider.chat(jsonRequest(kModel), this));
        QTRY_VERIFY(rec2.done());
        QCOMPARE(rec2.finishedCount, 1);
        QCOMPARE(m_fake->requestCount(), 4);
    }

    // 429 per-minute: wait exactly the server's hint, whatever way it is given.
    void rateLimitHintHonoured_data()
    {
        QTest::addColumn<int>("hint");
        QTest::newRow("retry-after") << int(RetryHint::RetryAfter);
        QTest::newRow("retry-after-ms") << int(RetryHint::RetryAfterMs);
        QTest::newRow("x-ratelimit-reset-tokens") << int(RetryHint::ResetHeaders);
        QTest::newRow("try again in (message)") << int(RetryHint::MessageText);
    }
    void rateLimitHintHonoured()
    {
        QFETCH(int, hint);
        const qint64 waitMs = 150;
        m_fake->enqueue(LlmRoute::OpenAiChat, LlmReply::rateLimited(RetryHint(hint), waitMs));
        OpenAiCompatibleProvider provider(m_transport.get(), config());
        QSignalSpy providerWaits(&provider, &ChatProvider::rateLimitWait);
        CallRecorder rec(provider.chat(textRequest(kModel), this));
        QTRY_VERIFY(rec.done());
        QCOMPARE(rec.finishedCount, 1);
        QCOMPARE(m_fake->requestCount(), 2);
        const qint64 gap = m_fake->requests().at(1).arrivalMs - m_fake->requests().at(0).arrivalMs;
        QVERIFY2(gap >= waitMs, qPrintable(QString::number(gap)));
        QVERIFY2(gap < waitMs + 1500, qPrintable(QString::number(gap)));
        QCOMPARE(rec.waits.size(), 1);
        QVERIFY2(rec.waits.at(0) > waitMs - 60 && rec.waits.at(0) <= waitMs,
                 qPrintable(QString::number(rec.waits.at(0))));
        QVERIFY(rec.waitReasons.at(0).contains(QStringLiteral("rate limit")));
        QCOMPARE(providerWaits.count(), 1);
        QCOMPARE(rec.retries, QList<int> { 2 });
        QCOMPARE(toString(rec.retryCauses.at(0).kind), QStringLiteral("RateLimited"));
    }

    void rateLimitWithoutHintBacksOff()
    {
        m_fake->enqueue(LlmRoute::OpenAiChat, LlmReply::rateLimited(RetryHint::None, -1));
        OpenAiCompatibleProvider provider(m_transport.get(), config());
        CallRecorder rec(provider.chat(textRequest(kModel), this));
        QTRY_VERIFY(rec.done());
        QCOMPARE(rec.finishedCount, 1);
        QCOMPARE(m_fake->requestCount(), 2);
        // Full jitter with the fixed random 0.5: 0.5 × base (40 ms).
        QCOMPARE(rec.waits, QList<qint64> { 20 });
    }

    void rateLimitHintTooLongFails()
    {
        m_fake->enqueue(LlmRoute::OpenAiChat, LlmReply::rateLimited(RetryHint::RetryAfter, 10 * 60 * 1000));
        ProviderConfig c = config();
        c.maxRateLimitWaitMs = 60'000;
        OpenAiCompatibleProvider provider(m_transport.get(), c);
        CallRecorder rec(provider.chat(textRequest(kModel), this));
        QTRY_VERIFY(rec.done());
        QCOMPARE(rec.errorKind(), QStringLiteral("RateLimited"));
        QCOMPARE(rec.error.retryAfterMs, qint64(600'000));
        QCOMPARE(m_fake->requestCount(), 1);
    }

    void overloadedBurstBacksOffThenSucceeds()
    {
        m_fake->enqueue(LlmRoute::OpenAiChat,
                        { LlmReply::overloaded(503), LlmReply::overloaded(502), LlmReply::overloaded(498) });
        OpenAiCompatibleProvider provider(m_transport.get(), config());
        CallRecorder rec(provider.chat(textRequest(kModel), this));
        QTRY_VERIFY(rec.done());
        QCOMPARE(rec.finishedCount, 1);
        QCOMPARE(m_fake->requestCount(), 4);
        QCOMPARE(rec.retries, QList<int>({ 2, 3, 4 }));
        // Full jitter, ceiling doubling from 40 ms (capped at 200): 0.5 × 40, 80, 160.
        QCOMPARE(rec.waits, QList<qint64>({ 20, 40, 80 }));
    }

    void overloadedGivesUpAfterMaxRetries()
    {
        for (int i = 0; i < 6; ++i)
            m_fake->enqueue(LlmRoute::OpenAiChat, LlmReply::overloaded(500));
        OpenAiCompatibleProvider provider(m_transport.get(), config()); // maxRetries 3
        CallRecorder rec(provider.chat(textRequest(kModel), this));
        QTRY_VERIFY(rec.done());
        QCOMPARE(rec.errorKind(), QStringLiteral("Overloaded"));
        QCOMPARE(m_fake->requestCount(), 4);
        QVERIFY(rec.error.message.contains(QStringLiteral("HTTP 500")));
    }

    void connectionDroppedMidBodyIsRetried()
    {
        m_fake->enqueue(LlmRoute::OpenAiChat, LlmReply::dropMidBody());
        OpenAiCompatibleProvider provider(m_transport.get(), config());
        CallRecorder rec(provider.chat(textRequest(kModel), this));
        QTRY_VERIFY(rec.done());
        QCOMPARE(rec.finishedCount, 1);
        QCOMPARE(m_fake->requestCount(), 2);
        QCOMPARE(toString(rec.retryCauses.at(0).kind), QStringLiteral("Network"));
    }

    void streamDroppedMidwayIsRetried()
    {
        m_fake->enqueue(LlmRoute::OpenAiChat, LlmReply::dropMidStream());
        m_fake->setHandler([](const LlmRequest &) {
            return LlmReply::streamed({ QStringLiteral("Whole "), QStringLiteral("answer.") });
        });
        OpenAiCompatibleProvider provider(m_transport.get(), config());
        ChatRequest request = textRequest(kModel);
        request.stream = true;
        CallRecorder rec(provider.chat(request, this));
        QTRY_VERIFY(rec.done());
        QCOMPARE(rec.finishedCount, 1);
        QCOMPARE(rec.response.text, QStringLiteral("Whole answer."));
        // Text of the broken attempt came first; `retrying` tells the receiver to start over.
        const qsizetype retryAt = rec.events.indexOf(QStringLiteral("retrying"));
        QVERIFY(retryAt > 0);
        QCOMPARE(rec.events.mid(retryAt + 1),
                 QStringList({ QStringLiteral("delta"), QStringLiteral("delta"), QStringLiteral("finished") }));
    }

    // Issue 14: the retry after a cut answer sends the narrower request its caller gave
    // (setRetryRequest); a retry for another reason (here a 429) keeps the request it had.
    void retryAfterACutAnswerSendsTheNarrowerRequest()
    {
        m_fake->enqueue(LlmRoute::OpenAiChat, LlmReply::dropMidStream());
        m_fake->setHandler([](const LlmRequest &) { return LlmReply::streamed({ QStringLiteral("Rest.") }); });
        OpenAiCompatibleProvider provider(m_transport.get(), config());
        ChatRequest request = textRequest(kModel, QStringLiteral("Questions for A, B and C."));
        request.stream = true;
        ChatCall *call = provider.chat(request, this);
        call->setRetryRequest(textRequest(kModel, QStringLiteral("Questions for B and C.")));
        CallRecorder rec(call);
        QTRY_VERIFY(rec.done());
        QCOMPARE(rec.finishedCount, 1);
        QCOMPARE(m_fake->requestCount(), 2);
        QCOMPARE(m_fake->requests().at(0).lastUserText, QStringLiteral("Questions for A, B and C."));
        QCOMPARE(m_fake->requests().at(1).lastUserText, QStringLiteral("Questions for B and C."));

        m_fake->enqueue(LlmRoute::OpenAiChat, LlmReply::rateLimited(RetryHint::RetryAfterMs, 20));
        ChatCall *limited = provider.chat(request, this);
        limited->setRetryRequest(textRequest(kModel, QStringLiteral("Questions for B and C.")));
        CallRecorder rec2(limited);
        QTRY_VERIFY(rec2.done());
        QCOMPARE(rec2.finishedCount, 1);
        QCOMPARE(m_fake->requestCount(), 4);
        QCOMPARE(m_fake->requests().at(3).lastUserText, QStringLiteral("Questions for A, B and C."));
    }

    void inStreamErrorIsClassifiedAndRetried()
    {
        m_fake->enqueue(LlmRoute::OpenAiChat, LlmReply::streamError());
        OpenAiCompatibleProvider provider(m_transport.get(), config());
        ChatRequest request = textRequest(kModel);
        request.stream = true;
        CallRecorder rec(provider.chat(request, this));
        QTRY_VERIFY(rec.done());
        QCOMPARE(rec.finishedCount, 1);
        QCOMPARE(m_fake->requestCount(), 2);
        QCOMPARE(toString(rec.retryCauses.at(0).kind), QStringLiteral("Overloaded"));
    }

    void slowDripPastTheTimeoutRetriesOnce()
    {
        m_fake->enqueue(LlmRoute::OpenAiChat, { LlmReply::slowDrip(100), LlmReply::slowDrip(100) });
        ProviderConfig c = config();
        c.totalTimeoutMs = 300;
        OpenAiCompatibleProvider provider(m_transport.get(), c);
        CallRecorder rec(provider.chat(textRequest(kModel), this));
        QTRY_VERIFY_WITH_TIMEOUT(rec.done(), 10000);
        QCOMPARE(rec.errorKind(), QStringLiteral("Timeout"));
        QCOMPARE(m_fake->requestCount(), 2);
    }

    void firstByteTimeoutForStreams()
    {
        m_fake->enqueue(LlmRoute::OpenAiChat, { LlmReply::hang(), LlmReply::hang() });
        ProviderConfig c = config();
        c.firstByteTimeoutMs = 200;
        OpenAiCompatibleProvider provider(m_transport.get(), c);
        ChatRequest request = textRequest(kModel);
        request.stream = true;
        CallRecorder rec(provider.chat(request, this));
        QTRY_VERIFY_WITH_TIMEOUT(rec.done(), 10000);
        QCOMPARE(rec.errorKind(), QStringLiteral("Timeout"));
        QCOMPARE(m_fake->requestCount(), 2);
    }

    void connectionRefusedIsNetworkAfterRetries()
    {
        ProviderConfig c = config();
        c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/openai/v1")); // nothing listens on port 1
        OpenAiCompatibleProvider provider(m_transport.get(), c);
        CallRecorder rec(provider.chat(textRequest(kModel), this));
        QTRY_VERIFY(rec.done());
        QCOMPARE(rec.errorKind(), QStringLiteral("Network"));
        QCOMPARE(rec.retries, QList<int>({ 2, 3, 4 })); // maxRetries 3
        QVERIFY2(rec.error.message.contains(QStringLiteral("Could not connect to Groq at 127.0.0.1")),
                 qPrintable(rec.error.message));
    }

    void cancelMidStream()
    {
        LlmReply slow = LlmReply::streamed({ QStringLiteral("one "), QStringLiteral("two "), QStringLiteral("three") });
        slow.chunkIntervalMs = 300;
        m_fake->enqueue(LlmRoute::OpenAiChat, slow);
        OpenAiCompatibleProvider provider(m_transport.get(), config());
        QSignalSpy closed(&m_fake->http(), &TestHttpServer::connectionClosed);
        ChatRequest request = textRequest(kModel);
        request.stream = true;
        ChatCall *call = provider.chat(request, this);
        CallRecorder rec(call);
        // Cancelled right after the first delta (posted, so not from inside the provider's own emission);
        // nothing arrives after the cancel, however many chunks a stalled machine read at once before it.
        qsizetype seenAtCancel = -1;
        connect(
            call, &ChatCall::textDelta, this,
            [&] {
                seenAtCancel = rec.deltas.size();
                call->cancel();
            },
            Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
        QTRY_VERIFY(rec.done());
        QCOMPARE(rec.failedCount, 1);
        QCOMPARE(rec.errorKind(), QStringLiteral("Cancelled"));
        call->cancel(); // idempotent
        QCOMPARE(rec.failedCount, 1);
        QTRY_VERIFY(!closed.isEmpty()); // the client closed the connection
        QVERIFY(seenAtCancel >= 1);
        QCOMPARE(rec.deltas.size(), seenAtCancel);
        QCOMPARE(rec.finishedCount, 0);
    }

    void cancelDuringRateLimitWait()
    {
        m_fake->enqueue(LlmRoute::OpenAiChat, LlmReply::rateLimited(RetryHint::RetryAfter, 30'000));
        OpenAiCompatibleProvider provider(m_transport.get(), config());
        ChatCall *call = provider.chat(textRequest(kModel), this);
        CallRecorder rec(call);
        QTRY_VERIFY(!rec.waits.isEmpty());
        QVERIFY(rec.waits.at(0) > 25'000);
        call->cancel();
        QCOMPARE(rec.errorKind(), QStringLiteral("Cancelled"));
        QCOMPARE(provider.rateLimiter()->queuedCount(), 0); // the slot request left the queue
        QCOMPARE(m_fake->requestCount(), 1);
    }

    void requestOverTpmFailsBeforeSending()
    {
        ProviderConfig c = config();
        c.tokensPerMinute = 1000;
        OpenAiCompatibleProvider provider(m_transport.get(), c);
        QCOMPARE(provider.tokensPerMinuteLimit({}), qint64(1000));
        ChatRequest request = textRequest(kModel);
        request.maxOutputTokens = 2000;
        CallRecorder rec(provider.chat(request, this));
        QTRY_VERIFY(rec.done());
        QCOMPARE(rec.errorKind(), QStringLiteral("RequestTooLarge"));
        QVERIFY(rec.error.message.contains(QStringLiteral("1000")));
        QCOMPARE(m_fake->requestCount(), 0);
    }

    // RPM 2 with a ManualClock: the third call waits for the window, visibly. The provider's window is
    // 1 % longer than a minute (the server times arrivals, later than our grants).
    void limiterQueuesBeyondRpm()
    {
        ManualClock clock;
        ProviderConfig c = config();
        c.requestsPerMinute = 2;
        c.clock = &clock;
        OpenAiCompatibleProvider provider(m_transport.get(), c);
        QSignalSpy providerWaits(&provider, &ChatProvider::rateLimitWait);
        CallRecorder a(provider.chat(textRequest(kModel), this));
        CallRecorder b(provider.chat(textRequest(kModel), this));
        CallRecorder third(provider.chat(textRequest(kModel), this));
        QTRY_VERIFY(a.done() && b.done());
        QTRY_VERIFY(!third.waits.isEmpty());
        QCOMPARE(third.waits.at(0), qint64(60'600));
        QCOMPARE(providerWaits.count(), 1);
        QCOMPARE(providerWaits.at(0).at(0).toLongLong(), qint64(60'600));
        QCOMPARE(m_fake->requestCount(), 2);
        QVERIFY(!third.done());

        clock.advance(60'000);
        provider.rateLimiter()->pump();
        QTest::qWait(20);
        QVERIFY(!third.done()); // a minute is not enough
        QCOMPARE(m_fake->requestCount(), 2);
        clock.advance(600);
        provider.rateLimiter()->pump();
        QTRY_VERIFY(third.done());
        QCOMPARE(third.finishedCount, 1);
        QCOMPARE(m_fake->requestCount(), 3);
    }

    // A 429 gives its slot back (the server did not count it) and the retry goes before calls queued
    // since: with RPM 2, a refused first call is retried at once, ahead of the queued third call.
    void refusedAttemptLeavesTheWindowAndRetriesFirst()
    {
        ManualClock clock;
        ProviderConfig c = config();
        c.requestsPerMinute = 2;
        c.clock = &clock;
        bool refused = false;
        m_fake->setHandler([&refused](const LlmRequest &r) {
            if (r.userText.contains(QStringLiteral("call a")) && !std::exchange(refused, true))
                return LlmReply::rateLimited(RetryHint::RetryAfterMs, 0).after(150); // the third call queues first
            if (r.userText.contains(QStringLiteral("call b")))
                return LlmReply::ofText(QStringLiteral("b")).after(300);
            return LlmReply::ofText(QStringLiteral("ok"));
        });
        OpenAiCompatibleProvider provider(m_transport.get(), c);
        CallRecorder a(provider.chat(textRequest(kModel, QStringLiteral("call a")), this));
        CallRecorder b(provider.chat(textRequest(kModel, QStringLiteral("call b")), this));
        QTRY_COMPARE(m_fake->requestCount(), 2);
        CallRecorder third(provider.chat(textRequest(kModel, QStringLiteral("call c")), this));
        QTRY_VERIFY(!third.waits.isEmpty()); // queued behind a and b
        QTRY_VERIFY(a.done());
        QCOMPARE(a.finishedCount, 1);
        QCOMPARE(a.retries, QList<int> { 2 });
        QTRY_VERIFY(b.done());
        QCOMPARE(m_fake->requestCount(), 3);
        QVERIFY(m_fake->requests().at(2).userText.contains(QStringLiteral("call a")));
        QVERIFY(!third.done());
        QCOMPARE(provider.rateLimiter()->core().requestsInWindow(clock.nowMs()), 2);
        clock.advance(60'600);
        provider.rateLimiter()->pump();
        QTRY_VERIFY(third.done());
        QCOMPARE(third.finishedCount, 1);
    }

    // The limiter books the estimate (prompt + max output) and is corrected with the real usage.
    void limiterSettledWithActualUsage()
    {
        m_fake->setHandler([](const LlmRequest &) {
            LlmReply r = LlmReply::ofText(QStringLiteral("ok"));
            r.promptTokens = 40;
            r.completionTokens = 2;
            return r;
        });
        ManualClock clock;
        ProviderConfig c = config();
        c.tokensPerMinute = 100'000;
        c.clock = &clock;
        OpenAiCompatibleProvider provider(m_transport.get(), c);
        // What the limiter holds while the request is on the server (read as it arrives, not after a delay).
        qint64 inFlight = -1;
        connect(m_fake.get(), &FakeLlmServer::requestReceived, this,
                [&] { inFlight = provider.rateLimiter()->core().tokensInWindow(clock.nowMs()); });
        ChatRequest request = textRequest(kModel);
        request.maxOutputTokens = 5000;
        CallRecorder rec(provider.chat(request, this));
        QTRY_VERIFY(rec.done());
        QVERIFY2(inFlight > 5000, qPrintable(QString::number(inFlight))); // the estimate
        QCOMPARE(rec.finishedCount, 1);
        QCOMPARE(provider.rateLimiter()->core().tokensInWindow(clock.nowMs()), qint64(42));
        QCOMPARE(provider.totalUsage().promptTokens, qint64(40));
        QCOMPARE(provider.totalUsage().completionTokens, qint64(2));
    }

    // Issue 14: Groq keeps one token window per model. A call to the questions model never waits for
    // the tokens of the skills model, while a second call to a full model's window does.
    void eachModelHasItsOwnWindow()
    {
        const QString other = QStringLiteral("openai/gpt-oss-120b");
        m_fake->setHandler([](const LlmRequest &) {
            LlmReply r = LlmReply::ofText(QStringLiteral("ok"));
            r.promptTokens = 20;
            r.completionTokens = 880; // with hidden reasoning
            return r;
        });
        ManualClock clock;
        ProviderConfig c = config();
        c.tokensPerMinute = 1000;
        c.clock = &clock;
        OpenAiCompatibleProvider provider(m_transport.get(), c);
        ChatRequest big = textRequest(kModel);
        big.maxOutputTokens = 900;
        CallRecorder first(provider.chat(big, this));
        QTRY_VERIFY(first.done());
        CallRecorder sameModel(provider.chat(big, this));
        ChatRequest otherModel = big;
        otherModel.model = other;
        CallRecorder otherCall(provider.chat(otherModel, this));
        QTRY_VERIFY(otherCall.done());
        QCOMPARE(otherCall.finishedCount, 1);
        QVERIFY(otherCall.waits.isEmpty());
        QTRY_VERIFY(!sameModel.waits.isEmpty()); // 900 tokens of kModel's window are still in use
        QVERIFY(!sameModel.done());
        QCOMPARE(provider.rateLimiter(kModel)->core().tokensInWindow(clock.nowMs()), qint64(900));
        QCOMPARE(provider.rateLimiter(other)->core().tokensInWindow(clock.nowMs()), qint64(900));
        QCOMPARE(m_fake->requestCount(), 2);

        // The window moves on: the waiting call goes, and says its wait is over before it is sent.
        clock.advance(60'600);
        provider.rateLimiter(kModel)->pump();
        QTRY_VERIFY(sameModel.done());
        QCOMPARE(sameModel.finishedCount, 1);
        QCOMPARE(sameModel.waitOvers, 1);
        QVERIFY(sameModel.events.indexOf(QStringLiteral("waitOver"))
                > sameModel.events.indexOf(QStringLiteral("waiting")));
    }

    // Issue 14: against Groq's free tier (the fake plays it, with a 1.5 s "minute"). Another app on
    // the same key has used the window: our call meets Groq's TPM 429, waits exactly its hint
    // ("Please try again in …") and goes through. Then the server's headers have told the client
    // what the server counts: a second call waits in the client instead of meeting another 429.
    void freeTierTpm429IsWaitedOut()
    {
        FreeTierConfig tier = FreeTierConfig::groq();
        tier.windowMs = 1'500;
        m_fake->setFreeTier(LlmApi::OpenAi, tier);
        ProviderConfig c = config();
        c.tokensPerMinute = 8'000;
        c.requestsPerMinute = 0;
        // The other app's answers are long (3,000 tokens), ours short.
        m_fake->setHandler([](const LlmRequest &r) {
            LlmReply reply = LlmReply::ofText(QStringLiteral("ok"));
            if (r.userText.contains(QStringLiteral("other app")))
                reply.completionTokens = 3'000;
            return reply;
        });
        OpenAiCompatibleProvider otherApp(m_transport.get(), c);
        OpenAiCompatibleProvider provider(m_transport.get(), c);
        for (auto *p : { &otherApp, &provider })
            p->rateLimiter(kModel)->setLimits({ 0, 8'000, 1'500, 0.01 }); // the same short "minute"
        ChatRequest request = textRequest(kModel);
        request.reasoningEffort = QStringLiteral("low");
        ChatRequest theirs = textRequest(kModel, QStringLiteral("other app"));
        theirs.maxOutputTokens = 4'000;
        CallRecorder first(otherApp.chat(theirs, this));
        QTRY_VERIFY(first.done());
        QCOMPARE(first.finishedCount, 1);
        QVERIFY(first.response.usage.completionTokens >= 200); // the hidden reasoning counts

        request.maxOutputTokens = 6'000; // does not fit beside the other app's tokens
        CallRecorder ours(provider.chat(request, this));
        QTRY_VERIFY_WITH_TIMEOUT(ours.done(), 10'000);
        QCOMPARE(ours.finishedCount, 1);
        QCOMPARE(ours.retryCauses.size(), 1);
        const ProviderError &cause = ours.retryCauses.first();
        QCOMPARE(toString(cause.kind), QStringLiteral("RateLimited"));
        QVERIFY2(cause.retryAfterMs > 0 && cause.retryAfterMs <= 1'500,
                 qPrintable(QString::number(cause.retryAfterMs)));
        QCOMPARE(ours.waits.size(), 1);
        // The hint, not a backoff (≤ 200 ms here): the wait is announced from the limiter's block, a
        // millisecond or two after the answer was read on a slow (sanitizer) run.
        QVERIFY2(
            ours.waits.first() <= cause.retryAfterMs && ours.waits.first() >= cause.retryAfterMs - 50,
            qPrintable(QStringLiteral("waited %1 for a hint of %2").arg(ours.waits.first()).arg(cause.retryAfterMs)));
        QCOMPARE(m_fake->requestCount(), 3);

        // The other app spends again; its answer's headers are not ours, but our next answer's are.
        request.maxOutputTokens = 256;
        CallRecorder again(otherApp.chat(theirs, this));
        QTRY_VERIFY(again.done());
        CallRecorder small(provider.chat(request, this));
        QTRY_VERIFY(small.done());
        QCOMPARE(small.finishedCount, 1);
        request.maxOutputTokens = 6'000;
        CallRecorder next(provider.chat(request, this));
        QTRY_VERIFY_WITH_TIMEOUT(next.done(), 10'000);
        QCOMPARE(next.finishedCount, 1);
        QVERIFY(next.retryCauses.isEmpty()); // no 429: the client waited for what the server counted
        QVERIFY(!next.waits.isEmpty());
    }

    // Rate-limit headers correct the window of the model they answered for, not the others.
    void headersCorrectTheirModelsWindowOnly()
    {
        const QByteArray ok = "{\"choices\":[{\"message\":{\"content\":\"ok\"},\"finish_reason\":\"stop\"}],"
                              "\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":1}}";
        m_fake->enqueue(LlmRoute::OpenAiChat,
                        LlmReply::http(200, ok,
                                       { { "Content-Type", "application/json" },
                                         { "x-ratelimit-limit-tokens", "6000" },
                                         { "x-ratelimit-remaining-tokens", "1000" },
                                         { "x-ratelimit-reset-tokens", "30s" } }));
        ManualClock clock;
        ProviderConfig c = config();
        c.tokensPerMinute = 8000;
        c.clock = &clock;
        OpenAiCompatibleProvider provider(m_transport.get(), c);
        CallRecorder rec(provider.chat(textRequest(kModel), this));
        QTRY_VERIFY(rec.done());
        QCOMPARE(provider.tokensPerMinuteLimit(kModel), qint64(6000));
        QCOMPARE(provider.tokensPerMinuteLimit(QStringLiteral("openai/gpt-oss-120b")), qint64(8000));

        // The server said 1,000 tokens are left for 30 s: a call of about 2,000 waits for the reset.
        ChatRequest big = textRequest(kModel);
        big.maxOutputTokens = 2000;
        CallRecorder waits(provider.chat(big, this));
        QTRY_VERIFY(!waits.waits.isEmpty());
        QVERIFY2(waits.waits.first() > 29'000 && waits.waits.first() <= 30'000,
                 qPrintable(QString::number(waits.waits.first())));
        ChatRequest elsewhere = big;
        elsewhere.model = QStringLiteral("openai/gpt-oss-120b");
        CallRecorder free(provider.chat(elsewhere, this));
        QTRY_VERIFY(free.done());
        QVERIFY(free.waits.isEmpty());
        waits.call->cancel();
    }

    // Issue 14: a failed attempt keeps in the window only what the server can have counted, so its
    // retry goes after the backoff, not after a minute's wait for tokens nobody spent. With 8,000
    // tokens a minute and 5,000 declared, an attempt that kept its estimate would hold the retry back.
    void failedAttemptsSettleWhatTheServerCounted_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<qint64>("maxKept"); // tokens the failed attempt may leave in the window
        QTest::newRow("503") << 0 << qint64(0);
        QTest::newRow("dropped mid-stream") << 1 << qint64(200);
        QTest::newRow("dropped mid-body") << 2 << qint64(200);
    }
    void failedAttemptsSettleWhatTheServerCounted()
    {
        QFETCH(int, fault);
        QFETCH(qint64, maxKept);
        const LlmReply faults[] = { LlmReply::overloaded(503), LlmReply::dropMidStream(), LlmReply::dropMidBody() };
        m_fake->enqueue(LlmRoute::OpenAiChat, faults[fault]);
        m_fake->setHandler([](const LlmRequest &) {
            LlmReply r = LlmReply::ofText(QStringLiteral("ok"));
            r.promptTokens = 30;
            r.completionTokens = 10;
            return r;
        });
        ManualClock clock; // the window never moves: only settling can make room
        ProviderConfig c = config();
        c.tokensPerMinute = 8000;
        c.clock = &clock;
        OpenAiCompatibleProvider provider(m_transport.get(), c);
        ChatRequest request = textRequest(kModel);
        request.maxOutputTokens = 5000;
        request.stream = fault == 1;
        CallRecorder rec(provider.chat(request, this));
        QTRY_VERIFY(rec.done());
        QCOMPARE(rec.finishedCount, 1);
        QCOMPARE(rec.retries, QList<int> { 2 });
        QCOMPARE(m_fake->requestCount(), 2);
        for (const QString &reason : std::as_const(rec.waitReasons))
            QVERIFY2(!reason.contains(QStringLiteral("rate limit")), qPrintable(reason));
        const qint64 kept = provider.rateLimiter(kModel)->core().tokensInWindow(clock.nowMs()) - 40;
        QVERIFY2(kept >= 0 && kept <= maxKept, qPrintable(QString::number(kept)));
    }

    // A request that never reached the server (nothing listens) leaves nothing in the window.
    void unreachedServerLeavesNothingInTheWindow()
    {
        ManualClock clock;
        ProviderConfig c = config();
        c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1/openai/v1"));
        c.maxRetries = 1;
        c.tokensPerMinute = 8000;
        c.clock = &clock;
        OpenAiCompatibleProvider provider(m_transport.get(), c);
        ChatRequest request = textRequest(kModel);
        request.maxOutputTokens = 5000;
        CallRecorder rec(provider.chat(request, this));
        QTRY_VERIFY(rec.done());
        QCOMPARE(rec.errorKind(), QStringLiteral("Network"));
        QCOMPARE(rec.retries, QList<int> { 2 }); // the retry was not held back by a phantom wait
        QCOMPARE(provider.rateLimiter(kModel)->core().tokensInWindow(clock.nowMs()), qint64(0));
    }

    // reasoning_effort goes to reasoning models only (others answer it with a 400).
    void reasoningEffortOnlyForReasoningModels()
    {
        OpenAiCompatibleProvider provider(m_transport.get(), config());
        ChatRequest request = textRequest(kModel);
        request.reasoningEffort = QStringLiteral("low");
        CallRecorder a(provider.chat(request, this));
        request.model = QStringLiteral("llama-3.3-70b-versatile");
        CallRecorder b(provider.chat(request, this));
        QTRY_VERIFY(a.done() && b.done());
        QCOMPARE(m_fake->requestCount(), 2);
        for (const LlmRequest &r : m_fake->requests())
            QCOMPARE(r.reasoningEffort, r.model == kModel ? QStringLiteral("low") : QString());
    }

    // Groq's x-ratelimit headers: tokens per minute tighten the limiter; requests count per DAY.
    void groqHeadersTightenTheLimiter()
    {
        const QByteArray ok = "{\"choices\":[{\"message\":{\"content\":\"ok\"},\"finish_reason\":\"stop\"}],"
                              "\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":1}}";
        const HttpHeaders headers {
            { "Content-Type", "application/json" },      { "x-ratelimit-limit-tokens", "6000" },
            { "x-ratelimit-remaining-tokens", "5990" },  { "x-ratelimit-reset-tokens", "7.66s" },
            { "x-ratelimit-limit-requests", "1000" },    { "x-ratelimit-remaining-requests", "0" },
            { "x-ratelimit-reset-requests", "2m59.56s" }
        };
        m_fake->enqueue(LlmRoute::OpenAiChat, LlmReply::http(200, ok, headers));
        ManualClock clock;
        ProviderConfig c = config();
        c.requestsPerMinute = 30;
        c.tokensPerMinute = 8000;
        c.requestHeadersPerDay = true;
        c.clock = &clock;
        OpenAiCompatibleProvider provider(m_transport.get(), c);
        CallRecorder rec(provider.chat(textRequest(kModel), this));
        QTRY_VERIFY(rec.done());
        QCOMPARE(rec.finishedCount, 1);
        QCOMPARE(provider.tokensPerMinuteLimit({}), qint64(6000));
        QCOMPARE(provider.rateLimiter()->limits().requestsPerWindow, 30); // 1000 is per day, not per minute

        // The daily request allowance is used up: fail fast until the reset, without sending.
        CallRecorder next(provider.chat(textRequest(kModel), this));
        QTRY_VERIFY(next.done());
        QCOMPARE(next.errorKind(), QStringLiteral("QuotaExhausted"));
        QCOMPARE(m_fake->requestCount(), 1);

        clock.advance(180'000);
        CallRecorder later(provider.chat(textRequest(kModel), this));
        QTRY_VERIFY(later.done());
        QCOMPARE(later.finishedCount, 1);
        QCOMPARE(m_fake->requestCount(), 2);
    }

    void concurrentCallsShareTheProvider()
    {
        // Long enough that the four are on the server together even on a loaded machine (the slow
        // sanitizer build runs beside other tests).
        LlmReply slow = LlmReply::ofText(QStringLiteral("slow"));
        slow.delayMs = 1500;
        m_fake->setHandler([slow](const LlmRequest &) { return slow; });
        OpenAiCompatibleProvider provider(m_transport.get(), config());
        QList<std::shared_ptr<CallRecorder>> recs;
        for (int i = 0; i < 4; ++i)
            recs << std::make_shared<CallRecorder>(provider.chat(textRequest(kModel), this));
        QTRY_VERIFY(std::all_of(recs.begin(), recs.end(), [](const auto &r) { return r->done(); }));
        for (const auto &r : recs)
            QCOMPARE(r->finishedCount, 1);
        QCOMPARE(m_fake->maxConcurrent(), 4);
        QCOMPARE(provider.totalUsage().requests, 4);
    }

    void listModels()
    {
        OpenAiCompatibleProvider provider(m_transport.get(), config());
        ModelListCall *call = provider.listModels(this);
        QSignalSpy finished(call, &ModelListCall::finished);
        QVERIFY(finished.wait());
        const auto models = finished.at(0).at(0).value<QList<ModelInfo>>();
        QCOMPARE(models.size(), 3);
        QCOMPARE(models.at(0).id, QStringLiteral("llama-3.3-70b-versatile"));
        QCOMPARE(models.at(0).contextWindow, qint64(131072));
        QCOMPARE(m_fake->requests().at(0).route, LlmRoute::OpenAiModels);
        QCOMPARE(m_fake->requests().at(0).apiKey, kKey);

        m_fake->enqueue(LlmRoute::OpenAiModels, LlmReply::wrongKey());
        ModelListCall *bad = provider.listModels(this);
        QSignalSpy failed(bad, &ModelListCall::failed);
        QVERIFY(failed.wait());
        QCOMPARE(toString(failed.at(0).at(0).value<ProviderError>().kind), QStringLiteral("Unauthorized"));
    }

    void providerDeletedEndsWaitingCalls()
    {
        ManualClock clock;
        ProviderConfig c = config();
        c.requestsPerMinute = 1;
        c.clock = &clock;
        auto *provider = new OpenAiCompatibleProvider(m_transport.get(), c);
        CallRecorder first(provider->chat(textRequest(kModel), this));
        CallRecorder waiting(provider->chat(textRequest(kModel), this));
        QTRY_VERIFY(first.done());
        QTRY_VERIFY(!waiting.waits.isEmpty());
        delete provider;
        QTRY_VERIFY(waiting.done());
        QCOMPARE(waiting.errorKind(), QStringLiteral("Cancelled"));
        QCOMPARE(waiting.failedCount, 1);
        QCOMPARE(m_fake->requestCount(), 1);
    }

    void deletingTheCallMidFlightIsSafe()
    {
        LlmReply slow = LlmReply::ofText(QStringLiteral("late"));
        slow.delayMs = 200;
        m_fake->enqueue(LlmRoute::OpenAiChat, slow);
        OpenAiCompatibleProvider provider(m_transport.get(), config());
        QSignalSpy closed(&m_fake->http(), &TestHttpServer::connectionClosed);
        ChatCall *call = provider.chat(textRequest(kModel), this);
        QTRY_COMPARE(m_fake->requestCount(), 1);
        delete call;
        QTRY_VERIFY(!closed.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOpenAiProvider)
#include "tst_openai_provider.moc"
