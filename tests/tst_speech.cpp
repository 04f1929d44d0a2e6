// Issue 17 part A: speech to text. The pure pieces (multipart body, the three answer formats, cutting
// long WAVs at quiet moments), HttpTranscriber against the loopback FakeLlmServer through the real
// QnamTransport (request shape, formats, retries, typed errors, split uploads, cancel, its own rate
// window), and RunService::createTranscriber (keys, offline mode).

#include "FakeLlmServer.h"
#include "net/QnamTransport.h"
#include "net/RateLimiter.h"
#include "run/RunService.h"
#include "speech/HttpTranscriber.h"
#include "speech/Transcription.h"

#include <QSignalSpy>
#include <QTest>
#include <QtEndian>

#include <cmath>
#include <memory>

using namespace ip;
using ip::test::FakeLlmServer;
using ip::test::LlmReply;
using ip::test::LlmRequest;
using ip::test::LlmRoute;

namespace {

QByteArray wavHeader(quint16 format, quint16 channels, quint32 rate, quint16 bits, quint32 dataBytes)
{
    QByteArray h(44, '\0');
    h.replace(0, 4, "RIFF");
    h.replace(8, 8, "WAVEfmt ");
    h.replace(36, 4, "data");
    char *p = h.data();
    qToLittleEndian<quint32>(36 + dataBytes, p + 4);
    qToLittleEndian<quint32>(16, p + 16);
    qToLittleEndian<quint16>(format, p + 20);
    qToLittleEndian<quint16>(channels, p + 22);
    qToLittleEndian<quint32>(rate, p + 24);
    const quint16 block = quint16(channels * bits / 8);
    qToLittleEndian<quint32>(rate * block, p + 28);
    qToLittleEndian<quint16>(block, p + 32);
    qToLittleEndian<quint16>(bits, p + 34);
    qToLittleEndian<quint32>(dataBytes, p + 40);
    return h;
}

// 16-bit mono PCM samples.
QByteArray pcm(const QList<qint16> &samples)
{
    QByteArray data(samples.size() * 2, '\0');
    for (qsizetype i = 0; i < samples.size(); ++i)
        qToLittleEndian<qint16>(samples.at(i), data.data() + i * 2);
    return data;
}

QByteArray wav16(const QList<qint16> &samples, quint32 rate = 8000)
{
    const QByteArray data = pcm(samples);
    return wavHeader(1, 1, rate, 16, quint32(data.size())) + data;
}

void appendTone(QList<qint16> &s, int frames, double amplitude = 12000, double hz = 440, int rate = 8000)
{
    for (int i = 0; i < frames; ++i)
        s.append(qint16(amplitude * std::sin(2 * M_PI * hz * double(s.size()) / rate)));
}

void appendSilence(QList<qint16> &s, int frames)
{
    for (int i = 0; i < frames; ++i)
        s.append(qint16((i % 3) - 1)); // a little noise floor
}

// The data chunk of a canonical WAV (as splitWav writes them), checking the header on the way.
QByteArray canonicalData(const QByteArray &part)
{
    if (part.size() < 44 || !part.startsWith("RIFF") || part.mid(8, 8) != "WAVEfmt " || part.mid(36, 4) != "data")
        return "not a canonical WAV";
    if (qFromLittleEndian<quint32>(part.constData() + 4) != quint32(part.size() - 8))
        return "bad RIFF size";
    if (qFromLittleEndian<quint32>(part.constData() + 40) != quint32(part.size() - 44))
        return "bad data size";
    return part.mid(44);
}

QByteArray openAiErrorBody(const QByteArray &message, const QByteArray &type)
{
    return "{\"error\":{\"message\":\"" + message + "\",\"type\":\"" + type + "\"}}";
}

} // namespace

