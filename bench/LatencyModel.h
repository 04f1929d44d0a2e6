#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace ip::bench {

// The latency model the fake servers play and the simulations use. Durations are nominal (scale 1);
// every duration and every rate-limit window is multiplied by `scale` (quick runs), so ratios stay
// comparable. Jitter is deterministic: a call's factor in [1 - jitter, 1 + jitter] depends only on
// the seed and the call's key (kind, skills, how many times that key was served before), so the
// benchmark's simulations can replay exactly the durations the servers played.
struct LatencyModel
{
    double scale = 1.0;
    double skillsMs = 1500; // skill extraction, whole call
    double discoveryMs = 8000; // one grounded discovery call (a batch), whole call
    double firstTokenMs = 400; // question generation: to the first token
    double tokensPerSecond = 250; // question generation: then this output rate
    int questionTokens = 32; // length of one generated question (≈ 4 characters a token)
    int sectionWords = 200; // length of one skill's discovery section
    int geminiRpm = 5;
    int groqRpm = 30;
    double windowMs = 60'000; // the RPM window (scaled too)
    // Free tier (issue 14): the Groq server's per-model token window, as Groq counts it
    // (tests/support/FreeTierWindow.h): admission while used + prompt + declared output <= this, the
    // actual prompt + completion (reasoning included) held once answered; 0 = off (requests only).
    qint64 groqTpm = 0;
    // Hidden reasoning tokens of one gpt-oss answer by reasoning_effort, in the usage the Groq server
    // reports (and its token window counts). 0 = none (the latency runs). No extra latency is played
    // for them: the latency model stays the one the other figures use.
    int reasoningLow = 0;
    int reasoningMedium = 0; // also when reasoning_effort is absent
    int reasoningHigh = 0;
    // Every n-th answered connection is dropped mid-answer (0 = none).
    int dropEvery = 0;
    double jitter = 0.2;
    quint64 seed = 20'260'101;

    [[nodiscard]] double scaled(double ms) const { return ms * scale; }
    [[nodiscard]] double window() const { return scaled(windowMs); }
    // The free tier's documented reasoning model: 200 / 800 / 2,000 tokens at low / medium / high.
    void setFreeTierReasoning()
    {
        reasoningLow = 200;
        reasoningMedium = 800;
        reasoningHigh = 2'000;
    }
    // Deterministic factor in [1 - jitter, 1 + jitter] for a call key.
    [[nodiscard]] double jitterFactor(const QString &key) const;

    // Scaled durations of whole calls, jitter applied.
    [[nodiscard]] double skillsCall(const QString &key) const;
    [[nodiscard]] double discoveryCall(const QString &key) const;
    // A question call answering `completionTokens` tokens; firstQuestionTokens: tokens up to the end
    // of the first question (for the time-to-first-question bound).
    [[nodiscard]] double questionsCall(const QString &key, int completionTokens) const;
    [[nodiscard]] double questionsFirstToken(const QString &key) const;
    [[nodiscard]] double tokensMs(const QString &key, int tokens) const;
};

// Call keys (the jitter seed of a call): kind, skills, occurrence.
QString skillsKey(const QString &resumeKey, int occurrence);
QString discoveryKey(const QStringList &skills, int occurrence);
QString questionsKey(const QStringList &skills, int occurrence);

// The providers' rough token estimate: characters / 4, rounded up.
int tokensOf(const QString &text);

} // namespace ip::bench
