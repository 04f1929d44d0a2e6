#pragma once

// The free tier of a provider as its servers count it, per MODEL (pure: times are passed in, so
// tests and simulations drive it with their own clock). See
// ../shared/reference/provider-wire-formats.md (A.7–A.9, B.6–B.7).
//
// Groq (free plan, openai/gpt-oss-20b and -120b): 8,000 tokens per minute, 30 requests per minute,
// 1,000 requests per day, each model with its own windows. A request is admitted while
//
//     used + prompt_tokens + declared maximum output (max_completion_tokens | max_tokens) <= limit
//
// where `used` is what the requests admitted in the last `windowMs` hold. At admission a request
// holds its prompt plus its declared maximum; once answered (settle()) it holds the ACTUAL prompt +
// completion tokens, where the completion includes the hidden reasoning tokens of reasoning models
// (gpt-oss), even when include_reasoning is false. A refused request (429) counts nothing.
// A request whose prompt + declared output alone exceeds the limit is TooLarge (Groq's 413).
//
// Reasoning model (documented, configurable): the hidden reasoning tokens of one answer depend on
// reasoning_effort: low 200, medium (also when absent) 800, high 2,000.
//
// Gemini (free tier, gemini-2.5-flash): requests per minute (5; the wire-format doc marks the number
// as reported, not confirmed) and per day (20), per model; its token limit (250,000/min) never binds.
//
// The window is rolling: an entry leaves `windowMs` after its admission. The benchmark scales
// windowMs (quick runs) like every other window.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <deque>

namespace ip::test {

struct FreeTierConfig
{
    qint64 tokensPerMinute = 8'000; // per model; 0 = no token limit
    int requestsPerMinute = 30; // per model; 0 = none
    int requestsPerDay = 1'000; // per model; 0 = none (Groq's x-ratelimit-*-requests are per DAY)
    double windowMs = 60'000; // the "minute"
    double dayMs = 86'400'000; // the "day"
    // Hidden reasoning tokens per answer of a reasoning model, by reasoning_effort.
    int reasoningLow = 200;
    int reasoningMedium = 800; // also when reasoning_effort is absent (Groq's default for gpt-oss)
    int reasoningHigh = 2'000;
    QStringList reasoningModelPrefixes { QStringLiteral("openai/gpt-oss") };
    QString organization = QStringLiteral("org_fake");

    // Groq's free plan for gpt-oss-20b / -120b.
    static FreeTierConfig groq();
    // Gemini's free tier for gemini-2.5-flash: 5 RPM, 20 RPD, 250,000 TPM, no hidden reasoning.
    static FreeTierConfig gemini();

    [[nodiscard]] bool isReasoningModel(const QString &model) const;
    // Hidden reasoning tokens of one answer (0 for a model that does not reason).
    [[nodiscard]] int reasoningTokens(const QString &model, const QString &effort) const;
};

class FreeTierWindow
{
public:
    enum class Verdict {
        Admitted,
        TokensPerMinute, // 429 "on tokens per minute (TPM)"
        RequestsPerMinute, // 429 "on requests per minute (RPM)"
        RequestsPerDay, // 429 "on requests per day (RPD)"
        TooLarge // 413: prompt + declared output alone exceed the token limit
    };

    struct Admission
    {
        Verdict verdict = Verdict::Admitted;
        qint64 id = -1; // for settle() (admitted only)
        qint64 limit = 0; // the binding limit (tokens or requests)
        qint64 used = 0; // what the window held at the request (tokens or requests)
        qint64 requested = 0; // prompt + declared output (tokens), or 1 (requests)
        double retryAfterMs = 0; // earliest time from now at which the same request would pass

        [[nodiscard]] bool admitted() const { return verdict == Verdict::Admitted; }
    };

    explicit FreeTierWindow(FreeTierConfig config = FreeTierConfig::groq());

    [[nodiscard]] const FreeTierConfig &config() const { return m_config; }
    // Forgets every window.
    void reset();

    // Admits (and holds prompt + declared output for) a request, or says why not (holding nothing).
    Admission admit(const QString &model, qint64 promptTokens, qint64 declaredOutput, double nowMs);
    // The answer's actual tokens (prompt + completion including reasoning) replace what the request
    // held; the entry keeps its admission time.
    void settle(qint64 id, qint64 actualTokens);

    // Tokens the model's window holds at `nowMs`.
    [[nodiscard]] qint64 usedTokens(const QString &model, double nowMs) const;
    [[nodiscard]] qint64 remainingTokens(const QString &model, double nowMs) const;
    // Until the model's token window is empty again (Groq's x-ratelimit-reset-tokens).
    [[nodiscard]] double tokensResetMs(const QString &model, double nowMs) const;
    [[nodiscard]] int requestsInMinute(const QString &model, double nowMs) const;
    [[nodiscard]] int requestsToday(const QString &model, double nowMs) const;
    // Until the day window frees one request (Groq's x-ratelimit-reset-requests).
    [[nodiscard]] double requestsResetMs(const QString &model, double nowMs) const;
    // Tokens of every answered or in-flight request of the model so far (never expires).
    [[nodiscard]] qint64 totalTokens(const QString &model) const { return m_totals.value(model); }

    // Groq's x-ratelimit-* headers for `model` at `nowMs` (requests = per day, tokens = per minute).
    [[nodiscard]] QList<QPair<QByteArray, QByteArray>> rateLimitHeaders(const QString &model, double nowMs) const;
    // Groq's 429 / 413 message for a refusal ("Rate limit reached for model `m` in organization `o`
    // service tier `on_demand` on tokens per minute (TPM): Limit 8000, Used …, Requested …. Please try
    // again in 9.9s. Need more tokens? …").
    [[nodiscard]] QString groqMessage(const QString &model, const Admission &refusal) const;

private:
    struct Entry
    {
        qint64 id = 0;
        double atMs = 0;
        qint64 tokens = 0;
    };
    struct Model
    {
        std::deque<Entry> minute; // admitted in the last window, by admission time
        std::deque<double> day; // admission times in the last day
    };

    void expire(Model &m, double nowMs) const;

    FreeTierConfig m_config;
    QHash<QString, Model> m_models;
    QHash<qint64, QString> m_modelOf; // id → model
    QHash<qint64, qint64> m_held; // id → tokens the request counts (declared until settled)
    QHash<QString, qint64> m_totals;
    qint64 m_nextId = 1;
};

// Go-style duration as Groq writes it: "789.6ms", "9.9s", "1m47.59s".
QString goDurationText(double ms);

} // namespace ip::test
