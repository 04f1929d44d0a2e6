#include "speech/HttpTranscriber.h"

#include "net/Backoff.h"
#include "net/HttpTransport.h"
#include "net/RateLimiter.h"
#include "net/UrlPolicy.h"
#include "providers/ErrorClassifier.h"
#include "providers/ProviderFactory.h"
#include "providers/ProviderHttp.h"
#include "providers/ProviderLog.h"
#include "settings/Settings.h"

#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace ip {

namespace {

constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kHourMs = 3'600'000;
constexpr qint64 kDayMs = 86'400'000;
constexpr qsizetype kMaxAnswerBytes = 16 * 1024 * 1024;
// Audio of unknown length (not a WAV) is counted as 128 kbit/s.
constexpr double kAssumedBytesPerSecond = 16'000;

QByteArray newBoundary(const QByteArray &audio)
{
    for (;;) {
        QByteArray b = "----InterviewPrepSpeech";
        for (int i = 0; i < 3; ++i)
            b += QByteArray::number(QRandomGenerator::global()->generate64(), 16);
        if (!audio.contains(b))
            return b;
    }
}

class HttpTranscriptionCall final : public TranscriptionCall
{
    Q_OBJECT
public:
    HttpTranscriptionCall(HttpTranscriber *transcriber, TranscriptionRequest request, QObject *parent)
        : TranscriptionCall(parent)
        , m_transport(transcriber->transport())
        , m_config(transcriber->config())
        , m_limiter(transcriber->limiter())
        , m_request(std::move(request))
        , m_backoff(policy(), m_config.provider.random ? m_config.provider.random : RandomSource::system())
    {
        if (m_request.model.isEmpty())
            m_request.model = m_config.provider.defaultModel;
        m_waitTimer.setSingleShot(true);
        connect(&m_waitTimer, &QTimer::timeout, this, [this] { acquire(); });
        QMetaObject::invokeMethod(
            this, [this] { start(); }, Qt::QueuedConnection);
    }

    ~HttpTranscriptionCall() override
    {
        m_ended = true;
        release();
    }

    void cancel() override
    {
        if (m_ended)
            return;
        fail(makeProviderError(ProviderErrorKind::Cancelled, name()));
    }

private:
    [[nodiscard]] QString name() const { return m_config.provider.name; }

    [[nodiscard]] BackoffPolicy policy() const
    {
        BackoffPolicy p;
        p.baseMs = m_config.provider.backoffBaseMs;
        p.capMs = m_config.provider.backoffCapMs;
        p.maxAttempts = m_config.provider.maxRetries + 1;
        p.maxServerWaitMs = m_config.provider.maxRateLimitWaitMs;
        return p;
    }

    void start()
    {
        if (m_ended)
            return;
        if (const auto e = urlPolicyError(m_config.provider))
            return fail(*e);
        if (m_config.provider.apiKey.isEmpty() && !isLocalEndpoint(m_config.provider.baseUrl)) {
            ProviderError e = makeProviderError(ProviderErrorKind::Unauthorized, name(), QStringLiteral("no API key"));
            e.message = tr("No API key for %1 speech to text — enter the Groq key in Settings.").arg(name());
            return fail(e);
        }
        if (m_request.audio.size() > m_config.maxUploadBytes) {
            auto parts = splitWav(m_request.audio, m_config.maxUploadBytes);
            if (parts.isError()) {
                ProviderError e = makeProviderError(ProviderErrorKind::RequestTooLarge, name(), parts.error());
                e.message = tr("The recording is larger than %1's upload limit (%2 MB) and cannot be cut into parts: "
                               "%3")
                                .arg(name())
                                .arg(double(m_config.maxUploadBytes) / (1024.0 * 1024.0), 0, 'f', 1)
                                .arg(parts.error());
                return fail(e);
            }
            m_parts = std::move(parts).value();
        } else {
            m_parts = { m_request.audio };
        }
        qCInfo(lcProviderFor(name()), "%s speech: %lld bytes of audio in %lld part(s), model %s",
               qUtf8Printable(name()), qint64(m_request.audio.size()), qint64(m_parts.size()),
               qUtf8Printable(m_request.model));
        acquire();
    }