class TestSpeech : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QnamTransport> m_transport;
    std::unique_ptr<FakeLlmServer> m_fake;

    SpeechConfig configFor(const QString &key = QStringLiteral("gsk_test")) const
    {
        SpeechConfig c;
        c.provider.baseUrl = m_fake->openAiBaseUrl();
        c.provider.apiKey = key;
        c.provider.backoffBaseMs = 10;
        c.provider.backoffCapMs = 20;
        return c;
    }

    QList<qint16> speechLike(int words) const
    {
        QList<qint16> s;
        for (int i = 0; i < words; ++i) {
            appendTone(s, 3000, 9000 + 500 * (i % 4), 300 + 40 * i);
            appendSilence(s, 1200);
        }
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ip::Transcript>();
        qRegisterMetaType<ip::ProviderError>();
    }

    void init()
    {
        m_transport = std::make_unique<QnamTransport>();
        m_fake = std::make_unique<FakeLlmServer>();
        QVERIFY(m_fake->listen());
    }

    void cleanup()
    {
        m_fake.reset();
        m_transport.reset();
    }

    // --- pure ---------------------------------------------------------------------------------

    void multipartBodyExactBytes()
    {
        TranscriptionRequest r;
        r.audio = QByteArray("RIFF\x00\x01\r\n--", 10);
        r.model = QStringLiteral("whisper-large-v3-turbo");
        r.language = QStringLiteral("de");
        r.prompt = QStringLiteral("Qt, C++, Ärger");
        r.format = TranscriptFormat::VerboseJson;
        const QByteArray expected
            = QByteArray("--B0undary\r\n"
                         "Content-Disposition: form-data; name=\"file\"; filename=\"answer.wav\"\r\n"
                         "Content-Type: audio/wav\r\n"
                         "\r\n")
            + QByteArray("RIFF\x00\x01\r\n--", 10)
            + "\r\n"
              "--B0undary\r\n"
              "Content-Disposition: form-data; name=\"model\"\r\n"
              "\r\n"
              "whisper-large-v3-turbo\r\n"
              "--B0undary\r\n"
              "Content-Disposition: form-data; name=\"language\"\r\n"
              "\r\n"
              "de\r\n"
              "--B0undary\r\n"
              "Content-Disposition: form-data; name=\"prompt\"\r\n"
              "\r\n"
              "Qt, C++, \xc3\x84rger\r\n"
              "--B0undary\r\n"
              "Content-Disposition: form-data; name=\"response_format\"\r\n"
              "\r\n"
              "verbose_json\r\n"
              "--B0undary--\r\n";
        QCOMPARE(multipartBody(r, "B0undary"), expected);
        QCOMPARE(multipartContentType("B0undary"), QByteArray("multipart/form-data; boundary=B0undary"));

        // No language, no prompt: no such parts; a file name's quote and line break are encoded.
        TranscriptionRequest bare;
        bare.audio = "x";
        bare.model = QStringLiteral("m");
        bare.fileName = QStringLiteral("a\"b\r\n.wav");
        const QByteArray body = multipartBody(bare, "b");
        QVERIFY(!body.contains("name=\"language\""));
        QVERIFY(!body.contains("name=\"prompt\""));
        QVERIFY(body.contains("filename=\"a%22b%0D%0A.wav\"\r\n"));
        QVERIFY(body.endsWith("name=\"response_format\"\r\n\r\njson\r\n--b--\r\n"));
        QCOMPARE(toString(TranscriptFormat::Json), QStringLiteral("json"));
        QCOMPARE(toString(TranscriptFormat::Text), QStringLiteral("text"));
    }

    void readTranscriptFormats()
    {
        auto json = readTranscript(R"({"text":"  Hello world. ","x_groq":{"id":"req_1"}})", TranscriptFormat::Json);
        QVERIFY(json.isOk());
        QCOMPARE(json.value().text, QStringLiteral("Hello world."));
        QVERIFY(json.value().segments.isEmpty());

        auto verbose = readTranscript(
            R"({"task":"transcribe","language":"German","duration":4.5,"text":" Hallo Welt.","segments":[)"
            R"({"id":0,"start":0,"end":2.0,"text":" Hallo","no_speech_prob":0.01},)"
            R"({"id":1,"start":2.0,"end":4.5,"text":" Welt.","no_speech_prob":0.2}]})",
            TranscriptFormat::VerboseJson);
        QVERIFY(verbose.isOk());
        QCOMPARE(verbose.value().text, QStringLiteral("Hallo Welt."));
        QCOMPARE(verbose.value().language, QStringLiteral("German"));
        QCOMPARE(verbose.value().durationSeconds, 4.5);
        QCOMPARE(verbose.value().segments.size(), 2);
        QCOMPARE(verbose.value().segments.at(1).start, 2.0);
        QCOMPARE(verbose.value().segments.at(1).end, 4.5);
        QCOMPARE(verbose.value().segments.at(1).text, QStringLiteral("Welt."));
        QCOMPARE(verbose.value().segments.at(1).noSpeechProbability, 0.2);

        // Text empty but segments there: the segments joined with a space.
        auto fromSegments
            = readTranscript(R"({"text":"","segments":[{"text":" a "},{"text":"b"}]})", TranscriptFormat::VerboseJson);
        QVERIFY(fromSegments.isOk());
        QCOMPARE(fromSegments.value().text, QStringLiteral("a b"));

        auto text = readTranscript(" Plain words, ünïcode.\n", TranscriptFormat::Text);
        QVERIFY(text.isOk());
        QCOMPARE(text.value().text, QStringLiteral("Plain words, ünïcode."));
        // A server answering JSON to a text request: its text.
        auto jsonForText = readTranscript(R"({"text":" from json"})", TranscriptFormat::Text);
        QVERIFY(jsonForText.isOk());
        QCOMPARE(jsonForText.value().text, QStringLiteral("from json"));
    }

    void readTranscriptMalformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("error");
        QTest::newRow("not json") << QByteArray("<html>502</html>") << int(TranscriptFormat::Json)
                                  << QStringLiteral("The transcription is not JSON.");
        QTest::newRow("truncated") << QByteArray(R"({"text":"Hel)") << int(TranscriptFormat::VerboseJson)
                                   << QStringLiteral("The transcription is not JSON.");
        QTest::newRow("array") << QByteArray("[1]") << int(TranscriptFormat::Json)
                               << QStringLiteral("The transcription is not JSON.");
        QTest::newRow("no text") << QByteArray(R"({"txt":"x"})") << int(TranscriptFormat::Json)
                                 << QStringLiteral("The transcription has no text.");
        QTest::newRow("text number") << QByteArray(R"({"text":3})") << int(TranscriptFormat::Json)
                                     << QStringLiteral("The transcription has no text.");
        QTest::newRow("segments object") << QByteArray(R"({"text":"a","segments":{}})")
                                         << int(TranscriptFormat::VerboseJson)
                                         << QStringLiteral("The transcription's segments are not a list.");
        QTest::newRow("segment string") << QByteArray(R"({"text":"a","segments":["x"]})")
                                        << int(TranscriptFormat::VerboseJson)
                                        << QStringLiteral("The transcription's segments are not a list.");
        QTest::newRow("error object") << QByteArray(R"({"error":{"message":"bad\nfile"}})")
                                      << int(TranscriptFormat::Json)
                                      << QStringLiteral("The transcription server answered with an error: bad file");
    }

    void readTranscriptMalformed()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, format);
        QFETCH(QString, error);
        const auto r = readTranscript(body, TranscriptFormat(format));
        QVERIFY(r.isError());
        QCOMPARE(r.error(), error);
    }

    void splitWavFitsInOne()
    {
        const QByteArray wav = wav16(QList<qint16>(100, 5));
        const auto r = splitWav(wav, wav.size());
        QVERIFY(r.isOk());
        QCOMPARE(r.value(), QList<QByteArray> { wav });
        QCOMPARE(wavDurationSeconds(wav), 100.0 / 8000.0);
    }

    void splitWavCutsInTheQuietWindow()
    {
        // 1 s tone, 0.3 s silence, 1 s tone at 8 kHz; room for 11,000 frames a part: the last quarter
        // before the limit (frames 8,250..11,000) holds the silence (8,000..10,400) and tone after it.
        QList<qint16> s;
        appendTone(s, 8000);
        appendSilence(s, 2400);
        appendTone(s, 8000);
        const QByteArray wav = wav16(s);
        const qint64 maxBytes = 44 + 2 * 11'000;
        const auto r = splitWav(wav, maxBytes);
        QVERIFY2(r.isOk(), qPrintable(r.isOk() ? QString() : r.error()));
        QCOMPARE(r.value().size(), 2);
        QByteArray joined;
        for (const QByteArray &part : r.value()) {
            QVERIFY(part.size() <= maxBytes);
            const QByteArray data = canonicalData(part);
            QVERIFY2(data.size() % 2 == 0, data.constData());
            QCOMPARE(qFromLittleEndian<quint32>(part.constData() + 24), 8000u);
            joined += data;
        }
        QCOMPARE(joined, pcm(s)); // every sample, in order
        const qint64 cutFrame = canonicalData(r.value().first()).size() / 2;
        QVERIFY2(cutFrame > 8000 && cutFrame < 10'400, qPrintable(QString::number(cutFrame)));
        // The window of 100 ms around the cut is silent.
        QVERIFY(cutFrame - 400 >= 8000 && cutFrame + 400 <= 10'400);
    }

    void splitWavManyPartsStereo()
    {
        // Stereo 16-bit, frames of 4 bytes: parts never cut a frame.
        QList<qint16> interleaved;
        for (int i = 0; i < 40'000; ++i) {
            interleaved.append(qint16((i * 7919) % 20000 - 10000));
            interleaved.append(qint16(i % 100 == 0 ? 0 : 3000));
        }
        const QByteArray data = pcm(interleaved);
        const QByteArray wav = wavHeader(1, 2, 16000, 16, quint32(data.size())) + data;
        const qint64 maxBytes = 30'001;
        const auto r = splitWav(wav, maxBytes);
        QVERIFY(r.isOk());
        QVERIFY(r.value().size() >= 6);
        QByteArray joined;
        for (const QByteArray &part : r.value()) {
            QVERIFY(part.size() <= maxBytes);
            const QByteArray d = canonicalData(part);
            QCOMPARE(d.size() % 4, 0);
            QVERIFY(!d.isEmpty());
            QCOMPARE(qFromLittleEndian<quint16>(part.constData() + 22), quint16(2));
            joined += d;
        }
        QCOMPARE(joined, data);
    }

    void splitWavSkipsOtherChunks()
    {
        // A LIST chunk (odd size, padded) before the data, as many recorders write.
        QList<qint16> s;
        appendTone(s, 4000);
        const QByteArray data = pcm(s);
        QByteArray wav = wavHeader(1, 1, 8000, 16, quint32(data.size())).left(36);
        wav += QByteArray("LIST\x03\x00\x00\x00"
                          "abc\0",
                          12);
        wav += "data" + QByteArray(4, '\0');
        qToLittleEndian<quint32>(quint32(data.size()), wav.data() + wav.size() - 4);
        wav += data;
        const auto r = splitWav(wav, 3000);
        QVERIFY2(r.isOk(), qPrintable(r.isOk() ? QString() : r.error()));
        QByteArray joined;
        for (const QByteArray &part : r.value())
            joined += canonicalData(part);
        QCOMPARE(joined, data);
    }

    void splitWavRefuses_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<qint64>("maxBytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("mp3") << QByteArray("ID3\x04\x00\x00\x00\x00\x00\x00") << qint64(4)
                             << QStringLiteral("The recording is not a WAV file.");
        QTest::newRow("empty") << QByteArray() << qint64(0) << QStringLiteral("The recording is not a WAV file.");
        QTest::newRow("float") << wavHeader(3, 1, 8000, 32, 8) + QByteArray(8, '\0') << qint64(46)
                               << QStringLiteral(
                                      "The recording is not plain PCM audio, so it cannot be cut into parts.");
        QTest::newRow("no data chunk") << wavHeader(1, 1, 8000, 16, 0).left(36) << qint64(10)
                                       << QStringLiteral("The recording is not a WAV file.");
        QTest::newRow("zero channels") << wavHeader(1, 0, 8000, 16, 4) + QByteArray(4, '\0') << qint64(10)
                                       << QStringLiteral("The WAV file's audio format is damaged.");
        QTest::newRow("limit below a frame") << wav16(QList<qint16>(10, 1)) << qint64(45)
                                             << QStringLiteral("The upload limit is too small for any audio.");
    }

    void splitWavRefuses()
    {
        QFETCH(QByteArray, input);
        QFETCH(qint64, maxBytes);
        QFETCH(QString, error);
        const auto r = splitWav(input, maxBytes);
        QVERIFY(r.isError());
        QCOMPARE(r.error(), error);
    }

    // --- HttpTranscriber against the fake ---------------------------------------------------------

    void requestShape()
    {
        m_fake->setApiKey(ip::test::LlmApi::OpenAi, "gsk_test");
        m_fake->setHandler([](const LlmRequest &) { return LlmReply::ofText(QStringLiteral("Hallo Welt")); });
        HttpTranscriber transcriber(m_transport.get(), configFor());
        TranscriptionRequest request;
        request.audio = wav16(speechLike(2));
        request.language = QStringLiteral("de");
        request.prompt = QStringLiteral("Qt, QML");
        TranscriptionCall *call = transcriber.transcribe(request, this);
        QSignalSpy finished(call, &TranscriptionCall::finished);
        QSignalSpy failed(call, &TranscriptionCall::failed);
        QSignalSpy progress(call, &TranscriptionCall::progress);
        QCOMPARE(finished.count() + failed.count(), 0); // never from inside transcribe()
        QTRY_COMPARE(finished.count() + failed.count(), 1);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().value<Transcript>().text, QStringLiteral("Hallo Welt"));
        QCOMPARE(progress.count(), 1);
        QCOMPARE(progress.first().at(0).toInt(), 1);
        QCOMPARE(progress.first().at(1).toInt(), 1);

        const QList<LlmRequest> seen = m_fake->requests(LlmRoute::OpenAiTranscriptions);
        QCOMPARE(seen.size(), 1);
        const LlmRequest &r = seen.first();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.path, QByteArray("/openai/v1/audio/transcriptions"));
        QCOMPARE(r.apiKey, QByteArray("gsk_test"));
        QVERIFY(r.multipartIsValid);
        QCOMPARE(r.audio, request.audio); // the file's bytes intact
        QCOMPARE(r.audioFileName, QStringLiteral("answer.wav"));
        QCOMPARE(r.audioContentType, QByteArray("audio/wav"));
        QCOMPARE(r.model, QStringLiteral("whisper-large-v3-turbo"));
        QCOMPARE(r.transcriptionFields.value(QStringLiteral("language")), QStringLiteral("de"));
        QCOMPARE(r.transcriptionFields.value(QStringLiteral("prompt")), QStringLiteral("Qt, QML"));
        QCOMPARE(r.transcriptionFields.value(QStringLiteral("response_format")), QStringLiteral("json"));
        QCOMPARE(r.transcriptionFields.size(), 4);
        call->deleteLater();
    }

    void responseFormats_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("json") << int(TranscriptFormat::Json);
        QTest::newRow("verbose_json") << int(TranscriptFormat::VerboseJson);
        QTest::newRow("text") << int(TranscriptFormat::Text);
    }

    void responseFormats()
    {
        QFETCH(int, format);
        m_fake->enqueue(LlmRoute::OpenAiTranscriptions, LlmReply::ofText(QStringLiteral("I would use RAII.")));
        HttpTranscriber transcriber(m_transport.get(), configFor());
        TranscriptionRequest request;
        request.audio = wav16(speechLike(1)); // 4,200 frames at 8 kHz
        request.format = TranscriptFormat(format);
        request.model = QStringLiteral("whisper-large-v3");
        TranscriptionCall *call = transcriber.transcribe(request, this);
        QSignalSpy finished(call, &TranscriptionCall::finished);
        QTRY_COMPARE(finished.count(), 1);
        const Transcript t = finished.first().first().value<Transcript>();
        QCOMPARE(t.text, QStringLiteral("I would use RAII."));
        const LlmRequest r = m_fake->requests(LlmRoute::OpenAiTranscriptions).first();
        QCOMPARE(r.transcriptionFields.value(QStringLiteral("response_format")), toString(TranscriptFormat(format)));
        QCOMPARE(r.model, QStringLiteral("whisper-large-v3"));
        if (TranscriptFormat(format) == TranscriptFormat::VerboseJson) {
            QCOMPARE(t.language, QStringLiteral("English"));
            QCOMPARE(t.durationSeconds, 4200.0 / 8000.0);
            QCOMPARE(t.segments.size(), 1);
            QCOMPARE(t.segments.first().text, QStringLiteral("I would use RAII."));
        } else {
            QVERIFY(t.segments.isEmpty());
        }
        call->deleteLater();
    }

    void rateLimitRetriedAfterItsHint()
    {
        m_fake->enqueue(LlmRoute::OpenAiTranscriptions, LlmReply::rateLimited(ip::test::RetryHint::RetryAfter, 400));
        HttpTranscriber transcriber(m_transport.get(), configFor());
        TranscriptionRequest request;
        request.audio = wav16(speechLike(1));
        TranscriptionCall *call = transcriber.transcribe(request, this);
        QSignalSpy finished(call, &TranscriptionCall::finished);
        QSignalSpy failed(call, &TranscriptionCall::failed);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10'000);
        QCOMPARE(failed.count(), 0);
        const QList<LlmRequest> seen = m_fake->requests(LlmRoute::OpenAiTranscriptions);
        QCOMPARE(seen.size(), 2);
        QVERIFY2(seen.at(1).arrivalMs - seen.at(0).arrivalMs >= 380,
                 qPrintable(QString::number(seen.at(1).arrivalMs - seen.at(0).arrivalMs)));
        QCOMPARE(seen.at(1).audio, request.audio);
        call->deleteLater();
    }

    void errors_data()
    {
        QTest::addColumn<int>("status"); // 0: the wrong-key case (the fake checks the key)
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("401 wrong key") << 0 << QByteArray() << int(ProviderErrorKind::Unauthorized)
                                       << QStringLiteral("rejected the API key");
        QTest::newRow("413 too large") << 413 << QByteArray() << int(ProviderErrorKind::RequestTooLarge)
                                       << QStringLiteral("The recording is too large for Groq");
        QTest::newRow("400 unsupported format")
            << 400
            << openAiErrorBody(
                   "file must be one of the following types: [flac mp3 mp4 mpeg mpga m4a ogg opus wav webm]",
                   "invalid_request_error")
            << int(ProviderErrorKind::InvalidRequest)
            << QStringLiteral("could not take this recording (HTTP 400): file must be one of");
        QTest::newRow("429 per day") << 429
                                     << openAiErrorBody("Rate limit reached for model `whisper-large-v3-turbo` on "
                                                        "requests per day (RPD): Limit 2000, Used 2000, Requested 1.",
                                                        "requests")
                                     << int(ProviderErrorKind::QuotaExhausted) << QStringLiteral("daily quota");
        // The hourly audio allowance: a wait far beyond maxRateLimitWaitMs fails at once, saying how long.
        QTest::newRow("429 audio seconds per hour")
            << 429
            << openAiErrorBody("Rate limit reached for model `whisper-large-v3-turbo` in organization `org_fake` "
                               "service tier `on_demand` on audio seconds per hour (ASH): Limit 7200, Used 7190, "
                               "Requested 30. Please try again in 7m12s.",
                               "audio_seconds")
            << int(ProviderErrorKind::RateLimited) << QStringLiteral("used up for now — try again in 8 minutes");
    }

    void errors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, messagePart);
        if (status == 0)
            m_fake->setApiKey(ip::test::LlmApi::OpenAi, "gsk_right");
        else if (status == 413)
            m_fake->enqueue(LlmRoute::OpenAiTranscriptions, LlmReply::requestTooLarge());
        else
            m_fake->enqueue(LlmRoute::OpenAiTranscriptions, LlmReply::http(status, body));
        HttpTranscriber transcriber(m_transport.get(), configFor(QStringLiteral("gsk_wrong")));
        TranscriptionRequest request;
        request.audio = wav16(speechLike(1));
        TranscriptionCall *call = transcriber.transcribe(request, this);
        QSignalSpy failed(call, &TranscriptionCall::failed);
        QSignalSpy finished(call, &TranscriptionCall::finished);
        QTRY_COMPARE(failed.count(), 1);
        const auto e = failed.first().first().value<ProviderError>();
        QCOMPARE(int(e.kind), kind);
        QVERIFY2(e.message.contains(messagePart), qPrintable(e.message));
        QVERIFY(!e.message.contains(QStringLiteral("gsk_")));
        QCOMPARE(m_fake->requestCount(LlmRoute::OpenAiTranscriptions), 1); // no retry
        QCOMPARE(finished.count(), 0);
        call->deleteLater();
    }

    void noKeyForACloudEndpointFailsBeforeSending()
    {
        SpeechConfig config; // Groq's https address, no key
        config.provider.apiKey.clear();
        HttpTranscriber transcriber(m_transport.get(), config);
        TranscriptionRequest request;
        request.audio = "x";
        TranscriptionCall *call = transcriber.transcribe(request, this);
        QSignalSpy failed(call, &TranscriptionCall::failed);
        QCOMPARE(failed.count(), 0);
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(int(failed.first().first().value<ProviderError>().kind), int(ProviderErrorKind::Unauthorized));
        call->deleteLater();
    }

    void overLimitRecordingIsSentInParts()
    {
        m_fake->setHandler(
            [](const LlmRequest &r) { return LlmReply::ofText(QStringLiteral("part%1").arg(r.index + 1)); });
        SpeechConfig config = configFor();
        config.maxUploadBytes = 20'000; // 9,978 frames a part
        HttpTranscriber transcriber(m_transport.get(), config);
        TranscriptionRequest request;
        const QList<qint16> samples = speechLike(8); // 33,600 frames: 4 parts
        request.audio = wav16(samples);
        request.format = TranscriptFormat::VerboseJson;
        TranscriptionCall *call = transcriber.transcribe(request, this);
        QSignalSpy finished(call, &TranscriptionCall::finished);
        QSignalSpy progress(call, &TranscriptionCall::progress);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10'000);
        const QList<LlmRequest> seen = m_fake->requests(LlmRoute::OpenAiTranscriptions);
        const int parts = int(seen.size());
        QCOMPARE(parts, 4);
        QCOMPARE(progress.count(), parts);
        QByteArray joined;
        QStringList texts;
        for (int i = 0; i < parts; ++i) {
            QCOMPARE(progress.at(i).at(0).toInt(), i + 1);
            QCOMPARE(progress.at(i).at(1).toInt(), parts);
            QVERIFY(seen.at(i).audio.size() <= config.maxUploadBytes);
            joined += canonicalData(seen.at(i).audio);
            texts << QStringLiteral("part%1").arg(i + 1);
        }
        QCOMPARE(joined, pcm(samples));
        const Transcript t = finished.first().first().value<Transcript>();
        QCOMPARE(t.text, texts.join(QLatin1Char(' ')));
        QCOMPARE(t.segments.size(), parts);
        QVERIFY(t.segments.at(1).start > 0); // shifted by the audio before
        QCOMPARE(t.segments.at(1).start, t.segments.at(0).end);
        QVERIFY(std::abs(t.durationSeconds - 33'600.0 / 8000.0) < 1e-6);
        call->deleteLater();
    }

    void overLimitNonWavIsRefusedBeforeSending()
    {
        SpeechConfig config = configFor();
        config.maxUploadBytes = 100;
        HttpTranscriber transcriber(m_transport.get(), config);
        TranscriptionRequest request;
        request.audio = QByteArray(200, 'x');
        request.fileName = QStringLiteral("answer.ogg");
        request.mimeType = QStringLiteral("audio/ogg");
        TranscriptionCall *call = transcriber.transcribe(request, this);
        QSignalSpy failed(call, &TranscriptionCall::failed);
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(int(failed.first().first().value<ProviderError>().kind), int(ProviderErrorKind::RequestTooLarge));
        QCOMPARE(m_fake->requestCount(), 0);
        call->deleteLater();
    }

    void cancelMidCall()
    {
        m_fake->enqueue(LlmRoute::OpenAiTranscriptions, LlmReply::hang());
        HttpTranscriber transcriber(m_transport.get(), configFor());
        TranscriptionRequest request;
        request.audio = wav16(speechLike(1));
        TranscriptionCall *call = transcriber.transcribe(request, this);
        QSignalSpy failed(call, &TranscriptionCall::failed);
        QSignalSpy finished(call, &TranscriptionCall::finished);
        QTRY_COMPARE(m_fake->requestCount(LlmRoute::OpenAiTranscriptions), 1);
        call->cancel();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(int(failed.first().first().value<ProviderError>().kind), int(ProviderErrorKind::Cancelled));
        call->cancel(); // idempotent
        QCOMPARE(failed.count(), 1);
        // Nothing else arrives (the reply was aborted): a later request is answered normally.
        HttpTranscriber other(m_transport.get(), configFor());
        TranscriptionCall *next = other.transcribe(request, this);
        QSignalSpy nextFinished(next, &TranscriptionCall::finished);
        QTRY_COMPARE(nextFinished.count(), 1);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(finished.count(), 0);
        call->deleteLater();
        next->deleteLater();
    }

    void ownRateWindow()
    {
        ManualClock clock;
        SpeechConfig config = configFor();
        config.provider.clock = &clock;
        config.provider.requestsPerMinute = 2;
        HttpTranscriber transcriber(m_transport.get(), config);
        TranscriptionRequest request;
        request.audio = wav16(speechLike(1));
        QList<TranscriptionCall *> calls;
        QList<std::shared_ptr<QSignalSpy>> spies;
        for (int i = 0; i < 3; ++i) {
            calls << transcriber.transcribe(request, this);
            spies << std::make_shared<QSignalSpy>(calls.last(), &TranscriptionCall::finished);
        }
        QTRY_COMPARE(spies.at(0)->count() + spies.at(1)->count(), 2);
        // The third waits in the minute window (the day's and the hour's let it through).
        QTRY_COMPARE(transcriber.limiter()->perMinute()->queuedCount(), 1);
        QCOMPARE(m_fake->requestCount(LlmRoute::OpenAiTranscriptions), 2);
        QCOMPARE(spies.at(2)->count(), 0);
        // Each request counted at least 10 s of audio in the hour's window.
        QCOMPARE(transcriber.limiter()->perMinute()->limits().requestsPerWindow, 2);
        QCOMPARE(transcriber.limiter()->audioPerHour()->limits().tokensPerWindow, 7200);
        QCOMPARE(transcriber.limiter()->perDay()->limits().requestsPerWindow, 2000);
        clock.advance(61'000);
        transcriber.limiter()->pump();
        QTRY_COMPARE(spies.at(2)->count(), 1);
        QCOMPARE(m_fake->requestCount(LlmRoute::OpenAiTranscriptions), 3);
        qDeleteAll(calls);
    }

    void audioHourWindowCountsBilledSeconds()
    {
        // 30 audio seconds an hour and 10 s billed at least: the fourth short answer waits for the hour.
        ManualClock clock;
        SpeechConfig config = configFor();
        config.provider.clock = &clock;
        config.audioSecondsPerHour = 30;
        HttpTranscriber transcriber(m_transport.get(), config);
        TranscriptionRequest request;
        request.audio = wav16(speechLike(1)); // half a second
        QList<TranscriptionCall *> calls;
        QList<std::shared_ptr<QSignalSpy>> spies;
        for (int i = 0; i < 4; ++i) {
            calls << transcriber.transcribe(request, this);
            spies << std::make_shared<QSignalSpy>(calls.last(), &TranscriptionCall::finished);
        }
        QTRY_COMPARE(m_fake->requestCount(LlmRoute::OpenAiTranscriptions), 3);
        QTRY_COMPARE(transcriber.limiter()->audioPerHour()->queuedCount(), 1);
        QCOMPARE(spies.at(3)->count(), 0);
        clock.advance(3'700'000);
        transcriber.limiter()->pump();
        QTRY_COMPARE(spies.at(3)->count(), 1);
        qDeleteAll(calls);
    }

    // --- RunService::createTranscriber ---------------------------------------------------------------

    void createTranscriber()
    {
        RunService::Options options;
        options.transport = m_transport.get();
        options.environment = QProcessEnvironment();
        RunService service(options);
        Settings settings;

        auto unknown = service.createTranscriber(settings, this);
        QVERIFY(unknown.isError());
        QCOMPARE(int(unknown.error().kind), int(RunProblem::Kind::KeysUnknown));

        service.setKeys(ProviderKeys {});
        auto missing = service.createTranscriber(settings, this);
        QVERIFY(missing.isError());
        QCOMPARE(int(missing.error().kind), int(RunProblem::Kind::MissingQuestionsKey));
        QCOMPARE(missing.error().providerName, QStringLiteral("Groq"));

        service.setKeys(ProviderKeys { QStringLiteral("gsk_groq"), QStringLiteral("gemini") });
        auto groq = service.createTranscriber(settings, this);
        QVERIFY(groq.isOk());
        auto *http = qobject_cast<HttpTranscriber *>(groq.value());
        QVERIFY(http);
        QCOMPARE(http->config().provider.apiKey, QStringLiteral("gsk_groq"));
        QCOMPARE(http->config().provider.baseUrl, QUrl(QStringLiteral("https://api.groq.com/openai/v1")));
        QCOMPARE(http->config().provider.defaultModel, QStringLiteral("whisper-large-v3-turbo"));
        QCOMPARE(http->config().provider.requestsPerMinute, 20);
        // The same endpoint and key: one shared window.
        auto again = service.createTranscriber(settings, this);
        QVERIFY(again.isOk());
        QCOMPARE(qobject_cast<HttpTranscriber *>(again.value())->limiter(), http->limiter());

        // Another remote host: the Groq key too.
        Settings other = settings;
        other.speechBaseUrl = QUrl(QStringLiteral("https://api.openai.com/v1"));
        auto openAi = service.createTranscriber(other, this);
        QVERIFY(openAi.isOk());
        QCOMPARE(qobject_cast<HttpTranscriber *>(openAi.value())->config().provider.apiKey, QStringLiteral("gsk_groq"));

        // Offline: the cloud address is refused with a sentence; a loopback one works without a key.
        Settings offline = settings;
        offline.offlineMode = true;
        auto refused = service.createTranscriber(offline, this);
        QVERIFY(refused.isError());
        QCOMPARE(int(refused.error().kind), int(RunProblem::Kind::NoProviders));
        QVERIFY2(refused.error().detail.contains(QStringLiteral("api.groq.com")), qPrintable(refused.error().detail));
        QVERIFY(refused.error().detail.endsWith(QLatin1Char('.')));

        offline.speechBaseUrl = m_fake->openAiBaseUrl();
        auto local = service.createTranscriber(offline, this);
        QVERIFY(local.isOk());
        auto *localHttp = qobject_cast<HttpTranscriber *>(local.value());
        QVERIFY(localHttp->config().provider.apiKey.isEmpty()); // no key to this computer
        QCOMPARE(localHttp->config().provider.requestsPerMinute, 0); // no free tier here

        // The loopback one works end to end, with no Authorization header.
        TranscriptionRequest request;
        request.audio = wav16(speechLike(1));
        TranscriptionCall *call = localHttp->transcribe(request, this);
        QSignalSpy finished(call, &TranscriptionCall::finished);
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!m_fake->requests(LlmRoute::OpenAiTranscriptions).first().hasAuthorizationHeader);
        delete call;
        delete local.value();
        delete openAi.value();
        delete again.value();
        delete groq.value();
    }
};

QTEST_GUILESS_MAIN(TestSpeech)
#include "tst_speech.moc"
