#include "providers/ErrorClassifier.h"

#include <QFile>
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

const QString kGroq = QStringLiteral("Groq");
const QString kGemini = QStringLiteral("Gemini");

} // namespace

Q_DECLARE_METATYPE(ip::WireFormat)
Q_DECLARE_METATYPE(ip::ProviderErrorKind)
Q_DECLARE_METATYPE(ip::TransportErrorKind)

// (provider, HTTP status, headers, body) → ProviderError, for every class of failure.
class TestErrors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classifyHttp_data()
    {
        QTest::addColumn<WireFormat>("format");
        QTest::addColumn<int>("status");
        QTest::addColumn<HttpHeaders>("headers");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<ProviderErrorKind>("kind");
        QTest::addColumn<qint64>("retryAfterMs");
        QTest::addColumn<QString>("messageContains");
        QTest::addColumn<QString>("detailContains"); // "-" = detail must be empty

        const auto O = WireFormat::OpenAiCompatible;
        const auto G = WireFormat::Gemini;
        using K = ProviderErrorKind;
        const HttpHeaders none;

        // Unauthorized
        QTest::newRow("groq 401") << O << 401 << none << fixture(QStringLiteral("groq-401-invalid-key.json"))
                                  << K::Unauthorized << qint64(-1)
                                  << QStringLiteral("Groq rejected the API key — check it in Settings.")
                                  << QStringLiteral("Invalid API Key");
        QTest::newRow("groq 403 cloudflare html")
            << O << 403 << HttpHeaders { { "content-type", "text/html" } }
            << fixture(QStringLiteral("groq-403-cloudflare.html")) << K::Unauthorized << qint64(-1)
            << QStringLiteral("HTTP 403") << QStringLiteral("-");
        QTest::newRow("groq 403 json") << O << 403 << none
                                       << QByteArray(
                                              "{\"error\":{\"message\":\"Forbidden\",\"type\":\"permission_error\"}}")
                                       << K::Unauthorized << qint64(-1) << QStringLiteral("permissions")
                                       << QStringLiteral("Forbidden");
        QTest::newRow("gemini 400 API_KEY_INVALID")
            << G << 400 << none << fixture(QStringLiteral("gemini-400-api-key-invalid.json")) << K::Unauthorized
            << qint64(-1) << QStringLiteral("Gemini rejected the API key — check it in Settings.")
            << QStringLiteral("API key not valid");
        QTest::newRow("gemini 403 leaked")
            << G << 403 << none << fixture(QStringLiteral("gemini-403-leaked.json")) << K::Unauthorized << qint64(-1)
            << QStringLiteral("leaked") << QStringLiteral("reported as leaked");
        QTest::newRow("gemini 403 unregistered")
            << G << 403 << none << fixture(QStringLiteral("gemini-403-unregistered.json")) << K::Unauthorized
            << qint64(-1) << QStringLiteral("received no API key") << QStringLiteral("unregistered callers");

        // RateLimited with each kind of hint
        const QByteArray tpm = fixture(QStringLiteral("groq-429-tpm.json"));
        QTest::newRow("429 retry-after") << O << 429 << HttpHeaders { { "retry-after", "3" } } << tpm << K::RateLimited
                                         << qint64(3000) << QStringLiteral("rate limit") << QStringLiteral("TPM");
        QTest::newRow("429 retry-after fractional")
            << O << 429 << HttpHeaders { { "Retry-After", "0.5" } } << tpm << K::RateLimited << qint64(500)
            << QStringLiteral("rate limit") << QString();
        QTest::newRow("429 retry-after-ms beats retry-after")
            << O << 429 << HttpHeaders { { "retry-after", "3" }, { "retry-after-ms", "150" } } << tpm << K::RateLimited
            << qint64(150) << QString() << QString();
        QTest::newRow("429 hint in message") << O << 429 << none << tpm << K::RateLimited << qint64(3010) << QString()
                                             << QStringLiteral("Please try again in 3.01s");
        QTest::newRow("429 x-ratelimit-reset-tokens")
            << O << 429
            << HttpHeaders { { "x-ratelimit-remaining-requests", "412" },
                             { "x-ratelimit-reset-requests", "14m6.2s" },
                             { "x-ratelimit-remaining-tokens", "0" },
                             { "x-ratelimit-reset-tokens", "2.91s" } }
            << QByteArray("{\"error\":{\"message\":\"Rate limit "
                          "reached\",\"type\":\"tokens\",\"code\":\"rate_limit_exceeded\"}}")
            << K::RateLimited << qint64(2910) << QString() << QString();
        QTest::newRow("gemini 429 per minute RetryInfo")
            << G << 429 << none << fixture(QStringLiteral("gemini-429-per-minute.json")) << K::RateLimited
            << qint64(37000) << QStringLiteral("Gemini rate limit") << QStringLiteral("Quota exceeded");
        QTest::newRow("gemini 429 short form")
            << G << 429 << none << fixture(QStringLiteral("gemini-429-short.json")) << K::RateLimited << qint64(-1)
            << QString() << QStringLiteral("Resource has been exhausted");

        // QuotaExhausted
        QTest::newRow("gemini 429 per day")
            << G << 429 << none << fixture(QStringLiteral("gemini-429-per-day.json")) << K::QuotaExhausted << qint64(-1)
            << QStringLiteral("daily quota") << QStringLiteral("limit: 20");
        QTest::newRow("groq 429 TPD") << O << 429 << HttpHeaders { { "retry-after", "107" } }
                                      << fixture(QStringLiteral("groq-429-tpd.json")) << K::QuotaExhausted << qint64(-1)
                                      << QStringLiteral("daily quota") << QStringLiteral("tokens per day (TPD)");
        QTest::newRow("groq 429 RPD") << O << 429 << none << fixture(QStringLiteral("groq-429-rpd.json"))
                                      << K::QuotaExhausted << qint64(-1) << QStringLiteral("try again tomorrow")
                                      << QStringLiteral("requests per day (RPD)");
        QTest::newRow("openai insufficient_quota")
            << O << 429 << none << fixture(QStringLiteral("openai-429-insufficient-quota.json")) << K::QuotaExhausted
            << qint64(-1) << QStringLiteral("billing") << QStringLiteral("exceeded your current quota");
        QTest::newRow("anthropic spend limit")
            << O << 429 << HttpHeaders { { "retry-after", "30" } }
            << fixture(QStringLiteral("anthropic-429-spend-limit.json")) << K::QuotaExhausted << qint64(-1)
            << QStringLiteral("billing") << QStringLiteral("usage limits");
        QTest::newRow("gemini quota value 0")
            << G << 429 << none
            << QByteArray("{\"error\":{\"code\":429,\"message\":\"Quota "
                          "exceeded\",\"status\":\"RESOURCE_EXHAUSTED\",\"details\":[{\"@type\":\"type.googleapis.com/"
                          "google.rpc.QuotaFailure\",\"violations\":[{\"quotaId\":\"SearchGroundingRequestsPerMinute\","
                          "\"quotaValue\":\"0\"}]}]}}")
            << K::QuotaExhausted << qint64(-1) << QString() << QString();

        // Size
        QTest::newRow("groq 413") << O << 413 << none << fixture(QStringLiteral("groq-413-tpm.json"))
                                  << K::RequestTooLarge << qint64(-1) << QStringLiteral("split")
                                  << QStringLiteral("Request too large");
        QTest::newRow("groq context_length_exceeded")
            << O << 400 << none << fixture(QStringLiteral("groq-400-context-length.json")) << K::ContextTooLong
            << qint64(-1) << QStringLiteral("context window") << QStringLiteral("reduce the length");
        QTest::newRow("llama.cpp exceed_context_size_error")
            << O << 400 << none << fixture(QStringLiteral("llamacpp-400-context.json")) << K::ContextTooLong
            << qint64(-1) << QString() << QStringLiteral("5827 tokens");
        QTest::newRow("gemini input token count exceeds")
            << G << 400 << none << fixture(QStringLiteral("gemini-400-context.json")) << K::ContextTooLong << qint64(-1)
            << QString() << QStringLiteral("input token count");

        // JSON
        QTest::newRow("json_validate_failed")
            << O << 400 << none << fixture(QStringLiteral("groq-400-json-validate-failed.json"))
            << K::JsonGenerationFailed << qint64(-1) << QStringLiteral("valid JSON")
            << QStringLiteral("Failed to generate JSON");

        // Overloaded / server errors
        QTest::newRow("500") << O << 500 << none << QByteArray("{\"error\":{\"message\":\"Internal error\"}}")
                             << K::Overloaded << qint64(-1) << QStringLiteral("HTTP 500") << QStringLiteral("Internal");
        QTest::newRow("502 html") << O << 502 << none << QByteArray("<html><body>Bad Gateway</body></html>")
                                  << K::Overloaded << qint64(-1) << QStringLiteral("HTTP 502") << QStringLiteral("-");
        QTest::newRow("503 envoy text") << O << 503 << none << fixture(QStringLiteral("groq-503-envoy.txt"))
                                        << K::Overloaded << qint64(-1) << QStringLiteral("HTTP 503")
                                        << QStringLiteral("upstream connect error");
        QTest::newRow("503 with retry-after") << O << 503 << HttpHeaders { { "retry-after", "2" } } << QByteArray()
                                              << K::Overloaded << qint64(2000) << QString() << QStringLiteral("-");
        QTest::newRow("gemini 503") << G << 503 << none << fixture(QStringLiteral("gemini-503-overloaded.json"))
                                    << K::Overloaded << qint64(-1) << QStringLiteral("overloaded")
                                    << QStringLiteral("The model is overloaded");
        QTest::newRow("504") << G << 504 << none << QByteArray() << K::Overloaded << qint64(-1) << QString()
                             << QStringLiteral("-");
        QTest::newRow("498 flex") << O << 498 << none << fixture(QStringLiteral("groq-498-flex.json")) << K::Overloaded
                                  << qint64(-1) << QString() << QStringLiteral("capacity exceeded");
        QTest::newRow("529 anthropic") << O << 529 << none << fixture(QStringLiteral("anthropic-529-overloaded.json"))
                                       << K::Overloaded << qint64(-1) << QStringLiteral("HTTP 529")
                                       << QStringLiteral("Overloaded");

        // Invalid requests
        QTest::newRow("404 unknown model")
            << O << 404 << none << fixture(QStringLiteral("groq-404-model.json")) << K::InvalidRequest << qint64(-1)
            << QStringLiteral("does not exist") << QStringLiteral("model `x`");
        QTest::newRow("gemini 404 model")
            << G << 404 << none << fixture(QStringLiteral("gemini-404-model.json")) << K::InvalidRequest << qint64(-1)
            << QStringLiteral("choose another model") << QStringLiteral("gemini-9-ultra");
        QTest::newRow("404 html path") << O << 404 << none << QByteArray("<!DOCTYPE html><html>Not Found</html>")
                                       << K::InvalidRequest << qint64(-1) << QStringLiteral("base URL")
                                       << QStringLiteral("-");
        QTest::newRow("422") << O << 422 << none
                             << QByteArray("{\"error\":{\"message\":\"messages[0].name is unsupported\"}}")
                             << K::InvalidRequest << qint64(-1) << QStringLiteral("messages[0].name is unsupported")
                             << QStringLiteral("unsupported");
        QTest::newRow("gemini json+tools")
            << G << 400 << none << fixture(QStringLiteral("gemini-400-json-with-tools.json")) << K::InvalidRequest
            << qint64(-1) << QStringLiteral("HTTP 400") << QStringLiteral("response mime type");
        QTest::newRow("408") << O << 408 << none << QByteArray() << K::Timeout << qint64(-1) << QString()
                             << QStringLiteral("-");
        QTest::newRow("302") << O << 302 << none << QByteArray() << K::MalformedResponse << qint64(-1)
                             << QStringLiteral("HTTP status 302") << QStringLiteral("-");
    }
    void classifyHttp()
    {
        QFETCH(WireFormat, format);
        QFETCH(int, status);
        QFETCH(HttpHeaders, headers);
        QFETCH(QByteArray, body);
        QFETCH(ProviderErrorKind, kind);
        QFETCH(qint64, retryAfterMs);
        QFETCH(QString, messageContains);
        QFETCH(QString, detailContains);

        const QString provider = format == WireFormat::Gemini ? kGemini : kGroq;
        const ProviderError e = classifyHttpError(format, provider, status, headers, body);
        QCOMPARE(toString(e.kind), toString(kind));
        QCOMPARE(e.httpStatus, status);
        QCOMPARE(e.provider, provider);
        QCOMPARE(e.retryAfterMs, retryAfterMs);
        QVERIFY2(e.message.contains(messageContains), qPrintable(e.message));
        QVERIFY(!e.message.contains(QLatin1Char('\n')));
        QVERIFY(!e.message.contains(QLatin1Char('<'))); // never an HTML page
        QVERIFY(!e.detail.contains(QLatin1Char('<')));
        if (detailContains == QLatin1StringView("-"))
            QVERIFY2(e.detail.isEmpty(), qPrintable(e.detail));
        else
            QVERIFY2(e.detail.contains(detailContains), qPrintable(e.detail));
    }

    void retryabilityFollowsKind()
    {
        auto cls = [](int status, const QByteArray &body) {
            return classifyHttpError(WireFormat::OpenAiCompatible, kGroq, status, {}, body);
        };
        QVERIFY(cls(429, fixture(QStringLiteral("groq-429-tpm.json"))).isRetryable());
        QVERIFY(cls(503, {}).isRetryable());
        QVERIFY(cls(400, fixture(QStringLiteral("groq-400-json-validate-failed.json"))).isRetryable());
        QVERIFY(!cls(413, fixture(QStringLiteral("groq-413-tpm.json"))).isRetryable());
        QVERIFY(!cls(429, fixture(QStringLiteral("groq-429-tpd.json"))).isRetryable());
        QVERIFY(cls(429, fixture(QStringLiteral("groq-429-tpd.json"))).stopsProvider());
        QVERIFY(cls(401, {}).stopsProvider());
        QVERIFY(!cls(404, {}).isRetryable());
    }

    void secretsAreRedacted()
    {
        const QByteArray body
            = "{\"error\":{\"code\":400,\"message\":\"API key not valid: AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW "
              "(header x-goog-api-key: AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW)\",\"status\":\"INVALID_ARGUMENT\"}}";
        const ProviderError e = classifyHttpError(WireFormat::Gemini, kGemini, 400, {}, body);
        QCOMPARE(toString(e.kind), toString(ProviderErrorKind::Unauthorized));
        QVERIFY2(!e.detail.contains(QLatin1StringView("A1b2C3d4")), qPrintable(e.detail));
        QVERIFY(!e.message.contains(QLatin1StringView("A1b2C3d4")));

        const QByteArray groq = "{\"error\":{\"message\":\"Invalid request for key gsk_abcdefghijklmnop1234567890 with "
                                "Bearer gsk_abcdefghijklmnop1234567890\"}}";
        const ProviderError g = classifyHttpError(WireFormat::OpenAiCompatible, kGroq, 400, {}, groq);
        QVERIFY2(!g.detail.contains(QLatin1StringView("abcdefghijklmnop")), qPrintable(g.detail));
        QVERIFY(!g.message.contains(QLatin1StringView("abcdefghijklmnop")));
    }

    void longAndMultilineDetailIsOneShortLine()
    {
        const QByteArray body = "{\"error\":{\"message\":\"line one\\nline two " + QByteArray(2000, 'x') + "\"}}";
        const ProviderError e = classifyHttpError(WireFormat::OpenAiCompatible, kGroq, 400, {}, body);
        QVERIFY(e.detail.size() <= 300);
        QVERIFY(e.detail.startsWith(QLatin1StringView("line one line two")));
        QVERIFY(!e.detail.contains(QLatin1Char('\n')));
        QVERIFY(!e.message.contains(QLatin1Char('\n')));
    }

    void errorsInsideOkResponses_data()
    {
        QTest::addColumn<WireFormat>("format");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<ProviderErrorKind>("kind");
        QTest::addColumn<qint64>("retryAfterMs");
        QTest::addColumn<QString>("messageContains");
        using K = ProviderErrorKind;
        QTest::newRow("LM Studio unexpected endpoint")
            << WireFormat::OpenAiCompatible << fixture(QStringLiteral("lmstudio-200-error.json")) << K::InvalidRequest
            << qint64(-1) << QStringLiteral("/v1");
        QTest::newRow("gemini in-stream 503")
            << WireFormat::Gemini << fixture(QStringLiteral("gemini-503-overloaded.json")) << K::Overloaded
            << qint64(-1) << QStringLiteral("overloaded");
        QTest::newRow("gemini in-stream 429")
            << WireFormat::Gemini << fixture(QStringLiteral("gemini-429-per-minute.json")) << K::RateLimited
            << qint64(37000) << QString();
        QTest::newRow("openai mid-stream server_error")
            << WireFormat::OpenAiCompatible
            << QByteArray("{\"error\":{\"message\":\"The server had an error while processing your "
                          "request.\",\"type\":\"server_error\"}}")
            << K::Overloaded << qint64(-1) << QString();
        QTest::newRow("openai mid-stream rate limit")
            << WireFormat::OpenAiCompatible
            << QByteArray(
                   "{\"error\":{\"message\":\"Rate limit reached. Please try again in 789.6ms.\",\"type\":\"tokens\"}}")
            << K::RateLimited << qint64(790) << QString();
        QTest::newRow("ollama native string")
            << WireFormat::OpenAiCompatible << QByteArray("{\"error\":\"model 'x' not found\"}") << K::InvalidRequest
            << qint64(-1) << QStringLiteral("model 'x' not found");
    }
    void errorsInsideOkResponses()
    {
        QFETCH(WireFormat, format);
        QFETCH(QByteArray, json);
        QFETCH(ProviderErrorKind, kind);
        QFETCH(qint64, retryAfterMs);
        QFETCH(QString, messageContains);
        const ProviderError e
            = classifyErrorInOkResponse(format, QStringLiteral("P"), QJsonDocument::fromJson(json).object());
        QCOMPARE(toString(e.kind), toString(kind));
        QCOMPARE(e.retryAfterMs, retryAfterMs);
        QVERIFY2(e.message.contains(messageContains), qPrintable(e.message));
    }

    void transportErrors_data()
    {
        QTest::addColumn<TransportErrorKind>("transport");
        QTest::addColumn<ProviderErrorKind>("kind");
        QTest::addColumn<QString>("messageContains");
        using T = TransportErrorKind;
        using K = ProviderErrorKind;
        QTest::newRow("refused") << T::ConnectionRefused << K::Network << QStringLiteral("api.example.com");
        QTest::newRow("dns") << T::HostNotFound << K::Network
                             << QStringLiteral("Could not find Groq (api.example.com)");
        QTest::newRow("tls") << T::Tls << K::Network << QStringLiteral("secure connection");
        QTest::newRow("reset") << T::ConnectionReset << K::Network << QStringLiteral("interrupted");
        QTest::newRow("timeout") << T::Timeout << K::Timeout << QStringLiteral("did not answer in time");
        QTest::newRow("cancelled") << T::Cancelled << K::Cancelled << QStringLiteral("Cancelled");
        QTest::newRow("insecure") << T::InsecureUrl << K::InvalidRequest << QStringLiteral("HTTPS is required");
        QTest::newRow("other") << T::Other << K::Network << QStringLiteral("Could not reach Groq");
    }
    void transportErrors()
    {
        QFETCH(TransportErrorKind, transport);
        QFETCH(ProviderErrorKind, kind);
        QFETCH(QString, messageContains);
        const ProviderError e = classifyTransportError(kGroq, TransportError { transport, QStringLiteral("low-level") },
                                                       QUrl(QStringLiteral("https://api.example.com/v1")));
        QCOMPARE(toString(e.kind), toString(kind));
        QCOMPARE(e.httpStatus, 0);
        QVERIFY2(e.message.contains(messageContains), qPrintable(e.message));
        QCOMPARE(e.detail, QStringLiteral("low-level"));
    }

    void structuredOutputUnsupportedDetection()
    {
        auto e400 = [](const QByteArray &body, WireFormat f = WireFormat::OpenAiCompatible) {
            return classifyHttpError(f, kGroq, 400, {}, body);
        };
        QVERIFY(isStructuredOutputUnsupported(
            e400("{\"error\":{\"message\":\"This model does not support response format `json_schema`. See supported "
                 "models at "
                 "https://console.groq.com/docs/"
                 "structured-outputs#supported-models\",\"type\":\"invalid_request_error\"}}")));
        QVERIFY(isStructuredOutputUnsupported(e400("{\"error\":\"'response_format.type' must be 'json_schema'\"}")));
        QVERIFY(isStructuredOutputUnsupported(
            e400(fixture(QStringLiteral("gemini-400-json-with-tools.json")), WireFormat::Gemini)));
        QVERIFY(isStructuredOutputUnsupported(e400("{\"error\":{\"code\":400,\"message\":\"JSON mode is not enabled "
                                                   "for models/gemma-3-27b-it\",\"status\":\"INVALID_ARGUMENT\"}}",
                                                   WireFormat::Gemini)));
        QVERIFY(!isStructuredOutputUnsupported(e400("{\"error\":{\"message\":\"messages: field required\"}}")));
        QVERIFY(!isStructuredOutputUnsupported(e400(fixture(QStringLiteral("groq-400-json-validate-failed.json")))));
        QVERIFY(!isStructuredOutputUnsupported(classifyHttpError(WireFormat::OpenAiCompatible, kGroq, 500, {},
                                                                 "{\"error\":{\"message\":\"json_schema crashed\"}}")));
    }

    void everyKindHasAMessage()
    {
        for (int k = 0; k <= int(ProviderErrorKind::MalformedResponse); ++k) {
            const ProviderError e = makeProviderError(ProviderErrorKind(k), QStringLiteral("Gemini"), {}, 500);
            QVERIFY2(!e.message.isEmpty(), qPrintable(toString(e.kind)));
            QVERIFY(!toString(e.kind).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestErrors)
#include "tst_errors.moc"