    [[nodiscard]] qint64 billedSeconds() const
    {
        const QByteArray &part = m_parts.at(m_part);
        double seconds = wavDurationSeconds(part);
        if (seconds <= 0)
            seconds = double(part.size()) / kAssumedBytesPerSecond;
        return qint64(std::ceil(std::max(seconds, m_config.minBilledSeconds)));
    }

    // A slot of the day, then of the hour (the part's audio seconds), then of the minute.
    void acquire()
    {
        if (m_ended)
            return;
        releaseTickets();
        take(0);
    }

    void take(int window)
    {
        if (m_ended)
            return;
        if (window == 3)
            return send();
        if (!m_limiter) // the transcriber is gone
            return fail(makeProviderError(ProviderErrorKind::Cancelled, name()));
        const std::array<RateLimiter *, 3> limiters { m_limiter->perDay(), m_limiter->audioPerHour(),
                                                      m_limiter->perMinute() };
        RateLimiter *limiter = limiters.at(size_t(window));
        const qint64 cost = window == 1 ? billedSeconds() : 1;
        RateLimitTicket *ticket = window == 2 && m_retryFirst ? limiter->acquireFirst(cost) : limiter->acquire(cost);
        ticket->setParent(this);
        m_tickets.at(size_t(window)) = ticket;
        if (ticket->state() == RateLimitTicket::State::Impossible) {
            ProviderError e = makeProviderError(ProviderErrorKind::RequestTooLarge, name(),
                                                QStringLiteral("%1 s of audio").arg(cost));
            e.message = tr("This part of the recording is longer than %1's audio allowance per hour — record a "
                           "shorter answer.")
                            .arg(name());
            return fail(e);
        }
        connect(ticket, &RateLimitTicket::granted, this, [this, window] { take(window + 1); });
    }

    void send()
    {
        m_retryFirst = false;
        ++m_attempts;
        TranscriptionRequest part = m_request;
        part.audio = m_parts.at(m_part);
        const QByteArray boundary = newBoundary(part.audio);

        HttpRequest http;
        http.method = "POST";
        http.url = endpointUrl(m_config.provider.baseUrl, QStringLiteral("audio/transcriptions"));
        http.body = multipartBody(part, boundary);
        const qint64 uploadMs = http.body.size() * 1000 / std::max<qint64>(1, m_config.uploadBytesPerSecond);
        http.totalTimeoutMs = m_config.provider.totalTimeoutMs <= 0
            ? 0
            : int(std::min<qint64>(m_config.provider.totalTimeoutMs + uploadMs, std::numeric_limits<int>::max()));
        http.firstByteTimeoutMs = 0; // the answer comes when the whole audio is transcribed
        http.idleTimeoutMs = m_config.provider.idleTimeoutMs;
        http.headers.append(
            qMakePair(QByteArray("Accept"),
                      QByteArray(m_request.format == TranscriptFormat::Text ? "text/plain, application/json"
                                                                            : "application/json")));
        http.headers.append(qMakePair(QByteArray("Content-Type"), multipartContentType(boundary)));
        addBearerAuth(http, m_config.provider.apiKey);
        qCInfo(lcProviderFor(name()), "%s speech: part %lld/%lld attempt %d, %lld bytes, format %s",
               qUtf8Printable(name()), qint64(m_part + 1), qint64(m_parts.size()), m_attempts, qint64(http.body.size()),
               qUtf8Printable(toString(m_request.format)));

        m_body.clear();
        m_url = http.url;
        HttpReply *reply = m_transport->send(http, this);
        m_reply = reply;
        connect(reply, &HttpReply::dataReceived, this, [this](const QByteArray &chunk) {
            if (m_body.size() + chunk.size() <= kMaxAnswerBytes)
                m_body.append(chunk);
        });
        connect(reply, &HttpReply::finished, this, &HttpTranscriptionCall::onFinished);
        connect(reply, &HttpReply::failed, this, [this](const TransportError &error) {
            if (m_ended)
                return;
            discardReply(m_reply, this);
            m_reply = nullptr;
            handleError(classifyTransportError(name(), error, m_url));
        });
    }

