#include "providers/ProviderFactory.h"

#include <QTest>

using namespace ip;

namespace {

// The factory never sends anything; a transport that must not be used.
class NoTransport final : public HttpTransport
{
public:
    HttpReply *send(const HttpRequest &, QObject *) override
    {
        qFatal("the factory must not send requests");
        return nullptr;
    }
};

QProcessEnvironment envWith(const QString &name, const QString &value)
{
    QProcessEnvironment env;
    env.insert(name, value);
    return env;
}

} // namespace

// Building the providers from Settings, keys and the environment.
class TestProviderFactory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void baseUrlFromEnvironment_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        const QString configured = QStringLiteral("https://api.groq.com/openai/v1");
        QTest::newRow("unset") << QString() << configured;
        QTest::newRow("loopback http") << QStringLiteral("http://127.0.0.1:8123/openai/v1")
                                       << QStringLiteral("http://127.0.0.1:8123/openai/v1");
        QTest::newRow("https elsewhere") << QStringLiteral(" https://proxy.example.com/v1 ")
                                         << QStringLiteral("https://proxy.example.com/v1");
        QTest::newRow("not http") << QStringLiteral("ftp://example.com/v1") << configured;
        QTest::newRow("garbage") << QStringLiteral("not a url") << configured;
    }
    void baseUrlFromEnvironment()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QProcessEnvironment env;
        if (!value.isNull())
            env.insert(QStringLiteral("INTERVIEW_PREP_GROQ_BASE_URL"), value);
        const QUrl url = providerBaseUrlFromEnv("INTERVIEW_PREP_GROQ_BASE_URL",
                                                QUrl(QStringLiteral("https://api.groq.com/openai/v1")), env);
        QCOMPARE(url.toString(), expected);
    }

    void namesByEndpoint_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("name");
        QTest::newRow("groq") << QStringLiteral("https://api.groq.com/openai/v1") << QStringLiteral("Groq");
        QTest::newRow("openai") << QStringLiteral("https://api.openai.com/v1") << QStringLiteral("OpenAI");
        QTest::newRow("openrouter") << QStringLiteral("https://openrouter.ai/api/v1") << QStringLiteral("OpenRouter");
        QTest::newRow("ollama") << QStringLiteral("http://localhost:11434/v1") << QStringLiteral("Ollama");
        QTest::newRow("lm studio") << QStringLiteral("http://127.0.0.1:1234/v1") << QStringLiteral("LM Studio");
        QTest::newRow("llama.cpp") << QStringLiteral("http://127.0.0.1:8080/v1") << QStringLiteral("llama.cpp");
        QTest::newRow("other loopback (tests)")
            << QStringLiteral("http://127.0.0.1:40123/openai/v1") << QStringLiteral("Groq");
    }
    void namesByEndpoint()
    {
        QFETCH(QString, url);
        QFETCH(QString, name);
        QCOMPARE(openAiCompatibleNameFor(QUrl(url)), name);
    }

    void configsFromDefaultSettings()
    {
        const Settings s;
        const ProviderConfig groq = groqConfigFrom(s, QStringLiteral("gsk_x"), QProcessEnvironment());
        QCOMPARE(groq.name, QStringLiteral("Groq"));
        QCOMPARE(groq.baseUrl, s.groqBaseUrl);
        QCOMPARE(groq.apiKey, QStringLiteral("gsk_x"));
        QCOMPARE(groq.defaultModel, s.questionModel);
        QCOMPARE(groq.requestsPerMinute, 30);
        QCOMPARE(groq.tokensPerMinute, qint64(8000));
        QVERIFY(groq.requestHeadersPerDay); // Groq's x-ratelimit-*-requests count per day
        QVERIFY(groq.hideReasoning);
        QVERIFY(!groq.legacyMaxTokens);
        QCOMPARE(groq.totalTimeoutMs, 120'000);
        QCOMPARE(groq.firstByteTimeoutMs, 60'000);
        QCOMPARE(groq.maxRetries, 4);

        const ProviderConfig gemini = geminiConfigFrom(s, QStringLiteral("AIza_x"), QProcessEnvironment());
        QCOMPARE(gemini.name, QStringLiteral("Gemini"));
        QCOMPARE(gemini.baseUrl, s.geminiBaseUrl);
        QCOMPARE(gemini.defaultModel, s.discoveryModel);
        QCOMPARE(gemini.requestsPerMinute, 5);
        QCOMPARE(gemini.tokensPerMinute, qint64(250'000));
        QVERIFY(!gemini.requestHeadersPerDay);
    }

    void environmentWinsOverSettings()
    {
        Settings s;
        s.requestTimeoutSec = 30;
        const ProviderConfig groq = groqConfigFrom(
            s, QString(),
            envWith(QStringLiteral("INTERVIEW_PREP_GROQ_BASE_URL"), QStringLiteral("http://localhost:11434/v1")));
        QCOMPARE(groq.baseUrl, QUrl(QStringLiteral("http://localhost:11434/v1")));
        QCOMPARE(groq.name, QStringLiteral("Ollama"));
        QVERIFY(groq.legacyMaxTokens);
        QVERIFY(!groq.requestHeadersPerDay);
        QVERIFY(!groq.hideReasoning);
        QCOMPARE(groq.totalTimeoutMs, 30'000);

        const ProviderConfig gemini = geminiConfigFrom(
            s, QStringLiteral("k"),
            envWith(QStringLiteral("INTERVIEW_PREP_GEMINI_BASE_URL"), QStringLiteral("http://127.0.0.1:9/v1beta")));
        QCOMPARE(gemini.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:9/v1beta")));
    }

    void createsBothProviders()
    {
        NoTransport transport;
        QObject owner;
        Settings s;
        s.groqTokensPerMinute = 6000;
        const Providers p = createProviders(s, ProviderKeys { QStringLiteral("g"), QStringLiteral("a") }, &transport,
                                            &owner, QProcessEnvironment());
        QVERIFY(p.groq);
        QVERIFY(p.gemini);
        QCOMPARE(p.groq->parent(), &owner);
        QCOMPARE(p.gemini->parent(), &owner);
        QCOMPARE(p.groq->name(), QStringLiteral("Groq"));
        QCOMPARE(p.gemini->name(), QStringLiteral("Gemini"));
        QCOMPARE(p.groq->tokensPerMinuteLimit({}), qint64(6000));
        QCOMPARE(p.gemini->tokensPerMinuteLimit({}), qint64(250'000));
    }
};

QTEST_GUILESS_MAIN(TestProviderFactory)
#include "tst_providerfactory.moc"
