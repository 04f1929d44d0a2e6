// The free tier as the fakes play it (issue 14): FreeTierWindow's arithmetic (per-model rolling
// token and request windows, admission with the declared output, settling with the actual usage,
// reasoning tokens by effort) and FakeLlmServer's free-tier mode on the wire (Groq's 429 body,
// headers and hint, x-ratelimit-* on answers, reasoning tokens in usage, Gemini's RPM/RPD 429s).
// Every clock is injected: no sleeps.

#include "FakeLlmServer.h"
#include "FreeTierWindow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ip::test;

namespace {

const QString k120b = QStringLiteral("openai/gpt-oss-120b");
const QString k20b = QStringLiteral("openai/gpt-oss-20b");

struct WireAnswer
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QJsonObject body;
    QByteArray raw;
};

} // namespace

class TestFreeTier : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;

    WireAnswer post(const QUrl &url, const QJsonObject &body, const QByteArray &apiKeyHeader = "Authorization")
    {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (apiKeyHeader == "Authorization")
            request.setRawHeader("Authorization", "Bearer gsk_fake");
        else
            request.setRawHeader(apiKeyHeader, "AIza_fake");
        std::unique_ptr<QNetworkReply> reply(m_nam.post(request, QJsonDocument(body).toJson()));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        WireAnswer a;
        if (!finished.wait(10'000))
            return a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        for (const auto &pair : reply->rawHeaderPairs())
            a.headers.insert(pair.first.toLower(), pair.second);
        a.raw = reply->readAll();
        a.body = QJsonDocument::fromJson(a.raw).object();
        return a;
    }

    static QJsonObject chat(const QString &model, int maxCompletion, const QString &effort = {}, bool stream = false)
    {
        QJsonObject body { { QStringLiteral("model"), model },
                           { QStringLiteral("messages"),
                             QJsonArray { QJsonObject {
                                 { QStringLiteral("role"), QStringLiteral("user") },
                                 { QStringLiteral("content"), QStringLiteral("Write three questions about Qt.") } } } },
                           { QStringLiteral("max_completion_tokens"), maxCompletion },
                           { QStringLiteral("include_reasoning"), false } };
        if (!effort.isEmpty())
            body.insert(QStringLiteral("reasoning_effort"), effort);
        if (stream)
            body.insert(QStringLiteral("stream"), true);
        return body;
    }

private Q_SLOTS:
    void windowHoldsDeclaredThenActual()
    {
        FreeTierWindow w(FreeTierConfig::groq());
        const auto a = w.admit(k120b, 1000, 3000, 0);
        QVERIFY(a.admitted());
        QCOMPARE(w.usedTokens(k120b, 0), 4000); // prompt + declared maximum output
        w.settle(a.id, 1000 + 200 + 800); // prompt + completion + reasoning
        QCOMPARE(w.usedTokens(k120b, 10), 2000);
        QCOMPARE(w.totalTokens(k120b), 2000);

        // used + prompt + declared <= limit, equality included.
        const auto b = w.admit(k120b, 1000, 5000, 1000);
        QVERIFY(b.admitted());
        QCOMPARE(w.usedTokens(k120b, 1000), 8000);
        QCOMPARE(w.remainingTokens(k120b, 1000), 0);

        const auto c = w.admit(k120b, 100, 0, 2000);
        QCOMPARE(c.verdict, FreeTierWindow::Verdict::TokensPerMinute);
        QCOMPARE(c.used, 8000);
        QCOMPARE(c.requested, 100);
        QCOMPARE(c.limit, 8000);
        // The first entry (2,000 tokens) leaves the window at 60 s: then 6,000 + 100 fit.
        QCOMPARE(c.retryAfterMs, 58'000.0);
        // A refused request counts nothing.
        QCOMPARE(w.usedTokens(k120b, 2000), 8000);
        QCOMPARE(w.requestsInMinute(k120b, 2000), 2);

        // Rolling: at 60 s the first entry has left, the second holds until 61 s.
        QCOMPARE(w.usedTokens(k120b, 60'000), 6000);
        QVERIFY(w.admit(k120b, 100, 0, 60'000).admitted());
        QCOMPARE(w.usedTokens(k120b, 61'000), 100);
        QCOMPARE(w.tokensResetMs(k120b, 61'000), 59'000.0);
    }

    void admissionCountsTheDeclaredOutput()
    {
        FreeTierWindow w(FreeTierConfig::groq());
        QVERIFY(w.admit(k120b, 500, 500, 0).admitted());
        // 1,000 used: 100 + 6,900 fits, 100 + 6,901 does not, although the prompt alone would.
        QCOMPARE(w.admit(k120b, 100, 6901, 1).verdict, FreeTierWindow::Verdict::TokensPerMinute);
        QVERIFY(w.admit(k120b, 100, 6900, 2).admitted());
        // Alone over the limit: Groq's 413, never admissible.
        FreeTierWindow empty(FreeTierConfig::groq());
        const auto big = empty.admit(k120b, 2000, 6001, 0);
        QCOMPARE(big.verdict, FreeTierWindow::Verdict::TooLarge);
        QCOMPARE(big.requested, 8001);
        QCOMPARE(empty.usedTokens(k120b, 0), 0);
    }

    void windowsArePerModel()
    {
        FreeTierWindow w(FreeTierConfig::groq());
        QVERIFY(w.admit(k20b, 1000, 7000, 0).admitted());
        QCOMPARE(w.admit(k20b, 10, 0, 1).verdict, FreeTierWindow::Verdict::TokensPerMinute);
        QVERIFY(w.admit(k120b, 1000, 7000, 1).admitted());
        QCOMPARE(w.usedTokens(k20b, 2), 8000);
        QCOMPARE(w.usedTokens(k120b, 2), 8000);

        // 30 requests per minute per model.
        FreeTierWindow r(FreeTierConfig::groq());
        for (int i = 0; i < 30; ++i)
            QVERIFY(r.admit(k20b, 10, 10, i * 100).admitted());
        const auto over = r.admit(k20b, 10, 10, 3000);
        QCOMPARE(over.verdict, FreeTierWindow::Verdict::RequestsPerMinute);
        QCOMPARE(over.retryAfterMs, 57'000.0); // the first request leaves the window at 60 s
        QVERIFY(r.admit(k120b, 10, 10, 3000).admitted());
        QVERIFY(r.admit(k20b, 10, 10, 60'000).admitted());
    }

    void reasoningTokensByEffort()
    {
        const FreeTierConfig c = FreeTierConfig::groq();
        QCOMPARE(c.reasoningTokens(k120b, QStringLiteral("low")), 200);
        QCOMPARE(c.reasoningTokens(k120b, QStringLiteral("medium")), 800);
        QCOMPARE(c.reasoningTokens(k120b, QString()), 800); // Groq's default effort is medium
        QCOMPARE(c.reasoningTokens(k20b, QStringLiteral("high")), 2000);
        QCOMPARE(c.reasoningTokens(QStringLiteral("llama-3.3-70b-versatile"), QStringLiteral("high")), 0);
        QCOMPARE(FreeTierConfig::gemini().reasoningTokens(QStringLiteral("gemini-2.5-flash"), QString()), 0);
    }

    void groqMessageAndHeaders()
    {
        FreeTierWindow w(FreeTierConfig::groq());
        const auto a = w.admit(k120b, 3000, 4000, 0);
        w.settle(a.id, 7000);
        const auto refused = w.admit(k120b, 1500, 500, 50'100);
        QCOMPARE(refused.verdict, FreeTierWindow::Verdict::TokensPerMinute);
        QCOMPARE(w.groqMessage(k120b, refused),
                 QStringLiteral("Rate limit reached for model `openai/gpt-oss-120b` in organization `org_fake` service "
                                "tier `on_demand` on tokens per minute (TPM): Limit 8000, Used 7000, Requested 2000. "
                                "Please try again in 9.9s. Need more tokens? Upgrade to Dev Tier today at "
                                "https://console.groq.com/settings/billing"));
        const auto headers = w.rateLimitHeaders(k120b, 50'100);
        const QHash<QByteArray, QByteArray> h(headers.begin(), headers.end());
        QCOMPARE(h.value("x-ratelimit-limit-tokens"), QByteArray("8000"));
        QCOMPARE(h.value("x-ratelimit-remaining-tokens"), QByteArray("1000"));
        QCOMPARE(h.value("x-ratelimit-reset-tokens"), QByteArray("9.9s"));
        QCOMPARE(h.value("x-ratelimit-limit-requests"), QByteArray("1000")); // per DAY on Groq
        QCOMPARE(h.value("x-ratelimit-remaining-requests"), QByteArray("999"));

        QCOMPARE(goDurationText(789.6), QStringLiteral("789.6ms"));
        QCOMPARE(goDurationText(3010), QStringLiteral("3.01s"));
        QCOMPARE(goDurationText(107'590), QStringLiteral("1m47.59s"));
    }

    void geminiRequestsPerMinuteAndDay()
    {
        FreeTierWindow w(FreeTierConfig::gemini());
        const QString flash = QStringLiteral("gemini-2.5-flash");
        double t = 0;
        int admitted = 0;
        for (int i = 0; i < 40; ++i, t += 2000) {
            const auto a = w.admit(flash, 2000, 8192, t);
            if (a.admitted())
                ++admitted;
            else if (admitted < 20)
                QCOMPARE(a.verdict, FreeTierWindow::Verdict::RequestsPerMinute);
            else
                QCOMPARE(a.verdict, FreeTierWindow::Verdict::RequestsPerDay);
        }
        // 5 per minute: 5 in [0, 60 s), 5 in [60, 120 s) …: 20 by 240 s, then the day is used up.
        QCOMPARE(admitted, 10); // 40 tries over 80 s: 5 + 5
        for (t = 120'000; admitted < 20; t += 12'000)
            admitted += w.admit(flash, 10, 10, t).admitted() ? 1 : 0;
        const auto day = w.admit(flash, 10, 10, t + 60'000);
        QCOMPARE(day.verdict, FreeTierWindow::Verdict::RequestsPerDay);
        QVERIFY(day.retryAfterMs > 3'600'000);
        QVERIFY(w.admit(QStringLiteral("gemini-2.5-flash-lite"), 10, 10, t + 60'000).admitted());
    }

    void fakeServerPlaysGroqFreeTier()
    {
        FakeLlmServer fake;
        QVERIFY(fake.listen());
        double now = 1000;
        fake.setClock([&now] { return now; });
        fake.setFreeTier(LlmApi::OpenAi, FreeTierConfig::groq());
        const QUrl url(fake.openAiBaseUrl().toString() + QStringLiteral("/chat/completions"));

        // Admitted: usage counts the hidden reasoning (low effort: 200), although include_reasoning is false.
        const WireAnswer first = post(url, chat(k120b, 5000, QStringLiteral("low")));
        QCOMPARE(first.status, 200);
        const QJsonObject usage = first.body.value(QStringLiteral("usage")).toObject();
        const int prompt = usage.value(QStringLiteral("prompt_tokens")).toInt();
        const int completion = usage.value(QStringLiteral("completion_tokens")).toInt();
        QVERIFY(prompt > 0);
        QCOMPARE(completion, 200 + 1); // "OK" is one token
        QCOMPARE(usage.value(QStringLiteral("completion_tokens_details"))
                     .toObject()
                     .value(QStringLiteral("reasoning_tokens"))
                     .toInt(),
                 200);
        QCOMPARE(usage.value(QStringLiteral("total_tokens")).toInt(), prompt + completion);
        QVERIFY(!first.body.value(QStringLiteral("choices"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toObject()
                     .contains(QStringLiteral("reasoning")));
        // x-ratelimit-* on every answer: the window holds the ACTUAL tokens now.
        QCOMPARE(first.headers.value("x-ratelimit-remaining-tokens").toInt(), 8000 - prompt - completion);
        QCOMPARE(first.headers.value("x-ratelimit-limit-tokens"), QByteArray("8000"));
        QCOMPARE(first.headers.value("x-ratelimit-reset-tokens"), QByteArray("1m0s"));
        QCOMPARE(first.headers.value("x-ratelimit-remaining-requests"), QByteArray("999"));
        QVERIFY(!first.headers.contains("retry-after"));

        // Over the limit with the declared output: 429 with Groq's exact body and headers.
        now = 30'000;
        const int used = prompt + completion;
        const int declared = 8000 - used - prompt + 1;
        const WireAnswer refused = post(url, chat(k120b, declared));
        QCOMPARE(refused.status, 429);
        const QJsonObject error = refused.body.value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("type")).toString(), QStringLiteral("tokens"));
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("rate_limit_exceeded"));
        QCOMPARE(error.value(QStringLiteral("message")).toString(),
                 QStringLiteral("Rate limit reached for model `openai/gpt-oss-120b` in organization `org_fake` service "
                                "tier `on_demand` on tokens per minute (TPM): Limit 8000, Used %1, Requested %2. "
                                "Please try again in 31s. Need more tokens? Upgrade to Dev Tier today at "
                                "https://console.groq.com/settings/billing")
                     .arg(used)
                     .arg(prompt + declared));
        QCOMPARE(refused.headers.value("retry-after"), QByteArray("31"));
        QCOMPARE(refused.headers.value("x-ratelimit-remaining-tokens").toInt(), 8000 - used);
        QCOMPARE(refused.headers.value("x-ratelimit-reset-tokens"), QByteArray("31s"));
        QCOMPARE(refused.headers.value("x-ratelimit-limit-requests"), QByteArray("1000"));
        QCOMPARE(refused.headers.value("x-ratelimit-reset-requests"), QByteArray("23h59m31s"));

        // One token less fits; another model has its own window.
        QCOMPARE(post(url, chat(k20b, declared)).status, 200);
        QCOMPARE(post(url, chat(k120b, declared - 1)).status, 200);
        QCOMPARE(fake.freeTier(LlmApi::OpenAi)->usedTokens(k120b, now),
                 used + prompt + 1 + 800); // settled: prompt + "OK" + medium reasoning
        // The refused request counted nothing, and a request alone over the limit is a 413.
        QCOMPARE(fake.freeTier(LlmApi::OpenAi)->requestsToday(k120b, now), 2);
        const WireAnswer tooLarge = post(url, chat(QStringLiteral("openai/gpt-oss-safeguard-20b"), 8000));
        QCOMPARE(tooLarge.status, 413);
        QVERIFY(tooLarge.body.value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .startsWith(QStringLiteral("Request too large for model `openai/gpt-oss-safeguard-20b`")));

        // Streams report the reasoning in x_groq.usage too.
        now = 200'000;
        const WireAnswer streamed = post(url, chat(k120b, 1000, QStringLiteral("high"), true));
        QCOMPARE(streamed.status, 200);
        QVERIFY(streamed.raw.contains("\"reasoning_tokens\":2000"));
    }

    void fakeServerPlaysGeminiFreeTier()
    {
        FakeLlmServer fake;
        QVERIFY(fake.listen());
        double now = 0;
        fake.setClock([&now] { return now; });
        fake.setFreeTier(LlmApi::Gemini, FreeTierConfig::gemini());
        const QUrl url(fake.geminiBaseUrl().toString() + QStringLiteral("/models/gemini-2.5-flash:generateContent"));
        const QJsonObject body {
            { QStringLiteral("contents"),
              QJsonArray { QJsonObject {
                  { QStringLiteral("role"), QStringLiteral("user") },
                  { QStringLiteral("parts"),
                    QJsonArray { QJsonObject { { QStringLiteral("text"), QStringLiteral("Hi") } } } } } } }
        };
        for (int i = 0; i < 5; ++i, now += 1000)
            QCOMPARE(post(url, body, "x-goog-api-key").status, 200);
        const WireAnswer refused = post(url, body, "x-goog-api-key");
        QCOMPARE(refused.status, 429);
        const QJsonObject error = refused.body.value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("status")).toString(), QStringLiteral("RESOURCE_EXHAUSTED"));
        const QJsonArray details = error.value(QStringLiteral("details")).toArray();
        QCOMPARE(details.size(), 3);
        QCOMPARE(details.at(1)
                     .toObject()
                     .value(QStringLiteral("violations"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("quotaId"))
                     .toString(),
                 QStringLiteral("GenerateRequestsPerMinutePerProjectPerModel-FreeTier"));
        QCOMPARE(details.at(2).toObject().value(QStringLiteral("retryDelay")).toString(), QStringLiteral("55s"));
        // The minute passes: admitted again.
        now = 61'000;
        QCOMPARE(post(url, body, "x-goog-api-key").status, 200);
    }
};

QTEST_GUILESS_MAIN(TestFreeTier)
#include "tst_free_tier.moc"