    void onFinished()
    {
        if (m_ended || !m_reply)
            return;
        const int status = m_reply->status();
        const HttpHeaders headers = m_reply->headers();
        discardReply(m_reply, this);
        m_reply = nullptr;
        if (status < 200 || status >= 300)
            return handleError(
                speechError(classifyHttpError(WireFormat::OpenAiCompatible, name(), status, headers, m_body)));
        auto read = readTranscript(m_body, m_request.format);
        if (read.isError()) {
            ProviderError e = makeProviderError(ProviderErrorKind::MalformedResponse, name(), read.error(), status);
            e.message = tr("%1's transcription could not be read: %2").arg(name(), read.error());
            return fail(e);
        }
        addPart(read.value());
        ++m_part;
        m_backoff.reset();
        releaseTickets();
        const QPointer<HttpTranscriptionCall> self(this);
        Q_EMIT progress(int(m_part), int(m_parts.size()));
        if (!self || m_ended)
            return;
        if (m_part < m_parts.size())
            return acquire();
        m_ended = true;
        release();
        Q_EMIT finished(m_transcript);
    }

    // The classifier's error, worded for a recording.
    [[nodiscard]] ProviderError speechError(ProviderError e) const
    {
        switch (e.kind) {
        case ProviderErrorKind::RequestTooLarge:
            e.message = tr("The recording is too large for %1 — record a shorter answer, or lower the upload limit "
                           "so that it is sent in parts.")
                            .arg(name());
            break;
        case ProviderErrorKind::InvalidRequest:
        case ProviderErrorKind::ContextTooLong:
            e.kind = ProviderErrorKind::InvalidRequest;
            e.message = e.detail.isEmpty()
                ? tr("%1 could not take this recording (HTTP %2) — check the speech model in Settings.")
                      .arg(name())
                      .arg(e.httpStatus)
                : tr("%1 could not take this recording (HTTP %2): %3").arg(name()).arg(e.httpStatus).arg(e.detail);
            break;
        default: break;
        }
        return e;
    }

    void addPart(const Transcript &t)
    {
        const double offset = m_transcript.durationSeconds > 0 ? m_transcript.durationSeconds : m_audioBefore;
        if (!t.text.isEmpty())
            m_transcript.text = m_transcript.text.isEmpty() ? t.text : m_transcript.text + QLatin1Char(' ') + t.text;
        if (m_transcript.language.isEmpty())
            m_transcript.language = t.language;
        for (TranscriptSegment s : t.segments) {
            s.start += offset;
            s.end += offset;
            m_transcript.segments.append(s);
        }
        const double partSeconds = wavDurationSeconds(m_parts.at(m_part));
        m_audioBefore = offset + (t.durationSeconds > 0 ? t.durationSeconds : partSeconds);
        if (t.durationSeconds > 0)
            m_transcript.durationSeconds = offset + t.durationSeconds;
    }

