#pragma once

// The real Transcriber: POST {baseUrl}/audio/transcriptions (OpenAI-compatible; Groq by default),
// through the same machinery as chat calls:
//  - the HttpTransport, "Authorization: Bearer <key>" (none when the key is empty: a loopback server);
//    the URL policy (https, or plain http to this computer) checked before anything is sent;
//  - retries: 429 waits the server's hint (retry-after, …; longer than maxRateLimitWaitMs fails),
//    5xx / network / timeout back off with full jitter, maxRetries in all per part; no retry for
//    401 (Unauthorized), 413 (RequestTooLarge), 400 (InvalidRequest: e.g. an unsupported format),
//    a daily quota (QuotaExhausted) or an answer that cannot be read (MalformedResponse);
//  - typed errors from ErrorClassifier, with the messages made about recordings;
//  - its OWN rate limiter (SpeechLimiter): requests per minute, requests per day and audio seconds
//    per hour (Groq's free tier for whisper: 20 / 2,000 / 7,200), each request counted at least
//    minBilledSeconds (Groq bills at least 10 s);
//  - logs ("ip.net.groq") name the model, sizes and status only: never the key, never the audio.
// A recording larger than maxUploadBytes is cut with splitWav (a WAV only; anything else that large
// fails with RequestTooLarge) and sent part by part, one after the other; progress after each part;
// the parts' texts joined with a space, their segments shifted by the audio before them.

#include "common/Clock.h"
#include "providers/ProviderConfig.h"
#include "speech/Transcriber.h"

#include <QObject>
#include <QProcessEnvironment>

namespace ip {

class HttpTransport;
class RateLimiter;
struct Settings;

struct SpeechConfig
{
    // name, baseUrl, apiKey, defaultModel, requestsPerMinute, timeouts, retries, clock and random.
    // maxRateLimitWaitMs: a longer server wait fails the call (the hourly audio allowance).
    ProviderConfig provider = defaultProvider();
    int requestsPerDay = 2'000; // 0 = unlimited
    qint64 audioSecondsPerHour = 7'200; // 0 = unlimited
    double minBilledSeconds = 10; // the least a request counts in the audio window
    qint64 maxUploadBytes = 25LL * 1024 * 1024; // larger recordings are split
    // A slow uplink: each request's total timeout grows by a second per this many bytes.
    qint64 uploadBytesPerSecond = 64 * 1024;

    // Groq's endpoint and whisper-large-v3-turbo at 20 requests per minute.
    static ProviderConfig defaultProvider();
};

// The config from the settings: speechBaseUrl (INTERVIEW_PREP_SPEECH_BASE_URL wins, except in
// offline mode), speechModel, the request timeout and retries of the chat calls. `apiKey` as given.
SpeechConfig speechConfigFrom(const Settings &settings, const QString &apiKey,
                              const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

// The three windows of a speech endpoint, shared by every call through it (a RunService keeps one per
// endpoint and key, so the transcribers it hands out share them). Each request takes, in turn, a slot
// of the day, of the hour (its audio seconds) and of the minute.
class SpeechLimiter : public QObject
{
    Q_OBJECT
public:
    explicit SpeechLimiter(const SpeechConfig &config, QObject *parent = nullptr);

    [[nodiscard]] RateLimiter *perMinute() const { return m_minute; }
    [[nodiscard]] RateLimiter *perDay() const { return m_day; }
    [[nodiscard]] RateLimiter *audioPerHour() const { return m_hour; }
    // All three pumped (tests with a ManualClock).
    void pump();

private:
    RateLimiter *m_minute;
    RateLimiter *m_day;
    RateLimiter *m_hour;
};

class HttpTranscriber final : public Transcriber
{
    Q_OBJECT
public:
    // `transport` is not owned and must outlive the transcriber and its calls. `limiter` null: one of
    // its own (a child); otherwise not owned, and must outlive the transcriber.
    HttpTranscriber(HttpTransport *transport, SpeechConfig config, SpeechLimiter *limiter = nullptr,
                    QObject *parent = nullptr);
    ~HttpTranscriber() override;

    TranscriptionCall *transcribe(const TranscriptionRequest &request, QObject *parent) override;

    [[nodiscard]] const SpeechConfig &config() const { return m_config; }
    [[nodiscard]] SpeechLimiter *limiter() const { return m_limiter; }
    [[nodiscard]] HttpTransport *transport() const { return m_transport; }

private:
    HttpTransport *m_transport;
    SpeechConfig m_config;
    SpeechLimiter *m_limiter;
};

} // namespace ip