    void handleError(const ProviderError &error)
    {
        if (m_ended)
            return;
        qCInfo(lcProviderFor(name()), "%s speech: attempt %d failed: %s (HTTP %d) %s", qUtf8Printable(name()),
               m_attempts, qUtf8Printable(toString(error.kind)), error.httpStatus, qUtf8Printable(error.detail));
        switch (error.kind) {
        case ProviderErrorKind::RateLimited: {
            // The server counted nothing: the slots go back.
            for (RateLimitTicket *t : m_tickets)
                if (t)
                    t->refund();
            const qint64 delay = m_backoff.nextDelayMs(error.retryAfterMs);
            if (delay < 0) {
                ProviderError e = error;
                if (error.retryAfterMs > m_config.provider.maxRateLimitWaitMs)
                    e.message = tr("%1's speech-to-text allowance is used up for now — try again in %2 minutes.")
                                    .arg(name())
                                    .arg(std::max<qint64>(1, (error.retryAfterMs + 59'999) / 60'000));
                return fail(e);
            }
            m_retryFirst = true;
            if (!m_limiter)
                return fail(makeProviderError(ProviderErrorKind::Cancelled, name()));
            if (error.retryAfterMs >= 0) {
                // Exactly the server's hint, in the shared minute window: other calls wait too.
                m_limiter->perMinute()->blockFor(error.retryAfterMs);
                return acquire();
            }
            return retryAfter(delay);
        }
        case ProviderErrorKind::Overloaded:
        case ProviderErrorKind::Network:
        case ProviderErrorKind::Timeout: {
            const qint64 delay = m_backoff.nextDelayMs(error.retryAfterMs);
            if (delay < 0)
                return fail(error);
            return retryAfter(delay);
        }
        default: return fail(error);
        }
    }

    void retryAfter(qint64 delayMs)
    {
        qCInfo(lcProviderFor(name()), "%s speech: retrying in %lld ms", qUtf8Printable(name()), delayMs);
        m_waitTimer.start(int(std::min<qint64>(delayMs, std::numeric_limits<int>::max())));
    }

    void fail(const ProviderError &error)
    {
        if (m_ended)
            return;
        m_ended = true;
        release();
        Q_EMIT failed(error);
    }

    void releaseTickets()
    {
        for (QPointer<RateLimitTicket> &t : m_tickets) {
            if (t) {
                t->cancel();
                t->deleteLater();
            }
            t = nullptr;
        }
    }

    void release()
    {
        m_waitTimer.stop();
        discardReply(m_reply, this);
        m_reply = nullptr;
        releaseTickets();
    }

    HttpTransport *m_transport;
    SpeechConfig m_config;
    QPointer<SpeechLimiter> m_limiter;
    TranscriptionRequest m_request;
    Backoff m_backoff;
    QTimer m_waitTimer;
    QList<QByteArray> m_parts;
    qsizetype m_part = 0;
    std::array<QPointer<RateLimitTicket>, 3> m_tickets;
    QPointer<HttpReply> m_reply;
    QUrl m_url;
    QByteArray m_body;
    Transcript m_transcript;
    double m_audioBefore = 0;
    int m_attempts = 0;
    bool m_retryFirst = false;
    bool m_ended = false;
};

} // namespace

ProviderConfig SpeechConfig::defaultProvider()
{
    ProviderConfig c;
    c.name = QStringLiteral("Groq");
    c.baseUrl = QUrl(QStringLiteral("https://api.groq.com/openai/v1"));
    c.defaultModel = QStringLiteral("whisper-large-v3-turbo");
    c.requestsPerMinute = 20;
    return c;
}

SpeechConfig speechConfigFrom(const Settings &settings, const QString &apiKey, const QProcessEnvironment &env)
{
    SpeechConfig c;
    c.provider.baseUrl = settings.offlineMode
        ? settings.speechBaseUrl
        : providerBaseUrlFromEnv("INTERVIEW_PREP_SPEECH_BASE_URL", settings.speechBaseUrl, env);
    c.provider.name = openAiCompatibleNameFor(c.provider.baseUrl);
    c.provider.apiKey = apiKey;
    c.provider.defaultModel = settings.speechModel;
    c.provider.totalTimeoutMs = settings.requestTimeoutSec * 1000;
    c.provider.idleTimeoutMs = settings.firstByteTimeoutSec * 1000;
    c.provider.maxRetries = settings.maxRetries;
    if (isLocalEndpoint(c.provider.baseUrl)) {
        // A server on this computer has no free tier to respect.
        c.provider.requestsPerMinute = 0;
        c.requestsPerDay = 0;
        c.audioSecondsPerHour = 0;
    }
    return c;
}

SpeechLimiter::SpeechLimiter(const SpeechConfig &config, QObject *parent)
    : QObject(parent)
{
    Clock *clock = config.provider.clock ? config.provider.clock : Clock::system();
    m_minute = new RateLimiter(RateLimits { config.provider.requestsPerMinute, 0, kMinuteMs, kProviderWindowGuard },
                               clock, this);
    m_day = new RateLimiter(RateLimits { config.requestsPerDay, 0, kDayMs, 0.0 }, clock, this);
    m_hour = new RateLimiter(RateLimits { 0, config.audioSecondsPerHour, kHourMs, kProviderWindowGuard }, clock, this);
}

void SpeechLimiter::pump()
{
    m_day->pump();
    m_hour->pump();
    m_minute->pump();
}

HttpTranscriber::HttpTranscriber(HttpTransport *transport, SpeechConfig config, SpeechLimiter *limiter, QObject *parent)
    : Transcriber(parent)
    , m_transport(transport)
    , m_config(std::move(config))
    , m_limiter(limiter ? limiter : new SpeechLimiter(m_config, this))
{ }

HttpTranscriber::~HttpTranscriber() = default;

TranscriptionCall *HttpTranscriber::transcribe(const TranscriptionRequest &request, QObject *parent)
{
    return new HttpTranscriptionCall(this, request, parent);
}

} // namespace ip

#include "HttpTranscriber.moc"
